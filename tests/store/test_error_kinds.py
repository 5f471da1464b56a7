"""Each kind of trouble with the database file says what is true: a full disk, a read-only
disk, a lock, a permission, damage and a foreign file each have their own error, and only
damage advises restoring a backup (issue 13, item 3).

The disk cannot be filled or mounted read-only here (and root ignores permissions), so
the operating system's and SQLite's answers are injected where they arise; the full disk
is also met for real, through SQLite's own page limit.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections import namedtuple
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from reflectdesk.store import io_errors, sqlite_file
from reflectdesk.store.database import open_store
from reflectdesk.store.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DatabaseInUseError,
    DiskFullError,
    ForeignDatabaseError,
    NotADatabaseError,
    PermissionDeniedError,
    ReadOnlyLocationError,
    StoreError,
)
from reflectdesk.store.instance_lock import InstanceLock
from reflectdesk.store.sqlite_file import inspect_database_file, integrity_check

Usage = namedtuple("Usage", "total used free")


def sqlite_error(name: str, message: str) -> sqlite3.OperationalError:
    """An error as SQLite raises it, with its error name (Python 3.11+)."""
    error = sqlite3.OperationalError(message)
    error.sqlite_errorname = name
    return error


def refuse_reading(monkeypatch: pytest.MonkeyPatch, error: sqlite3.Error) -> None:
    def refused(path: Path) -> sqlite3.Connection:
        raise error

    monkeypatch.setattr(sqlite_file, "connect_read_only", refused)


def disk_with_free(monkeypatch: pytest.MonkeyPatch, free: int) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda folder: Usage(10**9, 10**9 - free, free))


def assert_no_restore_advice(error: StoreError) -> None:
    words = str(error).lower()
    assert "restore" not in words
    assert "backup" not in words
    assert "damaged" not in words


# --- a full disk ------------------------------------------------------------------------


def test_a_write_on_a_full_disk_says_full_not_damaged(make_db: Callable[..., Path]) -> None:
    """SQLite's real "database or disk is full", made by its own page limit."""
    with (
        open_store(make_db()) as store,
        pytest.raises(DiskFullError) as caught,
        store.transaction() as session,
    ):
        pages = session.execute(text("PRAGMA page_count")).scalar()
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        session.execute(text("CREATE TABLE filler (x BLOB)"))
        session.execute(text("INSERT INTO filler VALUES (randomblob(1000000))"))

    assert "full" in str(caught.value)
    assert_no_restore_advice(caught.value)


