"""Questionnaires and responses in the store: built-ins, versioning, recording with
validation, loading for the statistics, and the CSV for researchers."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.evaluation_stats import series_stats, start_end_change, summarise
from reflectdesk.core.events import Change
from reflectdesk.core.model import GroupDraft, QuestionKind
from reflectdesk.core.questionnaires import QuestionSpec, default_scale
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.export.evaluation_csv import ANSWER_COLUMNS, write_evaluation_csv
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group
from reflectdesk.store.questionnaires import (
    export_questionnaire_file,
    import_questionnaire_file,
    latest_questionnaire,
    list_questionnaires,
    questionnaire_spec,
    save_questionnaire,
)
from reflectdesk.store.responses import (
    delete_response,
    list_responses,
    record_response,
    series_responses,
    session_responses,
    start_end_responses,
)
from reflectdesk.store.sessions import plan_session

START = datetime(2025, 3, 3, 12, tzinfo=UTC)


def _qid(store: Store, key: str) -> str:
    found = latest_questionnaire(store, key)
    assert found is not None
    return found.id


@pytest.fixture
def series(store: Store) -> tuple[str, list[str]]:
    group = create_group(store, GroupDraft(name="Balint Ελένη"))
    sessions = [
        plan_session(store, group.id, SessionDraft(planned_start=START + timedelta(weeks=n))).id
        for n in range(3)
    ]
    return group.id, sessions


def test_builtins_are_seeded_latest_per_purpose(store: Store) -> None:
    listed = list_questionnaires(store)
    assert {q.key for q in listed} == {
        "session-evaluation",
        "series-evaluation",
        "conditions-check",
        "team-psychological-safety",
        "toronto-empathy",
        "who-5-wellbeing",
    }
    assert all(q.builtin and q.version == 1 for q in listed)
    assert [q.key for q in list_questionnaires(store, "conditions")] == ["conditions-check"]
    spec = questionnaire_spec(store, _qid(store, "session-evaluation"))
    assert spec.questions[0].scale is not None
    assert spec.questions[0].scale.labels[-1] == "Strongly agree"


def test_record_and_load_session_statistics(store: Store, series: tuple[str, list[str]]) -> None:
    group_id, sessions = series
    changes: list[Change] = []
    store.changes.subscribe(changes.append)
    qid = _qid(store, "session-evaluation")
    record_response(
        store,
        qid,
        {"safe-space": 5, "depth": 4, "takeaway": "Stilte helpt"},
        session_id=sessions[0],
    )
    record_response(store, qid, {"safe-space": 4, "depth": None}, session_id=sessions[0])
    record_response(store, qid, {"safe-space": 2}, session_id=sessions[2])
    assert [c.area for c in changes] == ["responses"] * 3
    data = session_responses(store, sessions[0], "session-evaluation")
    stats = summarise(data.questionnaire, data.responses)
    safe = stats.item("safe-space")
    assert safe is not None and (safe.n, safe.mean, safe.agree_pct) == (2, 4.5, 100.0)
    depth = stats.item("depth")
    assert depth is not None and (depth.n, depth.missing) == (1, 1)
    assert stats.free_text[0].answers == ("Stilte helpt",)
    assert all(r.group_id == group_id for r in data.responses)

    trend = series_responses(store, group_id, "session-evaluation")
    # Planned sessions without responses are left out; the others keep their order.
    assert [s.session_id for s in trend.sessions] == [sessions[0], sessions[2]]
    result = series_stats(trend.questionnaire, trend.sessions)
    assert result.overall.item("safe-space").n == 3  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        ({"safe-space": 6}, "answers.safe-space"),
        ({"safe-space": 0}, "answers.safe-space"),
        ({"safe-space": True}, "answers.safe-space"),
        ({"safe-space": "4"}, "answers.safe-space"),
        ({"takeaway": 3}, "answers.takeaway"),
        ({"takeaway": "x" * 10_000}, "answers.takeaway"),
        ({"nope": 1}, "answers.nope"),
    ],
)
def test_invalid_answers_write_nothing(
    store: Store, series: tuple[str, list[str]], answers: dict[str, object], field: str
) -> None:
    qid = _qid(store, "session-evaluation")
    with pytest.raises(InvalidInputError) as caught:
        record_response(store, qid, answers, session_id=series[1][0])  # type: ignore[arg-type]
    assert caught.value.field == field
    assert list_responses(store) == []


def test_series_needs_group_and_timepoint(store: Store, series: tuple[str, list[str]]) -> None:
    group_id, _ = series
    qid = _qid(store, "series-evaluation")
    with pytest.raises(InvalidInputError):
        record_response(store, qid, {}, group_id=group_id)
    with pytest.raises(InvalidInputError):
        record_response(store, _qid(store, "session-evaluation"), {}, group_id=group_id)
    with pytest.raises(NotFoundError):
        record_response(store, qid, {}, session_id="missing", timepoint="start")
    for value, timepoint in ((2, "start"), (3, "start"), (4, "end"), (5, "end")):
        record_response(
            store,
            qid,
            {"reflection-habit": value, "reflection-waste-of-time": 6 - value},
            group_id=group_id,
            timepoint=timepoint,
        )
    data = start_end_responses(store, group_id)
    change = start_end_change(data.questionnaire, data.responses)
    by_key = {item.key: item for item in change.items}
    assert by_key["reflection-habit"].mean_change == pytest.approx(2.0)
    # Reverse-coded: raw 4, 3 -> 2, 1 scores 2, 3 -> 4, 5.
    assert by_key["reflection-waste-of-time"].mean_change == pytest.approx(2.0)
    assert (change.start_responses, change.end_responses) == (2, 2)


def test_saving_a_used_questionnaire_makes_a_new_version(
    store: Store, series: tuple[str, list[str]]
) -> None:
    base = questionnaire_spec(store, _qid(store, "session-evaluation"))
    with pytest.raises(InvalidInputError):
        save_questionnaire(store, base)  # a built-in
    mine = replace(base, key="my-evaluation", name="Mine")
    first = save_questionnaire(store, mine)
    assert first.version == 1 and not first.builtin
    # Not answered yet: edited in place.
    edited = save_questionnaire(store, replace(mine, name="Mine, edited"))
    assert (edited.id, edited.version, edited.name) == (first.id, 1, "Mine, edited")
    record_response(store, first.id, {"safe-space": 5, "depth": 2}, session_id=series[1][0])
    seven = QuestionSpec("depth", "Depth?", QuestionKind.LIKERT, default_scale(7))
    extra = QuestionSpec("new-item", "New?", QuestionKind.LIKERT, default_scale(5), True)
    changed = replace(mine, questions=(mine.questions[0], seven, extra))
    second = save_questionnaire(store, changed)
    assert second.version == 2 and second.id != first.id
    old = questionnaire_spec(store, first.id)
    assert old.version == 1 and len(old.questions) == len(base.questions)
    record_response(store, second.id, {"safe-space": 4, "depth": 7}, session_id=series[1][0])
    data = session_responses(store, series[1][0], "my-evaluation")
    assert data.questionnaire.version == 2
    stats = summarise(data.questionnaire, data.responses)
    # "safe-space" is unchanged, so both versions count; "depth" changed scale.
    assert stats.item("safe-space").n == 2  # type: ignore[union-attr]
    assert stats.item("depth").n == 1 and stats.item("depth").points == 7  # type: ignore[union-attr]
    with pytest.raises(InvalidInputError) as caught:
        save_questionnaire(store, replace(mine, key="my-evaluation", questions=()))
    assert "questions" in str(caught.value)


def test_import_export_round_trip(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "conditions.toml"
    export_questionnaire_file(store, _qid(store, "conditions-check"), path)
    imported = import_questionnaire_file(store, path)
    assert imported.key == "conditions-check-2" and not imported.builtin
    again = questionnaire_spec(store, imported.id)
    original = questionnaire_spec(store, _qid(store, "conditions-check"))
    assert again.questions == original.questions


def test_delete_response(store: Store, series: tuple[str, list[str]]) -> None:
    rid = record_response(
        store, _qid(store, "conditions-check"), {"safety": 4}, session_id=series[1][1]
    )
    delete_response(store, rid)
    assert list_responses(store) == []
    with pytest.raises(NotFoundError):
        delete_response(store, rid)


def test_csv_round_trip(store: Store, series: tuple[str, list[str]], tmp_path: Path) -> None:
    group_id, sessions = series
    session_q, series_q = _qid(store, "session-evaluation"), _qid(store, "series-evaluation")
    record_response(
        store,
        session_q,
        {"safe-space": 5, "depth": None, "takeaway": 'Ἀκούω, "dinlemek"\nand, commas'},
        session_id=sessions[0],
    )
    record_response(
        store, series_q, {"reflection-waste-of-time": 2}, group_id=group_id, timepoint="end"
    )
    answers_path, codebook_path = write_evaluation_csv(store, group_id, tmp_path / "out")
    with answers_path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert tuple(rows[0]) == ANSWER_COLUMNS
    stored = {
        (r.id, key, "" if value is None else str(value), "")
        for r in list_responses(store, group_id=group_id)
        for key, value in r.values.items()
    } | {
        (r.id, key, "", text)
        for r in list_responses(store, group_id=group_id)
        for key, text in r.texts.items()
    }
    assert {(r["response_id"], r["item_key"], r["value"], r["text"]) for r in rows} == stored
    first = next(r for r in rows if r["item_key"] == "safe-space")
    assert (first["session_date"], first["group_name"]) == ("2025-03-03", "Balint Ελένη")
    end = next(r for r in rows if r["timepoint"] == "end")
    assert end["session_id"] == "" and end["questionnaire_version"] == "1"
    with codebook_path.open(encoding="utf-8-sig", newline="") as stream:
        codebook = list(csv.DictReader(stream))
    reverse = next(r for r in codebook if r["item_key"] == "reflection-waste-of-time")
    assert reverse["reverse_coded"] == "true" and reverse["scale_points"] == "5"
    assert reverse["value_labels"].startswith("1=Strongly disagree; 2=Disagree")
    assert {r["questionnaire_key"] for r in codebook} == {"session-evaluation", "series-evaluation"}
