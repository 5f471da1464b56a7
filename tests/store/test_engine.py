"""The engine: pragmas on every pooled connection, and driver errors made readable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from reflectdesk.core.model import GroupDraft
from reflectdesk.store import engine as engine_module
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.errors import DatabaseBusyError, StoreError
from reflectdesk.store.groups import count_groups, create_group
from reflectdesk.store.models.groups import Membership, Person


def test_pragmas_hold_on_every_pooled_connection(store: Store) -> None:
    with store.engine.connect() as first, store.engine.connect() as second:
        assert first.connection.dbapi_connection is not second.connection.dbapi_connection
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert (
                connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
                == engine_module.BUSY_TIMEOUT_MS
            )


def test_wal_mode_is_stored_in_the_file(store: Store) -> None:
    # WAL is persistent: even a connection without our pragmas sees it.
    connection = sqlite3.connect(store.path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        connection.close()


def test_foreign_keys_are_enforced_in_transactions(store: Store) -> None:
    with pytest.raises(StoreError, match="FOREIGN KEY"), store.transaction() as session:
        person = Person(display_name="Anna de Vries")
        session.add(person)
        session.flush()
        session.add(Membership(group_id="no-such-group", person_id=person.id))
        session.flush()

    with store.reading() as session:
        assert session.scalar(select(func.count(Person.id))) == 0


def test_write_while_another_connection_holds_the_write_lock_is_busy(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    with open_store(db_path) as store:
        blocker = sqlite3.connect(db_path, timeout=0.05, isolation_level=None)
        try:
            blocker.execute("BEGIN IMMEDIATE")
            with pytest.raises(DatabaseBusyError) as caught:
                create_group(store, GroupDraft(name="Balint Tuesday"))
            assert count_groups(store) == 0  # readers are not blocked in WAL mode
            blocker.execute("ROLLBACK")
        finally:
            blocker.close()

        # The store gave up after its busy timeout (patched to 50 ms), not SQLite's or a
        # default one: read from the connection rather than timed, so a loaded machine
        # cannot fail it.
        with store.reading() as session:
            assert session.execute(text("PRAGMA busy_timeout")).scalar() == 50
        assert str(db_path) in str(caught.value)
        assert "Traceback" not in str(caught.value)
        # Once the other writer is gone, the same store writes normally.
        create_group(store, GroupDraft(name="Balint Tuesday"))
        assert count_groups(store) == 1
