"""Automatic backups around the app's life: on close when the data changed (handed to a
process of its own, or made at the next start), daily while it runs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reflectdesk import cli
from reflectdesk.core.model import GroupDraft
from reflectdesk.paths import backups_dir
from reflectdesk.store import groups
from reflectdesk.store.backups import list_backups
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.close_backup import is_marked, mark_due
from reflectdesk.store.database import open_store
from reflectdesk.store.instance_lock import lock_path_for
from reflectdesk.ui.exports import auto_backup
from reflectdesk.ui.exports.auto_backup import AutoBackup
from reflectdesk.ui.shell import application

# The real one (tests/ui/conftest.py runs the backup after close in-process instead).
REAL_START_DETACHED = auto_backup.start_detached


def test_closing_after_a_change_backs_up_once(qapp: object, tmp_path: Path) -> None:
    db = tmp_path / "rd.db"
    with open_store(db, seed=seed_builtins) as store:
        groups.create_group(store, GroupDraft("Balint"))
    assert application.run(db, quit_after_load=True) == 0
    [first] = list_backups(db)
    assert first.reason == "on-close"
    assert application.run(db, quit_after_load=True) == 0
    assert len(list_backups(db)) == 1  # nothing changed: no second backup


def test_the_daily_check_runs_off_the_ui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "rd.db"
    with open_store(db, seed=seed_builtins) as store:
        groups.create_group(store, GroupDraft("Intervisie"))
    auto = AutoBackup(db)
    with qtbot.waitSignal(auto.made, timeout=10000) as blocker:
        auto.check()
    assert Path(blocker.args[0]).exists()
    assert list_backups(db)[0].reason == "daily"


def test_closing_hands_the_backup_to_a_process_of_its_own(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "rd.db"
    with open_store(db, seed=seed_builtins) as store:
        groups.create_group(store, GroupDraft("Balint Leiden"))
    started: list[list[str]] = []
    monkeypatch.setattr(auto_backup, "start_detached", started.append)  # not run yet

    assert application.run(db, quit_after_load=True) == 0

    assert not lock_path_for(db).exists()  # the window closed cleanly: no lock file left
    assert list_backups(db) == []  # the closing process made none itself
    assert is_marked(db)
    [argv] = started
    assert argv[:3] == [sys.executable, "-m", "reflectdesk"]
    assert cli.main(argv[3:]) == 0  # what the process runs
    [backup] = list_backups(db)
    assert backup.reason == "on-close"
    assert not is_marked(db)
    assert not lock_path_for(db).exists()  # nor after the backup that held it


def test_a_backup_owed_at_close_is_made_once_the_next_window_is_shown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    db = tmp_path / "rd.db"
    with open_store(db, seed=seed_builtins) as store:
        groups.create_group(store, GroupDraft("Intervisie Zwolle"))
    mark_due(db)  # the process after close was stopped mid-copy, with the computer
    killed = backups_dir(db) / "rd-20261121-170000-on-close.db.partial"
    killed.write_bytes(b"half a copy")

    auto = AutoBackup(db, owed_after_ms=0)
    with qtbot.waitSignal(auto.made, timeout=10000) as blocker:
        pass

    [backup] = list_backups(db)
    assert (str(backup.path), backup.reason) == (blocker.args[0], "on-close")
    assert not is_marked(db)
    assert not killed.exists()
    auto.stop()


def test_a_backup_stopped_by_closing_stays_owed(tmp_path: Path) -> None:
    db = tmp_path / "rd.db"
    with open_store(db, seed=seed_builtins) as store:
        groups.create_group(store, GroupDraft("Balint"))
    mark_due(db)

    assert auto_backup.backup_now_if_due(db, keep_going=lambda: False) is None

    assert list_backups(db) == []
    assert is_marked(db)


def test_the_backup_command_runs_the_package_or_the_stand_alone_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reflectdesk.ui.exports.auto_backup import backup_command

    db = tmp_path / "reflectdesk.db"
    assert backup_command(db)[1:3] == ["-m", "reflectdesk"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert backup_command(db)[1:] == ["backup-after-close", "--db", str(db.absolute())]


def test_on_windows_the_backup_after_close_starts_with_no_console_and_outside_its_group(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import subprocess

    started: list[dict[str, object]] = []

    def popen(argv: list[str], **options: object) -> None:
        started.append(options)

    monkeypatch.setattr(auto_backup.subprocess, "Popen", popen)
    monkeypatch.setattr(sys, "platform", "win32")
    REAL_START_DETACHED(["ReflectDesk.exe", "backup-after-close"])

    flags = started[0]["creationflags"]
    # The values Windows' subprocess names (it names them only there).
    assert flags == 0x08000000 | 0x00000200 | 0x00000008
    for name in ("DETACHED_PROCESS", "CREATE_NEW_PROCESS_GROUP", "CREATE_NO_WINDOW"):
        assert getattr(subprocess, name, getattr(auto_backup, name)) == getattr(auto_backup, name)
    assert "start_new_session" not in started[0]
    assert started[0]["stdout"] is subprocess.DEVNULL

    assert auto_backup.detached_options("linux") == {"start_new_session": True}
    assert auto_backup.detached_options("darwin") == {"start_new_session": True}
