"""The application id and the schema check at open, backup and restore
(store/schema_shape.py has the rule)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from reflectdesk.core.model import GroupDraft
from reflectdesk.paths import backups_dir
from reflectdesk.store.backups import RestoreError, make_backup, restore_backup
from reflectdesk.store.database import open_store
from reflectdesk.store.errors import CorruptDatabaseError, ForeignDatabaseError
from reflectdesk.store.groups import create_group, list_groups
from reflectdesk.store.schema_shape import APPLICATION_ID
from tests.bad_schemas import alembic_file_of_another_program, alter, application_id, drop_table


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def database(db_path: Path) -> Path:
    with open_store(db_path) as store:
        create_group(store, GroupDraft(name="Balint Tuesday"))
    return db_path


def test_a_new_database_carries_the_application_id(database: Path) -> None:
    assert application_id(database) == APPLICATION_ID


def test_a_backup_carries_the_application_id(database: Path) -> None:
    assert application_id(make_backup(database, "manual")) == APPLICATION_ID


def test_a_database_from_before_the_id_is_recognised_and_marked_when_opened(
    database: Path,
) -> None:
    alter(database, "PRAGMA application_id = 0")

    with open_store(database) as store:
        assert [group.name for group in list_groups(store)] == ["Balint Tuesday"]

    assert application_id(database) == APPLICATION_ID


def test_opening_for_reading_does_not_mark_an_older_database(database: Path) -> None:
    alter(database, "PRAGMA application_id = 0")
    before = digest(database)

    with open_store(database, for_reading=True) as store:
        assert len(list_groups(store)) == 1

    assert application_id(database) == 0
    assert digest(database) == before


def test_a_table_dropped_is_damage_that_names_it(database: Path) -> None:
    drop_table(database)
    before = digest(database)

    with pytest.raises(CorruptDatabaseError) as caught:
        open_store(database)

    assert "damaged (missing table settings)" in str(caught.value)
    assert "Restore it from a backup" in str(caught.value)
    assert digest(database) == before


def test_many_missing_parts_are_summed_up(database: Path) -> None:
    alter(database, *(f"DROP TABLE {name}" for name in ("settings", "vault", "themes")))
    alter(database, "DROP TABLE note_themes", "DROP TABLE session_themes")
    alter(database, "DROP INDEX ix_memberships_group_id")

    with pytest.raises(CorruptDatabaseError) as caught:
        open_store(database)

    assert "and 1 more" in str(caught.value)


def test_another_programs_alembic_file_at_our_revision_is_foreign(tmp_path: Path) -> None:
    path = alembic_file_of_another_program(tmp_path / "inventory.sqlite")

    with pytest.raises(ForeignDatabaseError) as caught:
        open_store(path)

    assert "not a ReflectDesk database" in str(caught.value)
    assert "newer" not in str(caught.value)


def test_a_long_revision_of_a_foreign_file_is_shown_cut_short(tmp_path: Path) -> None:
    path = alembic_file_of_another_program(tmp_path / "odd.sqlite", "x" * 5000)

    with pytest.raises(ForeignDatabaseError) as caught:
        open_store(path)

    assert len(str(caught.value)) < 400


# --- restore --------------------------------------------------------------------------


def test_restore_refuses_a_backup_with_a_table_dropped(database: Path) -> None:
    backup = drop_table(make_backup(database, "manual"))
    before = digest(database)

    with pytest.raises(RestoreError) as caught:
        restore_backup(database, backup)

    assert "cannot be restored: it is damaged (missing table settings)" in str(caught.value)
    assert digest(database) == before


def test_restore_refuses_another_programs_alembic_file_as_foreign(
    database: Path, tmp_path: Path
) -> None:
    foreign = alembic_file_of_another_program(tmp_path / "inventory.sqlite")
    before = digest(database)

    with pytest.raises(RestoreError) as caught:
        restore_backup(database, foreign)

    assert "cannot be restored: it is not a ReflectDesk database" in str(caught.value)
    assert digest(database) == before


def test_restore_mends_a_database_whose_schema_is_damaged(database: Path) -> None:
    backup = make_backup(database, "manual")
    drop_table(database)

    saved = restore_backup(database, backup)

    assert saved is not None and saved.parent == backups_dir(database)
    with open_store(database) as store:
        assert [group.name for group in list_groups(store)] == ["Balint Tuesday"]


def test_restore_does_not_replace_another_programs_file(database: Path, tmp_path: Path) -> None:
    backup = make_backup(database, "manual")
    theirs = alembic_file_of_another_program(tmp_path / "inventory.sqlite")
    before = digest(theirs)

    with pytest.raises(RestoreError) as caught:
        restore_backup(theirs, backup)

    assert "is not a ReflectDesk database" in str(caught.value)
    assert digest(theirs) == before
    assert not list(backups_dir(theirs).glob("*before-restore*"))
