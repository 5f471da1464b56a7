"""The bundle's migrations are bytecode only (packaging/bundle_contents.py), and a frozen
app runs them: a new database is created and an old one upgraded from them alone."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from reflectdesk.store.database import open_store
from reflectdesk.store.errors import MigrationError
from reflectdesk.store.schema import HEAD_REVISION, KNOWN_REVISIONS, migrations_location
from tests.cli.bundle_scripts import ROOT, load
from tests.sqlite_schema import schema_sql

bundle_contents = load("bundle_contents")
OLD_REVISION = "0005"


def stored_revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def database_at(tmp_path: Path, revision: str) -> Path:
    """A database made by the releases up to ``revision``, from the sources."""
    folder = tmp_path / f"sources-{revision}"
    shutil.copytree(migrations_location(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (folder / "versions").glob("*.py"):
        if later.name[:4] > revision:
            later.unlink()
    path = tmp_path / f"at-{revision}.db"
    with open_store(path, migrations=folder):
        pass
    assert stored_revision(path) == revision
    return path


@pytest.fixture(scope="module")
def bytecode(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return bundle_contents.compile_migrations(tmp_path_factory.mktemp("bundle") / "migrations")


def test_the_migrations_ship_as_legacy_bytecode_only(bytecode: Path) -> None:
    shipped = sorted(path.relative_to(bytecode).as_posix() for path in bytecode.rglob("*"))
    versions = [name for name in shipped if name.startswith("versions/")]
    assert "env.pyc" in shipped
    assert [name.removeprefix("versions/")[:4] for name in versions] == list(KNOWN_REVISIONS)
    assert all(name.endswith(".pyc") for name in versions)
    assert not [name for name in shipped if name.endswith((".py", ".mako"))]
    assert not [name for name in shipped if "__pycache__" in name]


def test_a_frozen_app_creates_and_upgrades_databases_from_bytecode(
    bytecode: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = database_at(tmp_path, OLD_REVISION)
    monkeypatch.setattr(sys, "frozen", True, raising=False)

    with open_store(tmp_path / "new.db", migrations=bytecode) as store:
        assert store.schema_revision() == HEAD_REVISION
    with open_store(old, migrations=bytecode) as store:
        assert store.schema_revision() == HEAD_REVISION


def test_without_the_frozen_flag_alembic_finds_no_bytecode_scripts(
    bytecode: Path, tmp_path: Path
) -> None:
    # What makes the bundle work is store/database.py turning on Alembic's `sourceless`
    # option when frozen: without it these scripts are invisible.
    old = database_at(tmp_path, OLD_REVISION)
    with pytest.raises(MigrationError):
        open_store(old, migrations=bytecode).close()


def test_the_smoke_tests_old_database_is_the_pinned_release_to_the_letter(
    tmp_path: Path,
) -> None:
    smoke_bundle = load("smoke_bundle")
    pinned = smoke_bundle.pinned_schema(ROOT)
    assert pinned is not None
    path = tmp_path / "old.db"

    revision = smoke_bundle.make_old_database(path, pinned)

    assert pinned.name == f"schema-{revision}.sql"
    assert schema_sql(path) == pinned.read_text(encoding="utf-8")
    assert smoke_bundle.stored_revision(path) == revision
    assert smoke_bundle.head_revision(ROOT) == HEAD_REVISION
    with open_store(path) as store:  # an upgrade the bundle must make too
        assert store.schema_revision() == HEAD_REVISION
