"""The store keeps an instrument's scoring, source and ``first`` values with each version
(inside the first Likert item's scale JSON: no new column), and syncs the shipped ones."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reflectdesk.core.errors import InvalidInputError
from reflectdesk.core.instrument_templates import fill_template
from reflectdesk.core.questionnaires import (
    QuestionnaireSpec,
    QuestionnaireSummary,
    load_builtin_questionnaires,
    parse_questionnaire,
)
from reflectdesk.resources import resource_path
from reflectdesk.store.database import Store
from reflectdesk.store.groups import GroupDraft, create_group
from reflectdesk.store.questionnaires import (
    add_questionnaire,
    latest_questionnaire,
    questionnaire_spec,
    save_questionnaire,
    sync_builtin_questionnaires,
)
from reflectdesk.store.responses import record_response

INSTRUMENTS = ("team-psychological-safety", "toronto-empathy", "who-5-wellbeing")


def _stored(store: Store, key: str) -> tuple[QuestionnaireSummary, QuestionnaireSpec]:
    found = latest_questionnaire(store, key)
    assert found is not None
    return found, questionnaire_spec(store, found.id)


def test_the_shipped_instruments_are_synced_with_their_scoring(store: Store) -> None:
    shipped = {spec.key: spec for spec in load_builtin_questionnaires()}
    for key in INSTRUMENTS:
        summary, spec = _stored(store, key)
        assert summary.builtin
        assert spec.scores == shipped[key].scores and spec.scores
        assert spec.source == shipped[key].source and spec.source is not None
        assert [q.scale for q in spec.questions] == [q.scale for q in shipped[key].questions]
    _, who = _stored(store, "who-5-wellbeing")
    assert who.questions[0].scale is not None and who.questions[0].scale.first == 0


def test_a_changed_scoring_of_an_answered_builtin_makes_a_new_version(store: Store) -> None:
    group = create_group(store, GroupDraft(name="Balint"))
    summary, spec = _stored(store, "who-5-wellbeing")
    record_response(store, summary.id, {"cheerful": 3}, group_id=group.id, timepoint="start")
    changed = replace(spec, scores=spec.scores[:1], version=1)
    with store.transaction() as session:
        sync_builtin_questionnaires(session, [changed])
    newer, again = _stored(store, "who-5-wellbeing")
    assert newer.version == 2 and [s.key for s in again.scores] == ["raw-score"]
    # The answered version keeps the scoring it was given with.
    assert [s.key for s in questionnaire_spec(store, summary.id).scores] == [
        "raw-score",
        "percentage-score",
    ]


def test_a_template_not_yet_typed_in_takes_no_answers(store: Store) -> None:
    path = resource_path("questionnaires", "templates", "uwes-9.toml")
    template = parse_questionnaire(path.read_text(encoding="utf-8"))
    added = add_questionnaire(store, template)
    assert questionnaire_spec(store, added.id).template
    group = create_group(store, GroupDraft(name="Balint"))
    with pytest.raises(InvalidInputError, match="scoring template"):
        record_response(store, added.id, {}, group_id=group.id, timepoint="start")


def test_a_questionnaire_made_from_a_template_keeps_its_scoring(store: Store) -> None:
    path = resource_path("questionnaires", "templates", "uwes-9.toml")
    template = parse_questionnaire(path.read_text(encoding="utf-8"))
    mine = replace(template, key="my-uwes", template=False)
    saved = questionnaire_spec(store, save_questionnaire(store, mine).id)
    assert saved.scores == template.scores and saved.source == template.source
    assert not saved.template
    assert all(q.scale is not None and q.scale.first == 0 for q in saved.questions)


def test_an_instrument_made_from_a_template_travels_in_an_archive(
    store: Store, tmp_path: Path
) -> None:
    from reflectdesk.export.archive import export_archive, import_archive
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.store.database import open_store

    path = resource_path("questionnaires", "templates", "jefferson-empathy-hp.toml")
    template = parse_questionnaire(path.read_text(encoding="utf-8"))
    mine = fill_template(template, [f"Statement {n}" for n in range(1, 21)])
    added = add_questionnaire(store, mine)
    archive = tmp_path / "all.rdarchive"
    export_archive(store, archive)
    with open_store(tmp_path / "other.db", seed=seed_builtins) as other:
        import_archive(other, archive)
        arrived = questionnaire_spec(other, added.id)
    assert arrived.scores == template.scores and arrived.source == template.source
    assert [q.reverse_coded for q in arrived.questions] == [
        q.reverse_coded for q in template.questions
    ]
