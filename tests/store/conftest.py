"""Helpers shared by the store tests: ready-made databases and Alembic script folders."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reflectdesk.core.model import GroupDraft
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.groups import create_group
from reflectdesk.store.schema import migrations_location

FIXTURE_MIGRATIONS = Path(__file__).parent / "fixtures" / "migrations"


@pytest.fixture
def make_db(tmp_path: Path) -> Callable[..., Path]:
    """Make a database at the current head (closed again), optionally with a few groups."""

    def make(name: str = "existing.db", groups: tuple[str, ...] = ()) -> Path:
        path = tmp_path / name
        with open_store(path) as store:
            for group_name in groups:
                create_group(store, GroupDraft(name=group_name))
        return path

    return make


@pytest.fixture
def script_folder(tmp_path: Path) -> Callable[..., Path]:
    """A copy of the real migrations folder with fixture revisions added to versions/.

    Copying (instead of hand-writing a revision 0001) keeps the fixture chain on the real
    first migration, whatever it becomes.
    """

    def make(*extra: str) -> Path:
        folder = tmp_path / ("migrations+" + "+".join(Path(name).stem for name in extra))
        shutil.copytree(migrations_location(), folder, ignore=shutil.ignore_patterns("__pycache__"))
        for name in extra:
            shutil.copy(FIXTURE_MIGRATIONS / name, folder / "versions" / name)
        return folder

    return make


@pytest.fixture(params=["laptop", "hub"])
def either_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store at head on each engine in turn: the laptop's SQLite file, then the
    hub's PostgreSQL database (a real server: tests/postgres_server.py). Neither has the
    built-ins or a vault: what a test needs it makes through the store's functions, the
    same on both."""
    if request.param == "laptop":
        store = open_store(tmp_path / "laptop.db")
    else:
        from reflectdesk.store.hub import open_hub_store

        store = open_hub_store(request.getfixturevalue("hub_database"), migrate=False)
    try:
        yield store
    finally:
        store.close()
