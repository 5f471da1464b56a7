"""After Privacy ▸ Change Passphrase: backups made before still open with the old
passphrase, so a fresh backup is made with the new one and removing the older ones is
offered once, with their number and dates."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.store.backups import BackupInfo, list_backups, make_backup
from reflectdesk.store.database import Store
from reflectdesk.store.older_backups import REASON
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.window_settings import open_window_settings
from tests.fakes import TEST_PASSPHRASE, FakeTime
from tests.ui.conftest import find_open, type_text, wait_active

NEW_PASSPHRASE = "een nieuwe zin van ons"
START = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    opened = MainWindow(store, open_window_settings(), time=FakeTime(start_wall=START))
    qtbot.addWidget(opened)
    opened.show()
    opened.activateWindow()
    qtbot.waitExposed(opened)
    wait_active(qtbot, opened)
    yield opened
    opened.close()


def older_backups(store: Store, *days: int) -> list[Path]:
    return [make_backup(store.path, "manual", now=datetime(2026, 11, day, 9, 30)) for day in days]


def change_passphrase(qtbot: QtBot, window: MainWindow) -> None:
    window.menus.privacy_menu.passphrase_action.trigger()
    dialog = find_open(qtbot, QDialog, "changePassphraseDialog")
    type_text(dialog.findChild(QLineEdit, "currentPassphrase"), TEST_PASSPHRASE)
    for name in ("newPassphrase", "repeatedPassphrase"):
        type_text(dialog.findChild(QLineEdit, name), NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.findChild(QWidget, "vaultOk"), Qt.MouseButton.LeftButton)


def wrapped_key(path: Path) -> bytes:
    with closing(sqlite3.connect(path)) as connection:
        return bytes(connection.execute("SELECT wrapped_key FROM vault").fetchone()[0])


def fresh(store: Store) -> list[BackupInfo]:
    return [info for info in list_backups(store.path) if info.reason == REASON]


def test_older_backups_are_offered_for_removal_with_count_and_dates(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    made = older_backups(store, 3, 17)
    old_wrapped = wrapped_key(made[0])

    change_passphrase(qtbot, window)
    box = find_open(qtbot, QMessageBox, "removeOlderBackups")

    assert "2 older backup" in box.text()
    assert "old passphrase" not in box.text()  # it says which: the one used back then
    details = box.informativeText()
    assert "3" in details and "17" in details and "2026" in details
    assert "kept" in details
    assert box.defaultButton().objectName() == "keepBackups"
    qtbot.mouseClick(box.findChild(QWidget, "confirmRemoveBackups"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not any(path.exists() for path in made))
    (kept,) = list_backups(store.path)
    assert kept.reason == REASON
    # The backup kept holds the key as wrapped now, under the new passphrase.
    assert wrapped_key(kept.path) == wrapped_key(store.path) != old_wrapped
    assert "2 older backup" in window.statusBar().currentMessage()


def test_keeping_them_removes_nothing(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    made = older_backups(store, 3)

    change_passphrase(qtbot, window)
    box = find_open(qtbot, QMessageBox, "removeOlderBackups")
    assert "1 older backup" in box.text()
    qtbot.mouseClick(box.findChild(QWidget, "keepBackups"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not box.isVisible())
    assert made[0].exists() and len(list_backups(store.path)) == 2


def test_with_no_older_backups_nothing_is_asked(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    change_passphrase(qtbot, window)

    qtbot.waitUntil(lambda: len(fresh(store)) == 1)
    task = window.vault.after_change.backing_up
    assert task is not None
    qtbot.waitUntil(lambda: not getattr(task, "running", False))
    assert not any(
        isinstance(widget, QMessageBox) and widget.isVisible()
        for widget in QApplication.topLevelWidgets()
    )


def test_while_a_clock_runs_it_waits_until_the_clock_stops(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    older_backups(store, 3)
    window.vault.hold_dialogs_while(lambda: True)  # as the session page does mid-session

    change_passphrase(qtbot, window)
    qtbot.waitUntil(lambda: "passphrase is changed" in window.statusBar().currentMessage())
    assert fresh(store) == []  # nothing yet: not even the backup
    assert not any(
        isinstance(widget, QMessageBox) and widget.isVisible()
        for widget in QApplication.topLevelWidgets()
    )

    window.vault.hold_dialogs_while(None)  # the clock stopped
    window.vault.show_waiting_recovery_key()

    box = find_open(qtbot, QMessageBox, "removeOlderBackups")
    assert "1 older backup" in box.text()
    assert len(fresh(store)) == 1
