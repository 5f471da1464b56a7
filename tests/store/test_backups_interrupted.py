"""A backup killed mid-copy: never listed, never restored, cleaned up, and the next
backup on close is still made (issue 13, item 5). The kill is real: a process making a
backup is SIGKILLed the moment its temporary file or SQLite's journal appears."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import reflectdesk
from reflectdesk.paths import backups_dir
from reflectdesk.store.backups import (
    RestoreError,
    backup_if_due,
    list_backups,
    make_backup,
    restore_backup,
)
from reflectdesk.store.partial_backup import PARTIAL_SUFFIX, remove_leftovers, writing_partial
from tests.store.test_backups import make_db, touch_later

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="needs SIGKILL and flock (POSIX)"
)

PROJECT_ROOT = Path(reflectdesk.__file__).resolve().parent.parent
NOON = datetime(2026, 11, 22, 12, 0, 0)
FILLER_MB = 48  # enough that SQLite's journal lives for a good while during the copy
DEADLINE_S = 120.0

MAKE_A_BACKUP = """
import sys
from pathlib import Path
from reflectdesk.store.backups import make_backup
make_backup(Path(sys.argv[1]), "manual")
"""


def big_database(path: Path) -> Path:
    make_db(path, "Balint Utrecht")
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE filler (data BLOB)")
        for _ in range(FILLER_MB):
            connection.execute("INSERT INTO filler VALUES (randomblob(1024 * 1024))")
        connection.commit()
    finally:
        connection.close()
    return path


def kill_backup_when(db: Path, suffix: str) -> Path:
    """Start a backup of ``db`` in another process and SIGKILL it as soon as a file
    ending in ``suffix`` appears in the backups folder; returns that file."""
    folder = backups_dir(db)
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    child = subprocess.Popen([sys.executable, "-c", MAKE_A_BACKUP, str(db)], env=env)
    deadline = time.monotonic() + DEADLINE_S
    try:
        while time.monotonic() < deadline and child.poll() is None:
            found = [
                entry for entry in _names(folder) if entry.endswith(suffix) and "-manual" in entry
            ]
            if found:
                child.send_signal(signal.SIGKILL)
                child.wait()
                return folder / found[0]
        pytest.fail(f"the backup ended (status {child.poll()}) before a {suffix} was seen")
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def _names(folder: Path) -> list[str]:
    try:
        return [entry.name for entry in folder.iterdir()]
    except FileNotFoundError:
        return []


@pytest.mark.parametrize("moment", [PARTIAL_SUFFIX, PARTIAL_SUFFIX + "-journal"])
def test_a_backup_killed_mid_copy_is_never_listed_nor_restored_and_close_still_backs_up(
    tmp_path: Path, moment: str
) -> None:
    db = big_database(tmp_path / "r.db")
    first = make_backup(db, "daily", now=NOON - timedelta(days=1))
    touch_later(db)  # the data changed after that backup

    seen = kill_backup_when(db, moment)

    partial = seen.with_name(seen.name.removesuffix("-journal"))
    assert partial.exists(), "the kill left the unfinished backup behind"
    if moment.endswith("-journal"):
        assert seen.exists(), "killed while SQLite was writing the copy"
    with pytest.raises(RestoreError, match="unfinished backup"):
        restore_backup(db, partial)

    assert [info.path for info in list_backups(db)] == [first]
    assert not [name for name in _names(backups_dir(db)) if PARTIAL_SUFFIX in name]

    made = backup_if_due(db, NOON, on_close=True)
    assert made is not None, "the backup on close must not count the leftover as a backup"
    assert [info.path for info in list_backups(db)] == [made, first]


def test_a_half_copy_left_under_a_backup_name_is_neither_listed_nor_restored(
    tmp_path: Path,
) -> None:
    """What an older ReflectDesk left when killed: the half file under its final name,
    its journal beside it."""
    db = big_database(tmp_path / "r.db")
    seen = kill_backup_when(db, PARTIAL_SUFFIX + "-journal")
    partial = seen.with_name(seen.name.removesuffix("-journal"))
    old_style = partial.with_name(partial.name.removesuffix(PARTIAL_SUFFIX))
    partial.rename(old_style)
    seen.rename(old_style.with_name(old_style.name + "-journal"))

    assert list_backups(db) == []
    with pytest.raises(RestoreError, match="unfinished backup"):
        restore_backup(db, old_style)
    assert old_style.exists(), "a file under a backup name is not ours to delete"


def test_a_partial_another_backup_is_still_writing_is_left_alone(tmp_path: Path) -> None:
    db = make_db(tmp_path / "r.db", "Balint Utrecht")
    folder = backups_dir(db)
    folder.mkdir()
    target = folder / "r-20261122-120000-manual.db"

    with writing_partial(target) as partial:
        assert list_backups(db) == []
        assert remove_leftovers(folder, lambda _name: True) == []
        assert partial.path.exists(), "held by a live writer: not a leftover"

    # Abandoned now (as if its writer had died): the next look removes it.
    assert remove_leftovers(folder, lambda _name: True) == [partial.path]
    assert not partial.path.exists()


def test_a_backup_is_written_under_a_temporary_name_and_renamed_when_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reflectdesk.store import backups as backups_module

    db = make_db(tmp_path / "r.db", "Balint Utrecht")
    checked: list[str] = []
    real_check = backups_module.integrity_check

    def check(path: Path) -> str:
        checked.append(path.name)
        assert not path.with_name(path.name.removesuffix(PARTIAL_SUFFIX)).exists()
        return real_check(path)

    monkeypatch.setattr(backups_module, "integrity_check", check)
    made = make_backup(db, "manual", now=NOON)

    assert checked == [made.name + PARTIAL_SUFFIX]
    assert sorted(_names(backups_dir(db))) == [made.name]


def test_a_backup_that_fails_its_check_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reflectdesk.store import backups as backups_module
    from reflectdesk.store.backups import BackupError

    db = make_db(tmp_path / "r.db", "Balint Utrecht")
    monkeypatch.setattr(backups_module, "integrity_check", lambda _path: "page 3 is damaged")

    with pytest.raises(BackupError, match="integrity check"):
        make_backup(db, "manual", now=NOON)

    assert _names(backups_dir(db)) == []


def test_a_backup_killed_before_its_first_page_is_neither_listed_nor_restored(
    tmp_path: Path,
) -> None:
    """An older ReflectDesk killed right after creating the file: nothing in it yet, and
    its journal (if any) still empty, so the journal alone cannot tell."""
    db = make_db(tmp_path / "r.db", "Balint Utrecht")
    folder = backups_dir(db)
    folder.mkdir()
    empty = folder / "r-20261122-120000-manual.db"
    empty.touch()
    (folder / (empty.name + "-journal")).touch()

    assert list_backups(db) == []
    with pytest.raises(RestoreError, match="unfinished backup"):
        restore_backup(db, empty)
    assert empty.exists(), "a file under a backup name is not ours to delete"
