"""The built-in conditions check covers study 003's conditions (Jorissen et al. 2024:
preparation, safety, depth, the facilitator's role, group dynamics, workload, group
composition, the hospital climate). A database whose conditions check was answered
before keeps those answers: the new file becomes version 2, and the results take the
version-1 answers on the items whose key is unchanged."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reflectdesk.core.local_text import LocalText
from reflectdesk.core.model import GroupDraft
from reflectdesk.core.questionnaires import QuestionnaireSpec, load_builtin_questionnaires
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.export.evaluation import questionnaire_results
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group
from reflectdesk.store.questionnaires import (
    latest_questionnaire,
    questionnaire_spec,
    sync_builtin_questionnaires,
)
from reflectdesk.store.responses import list_responses, record_response
from reflectdesk.store.sessions import plan_session

STUDY_003 = {
    "preparation",
    "safety",
    "depth",
    "facilitator-role",
    "group-dynamics",
    "workload",
    "group-composition",
    "hospital-climate",
}
# The likert items of version 1, in its order.
VERSION_1 = ("safety", "depth", "group-dynamics", "workload", "group-composition", "room-and-time")


def _shipped() -> QuestionnaireSpec:
    return next(s for s in load_builtin_questionnaires() if s.key == "conditions-check")


def test_the_conditions_check_covers_study_003_in_english_and_dutch() -> None:
    spec = _shipped()
    keys = {q.key for q in spec.questions if q.is_likert}
    assert keys >= STUDY_003
    assert keys >= set(VERSION_1)  # nothing answered before is dropped
    for question in spec.questions:
        assert isinstance(question.text, LocalText), question.key
        assert set(question.text.languages) >= {"en", "nl"}, question.key


def test_answers_to_version_1_stay_and_count_by_key(store: Store) -> None:
    shipped = _shipped()
    first = replace(
        shipped,
        questions=tuple(
            next(q for q in shipped.questions if q.key == key) for key in (*VERSION_1, "remark")
        ),
    )
    with store.transaction() as session:  # a database from before: version 1 in place
        sync_builtin_questionnaires(session, [first])
    old = latest_questionnaire(store, "conditions-check")
    assert old is not None
    group = create_group(store, GroupDraft(name="Intervisie"))
    meeting = plan_session(store, group.id, SessionDraft(planned_start=None)).id
    for safety in (4, 5):
        record_response(store, old.id, {"safety": safety, "remark": "rustig"}, session_id=meeting)

    with store.transaction() as session:  # the new file arrives with an update
        sync_builtin_questionnaires(session, [shipped])
    new = latest_questionnaire(store, "conditions-check")
    assert new is not None and new.version == old.version + 1
    assert {q.key for q in questionnaire_spec(store, new.id).questions} >= STUDY_003
    # Version 1's answers are still there, as they were given.
    kept = list_responses(store, session_id=meeting)
    assert sorted(r.values["safety"] for r in kept) == [4, 5]
    assert {r.version for r in kept} == {old.version}

    results = questionnaire_results(store, group.id, "conditions-check", "conditions")
    safety = results.overall.item("safety")
    climate = results.overall.item("hospital-climate")
    assert safety is not None and climate is not None
    assert (safety.n, safety.mean) == (2, pytest.approx(4.5))
    assert (climate.n, climate.missing) == (0, 2)  # not asked in version 1
