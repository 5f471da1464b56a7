"""A log entry's private note and the vault: locked, the dialog offers Unlock… (the
window's one vault controller, handed down) and the note is written once unlocked; an
entry changed while locked keeps its note; what was typed before the notes locked comes
back on unlock and is saved with the entry."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from reflectdesk.core.leader_entries import EntryDraft
from reflectdesk.core.model import LeaderLogKind
from reflectdesk.operations import leader_log as log_ops
from reflectdesk.store.database import Store
from reflectdesk.store.vault_state import VaultStatus
from reflectdesk.ui.records.leader_entry_dialog import LeaderEntryDialog
from tests.fakes import TEST_PASSPHRASE
from tests.ui.conftest import WindowFactory, find_open, type_text
from tests.ui.records.test_leader_log_window import LEADER, click, open_log, two_groups


def unlock_by_typing(qtbot: QtBot) -> None:
    dialog = find_open(qtbot, QDialog, "unlockDialog")
    field = dialog.findChild(QLineEdit, "passphrase")
    assert isinstance(field, QLineEdit)
    type_text(field, TEST_PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def entry_dialog(qtbot: QtBot) -> LeaderEntryDialog:
    found = find_open(qtbot, QDialog, "leaderEntryDialog")
    assert isinstance(found, LeaderEntryDialog)
    return found


def test_locked_notes_are_unlocked_from_the_dialog_and_the_note_is_kept(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    two_groups(store)
    log = open_log(qtbot, make_window)
    main = log.parentWidget()
    vault = log._vault  # the one the window handed down
    assert vault is getattr(main, "vault", None)
    vault.lock()

    click(qtbot, log.add_button)
    dialog = entry_dialog(qtbot)
    assert dialog.box.currentWidget() is dialog.box.locked_panel
    click(qtbot, dialog.box.unlock_button)
    unlock_by_typing(qtbot)
    qtbot.waitUntil(lambda: vault.status is VaultStatus.UNLOCKED)
    qtbot.waitUntil(lambda: dialog.box.currentWidget() is dialog.box.editor)
    type_text(dialog.box.editor, "Kept safe across a lock.")

    vault.lock()  # idle, or Ctrl+L, while the dialog is open: the text is not lost
    assert dialog.box.editor.toPlainText() == ""
    with qtbot.waitSignal(log.loaded, timeout=10_000):
        click(qtbot, dialog.ok_button)  # asks for the passphrase first
        unlock_by_typing(qtbot)
    [entry] = [e for e in log_ops.leader_log(store, LEADER).entries]
    assert log_ops.entry_note(store, entry.id) == "Kept safe across a lock."


def test_an_entry_changed_while_locked_keeps_its_note(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    two_groups(store)
    draft = EntryDraft(LeaderLogKind.SUPERVISION, date(2026, 6, 1), 60, "Dr. Jones", note="Mine")
    made = log_ops.add_entry(store, LEADER, draft)
    log = open_log(qtbot, make_window)
    log._vault.lock()
    log.table.setFocus()
    log.table.setCurrentIndex(log.model.index(log.model.row_of(f"entry:{made.id}"), 0))
    qtbot.keyClick(log.table, Qt.Key.Key_Return)  # Enter edits
    dialog = entry_dialog(qtbot)
    assert log.isVisible()
    assert dialog.counterpart_field.text() == "Dr. Jones"
    dialog.counterpart_field.clear()
    type_text(dialog.counterpart_field, "Dr. Helen Jones")
    with qtbot.waitSignal(log.loaded, timeout=10_000):
        click(qtbot, dialog.ok_button)
    log._vault.when_unlocked()
    unlock_by_typing(qtbot)
    qtbot.waitUntil(lambda: log._vault.status is VaultStatus.UNLOCKED)
    assert log_ops.entry_note(store, made.id) == "Mine"
    [entry] = log_ops.leader_log(store, LEADER).entries
    assert entry.counterpart == "Dr. Helen Jones"
