"""open_store as a whole: it opens the very file it is given and cleans up after failure."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from reflectdesk.core.model import GroupDraft
from reflectdesk.store import database as database_module
from reflectdesk.store.database import open_store
from reflectdesk.store.groups import count_groups, create_group, list_groups
from reflectdesk.store.models.groups import Group
from reflectdesk.store.schema import HEAD_REVISION

# Names that look like URL syntax: the path must never pass through a URL string.
URL_LIKE_NAMES = [
    "Downloads/ReflectDesk%20backup.db",
    "groups/report%41.db",
    "what?/reflectdesk.db",
]
PLAIN_NAMES = [
    "with space/my groups.db",
    "hash #2/reflectdesk.db",
    "half 50%/reflectdesk.db",
    "Ομάδες İzmir/van ’t Hof.db",
    "a&b=c/reflectdesk.db",
]


def group_names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [str(row[0]) for row in connection.execute("SELECT name FROM groups")]
    finally:
        connection.close()


@pytest.mark.parametrize(
    "relative",
    [
        *PLAIN_NAMES,
        *URL_LIKE_NAMES,
    ],
)
def test_the_file_written_is_the_file_named(tmp_path: Path, relative: str) -> None:
    path = tmp_path / relative

    with open_store(path) as store:
        create_group(store, GroupDraft(name="Balint Tuesday"))

    assert path.is_file()
    assert group_names(path) == ["Balint Tuesday"]
    # Nothing beside it after a clean close: no -wal, no -shm, no .lock.
    assert [entry.name for entry in path.parent.iterdir()] == [path.name]


@pytest.mark.parametrize(
    "relative",
    [
        *PLAIN_NAMES,
        *URL_LIKE_NAMES,
    ],
)
def test_the_file_read_for_listing_is_the_file_named(
    make_db: Callable[..., Path], tmp_path: Path, relative: str
) -> None:
    made = make_db("plain.db", groups=("Balint Tuesday",))
    path = tmp_path / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    made.rename(path)  # closed cleanly, so the whole database is in this one file

    with open_store(path, for_reading=True) as reader:
        assert [group.name for group in list_groups(reader)] == ["Balint Tuesday"]

    assert sorted(entry.name for entry in path.parent.iterdir()) == [path.name]


def _failing_seed(session: Session) -> None:
    session.add(Group(name="Written by the seed"))
    session.flush()
    raise RuntimeError("the seed failed")


def test_failed_seed_is_rolled_back_and_releases_the_lock(db_path: Path) -> None:
    with pytest.raises(RuntimeError, match="the seed failed"):
        open_store(db_path, seed=_failing_seed)

    with open_store(db_path) as store:  # the lock was released
        assert store.schema_revision() == HEAD_REVISION  # the migration itself committed
        assert count_groups(store) == 0


def test_failed_seed_leaves_no_connection_open(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engines: list[Engine] = []
    real_create = database_module.create_sqlite_engine

    def spy(path: Path) -> Engine:
        engine = real_create(path)
        engines.append(engine)
        return engine

    monkeypatch.setattr(database_module, "create_sqlite_engine", spy)

    with pytest.raises(RuntimeError):
        open_store(db_path, seed=_failing_seed)

    assert len(engines) == 1
    assert engines[0].pool.checkedin() == 0


def test_seed_runs_after_migration_in_its_own_transaction(db_path: Path) -> None:
    seen: list[int] = []

    def seed(session: Session) -> None:
        seen.append(session.scalar(select(func.count(Group.id))) or 0)
        session.add(Group(name="Seeded group"))

    with open_store(db_path, seed=seed) as store:
        assert count_groups(store) == 1

    assert seen == [0]


def test_seed_runs_at_every_open(make_db: Callable[..., Path]) -> None:
    path = make_db()
    calls: list[str] = []

    open_store(path, seed=lambda session: calls.append("seeded")).close()
    open_store(path, seed=lambda session: calls.append("seeded")).close()

    assert calls == ["seeded", "seeded"]
