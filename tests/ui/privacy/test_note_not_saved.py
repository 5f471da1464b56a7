"""A private note the database could not take (its disk is full) is never dropped without
a word: quitting, leaving, locking (Ctrl+L or idle) and closing a member's notes ask
first, say why, and offer to try again, copy the text, or save it elsewhere as an
encrypted file (issue 13, item 1).

The disk is filled for real as SQLite sees it: ``PRAGMA max_page_count`` pins the file at
its size, so a write that needs a new page gets SQLite's own "database or disk is full"
(SQLITE_FULL), exactly as on a full disk, without needing to mount one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, members, notes, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.note_copy import MAGIC, read_note_copy
from reflectdesk.store.vault import VaultStatus, vault_status
from reflectdesk.ui.groups.member_notes_dialog import MemberNotesDialog
from reflectdesk.ui.privacy import note_rescue
from reflectdesk.ui.room.session_page import SessionPage
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.window_settings import open_window_settings
from tests.fakes import FakeTime, open_vault
from tests.ui.conftest import find_open, type_text, wait_active

CANARY = "CANARY-77af Mevrouw De Vries twijfelde over stoppen. "
MORE = "Na de sessie: " + "nog veel meer gedachten over de casus. " * 200
TYPED = CANARY + MORE
STORED = TYPED.strip()  # the store trims a note's ends
START = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
NO_LIMIT = 1073741823  # SQLite's largest page count


class FullDisk:
    """Makes every connection of ``store`` see a disk with no room left while ``full``."""

    def __init__(self, store: Store) -> None:
        self.full = False
        event.listen(store.engine, "before_cursor_execute", self._pin)

    def _pin(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("PRAGMA"):
            return
        if self.full:
            pages = cursor.execute("PRAGMA page_count").fetchone()[0]
            cursor.execute(f"PRAGMA max_page_count = {pages}")
        else:
            cursor.execute(f"PRAGMA max_page_count = {NO_LIMIT}")


@pytest.fixture
def disk(store: Store) -> FullDisk:
    return FullDisk(store)


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint — blok 3", fmt))
    meeting = sessions.plan_session(store, group.id, SessionDraft(planned_start=START))
    main = MainWindow(store, open_window_settings(), time=FakeTime(start_wall=START))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    wait_active(qtbot, main)
    main.open_session(meeting.id)
    yield main
    main.close()


def _page(window: MainWindow) -> SessionPage:
    page = window.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.notes)
    return page


def _type_until_the_full_disk_refuses(qtbot: QtBot, page: SessionPage, disk: FullDisk) -> None:
    """A note saved while there was room, then more typed once the disk is full."""
    editor = page.notes.private_edit
    editor.setFocus()
    with qtbot.waitSignal(page.notes.saver.saved, timeout=5000):
        type_text(editor, CANARY)
    disk.full = True
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(MORE)  # pasted: one edit
    qtbot.waitUntil(lambda: page.notes.save_state.text().startswith("Not saved"), timeout=5000)
    assert "is full" in page.notes.save_state.text()


def _button(box: QWidget, name: str) -> QPushButton:
    button = box.findChild(QPushButton, name)
    assert button is not None
    return button


def _click(qtbot: QtBot, box: QWidget, name: str) -> None:
    qtbot.mouseClick(_button(box, name), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def _stored_note(store: Store, page: SessionPage) -> str:
    open_vault(store)  # quitting locked the notes
    return notes.private_notes(store, page.session_id)[0].body


def test_quitting_with_a_note_the_full_disk_refused_asks_and_try_again_saves_it(
    qtbot: QtBot, window: MainWindow, store: Store, disk: FullDisk
) -> None:
    page = _page(window)
    _type_until_the_full_disk_refuses(qtbot, page, disk)

    window.request_quit()  # Ctrl+Q
    question = find_open(qtbot, QMessageBox, "noteNotSaved")
    assert "could not be saved" in question.text()
    assert "is full" in question.text()  # says why
    assert window.isVisible()

    qtbot.keyClick(question, Qt.Key.Key_Escape)  # Cancel: stay, nothing lost
    qtbot.waitUntil(lambda: not question.isVisible())
    assert window.isVisible()
    assert page.notes.private_edit.toPlainText() == TYPED
    assert vault_status(store) is VaultStatus.UNLOCKED

    window.request_quit()
    question = find_open(qtbot, QMessageBox, "noteNotSaved")
    _click(qtbot, question, "retrySavingNote")  # still full: asked again
    question = find_open(qtbot, QMessageBox, "noteNotSaved")
    assert window.isVisible()

    disk.full = False  # the facilitator freed some space
    _click(qtbot, question, "retrySavingNote")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert _stored_note(store, page) == STORED


def test_the_window_close_button_asks_too(qtbot: QtBot, window: MainWindow, disk: FullDisk) -> None:
    page = _page(window)
    _type_until_the_full_disk_refuses(qtbot, page, disk)

    # What closeEvent asks when a person clicks the close button (a spontaneous event).
    assert window.leaving.wants_to_wait()
    question = find_open(qtbot, QMessageBox, "noteNotSaved")
    assert window.isVisible()
    _click(qtbot, question, "goOnWithoutNote")
    qtbot.waitUntil(lambda: not window.isVisible())


def test_copy_the_text_puts_it_on_the_clipboard_and_asks_again(
    qtbot: QtBot, window: MainWindow, disk: FullDisk
) -> None:
    page = _page(window)
    _type_until_the_full_disk_refuses(qtbot, page, disk)

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)  # leave the page
    question = find_open(qtbot, QMessageBox, "noteNotSaved")
    _click(qtbot, question, "copyUnsavedNote")

    question = find_open(qtbot, QMessageBox, "noteNotSaved")  # asked again
    assert QGuiApplication.clipboard().text() == TYPED
    assert "on the clipboard" in question.text()
    assert window.session_page is page  # still here until told

    _click(qtbot, question, "goOnWithoutNote")
    qtbot.waitUntil(lambda: window.session_page is None)


def test_save_as_encrypted_file_writes_a_sealed_copy_and_then_closes(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    disk: FullDisk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(window)
    _type_until_the_full_disk_refuses(qtbot, page, disk)
    copy = Path(store.path).parent / "stick" / "note.rdnote"
    copy.parent.mkdir()
    monkeypatch.setattr(note_rescue, "choose_copy_file", lambda parent: copy)

    window.request_quit()
    question = find_open(qtbot, QMessageBox, "noteNotSaved")
    _click(qtbot, question, "saveNoteElsewhere")
    qtbot.waitUntil(lambda: not window.isVisible())

    data = copy.read_bytes()
    assert data.startswith(MAGIC)
    assert b"CANARY" not in data and b"Vries" not in data  # sealed, not plain
    assert copy.stat().st_mode & 0o077 == 0
    open_vault(store)
    assert read_note_copy(store, copy) == TYPED


def test_locking_with_a_note_not_saved_keeps_the_key_and_the_text_until_decided(
    qtbot: QtBot, window: MainWindow, store: Store, disk: FullDisk
) -> None:
    page = _page(window)
    _type_until_the_full_disk_refuses(qtbot, page, disk)

    window.menus.privacy_menu.lock_action.trigger()  # Ctrl+L
    question = find_open(qtbot, QMessageBox, "noteNotSaved")
    assert "stay unlocked" in question.text()
    assert vault_status(store) is VaultStatus.UNLOCKED
    assert page.notes.private_edit.toPlainText() == TYPED
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not question.isVisible())
    assert vault_status(store) is VaultStatus.UNLOCKED
    assert page.notes.private_edit.toPlainText() == TYPED

    window.menus.privacy_menu.lock_action.trigger()
    question = find_open(qtbot, QMessageBox, "noteNotSaved")
    disk.full = False
    _click(qtbot, question, "retrySavingNote")
    qtbot.waitUntil(lambda: vault_status(store) is VaultStatus.LOCKED)
    assert page.notes.private_edit.toPlainText() == ""
    assert _stored_note(store, page) == STORED


def test_lock_without_saving_is_the_facilitators_choice(
    qtbot: QtBot, window: MainWindow, store: Store, disk: FullDisk
) -> None:
    page = _page(window)
    _type_until_the_full_disk_refuses(qtbot, page, disk)

    window.menus.privacy_menu.lock_action.trigger()
    question = find_open(qtbot, QMessageBox, "noteNotSaved")
    _click(qtbot, question, "goOnWithoutNote")

    qtbot.waitUntil(lambda: vault_status(store) is VaultStatus.LOCKED)
    disk.full = False
    assert _stored_note(store, page) == CANARY.strip()  # what was saved before the disk filled


def test_the_idle_lock_never_drops_a_note_that_could_not_be_saved(
    qtbot: QtBot, window: MainWindow, store: Store, disk: FullDisk
) -> None:
    page = _page(window)
    _type_until_the_full_disk_refuses(qtbot, page, disk)
    window.vault.idle_minutes = 0  # the idle minutes are over

    window.vault.check_idle()

    assert vault_status(store) is VaultStatus.UNLOCKED  # nobody there to ask
    assert page.notes.private_edit.toPlainText() == TYPED
    assert "stay unlocked" in window.statusBar().currentMessage()
    assert "is full" in window.statusBar().currentMessage()

    disk.full = False
    window.vault.check_idle()  # the next check saves it, then locks
    assert vault_status(store) is VaultStatus.LOCKED
    assert _stored_note(store, page) == STORED


def test_closing_a_members_notes_with_a_note_not_saved_asks(
    qtbot: QtBot, window: MainWindow, store: Store, disk: FullDisk
) -> None:
    group = groups.list_groups(store)[0]
    member = members.add_member(store, group.id, MemberDraft("Sanne Bakker"))
    dialog = MemberNotesDialog(store, window.vault, group.id, member, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.saver.saved, timeout=5000):
        type_text(dialog.editor, CANARY)
    disk.full = True
    dialog.editor.insertPlainText(MORE)

    dialog.reject()  # Esc, or the Close button
    question = find_open(qtbot, QMessageBox, "noteNotSaved")
    assert "is full" in question.text()
    assert dialog.isVisible()

    disk.full = False
    _click(qtbot, question, "retrySavingNote")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert notes.member_notes(store, group.id, member.person_id)[0].body == STORED


def test_the_encrypted_file_opens_again_from_the_privacy_menu(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = Path(store.path).parent / "note.rdnote"
    window.vault.seal_copy(copy, TYPED)
    monkeypatch.setattr(note_rescue, "choose_note_file", lambda parent: copy)

    window.menus.privacy_menu.open_copy_action.trigger()

    shown = find_open(qtbot, QDialog, "noteFileDialog")
    text = shown.findChild(QPlainTextEdit, "noteFileText")
    assert text is not None and text.toPlainText() == TYPED
    assert text.isReadOnly()