def test_a_disk_io_error_on_a_full_disk_says_full(
    make_db: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`list groups` on a full disk: SQLite says only "disk I/O error"."""
    path = make_db()
    refuse_reading(monkeypatch, sqlite_error("SQLITE_IOERR_SHMOPEN", "disk I/O error"))
    disk_with_free(monkeypatch, 0)

    with pytest.raises(DiskFullError) as caught:
        open_store(path, for_reading=True)

    assert str(path) in str(caught.value)
    assert_no_restore_advice(caught.value)


def test_no_space_from_the_os_says_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # Where the lock file is made (owner-only, in one call).
    monkeypatch.setattr("reflectdesk.store.instance_lock._private_opener", no_space)

    with pytest.raises(DiskFullError):
        InstanceLock(tmp_path / "r.db").acquire()


def test_a_disk_io_error_on_a_healthy_disk_is_not_called_damage(
    make_db: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_db()
    refuse_reading(monkeypatch, sqlite_error("SQLITE_IOERR_READ", "disk I/O error"))
    disk_with_free(monkeypatch, 10**9)

    with pytest.raises(StoreError) as caught:
        inspect_database_file(path)

    assert type(caught.value) is StoreError
    assert "could not be read or written" in str(caught.value)
    assert_no_restore_advice(caught.value)


# --- a read-only disk -------------------------------------------------------------------


def test_a_read_only_disk_says_read_only(
    make_db: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_db()
    real_statvfs = os.statvfs

    def read_only_mount(folder: Path) -> os.statvfs_result:
        fields = list(real_statvfs(folder))
        fields[8] |= os.ST_RDONLY  # f_flag
        return os.statvfs_result(fields)

    monkeypatch.setattr(os, "statvfs", read_only_mount)
    refuse_reading(monkeypatch, sqlite_error("SQLITE_CANTOPEN", "unable to open database file"))

    with pytest.raises(ReadOnlyLocationError) as caught:
        inspect_database_file(path)

    assert "the disk is read-only" in str(caught.value)
    assert_no_restore_advice(caught.value)


def test_read_only_from_sqlite_or_the_os_says_read_only(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    from_sqlite = io_errors.error_for_sqlite_error(
        path, sqlite_error("SQLITE_READONLY", "attempt to write a readonly database")
    )
    from_os = io_errors.error_for_os_error(path, OSError(errno.EROFS, "Read-only file system"))

    assert isinstance(from_sqlite, ReadOnlyLocationError)
    assert isinstance(from_os, ReadOnlyLocationError)
    assert_no_restore_advice(from_sqlite)


# --- a lock -----------------------------------------------------------------------------


def test_a_file_locked_by_another_program_says_busy(
    make_db: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_db()
    refuse_reading(monkeypatch, sqlite_error("SQLITE_BUSY", "database is locked"))

    with pytest.raises(DatabaseBusyError) as caught:
        inspect_database_file(path)

    assert "busy" in str(caught.value)
    assert_no_restore_advice(caught.value)


def test_a_file_open_in_another_reflectdesk_says_so(make_db: Callable[..., Path]) -> None:
    path = make_db()
    with open_store(path), pytest.raises(DatabaseInUseError) as caught:
        open_store(path)

    assert "already open" in str(caught.value)
    assert_no_restore_advice(caught.value)


# --- a permission -----------------------------------------------------------------------


def test_a_refused_permission_says_permission(
    make_db: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_db()
    real_access = os.access

    def access(place: object, mode: int, *args: object, **kwargs: object) -> bool:
        if Path(os.fsdecode(place)) == path:  # type: ignore[arg-type]
            return False
        return real_access(place, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    refuse_reading(monkeypatch, sqlite_error("SQLITE_CANTOPEN", "unable to open database file"))

    with pytest.raises(PermissionDeniedError) as caught:
        inspect_database_file(path)

    assert "not allowed" in str(caught.value)
    assert_no_restore_advice(caught.value)


def test_permission_denied_by_the_os_says_permission(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", denied)

    with pytest.raises(PermissionDeniedError) as caught:
        open_store(tmp_path / "elsewhere" / "r.db")

    assert "Permission denied" in str(caught.value)
    assert_no_restore_advice(caught.value)


# --- damage, the one kind that advises a restore ----------------------------------------


def test_a_damaged_file_advises_restoring_a_backup(make_db: Callable[..., Path]) -> None:
    path = make_db()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])

    with pytest.raises(CorruptDatabaseError) as caught:
        inspect_database_file(path)

    assert "damaged" in str(caught.value)
    assert "Restore it from a backup" in str(caught.value)


def test_sqlite_corruption_is_damage(
    make_db: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_db()
    refuse_reading(monkeypatch, sqlite_error("SQLITE_CORRUPT", "database disk image is malformed"))

    assert "malformed" in integrity_check(path)  # the verdict `check` reports as damage
    with pytest.raises(CorruptDatabaseError):
        inspect_database_file(path)


def test_integrity_check_on_a_full_disk_raises_full_not_a_damage_verdict(
    make_db: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_db()
    refuse_reading(monkeypatch, sqlite_error("SQLITE_FULL", "database or disk is full"))

    with pytest.raises(DiskFullError):
        integrity_check(path)


# --- a foreign file ---------------------------------------------------------------------


def test_another_programs_database_is_foreign_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "recipes.sqlite"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.commit()

    with pytest.raises(ForeignDatabaseError) as caught:
        inspect_database_file(path)

    assert isinstance(caught.value, NotADatabaseError)  # callers catching that still do
    assert "another program" in str(caught.value)
    assert_no_restore_advice(caught.value)
