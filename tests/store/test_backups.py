"""The backups folder: making, listing, thinning, automatic backups and restore."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from reflectdesk.core.backup_policy import keep
from reflectdesk.core.model import GroupDraft
from reflectdesk.core.notes import PrivateText
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.paths import backups_dir
from reflectdesk.store import backups as backups_module
from reflectdesk.store.backups import (
    RestoreError,
    backup_if_due,
    list_backups,
    make_backup,
    restore_backup,
    thin_backups,
)
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.errors import DatabaseInUseError
from reflectdesk.store.groups import create_group
from reflectdesk.store.notes import private_notes, save_private_note
from reflectdesk.store.sessions import plan_session
from reflectdesk.store.sqlite_file import integrity_check
from tests.fakes import open_vault

NOON = datetime(2026, 11, 22, 12, 0, 0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def group_names(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {str(row[0]) for row in connection.execute("SELECT name FROM groups")}
    finally:
        connection.close()


def table_names(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {str(row[0]) for row in rows}
    finally:
        connection.close()


def sealed_column(path: Path) -> list[bytes]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT sealed FROM notes WHERE sealed IS NOT NULL ORDER BY id"
        ).fetchall()
        return [bytes(row[0]) for row in rows]
    finally:
        connection.close()


def make_db(path: Path, *groups: str) -> Path:
    with open_store(path) as store:
        for name in groups:
            create_group(store, GroupDraft(name=name))
    return path


def touch_later(path: Path, seconds: int = 5) -> None:
    """Make the database look written ``seconds`` after now (coarse file clocks)."""
    later = path.stat().st_mtime_ns + seconds * 1_000_000_000
    os.utime(path, ns=(later, later))


# --- make and list ---------------------------------------------------------------------


def test_make_and_list_newest_first(db_path: Path) -> None:
    make_db(db_path, "Balint")
    first = make_backup(db_path, "manual", now=NOON)
    second = make_backup(db_path, "before-upgrade", now=NOON + timedelta(hours=1))
    third = make_backup(db_path, "before-upgrade", now=NOON + timedelta(hours=1))

    listed = list_backups(db_path)

    assert [info.path for info in listed] == [third, second, first]
    assert third.name.endswith("-before-upgrade-2.db")
    assert [info.reason for info in listed] == ["before-upgrade", "before-upgrade", "manual"]
    assert listed[2].made_at == NOON
    assert listed[0].size == third.stat().st_size > 0
    assert integrity_check(first) == "ok"
    assert group_names(first) == {"Balint"}


def test_list_ignores_foreign_files_and_other_databases(db_path: Path) -> None:
    make_db(db_path)
    folder = backups_dir(db_path)
    folder.mkdir()
    for name in ("notes.txt", "reflectdesk-old-20260101-101010-manual.db", "reflectdesk-x.db"):
        (folder / name).write_text("not mine")
    assert list_backups(db_path) == []
    assert list_backups(tmp_missing := db_path.with_name("none.db")) == []
    assert not tmp_missing.exists()


def test_a_bad_reason_is_refused(db_path: Path) -> None:
    make_db(db_path)
    with pytest.raises(ValueError):
        make_backup(db_path, "Has Spaces")


# --- thin ------------------------------------------------------------------------------


def test_thin_deletes_what_the_policy_drops_and_leaves_foreign_files(db_path: Path) -> None:
    make_db(db_path)
    today = date(2026, 11, 22)
    source = make_backup(db_path, "manual", now=NOON)
    folder = backups_dir(db_path)
    foreign = folder / "holiday-photo.jpg"
    foreign.write_bytes(b"\xff\xd8")
    odd = folder / "reflectdesk-2026-manual.db"
    odd.write_bytes(b"?")
    stamps = [NOON - timedelta(days=back, hours=hour) for back in range(60) for hour in (1, 3)]
    for stamp in stamps:
        name = f"reflectdesk-{stamp:%Y%m%d-%H%M%S}-daily.db"
        (folder / name).write_bytes(source.read_bytes())

    deleted = thin_backups(db_path, today)

    remaining = {info.path for info in list_backups(db_path)}
    assert deleted and all(not path.exists() for path in deleted)
    assert not remaining & set(deleted)
    assert source in remaining  # the newest
    assert foreign.exists() and odd.exists()
    expected = {stamp for stamp in stamps if stamp in keep([*stamps, NOON], today)}
    assert {info.made_at for info in list_backups(db_path)} == expected | {NOON}
    assert len(remaining) == 1 + 4 + 12 + 7  # newest; today, yesterday; 12 days; 7 weeks
    days = {info.made_at.date() for info in list_backups(db_path)}
    assert {today - timedelta(days=back) for back in range(14)} <= days


def test_thin_never_deletes_the_newest_even_when_old(db_path: Path) -> None:
    make_db(db_path)
    only = make_backup(db_path, "manual", now=datetime(2001, 1, 1))
    assert thin_backups(db_path, date(2026, 11, 22)) == []
    assert only.exists()


# --- automatic backups -----------------------------------------------------------------


def test_backup_if_due_makes_the_first_and_then_only_after_a_change(db_path: Path) -> None:
    make_db(db_path, "Balint")

    first = backup_if_due(db_path, NOON)
    assert first is not None and first.name.endswith("-daily.db")
    assert backup_if_due(db_path, NOON + timedelta(days=1)) is None  # nothing changed
    assert backup_if_due(db_path, NOON + timedelta(days=1), on_close=True) is None

    with open_store(db_path) as store:
        create_group(store, GroupDraft(name="Intervisie"))
    touch_later(db_path)

    second = backup_if_due(db_path, NOON + timedelta(days=1))
    assert second is not None
    assert group_names(second) == {"Balint", "Intervisie"}


def test_at_most_one_daily_backup_a_day_but_on_close_always_after_a_change(
    db_path: Path,
) -> None:
    make_db(db_path, "Balint")
    assert backup_if_due(db_path, NOON) is not None
    touch_later(db_path)

    assert backup_if_due(db_path, NOON + timedelta(hours=2)) is None  # same day
    on_close = backup_if_due(db_path, NOON + timedelta(hours=3), on_close=True)
    assert on_close is not None and on_close.name.endswith("-on-close.db")
    assert len(list_backups(db_path)) == 2


def test_opening_without_writing_is_not_a_change(db_path: Path) -> None:
    make_db(db_path, "Balint")
    assert backup_if_due(db_path, NOON) is not None
    with open_store(db_path):
        assert backup_if_due(db_path, NOON, on_close=True) is None
    assert backup_if_due(db_path, NOON, on_close=True) is None


def test_no_database_no_backup(db_path: Path) -> None:
    assert backup_if_due(db_path, NOON) is None
    assert not backups_dir(db_path).exists()


# --- restore ---------------------------------------------------------------------------


def test_restore_brings_the_data_back_and_saves_the_replaced_database(db_path: Path) -> None:
    make_db(db_path, "Balint")
    backup = make_backup(db_path, "manual", now=NOON)
    with open_store(db_path) as store:
        create_group(store, GroupDraft(name="Added after the backup"))

    before = restore_backup(db_path, backup)

    assert group_names(db_path) == {"Balint"}
    assert integrity_check(db_path) == "ok"
    assert before is not None and before.name.endswith("-before-restore.db")
    assert group_names(before) == {"Balint", "Added after the backup"}
    assert not db_path.with_name(db_path.name + "-wal").exists() or (
        db_path.with_name(db_path.name + "-wal").stat().st_size == 0
    )
    with open_store(db_path) as store:  # opens normally afterwards
        assert store.schema_revision() is not None


def test_restore_over_a_database_with_a_live_wal(db_path: Path) -> None:
    make_db(db_path, "Balint")
    backup = make_backup(db_path, "manual", now=NOON)
    # A crashed app: committed rows only in the -wal, no lock held.
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("CREATE TABLE only_in_the_wal (x)")
    connection.commit()
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0

    before = restore_backup(db_path, backup)
    connection.close()

    assert group_names(db_path) == {"Balint"}
    assert before is not None and "only_in_the_wal" in table_names(before)
    assert "only_in_the_wal" not in table_names(db_path)


def test_restore_to_a_new_path(tmp_path: Path, db_path: Path) -> None:
    make_db(db_path, "Balint")
    backup = make_backup(db_path, "manual", now=NOON)
    fresh = tmp_path / "elsewhere" / "new.db"
    fresh.parent.mkdir()

    assert restore_backup(fresh, backup) is None
    assert group_names(fresh) == {"Balint"}


def _damaged(backup: Path) -> Path:
    data = bytearray(backup.read_bytes())
    data[len(data) // 2 :] = b"\x00" * (len(data) - len(data) // 2)
    damaged = backup.with_name("damaged.db")
    damaged.write_bytes(bytes(data[:100]) + b"\x13" * 4000 + bytes(data[4100:]))
    return damaged


def _foreign(backup: Path) -> Path:
    foreign = backup.with_name("foreign.db")
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    return foreign


def _newer(backup: Path) -> Path:
    newer = backup.with_name("newer.db")
    newer.write_bytes(backup.read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    return newer


def _text(backup: Path) -> Path:
    text = backup.with_name("text.db")
    text.write_text("not a database\n" * 100)
    return text


@pytest.mark.parametrize("make_bad", [_damaged, _foreign, _newer, _text])
def test_a_bad_backup_is_refused_and_the_database_is_unchanged(
    db_path: Path, make_bad: object
) -> None:
    make_db(db_path, "Balint")
    good = make_backup(db_path, "manual", now=NOON)
    bad = make_bad(good)  # type: ignore[operator]
    before = digest(db_path)
    count = len(list_backups(db_path))

    with pytest.raises(RestoreError) as caught:
        restore_backup(db_path, bad)

    assert str(bad) in str(caught.value) and "\n" not in str(caught.value)
    assert digest(db_path) == before
    assert len(list_backups(db_path)) == count


def test_restore_is_refused_while_the_database_is_open(store: Store) -> None:
    backup = make_backup(store.path, "manual", now=NOON)
    create_group(store, GroupDraft(name="Still open"))
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(store.path)

    with pytest.raises(DatabaseInUseError):
        restore_backup(store.path, backup)

    assert digest(store.path) == before
    assert [info.reason for info in list_backups(store.path)] == ["manual"]


def test_private_notes_stay_sealed_byte_identical_through_backup_and_restore(
    store: Store,
) -> None:
    group = create_group(store, GroupDraft(name="Balint"))
    meeting = plan_session(store, group.id, SessionDraft(datetime(2026, 2, 3, 12, tzinfo=UTC)))
    note = save_private_note(store, meeting.id, PrivateText("Titel", "Vertrouwelijk, één keer."))
    sealed = sealed_column(store.path)
    assert len(sealed) == 1
    backup = make_backup(store.path, "manual", now=NOON)
    assert sealed_column(backup) == sealed
    save_private_note(store, meeting.id, PrivateText("Titel", "Overschreven"), note.id)
    path = store.path
    store.close()

    restore_backup(path, backup)

    assert sealed_column(path) == sealed
    with open_store(path) as reopened:
        open_vault(reopened)
        [restored] = private_notes(reopened, meeting.id)
    assert restored.text == PrivateText("Titel", "Vertrouwelijk, één keer.")


def test_the_restore_result_is_integrity_checked(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_db(db_path, "Balint")
    backup = make_backup(db_path, "manual", now=NOON)

    # Only the restored database fails: the backup and the before-restore copy (made by
    # backup_database, in the same module since backup.py and backups.py became one) pass.
    def verdict(path: Path) -> str:
        return "row 3 missing from index" if path == db_path else "ok"

    monkeypatch.setattr(backups_module, "integrity_check", verdict)

    with pytest.raises(RestoreError, match="before-restore"):
        restore_backup(db_path, backup)
