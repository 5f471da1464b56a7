"""The command line's exit status names the kind of trouble with the database (issue 13,
item 3): a script can tell a full disk (74) from damage (79), a read-only disk (73), a
lock (75), a refused permission (77) and a foreign file (66). The operating system's and
SQLite's answers are injected where they arise; only damage advises a restore."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections import namedtuple
from contextlib import closing
from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.commands import (
    EXIT_DAMAGED,
    EXIT_DISK_FULL,
    EXIT_FOREIGN,
    EXIT_IN_USE,
    EXIT_PERMISSION,
    EXIT_READ_ONLY,
    database,
)
from reflectdesk.store import sqlite_file
from reflectdesk.store.database import open_store

Usage = namedtuple("Usage", "total used free")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "r.db"
    open_store(path).close()
    return path


def refuse_reading(monkeypatch: pytest.MonkeyPatch, name: str, message: str) -> None:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorname = name

    def refused(path: Path) -> sqlite3.Connection:
        raise error

    monkeypatch.setattr(sqlite_file, "connect_read_only", refused)


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1, err
    assert err.startswith("reflectdesk: ")
    assert "internal error" not in err
    return err


def assert_no_restore_advice(err: str) -> None:
    assert "restore" not in err.lower()
    assert "backup" not in err.lower()
    assert "damaged" not in err.lower()


def test_list_groups_on_a_full_disk_exits_74(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    refuse_reading(monkeypatch, "SQLITE_IOERR", "disk I/O error")
    monkeypatch.setattr(shutil, "disk_usage", lambda folder: Usage(10**9, 10**9, 0))

    assert cli.main(["list", "groups", "--db", str(db)]) == EXIT_DISK_FULL == 74

    err = one_line(capsys)
    assert "is full" in err
    assert_no_restore_advice(err)


def test_a_command_stopped_by_no_space_exits_74(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_space(args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", "/srv/backups/r.db")

    monkeypatch.setattr(database, "check", no_space)

    assert cli.main(["check"]) == EXIT_DISK_FULL
    assert "No space left on device" in one_line(capsys)


def test_check_on_a_read_only_disk_exits_73(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_statvfs = os.statvfs

    def read_only_mount(folder: Path) -> os.statvfs_result:
        fields = list(real_statvfs(folder))
        fields[8] |= os.ST_RDONLY  # f_flag
        return os.statvfs_result(fields)

    monkeypatch.setattr(os, "statvfs", read_only_mount)
    refuse_reading(monkeypatch, "SQLITE_CANTOPEN", "unable to open database file")

    assert cli.main(["check", "--db", str(db)]) == EXIT_READ_ONLY == 73

    err = one_line(capsys)
    assert "read-only" in err
    assert_no_restore_advice(err)


def test_check_on_a_file_locked_by_another_program_exits_75(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    refuse_reading(monkeypatch, "SQLITE_BUSY", "database is locked")

    assert cli.main(["check", "--db", str(db)]) == EXIT_IN_USE == 75

    err = one_line(capsys)
    assert "busy" in err
    assert_no_restore_advice(err)


def test_replacing_a_database_open_in_the_app_exits_75(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db):
        assert cli.main(["demo", "--db", str(db), "--force"]) == EXIT_IN_USE

    assert "already open" in one_line(capsys)


def test_check_refused_permission_exits_77(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_access = os.access

    def access(place: object, mode: int, *args: object, **kwargs: object) -> bool:
        if Path(os.fsdecode(place)) == db:  # type: ignore[arg-type]
            return False
        return real_access(place, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    refuse_reading(monkeypatch, "SQLITE_CANTOPEN", "unable to open database file")

    assert cli.main(["check", "--db", str(db)]) == EXIT_PERMISSION == 77

    err = one_line(capsys)
    assert "not allowed" in err
    assert_no_restore_advice(err)


def test_check_on_a_damaged_file_exits_79_and_advises_a_restore(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])

    assert cli.main(["check", "--db", str(db)]) == EXIT_DAMAGED == 79

    err = one_line(capsys)
    assert "damaged" in err
    assert "Restore it from a backup" in err


def test_check_on_another_programs_database_exits_66(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "recipes.sqlite"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.commit()

    assert cli.main(["check", "--db", str(path)]) == EXIT_FOREIGN == 66

    err = one_line(capsys)
    assert "another program" in err
    assert_no_restore_advice(err)


def test_the_six_kinds_have_six_statuses() -> None:
    statuses = {EXIT_DISK_FULL, EXIT_READ_ONLY, EXIT_IN_USE, EXIT_PERMISSION}
    assert len(statuses | {EXIT_DAMAGED, EXIT_FOREIGN, 1, 2, 65, 70}) == 10
