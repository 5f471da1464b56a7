"""The co-facilitators' debrief: stored with its session (migration 0009), cleaned,
replaced, and gone with the session."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from reflectdesk.core.debrief import Debrief, debrief_is_due
from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.model import GroupDraft, Role
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.debriefs import debrief, save_debrief
from reflectdesk.store.groups import create_group
from reflectdesk.store.schema import HEAD_REVISION, migrations_location
from reflectdesk.store.sessions import delete_session, plan_session

TUESDAY = datetime(2026, 2, 3, 12, 0, tzinfo=UTC)


def test_a_session_has_an_empty_debrief_until_one_is_saved(store: Store) -> None:
    group = create_group(store, GroupDraft(name="Intervisie"))
    meeting = plan_session(store, group.id, SessionDraft(TUESDAY))
    assert debrief(store, meeting.id) == Debrief()
    assert debrief(store, meeting.id).empty

    saved = save_debrief(
        store,
        meeting.id,
        Debrief("  De stilte na de casus hielp.\r\n", "Eerder ingrijpen", "  Anna  "),
    )

    assert saved == Debrief("De stilte na de casus hielp.", "Eerder ingrijpen", "Anna")
    assert debrief(store, meeting.id) == saved
    save_debrief(store, meeting.id, Debrief())
    assert debrief(store, meeting.id).empty


def test_too_long_answers_are_refused_and_nothing_changes(store: Store) -> None:
    group = create_group(store, GroupDraft(name="Intervisie"))
    meeting = plan_session(store, group.id, SessionDraft(TUESDAY))
    save_debrief(store, meeting.id, Debrief("goed"))
    with pytest.raises(InvalidInputError) as caught:
        save_debrief(store, meeting.id, Debrief("x" * 1001))
    assert caught.value.field == "went_well"
    assert debrief(store, meeting.id) == Debrief("goed")


def test_a_deleted_session_has_no_debrief(store: Store) -> None:
    group = create_group(store, GroupDraft(name="Intervisie"))
    meeting = plan_session(store, group.id, SessionDraft(TUESDAY))
    delete_session(store, meeting.id)
    with pytest.raises(NotFoundError):
        debrief(store, meeting.id)
    with pytest.raises(NotFoundError):
        save_debrief(store, meeting.id, Debrief("x"))


def test_a_debrief_is_due_with_two_facilitators_of_either_kind() -> None:
    assert not debrief_is_due([Role.FACILITATOR, Role.MEMBER, Role.MEMBER])
    assert debrief_is_due([Role.FACILITATOR, Role.CO_FACILITATOR, Role.MEMBER])
    assert debrief_is_due([Role.CO_FACILITATOR, Role.CO_FACILITATOR])
    assert not debrief_is_due([])


def test_migration_0009_adds_empty_debriefs_to_older_sessions(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:
        group = create_group(store, GroupDraft(name="Oud"))
        session_id = plan_session(store, group.id, SessionDraft(TUESDAY)).id
        save_debrief(store, session_id, Debrief("weg na downgrade"))
        config = Config()
        config.set_main_option("script_location", str(migrations_location()))
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0008")
    assert not {"debrief_went_well", "debrief_next_presenter"} & _columns(path)

    with open_store(path) as store:  # upgrades to the head again
        assert store.schema_revision() == HEAD_REVISION
        assert debrief(store, session_id) == Debrief()


def _columns(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {str(row[1]) for row in connection.execute("PRAGMA table_info(sessions)")}
    finally:
        connection.close()
