"""Creating and upgrading the schema: from nothing, step by step, and failing safely."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from reflectdesk.paths import backups_dir
from reflectdesk.store import database as database_module
from reflectdesk.store.database import open_store
from reflectdesk.store.errors import MigrationError
from reflectdesk.store.models import load_all
from reflectdesk.store.schema import HEAD_REVISION, KNOWN_REVISIONS, migrations_location
from reflectdesk.store.search_index import include_object
from reflectdesk.store.sqlite_file import integrity_check
from tests.sqlite_schema import schema_sql
from tests.store.old_schemas import migrate, migrations_up_to

FIXTURE_REVISION = "9002"  # tests/store/fixtures/migrations: one step past the real head


def stored_revision(path: Path) -> str | None:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        connection.close()


def table_names(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {str(row[0]) for row in rows}
    finally:
        connection.close()


def column_names(path: Path, table: str) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {str(row[1]) for row in connection.execute(f"PRAGMA table_info({table})")}
    finally:
        connection.close()


def group_names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [str(row[0]) for row in connection.execute("SELECT name FROM groups ORDER BY name")]
    finally:
        connection.close()


# --- from nothing --------------------------------------------------------------------


def test_missing_file_is_created_at_head_with_every_table(tmp_path: Path) -> None:
    path = tmp_path / "new.db"

    with open_store(path) as store:
        assert store.schema_revision() == HEAD_REVISION

    assert path.is_file()
    assert stored_revision(path) == HEAD_REVISION
    assert table_names(path) >= set(load_all().tables) | {"alembic_version"}


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there" / "new.db"

    with open_store(path) as store:
        assert store.schema_revision() == HEAD_REVISION

    assert path.is_file()


def test_zero_byte_file_is_treated_as_new(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()

    with open_store(path) as store:
        assert store.schema_revision() == HEAD_REVISION

    assert table_names(path) >= set(load_all().tables)
    assert not backups_dir(path).exists()


def test_fresh_database_gets_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.db"

    open_store(path).close()
    open_store(path).close()  # already at head: nothing to back up either

    assert not backups_dir(path).exists()


def test_fresh_database_gets_no_backup_even_with_extra_revisions(
    tmp_path: Path, script_folder: Callable[..., Path]
) -> None:
    path = tmp_path / "new.db"

    with open_store(path, migrations=script_folder("9002_add_column.py")) as store:
        assert store.schema_revision() == FIXTURE_REVISION

    assert not backups_dir(path).exists()


# --- the scripts and the constant agree -----------------------------------------------


def test_known_revisions_match_the_migration_scripts() -> None:
    scripts = ScriptDirectory(str(migrations_location()))

    oldest_first = tuple(script.revision for script in reversed(list(scripts.walk_revisions())))

    assert oldest_first == KNOWN_REVISIONS
    assert scripts.get_heads() == [HEAD_REVISION]
    assert scripts.get_current_head() == HEAD_REVISION


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    with open_store(tmp_path / "check.db") as store, store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "compare_server_default": True,
                # The same filter env.py gives autogenerate: the FTS5 search index and its
                # entries table are made in SQL by migration 0006, not from the models.
                "include_object": include_object,
            },
        )
        differences = compare_metadata(context, load_all())

    assert differences == []


def test_migrated_schema_passes_integrity_and_foreign_key_checks(tmp_path: Path) -> None:
    path = tmp_path / "check.db"
    open_store(path).close()

    assert integrity_check(path) == "ok"
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


# --- upgrading -----------------------------------------------------------------------


def test_backup_is_made_before_an_upgrade(
    make_db: Callable[..., Path],
    script_folder: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = make_db(groups=("Balint Tuesday",))
    assert stored_revision(path) == HEAD_REVISION
    steps: list[tuple[str, str | None]] = []
    real_backup = database_module.backup_database
    real_migrate = database_module._migrate

    def spy_backup(db_path: Path, target_dir: Path, reason: str) -> Path:
        backup = real_backup(db_path, target_dir, reason)
        steps.append(("backup", stored_revision(db_path)))
        return backup

    def spy_migrate(*args: object) -> None:
        steps.append(("migrate", stored_revision(path)))
        real_migrate(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(database_module, "backup_database", spy_backup)
    monkeypatch.setattr(database_module, "_migrate", spy_migrate)

    with open_store(path, migrations=script_folder("9002_add_column.py")) as store:
        assert store.schema_revision() == FIXTURE_REVISION

    assert steps == [("backup", HEAD_REVISION), ("migrate", HEAD_REVISION)]
    backups = sorted(backups_dir(path).glob("*.db"))
    assert len(backups) == 1
    backup = backups[0]
    assert "before-upgrade" in backup.name
    assert integrity_check(backup) == "ok"
    assert stored_revision(backup) == HEAD_REVISION
    assert "colour" not in column_names(backup, "groups")
    assert group_names(backup) == ["Balint Tuesday"]
    # The live file was upgraded and kept its rows.
    assert stored_revision(path) == FIXTURE_REVISION
    assert "colour" in column_names(path, "groups")
    assert group_names(path) == ["Balint Tuesday"]


def test_failed_migration_rolls_back_everything(
    make_db: Callable[..., Path], script_folder: Callable[..., Path]
) -> None:
    path = make_db(groups=("Balint Tuesday", "Intervisie Utrecht"))

    with pytest.raises(MigrationError) as caught:
        open_store(path, migrations=script_folder("9002_fails.py"))

    error = caught.value
    assert str(path) in str(error)
    assert "deliberate failure" in str(error)
    assert stored_revision(path) == HEAD_REVISION
    assert "fixture_scratch" not in table_names(path)
    assert group_names(path) == ["Balint Tuesday", "Intervisie Utrecht"]
    assert integrity_check(path) == "ok"
    backups = list(backups_dir(path).glob("*.db"))
    assert len(backups) == 1
    assert str(backups[0]) in str(error)
    assert stored_revision(backups[0]) == HEAD_REVISION
    assert group_names(backups[0]) == ["Balint Tuesday", "Intervisie Utrecht"]


def test_failed_migration_releases_the_lock(
    make_db: Callable[..., Path], script_folder: Callable[..., Path]
) -> None:
    path = make_db()

    with pytest.raises(MigrationError):
        open_store(path, migrations=script_folder("9002_fails.py"))

    with open_store(path) as store:
        assert store.schema_revision() == HEAD_REVISION


# --- the released revisions never change --------------------------------------------

# Users' databases were made by these revisions: what they create must stay the same to
# the letter, whatever becomes of the scripts or of the helpers they share
# (store/migrations/tables.py). SQLite keeps every CREATE statement as written. The
# fixture holds that SQL verbatim, trailing spaces included (SQLAlchemy ends each column
# line with ", "): regenerate it with schema_sql(), never by hand.
PINNED_REVISION = "0008"
PINNED_SCHEMA = Path(__file__).parent / "fixtures" / f"schema-{PINNED_REVISION}.sql"


def test_the_released_revisions_create_the_pinned_schema(tmp_path: Path) -> None:
    path = tmp_path / "pinned.db"
    with open_store(path, migrations=migrations_up_to(tmp_path, PINNED_REVISION)) as store:
        assert store.schema_revision() == PINNED_REVISION

    assert schema_sql(path) == PINNED_SCHEMA.read_text(encoding="utf-8")


def test_downgrading_to_nothing_and_back_gives_the_pinned_schema(tmp_path: Path) -> None:
    path = tmp_path / "down.db"
    folder = migrations_up_to(tmp_path, PINNED_REVISION)
    with open_store(path, migrations=folder) as store:
        migrate(store, folder, "downgrade", "base")
        assert table_names(path) == {"alembic_version"}
        for revision in KNOWN_REVISIONS[: KNOWN_REVISIONS.index(PINNED_REVISION) + 1]:
            migrate(store, folder, "upgrade", revision)

    assert stored_revision(path) == PINNED_REVISION
    assert schema_sql(path) == PINNED_SCHEMA.read_text(encoding="utf-8")
