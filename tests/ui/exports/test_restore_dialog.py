"""File ▸ Restore from Backup…: the old data comes back in the window; a bad backup
changes nothing and says why."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft
from reflectdesk.store import groups
from reflectdesk.store.backups import list_backups, make_backup
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.ui.exports.restore_dialog import RestoreDialog, kind_label, long_date
from reflectdesk.ui.shell.application import WindowHost
from tests.ui.conftest import find_open, shown_host, wait_active


def window_groups(host: WindowHost) -> list[str]:
    model = host.window.group_list.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


@pytest.fixture
def host(qtbot: QtBot, db_path: Path) -> Iterator[WindowHost]:
    store = open_store(db_path, seed=seed_builtins)
    fmt = format_id_for_key(store, "balint-one-case")
    groups.create_group(store, GroupDraft("Balint Tuesday", fmt))
    make_backup(store.path, "manual", now=datetime(2026, 11, 17, 18, 5))
    groups.create_group(store, GroupDraft("Added after the backup", fmt))
    with shown_host(qtbot, store) as made:
        yield made


def choose_and_confirm(qtbot: QtBot, host: WindowHost, row: int = 0) -> QMessageBox:
    wait_active(qtbot, host.window)
    host.window.menus.restore_backup_action.trigger()
    dialog = find_open(qtbot, RestoreDialog, "restoreDialog")
    assert isinstance(dialog, RestoreDialog)
    dialog.table.setCurrentItem(dialog.table.topLevelItem(row))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = find_open(qtbot, QMessageBox, "confirmRestore")
    assert isinstance(box, QMessageBox)
    return box


def answer_restore(qtbot: QtBot, box: QMessageBox) -> None:
    button = box.findChild(QPushButton, "confirmRestoreButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_dialog_lists_backups_newest_first(qtbot: QtBot, host: WindowHost) -> None:
    path = host.window._store.path
    make_backup(path, "before-upgrade", now=datetime(2026, 11, 18, 9, 30))
    dialog = RestoreDialog(list_backups(path))
    qtbot.addWidget(dialog)
    rows = [
        [dialog.table.topLevelItem(row).text(col) for col in range(3)]
        for row in range(dialog.table.topLevelItemCount())
    ]
    assert [row[:2] for row in rows] == [
        ["Wed 18 Nov 2026, 09:30:00", "before migration"],
        ["Tue 17 Nov 2026, 18:05:00", "manual"],
    ]
    assert all(row[2].endswith(("kB", "MB")) for row in rows)
    assert kind_label("daily") == kind_label("on-close") == "automatic"
    assert kind_label("before-restore") == "before restore"


def test_restore_brings_the_old_data_back(qtbot: QtBot, host: WindowHost) -> None:
    first = host.window
    assert window_groups(host) == ["Added after the backup", "Balint Tuesday"]
    box = choose_and_confirm(qtbot, host)
    assert "Tuesday 17 November 2026, 18:05" in box.text()
    assert long_date(datetime(2026, 11, 17, 18, 5)) in box.text()
    assert "'before restore'" in box.text()
    with qtbot.waitSignal(host.replaced, timeout=10_000):
        answer_restore(qtbot, box)
    assert host.window is not first
    assert host.window.isVisible()
    assert window_groups(host) == ["Balint Tuesday"]
    assert host.store is not None
    assert [g.name for g in groups.list_groups(host.store)] == ["Balint Tuesday"]
    # The data that was replaced is kept as a "before restore" backup.
    kinds = [info.reason for info in list_backups(host.store.path)]
    assert "before-restore" in kinds
    # The reopened store holds the lock again and takes writes.
    fmt = format_id_for_key(host.store, "balint-one-case")
    groups.create_group(host.store, GroupDraft("After the restore", fmt))
    qtbot.waitUntil(lambda: "After the restore" in window_groups(host))


def test_cancelled_confirmation_changes_nothing(qtbot: QtBot, host: WindowHost) -> None:
    first = host.window
    box = choose_and_confirm(qtbot, host)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert host.window is first
    assert window_groups(host) == ["Added after the backup", "Balint Tuesday"]
    dialog = host.window.findChild(RestoreDialog, "restoreDialog")
    assert dialog is not None and dialog.isVisible()  # back to the list, to choose again
    dialog.reject()


def _damage(backup: Path) -> None:
    data = bytearray(backup.read_bytes())
    page = 4096
    # Overwrite the pages after the first with noise: the header still says SQLite.
    for offset in range(page * 2, len(data), 7):
        data[offset] = (offset * 31) & 0xFF
    backup.write_bytes(bytes(data))


def _newer(backup: Path) -> None:
    connection = sqlite3.connect(backup)
    try:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
        connection.commit()
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("spoil", "words"),
    [(_damage, "cannot be restored"), (_newer, "newer version")],
    ids=["damaged", "newer"],
)
def test_bad_backup_gives_a_message_and_keeps_the_data(
    qtbot: QtBot, host: WindowHost, spoil: object, words: str
) -> None:
    (backup,) = list_backups(host.window._store.path)
    assert callable(spoil)
    spoil(backup.path)
    box = choose_and_confirm(qtbot, host)
    with qtbot.waitSignal(host.replaced, timeout=10_000):
        answer_restore(qtbot, box)
    boxes: list[QMessageBox] = []

    def shown() -> None:
        boxes[:] = [
            box for box in host.window.findChildren(QMessageBox, "errorBox") if box.isVisible()
        ]
        assert boxes

    qtbot.waitUntil(shown)  # a message to read: it need not take the keyboard
    error = boxes[0]
    assert words in error.text()
    assert "\n" not in error.text()
    assert window_groups(host) == ["Added after the backup", "Balint Tuesday"]
    assert host.store is not None
    assert [info.reason for info in list_backups(host.store.path)] == ["manual"]
    error.accept()
    QApplication.processEvents()


def test_restoring_mid_session_with_a_note_half_typed_never_waits_on_a_stopped_writer(
    qtbot: QtBot, host: WindowHost, autosave_flushes: list[bool]
) -> None:
    # Restoring closes the window first; with a session open and notes unlocked, that
    # close used to wait 5 s for an autosave writer that had already stopped.
    from reflectdesk.core.sessions import SessionDraft
    from reflectdesk.store import sessions, vault
    from tests.fakes import TEST_PASSPHRASE
    from tests.ui.conftest import type_text

    store = host.store
    assert store is not None
    vault.create_vault(store, TEST_PASSPHRASE, params=vault.KdfParams.for_tests())
    [group] = [g for g in groups.list_groups(store) if g.name == "Balint Tuesday"]
    planned = sessions.plan_session(
        store, group.id, SessionDraft(planned_start=datetime(2026, 11, 24, 13, 0).astimezone())
    )
    first = host.window
    first.vault.refresh()
    first.open_session(planned.id)
    page = first.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.notes)
    page.notes.private_edit.setFocus()
    type_text(page.notes.private_edit, "Half a thought")
    box = choose_and_confirm(qtbot, host)
    with qtbot.waitSignal(host.replaced, timeout=10_000):
        answer_restore(qtbot, box)
    assert autosave_flushes and all(
        autosave_flushes
    )  # every flush finished at once; none timed out
    assert host.window is not first
    assert window_groups(host) == ["Balint Tuesday"]
