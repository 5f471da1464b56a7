"""Migration 0008: a questionnaire's description and its items' scale labels are kept in
the database, so a questionnaire of one's own survives import -> export unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config

from reflectdesk.core.model import GroupDraft
from reflectdesk.core.questionnaires import parse_questionnaire
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from reflectdesk.store.groups import create_group
from reflectdesk.store.questionnaires import (
    export_questionnaire_file,
    import_questionnaire_file,
    latest_questionnaire,
    questionnaire_spec,
)
from reflectdesk.store.responses import list_responses, record_response
from reflectdesk.store.schema import HEAD_REVISION, migrations_location
from reflectdesk.store.sessions import plan_session

CUSTOM = """\
schema = 1
key = "ward-round"
name = "Ward round reflection"
purpose = "session"
description = "Our own form: how the ward round felt."

[[scales]]
key = "often-5"
points = 5
labels = ["Never", "Rarely", "Sometimes", "Often", "Always"]

[[scales]]
key = "agree-7"
points = 7
labels = ["1 no", "2", "3", "4 neutral", "5", "6", "7 yes"]

[[questions]]
key = "heard"
kind = "likert"
scale = "often-5"
text = "I felt heard."

[[questions]]
key = "rushed"
kind = "likert"
scale = "agree-7"
text = "I felt rushed."
reverse = true

[[questions]]
key = "remark"
kind = "free_text"
text = "Anything else?"
"""


def _columns(path: Path, table: str) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {str(row[1]) for row in connection.execute(f"PRAGMA table_info({table})")}
    finally:
        connection.close()


def test_labels_and_description_survive_import_and_export(tmp_path: Path) -> None:
    source, target = tmp_path / "in.toml", tmp_path / "out.toml"
    source.write_text(CUSTOM, encoding="utf-8")
    with open_store(tmp_path / "db.sqlite") as store:
        summary = import_questionnaire_file(store, source)
        spec = questionnaire_spec(store, summary.id)
        export_questionnaire_file(store, summary.id, target)

    assert spec.description == "Our own form: how the ward round felt."
    assert spec.questions[0].scale is not None
    assert spec.questions[0].scale.labels == ("Never", "Rarely", "Sometimes", "Often", "Always")
    assert spec.questions[1].scale is not None
    assert spec.questions[1].scale.key == "agree-7"
    assert parse_questionnaire(target.read_text(encoding="utf-8")) == parse_questionnaire(CUSTOM)


def test_migration_0008_adds_the_columns_and_keeps_older_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path, seed=seed_builtins) as store:
        group = create_group(store, GroupDraft(name="Balint"))
        session_id = plan_session(store, group.id, SessionDraft(planned_start=None)).id
        found = latest_questionnaire(store, "conditions-check")
        assert found is not None
        record_response(store, found.id, {"safety": 4, "remark": "warm"}, session_id=session_id)
        config = Config()
        config.set_main_option("script_location", str(migrations_location()))
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0007")
    assert "description" not in _columns(path, "questionnaires")
    assert "labels" not in _columns(path, "questions")

    with open_store(path, seed=seed_builtins) as store:  # upgrades to the head again
        assert store.schema_revision() == HEAD_REVISION
        found = latest_questionnaire(store, "conditions-check")
        assert found is not None
        spec = questionnaire_spec(store, found.id)
        kept = list_responses(store, session_id=session_id)

    assert [(r.values, r.texts) for r in kept] == [({"safety": 4}, {"remark": "warm"})]
    assert {"description"} <= _columns(path, "questionnaires")
    assert {"labels"} <= _columns(path, "questions")
    # Rows written before 0008 read their text from the shipped file, as before.
    assert spec.description.startswith("For the facilitator")
    assert spec.questions[0].scale is not None
    assert spec.questions[0].scale.labels[0] == "Strongly disagree"
