"""No dialog mid-session: private notes are set up and unlocked in place on the session
page, what is typed before there is a passphrase stays in memory only, and the recovery
key waits until the clock has stopped."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.core.clock_state import ClockStatus
from reflectdesk.core.model import ClockEventKind, GroupDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.core.vault_crypto import KdfParams
from reflectdesk.store import groups, notes, sessions, vault
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.vault_state import VaultStatus, vault_status
from reflectdesk.ui.room.session_page import SessionPage
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.window_settings import open_window_settings
from tests.fakes import TEST_PASSPHRASE, FakeTime
from tests.ui.conftest import find_open, type_text, wait_active

CANARY = "CANARY-e41b Mevrouw Jansen huilde"
START = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
PASSPHRASE = "kettle harbour violet"


@pytest.fixture
def bare_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """A database on which no passphrase was ever set (set later with cheap costs)."""
    real_create = vault.create_vault
    monkeypatch.setattr(
        vault,
        "create_vault",
        lambda store, passphrase, **kw: real_create(
            store, passphrase, params=KdfParams.for_tests(), **kw
        ),
    )
    opened = open_store(tmp_path / "db" / "reflectdesk.db", seed=seed_builtins)
    yield opened
    opened.close()


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime(start_wall=START)


@pytest.fixture
def window(qtbot: QtBot, bare_store: Store, fake_time: FakeTime) -> Iterator[MainWindow]:
    fmt = format_id_for_key(bare_store, "balint-one-case")
    group = groups.create_group(bare_store, GroupDraft("Balint — blok 3", fmt))
    meeting = sessions.plan_session(bare_store, group.id, SessionDraft(planned_start=START))
    main = MainWindow(bare_store, open_window_settings(), time=fake_time)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    wait_active(qtbot, main)
    main.open_session(meeting.id)
    yield main
    main.close()


def _page(window: MainWindow) -> SessionPage:
    assert window.session_page is not None
    return window.session_page


def _start_and_type_a_note(qtbot: QtBot, page: SessionPage) -> None:
    """With the clock running, type the first private note key by key: no dialog, ever."""
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    assert page.runner.snapshot().status is ClockStatus.RUNNING
    page.tabs.setCurrentWidget(page.notes)
    editor = page.notes.private_edit
    editor.setFocus()
    for char in CANARY:
        type_text(editor, char)
        assert QApplication.activeModalWidget() is None
    qtbot.wait(50)  # events queued by the keys (a dialog would open on one) have run
    assert QApplication.activeModalWidget() is None
    assert editor.toPlainText() == CANARY
    mark = page.notes.private_box.unsaved_mark
    assert mark.isVisible()
    assert mark.text() == "Not saved yet: set a passphrase to keep it"
    assert page.runner.snapshot().status is ClockStatus.RUNNING


def _end(page: SessionPage, fake_time: FakeTime) -> None:
    fake_time.advance(600)
    page.runner.act(ClockEventKind.END)


def _files_holding(root: Path, text: str) -> list[Path]:
    needles = (text.encode("utf-8"), text.encode("utf-16-le"))
    return [
        path
        for path in root.rglob("*")
        if path.is_file() and any(needle in path.read_bytes() for needle in needles)
    ]


def _set_in_the_bar(qtbot: QtBot, page: SessionPage) -> None:
    bar = page.vault_bar
    type_text(bar.passphrase, PASSPHRASE)
    qtbot.keyClick(bar.passphrase, Qt.Key.Key_Return)  # on to the second field
    assert bar.repeated.hasFocus()
    type_text(bar.repeated, PASSPHRASE)
    with qtbot.waitSignal(page.notes.saver.saved, timeout=5000):
        qtbot.keyClick(bar.repeated, Qt.Key.Key_Return)


def test_a_session_without_a_passphrase_offers_it_in_place(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(window)
    bar = page.vault_bar
    assert bar.isVisible()
    assert not bar.passphrase.isVisible()
    qtbot.mouseClick(bar.set_up_button, Qt.MouseButton.LeftButton)
    assert bar.passphrase.isVisible() and bar.passphrase.hasFocus()
    assert QApplication.activeModalWidget() is None

    type_text(bar.passphrase, "short")
    type_text(bar.repeated, "short")
    qtbot.mouseClick(bar.ok_button, Qt.MouseButton.LeftButton)
    assert "at least 8" in bar.error_label.text() and bar.error_label.isVisible()


def test_a_note_typed_mid_session_is_kept_and_sealed_when_the_passphrase_is_set_at_the_end(
    qtbot: QtBot, window: MainWindow, bare_store: Store, fake_time: FakeTime
) -> None:
    page = _page(window)
    _start_and_type_a_note(qtbot, page)
    assert page.vault_bar.isVisible()
    assert not page.vault_bar.passphrase.isVisible()  # folded: the focus stays in the note

    _end(page, fake_time)

    bar = page.vault_bar
    qtbot.waitUntil(bar.passphrase.hasFocus)
    assert "not saved yet" in bar.message.text()
    _set_in_the_bar(qtbot, page)

    # The clock has stopped: the recovery key may be shown now, once.
    recovery = find_open(qtbot, QDialog, "recoveryKeyDialog")
    assert len(recovery.findChild(QLabel, "recoveryKey").text().split("-")) == 8
    qtbot.keyClick(recovery, Qt.Key.Key_Return)  # not ticked yet: it stays
    assert recovery.isVisible()
    recovery.written_check.setFocus()
    qtbot.keyClick(recovery.written_check, Qt.Key.Key_Space)
    qtbot.keyClick(recovery.written_check, Qt.Key.Key_Return)  # Close, not Copy
    qtbot.waitUntil(lambda: not recovery.isVisible())

    assert not page.notes.private_box.unsaved_mark.isVisible()
    assert not bar.isVisible()
    [note] = notes.private_notes(bare_store, page.session_id)
    assert note.body == CANARY
    assert _files_holding(Path(bare_store.path).parent, CANARY) == []  # sealed on disk
    vault.lock(bare_store)
    vault.unlock(bare_store, PASSPHRASE)
    assert notes.private_notes(bare_store, page.session_id)[0].body == CANARY


def test_a_note_typed_mid_session_never_reaches_the_disk_if_no_passphrase_is_set(
    qtbot: QtBot, window: MainWindow, bare_store: Store, fake_time: FakeTime
) -> None:
    page = _page(window)
    _start_and_type_a_note(qtbot, page)
    page.notes.point_edit.setFocus()  # leaving the editor saves, when it can
    _end(page, fake_time)
    qtbot.waitUntil(page.vault_bar.passphrase.hasFocus)

    qtbot.mouseClick(page.vault_bar.later_button, Qt.MouseButton.LeftButton)
    assert not page.vault_bar.isVisible()
    window.close_session()
    qtbot.wait(20)

    assert vault_status(bare_store) is VaultStatus.NONE
    assert vault.private_note_count(bare_store) == 0
    folder = Path(bare_store.path).parent
    assert {p.name for p in folder.iterdir()} >= {"reflectdesk.db"}
    assert _files_holding(folder.parent, CANARY) == []  # not the -wal, -shm, log either
    assert QApplication.activeModalWidget() is None


def test_set_up_mid_session_saves_at_once_and_the_recovery_key_waits_for_the_end(
    qtbot: QtBot, window: MainWindow, bare_store: Store, fake_time: FakeTime
) -> None:
    page = _page(window)
    _start_and_type_a_note(qtbot, page)
    qtbot.mouseClick(page.vault_bar.set_up_button, Qt.MouseButton.LeftButton)
    _set_in_the_bar(qtbot, page)

    assert notes.private_notes(bare_store, page.session_id)[0].body == CANARY
    qtbot.wait(50)
    assert QApplication.activeModalWidget() is None
    assert window.vault.recovery_key_waiting
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)  # paused: still mid-session
    qtbot.wait(20)
    assert QApplication.activeModalWidget() is None

    _end(page, fake_time)
    find_open(qtbot, QDialog, "recoveryKeyDialog")
    assert not window.vault.recovery_key_waiting


def test_locked_notes_unlock_in_place_while_the_clock_runs(
    qtbot: QtBot, window: MainWindow, bare_store: Store
) -> None:
    vault.create_vault(bare_store, TEST_PASSPHRASE)
    window.vault.refresh()
    page = _page(window)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    page.tabs.setCurrentWidget(page.notes)
    window.vault.lock()
    box = page.notes.private_box
    assert box.currentWidget() is box.locked_panel
    unlock = box.unlock_here
    field = unlock.passphrase
    field.setFocus()

    type_text(field, "not it at all")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(unlock.error_label.isVisible)
    assert "not the passphrase" in unlock.error_label.text()
    assert QApplication.activeModalWidget() is None

    field.clear()
    type_text(field, TEST_PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.currentWidget() is box.editor)
    assert QApplication.activeModalWidget() is None
    assert page.runner.snapshot().status is ClockStatus.RUNNING


def _button(box: QWidget, name: str) -> QPushButton:
    button = box.findChild(QPushButton, name)
    assert button is not None
    return button


def test_leaving_with_an_unsaved_note_asks_and_loses_nothing_unless_told(
    qtbot: QtBot, window: MainWindow, bare_store: Store
) -> None:
    page = _page(window)
    _start_and_type_a_note(qtbot, page)

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    question = find_open(qtbot, QMessageBox, "unsavedPrivateNote")
    qtbot.keyClick(question, Qt.Key.Key_Escape)  # Cancel: stay, the note as it was
    qtbot.waitUntil(lambda: not question.isVisible())
    assert window.session_page is page
    assert page.notes.private_edit.toPlainText() == CANARY

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    question = find_open(qtbot, QMessageBox, "unsavedPrivateNote")
    qtbot.mouseClick(_button(question, "setUpToKeepNote"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not question.isVisible())
    window.activateWindow()  # as the window manager does once the question has gone
    wait_active(qtbot, window)
    qtbot.waitUntil(page.vault_bar.passphrase.hasFocus)  # offered in place; still here
    assert window.session_page is page

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    question = find_open(qtbot, QMessageBox, "unsavedPrivateNote")
    qtbot.mouseClick(_button(question, "discardUnsavedNote"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session_page is None)
    assert vault_status(bare_store) is VaultStatus.NONE
    assert _files_holding(Path(bare_store.path).parent.parent, CANARY) == []


def test_quitting_with_a_recovery_key_held_back_shows_it_first(
    qtbot: QtBot, window: MainWindow, fake_time: FakeTime
) -> None:
    page = _page(window)
    _start_and_type_a_note(qtbot, page)
    qtbot.mouseClick(page.vault_bar.set_up_button, Qt.MouseButton.LeftButton)
    _set_in_the_bar(qtbot, page)
    assert window.vault.recovery_key_waiting  # the clock runs: held back

    window.request_quit()
    question = find_open(qtbot, QMessageBox, "quitRunningSession")
    qtbot.mouseClick(_button(question, "keepAndQuit"), Qt.MouseButton.LeftButton)
    recovery = find_open(qtbot, QDialog, "recoveryKeyDialog")
    assert window.isVisible()  # the window waits for the key to be seen
    recovery.written_check.setChecked(True)
    qtbot.keyClick(recovery.written_check, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_quitting_after_the_recovery_key_was_seen_just_quits(
    qtbot: QtBot, window: MainWindow, fake_time: FakeTime
) -> None:
    page = _page(window)
    _start_and_type_a_note(qtbot, page)
    qtbot.mouseClick(page.vault_bar.set_up_button, Qt.MouseButton.LeftButton)
    _set_in_the_bar(qtbot, page)
    _end(page, fake_time)
    recovery = find_open(qtbot, QDialog, "recoveryKeyDialog")
    recovery.written_check.setChecked(True)
    qtbot.keyClick(recovery.written_check, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vault.dialog is None)  # closed, and forgotten

    window.request_quit()  # used to ask a deleted dialog whether it was visible
    qtbot.waitUntil(lambda: not window.isVisible())
