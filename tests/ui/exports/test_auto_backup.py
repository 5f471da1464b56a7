"""Automatic backups around the app's life: on close when the data changed."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft
from reflectdesk.store import groups
from reflectdesk.store.backups import list_backups
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from reflectdesk.ui.exports.auto_backup import AutoBackup
from reflectdesk.ui.shell import application


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
