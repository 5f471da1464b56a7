"""Online backups: consistent, verified, and including what is still in the WAL."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.paths import backups_dir
from reflectdesk.store.backups import backup_database
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group
from reflectdesk.store.members import add_member
from reflectdesk.store.sqlite_file import integrity_check


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    return query(path, f"SELECT * FROM {table} ORDER BY 1")


def group_names(path: Path) -> set[str]:
    return {str(row[0]) for row in query(path, "SELECT name FROM groups")}


def test_backup_passes_integrity_check_and_has_the_same_rows(store: Store) -> None:
    group = create_group(store, GroupDraft(name="Balint Tuesday", ground_rules="Phones away."))
    add_member(store, group.id, MemberDraft("Anna de Vries"))
    add_member(store, group.id, MemberDraft("Νίκος Παπαδόπουλος"))

    backup = backup_database(store.path, backups_dir(store.path), "manual")

    assert backup.parent == backups_dir(store.path)
    assert integrity_check(backup) == "ok"
    for table in ("alembic_version", "groups", "persons", "memberships", "formats"):
        assert rows(backup, table) == rows(store.path, table), table


def test_backup_includes_commits_still_in_the_wal(store: Store, tmp_path: Path) -> None:
    with store.engine.connect() as connection:
        # Move the schema into the main file, so only the next commit sits in the WAL.
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    create_group(store, GroupDraft(name="Balint Tuesday"))
    wal = store.path.with_name(store.path.name + "-wal")
    assert wal.stat().st_size > 0
    # A copy of the main file alone (what copying an open .db would give) lacks the row,
    # which shows the commit is still only in the WAL.
    main_only = tmp_path / "main-only" / "copy.db"
    main_only.parent.mkdir()
    shutil.copyfile(store.path, main_only)
    assert "Balint Tuesday" not in group_names(main_only)

    backup = backup_database(store.path, tmp_path / "backups-here", "manual")

    assert integrity_check(backup) == "ok"
    assert group_names(backup) == {"Balint Tuesday"}


def test_backup_names_carry_stem_time_and_reason_and_never_collide(
    store: Store, tmp_path: Path
) -> None:
    when = datetime(2026, 3, 1, 10, 15, 0)
    target = tmp_path / "backups-here"

    first = backup_database(store.path, target, "manual", now=when)
    second = backup_database(store.path, target, "manual", now=when)

    assert first.name == "reflectdesk-20260301-101500-manual.db"
    assert second.name == "reflectdesk-20260301-101500-manual-2.db"
    assert integrity_check(second) == "ok"


def test_backup_folder_holds_only_the_backup(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "backups-here"

    backup = backup_database(store.path, target, "manual")

    assert sorted(entry.name for entry in target.iterdir()) == [backup.name]
