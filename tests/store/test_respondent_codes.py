"""Respondent codes in the store: stored folded with the response, refused when a
member's name, only for series evaluations; members' pseudonyms per group; the codes in
answers.csv and the paired change read back from the store."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from reflectdesk.core.errors import InvalidInputError
from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.paired_change import paired_start_end
from reflectdesk.export.evaluation_csv import ANSWER_COLUMNS, write_evaluation_csv
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group
from reflectdesk.store.members import add_member
from reflectdesk.store.questionnaires import latest_questionnaire
from reflectdesk.store.respondent_codes import member_pseudonym
from reflectdesk.store.responses import list_responses, record_response, start_end_responses
from reflectdesk.store.settings import PAIRING_SECRET_KEY


def _qid(store: Store, key: str) -> str:
    found = latest_questionnaire(store, key)
    assert found is not None
    return found.id


@pytest.fixture
def group_id(store: Store) -> str:
    group = create_group(store, GroupDraft(name="Balint 1"))
    add_member(store, group.id, MemberDraft(display_name="Anna de Vries"))
    return group.id


def test_code_is_stored_folded_and_listed(store: Store, group_id: str) -> None:
    qid = _qid(store, "series-evaluation")
    record_response(
        store,
        qid,
        {"reflection-habit": 2},
        group_id=group_id,
        timepoint="start",
        respondent_code="  Tulip7 ",
    )
    record_response(store, qid, {"reflection-habit": 3}, group_id=group_id, timepoint="end")
    codes = [r.respondent_code for r in list_responses(store, group_id=group_id)]
    assert codes == ["tulip7", None]


@pytest.mark.parametrize("code", ["anna de vries", "DE VRIES", "Vries"])
def test_a_members_name_is_refused_as_code(store: Store, group_id: str, code: str) -> None:
    qid = _qid(store, "series-evaluation")
    with pytest.raises(InvalidInputError) as raised:
        record_response(store, qid, {}, group_id=group_id, timepoint="start", respondent_code=code)
    assert raised.value.field == "respondent_code"
    assert list_responses(store, group_id=group_id) == []


def test_only_a_series_evaluation_takes_a_code(store: Store, group_id: str) -> None:
    from datetime import UTC, datetime

    from reflectdesk.core.sessions import SessionDraft
    from reflectdesk.store.sessions import plan_session

    session = plan_session(
        store, group_id, SessionDraft(planned_start=datetime(2025, 3, 3, tzinfo=UTC))
    )
    with pytest.raises(InvalidInputError):
        record_response(
            store,
            _qid(store, "session-evaluation"),
            {},
            session_id=session.id,
            respondent_code="abc",
        )


def test_pseudonym_is_stable_per_group_and_differs_across_groups(store: Store) -> None:
    one = create_group(store, GroupDraft(name="Balint 1"))
    two = create_group(store, GroupDraft(name="Balint 2"))
    person = add_member(store, one.id, MemberDraft(display_name="Bram Jansen")).person_id
    first = member_pseudonym(store, one.id, person)
    assert member_pseudonym(store, one.id, person) == first  # the secret is made once
    assert member_pseudonym(store, two.id, person) != first
    assert len(first) == 8 and "bram" not in first and "jansen" not in first
    # The secret is kept per group in the settings table (which archives skip).
    from sqlalchemy import select

    from reflectdesk.store.models.settings import Setting

    with store.reading() as session:
        keys = set(session.scalars(select(Setting.key)))
    assert {PAIRING_SECRET_KEY.format(group_id=g) for g in (one.id, two.id)} <= keys


def test_answers_csv_carries_the_code_and_pairs_read_back(
    store: Store, group_id: str, tmp_path: Path
) -> None:
    qid = _qid(store, "series-evaluation")
    # Hand-computed: a +2, b +1, c 0, d -1, e +3 (five pairs); f has only a start.
    for code, start, end in [("a", 2, 4), ("b", 3, 4), ("c", 3, 3), ("d", 4, 3), ("e", 1, 4)]:
        for timepoint, value in (("start", start), ("end", end)):
            record_response(
                store,
                qid,
                {"reflection-habit": value},
                group_id=group_id,
                timepoint=timepoint,
                respondent_code=code.upper(),
            )
    record_response(
        store,
        qid,
        {"reflection-habit": 1},
        group_id=group_id,
        timepoint="start",
        respondent_code="f",
    )
    data = start_end_responses(store, group_id)
    change = next(
        i
        for i in paired_start_end(data.questionnaire, data.responses)
        if i.key == "reflection-habit"
    ).change
    assert change.pairs == 5 and change.start_only == 1
    assert change.mean_change == pytest.approx(5 / 5)
    assert change.median_change == 1.0
    assert change.p_value is not None

    answers, _ = write_evaluation_csv(store, group_id, tmp_path / "out")
    with answers.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert "respondent_code" in ANSWER_COLUMNS and tuple(rows[0]) == ANSWER_COLUMNS
    assert sorted({r["respondent_code"] for r in rows}) == ["a", "b", "c", "d", "e", "f"]
