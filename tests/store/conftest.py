"""Helpers shared by the store tests: ready-made databases and Alembic script folders."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from reflectdesk.core.model import GroupDraft
from reflectdesk.store.database import open_store
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
