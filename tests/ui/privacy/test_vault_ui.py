"""Private notes in the app: the first passphrase, locking (on demand, idle, after sleep),
unlocking, wrong passphrases, and search only while unlocked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, members, notes, sessions
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.vault import VaultStatus, vault_status
from reflectdesk.ui.groups.member_notes_dialog import MemberNotesDialog
from reflectdesk.ui.privacy.vault_controller import CHECK_INTERVAL_MS, VaultController
from reflectdesk.ui.room.session_page import SessionPage
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.window_settings import open_window_settings
from tests.fakes import TEST_PASSPHRASE, FakeTime
from tests.ui.conftest import find_open, search_now, type_text, wait_active

CANARY = "CANARY-5d1e Mevrouw twijfelde over haar opleiding"
START = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


def _open_session(qtbot: QtBot, store: Store) -> MainWindow:
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint — blok 3", fmt))
    meeting = sessions.plan_session(store, group.id, SessionDraft(planned_start=START))
    window = MainWindow(store, open_window_settings(), time=FakeTime(start_wall=START))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    wait_active(qtbot, window)
    window.open_session(meeting.id)
    return window


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    opened = _open_session(qtbot, store)
    yield opened
    opened.close()


def _page(window: MainWindow) -> SessionPage:
    assert window.session_page is not None
    window.session_page.tabs.setCurrentWidget(window.session_page.notes)
    return window.session_page


def _type_and_wait_saved(qtbot: QtBot, page: SessionPage, text: str) -> None:
    editor = page.notes.private_edit
    editor.setFocus()
    with qtbot.waitSignal(page.notes.saver.saved, timeout=3000):
        type_text(editor, text)


def _unlock_by_typing(qtbot: QtBot, passphrase: str) -> QDialog:
    dialog = find_open(qtbot, QDialog, "unlockDialog")
    field = dialog.findChild(QLineEdit, "passphrase")
    field.clear()
    type_text(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return dialog


def _visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for getter in ("text", "toPlainText"):
            value = getattr(widget, getter, None)
            if callable(value):
                texts.append(str(value()))
    return texts


def test_locking_saves_first_then_clears_and_unlocking_brings_the_note_back(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    page = _page(window)
    _type_and_wait_saved(qtbot, page, CANARY)
    type_text(page.notes.private_edit, " — en later meer")  # not yet autosaved

    window.menus.privacy_menu.lock_action.trigger()

    assert vault_status(store) is VaultStatus.LOCKED
    assert page.notes.private_edit.toPlainText() == ""
    assert page.notes.private_box.currentWidget() is page.notes.private_box.locked_panel
    assert not any(CANARY in text for text in _visible_texts(window))
    assert "locked" in window.menus.privacy_menu.status_button.text()

    # On the session page the passphrase is typed in place, not in a dialog.
    field = page.notes.private_box.unlock_here.passphrase
    type_text(field, TEST_PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: vault_status(store) is VaultStatus.UNLOCKED)
    qtbot.waitUntil(lambda: page.notes.private_edit.toPlainText() == CANARY + " — en later meer")
    assert page.notes.private_box.currentWidget() is page.notes.private_edit


def test_every_private_note_follows_the_one_vault_the_window_hands_down(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    page = _page(window)
    assert page.notes.private_box.vault is window.vault
    group_id = page.record.group_id
    window.close_session()
    member = members.add_member(store, group_id, MemberDraft("Anna de Vries"))
    window.group_page.reload_members()
    window.group_page.member_notes(member.membership_id)
    dialog = find_open(qtbot, MemberNotesDialog, "memberNotesDialog")
    assert isinstance(dialog, MemberNotesDialog)
    assert dialog.box.vault is window.vault
    assert dialog.box.currentWidget() is dialog.box.editor  # unlocked

    window.menus.privacy_menu.lock_action.trigger()

    assert dialog.box.currentWidget() is dialog.box.locked_panel
    dialog.close()


def test_the_clock_keeps_running_while_notes_are_locked(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    page = _page(window)
    window.menus.privacy_menu.lock_action.trigger()
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)  # start the clock
    qtbot.keyClick(page.run_view, Qt.Key.Key_N)  # next phase
    assert sessions.clock_events(store, page.session_id)


def test_a_wrong_passphrase_says_so_changes_nothing_and_repeats_slow_down(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    window.vault.lock()
    window.vault.unlock()
    for attempt in range(4):
        dialog = _unlock_by_typing(qtbot, f"not it {attempt}")
        error = dialog.findChild(QLabel, "vaultError")
        qtbot.waitUntil(lambda error=error: error.isVisible())
        assert "not the passphrase" in error.text()
    assert vault_status(store) is VaultStatus.LOCKED
    ok = dialog.findChild(QWidget, "vaultOk")
    assert not ok.isEnabled()
    assert "Wait" in ok.text()


def test_idle_minutes_lock_and_any_activity_counts(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    now = [1000.0]
    controller = VaultController(store, window, monotonic=lambda: now[0], boot_clock=lambda: now[0])
    controller.idle_minutes = 10
    now[0] += 9 * 60
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # activity
    now[0] += 9 * 60
    controller.check_idle()
    assert vault_status(store) is VaultStatus.UNLOCKED

    now[0] += 60.5
    controller.check_idle()
    assert vault_status(store) is VaultStatus.LOCKED
    controller.shutdown()


def test_notes_lock_after_the_laptop_slept(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    monotonic, boot = [50.0], [80.0]
    controller = VaultController(
        store, window, monotonic=lambda: monotonic[0], boot_clock=lambda: boot[0]
    )
    monotonic[0] += CHECK_INTERVAL_MS / 1000
    boot[0] += CHECK_INTERVAL_MS / 1000
    controller.check_idle()
    assert vault_status(store) is VaultStatus.UNLOCKED

    monotonic[0] += 1  # the monotonic clock stood still while asleep
    boot[0] += 3600
    controller.check_idle()
    assert vault_status(store) is VaultStatus.LOCKED
    controller.shutdown()


def test_closing_the_window_locks(qtbot: QtBot, store: Store) -> None:
    window = _open_session(qtbot, store)
    window.close()
    assert vault_status(store) is VaultStatus.LOCKED


def test_search_finds_private_notes_only_while_unlocked(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    page = _page(window)
    _type_and_wait_saved(qtbot, page, CANARY)

    window.search_field.setText("twijfelde")
    assert [hit.kind for hit in search_now(qtbot, window.search_page)] == ["private"]

    window.vault.lock()
    assert search_now(qtbot, window.search_page) == []
    assert "locked" in window.search_page.summary.text()


# -- the first passphrase ---------------------------------------------------------------


@pytest.fixture
def bare_store(tmp_path: Path) -> Iterator[Store]:
    """A database on which no passphrase was ever set."""
    opened = open_store(tmp_path / "bare.db", seed=seed_builtins)
    yield opened
    opened.close()


def test_the_first_member_note_asks_for_a_passphrase_and_keeps_what_was_typed(
    qtbot: QtBot, bare_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside a session (a member's follow-up notes) the first key still asks in a
    dialog; on the session page it is offered in place (tests/ui/room)."""
    from reflectdesk.core.vault_crypto import KdfParams
    from reflectdesk.store import vault

    real_create = vault.create_vault
    monkeypatch.setattr(
        vault,
        "create_vault",
        lambda store, passphrase, **kw: real_create(
            store, passphrase, params=KdfParams.for_tests(), **kw
        ),
    )
    window = _open_session(qtbot, bare_store)
    assert "no passphrase" in window.menus.privacy_menu.status_button.text()
    group_id = _page(window).record.group_id
    window.close_session()
    member = members.add_member(bare_store, group_id, MemberDraft("Anna de Vries"))
    window.group_page.reload_members()
    window.group_page.member_notes(member.membership_id)
    notes_dialog = find_open(qtbot, MemberNotesDialog, "memberNotesDialog")
    assert isinstance(notes_dialog, MemberNotesDialog)
    notes_dialog.box.editor.setFocus()
    type_text(notes_dialog.box.editor, "E")

    dialog = find_open(qtbot, QDialog, "setPassphraseDialog")
    assert any("cannot be opened again" in text for text in _visible_texts(dialog))
    # The dialog is window-modal; what was typed before it stays in the editor.
    type_text(dialog.findChild(QLineEdit, "newPassphrase"), "short")
    type_text(dialog.findChild(QLineEdit, "repeatedPassphrase"), "short")
    qtbot.mouseClick(dialog.findChild(QWidget, "vaultOk"), Qt.MouseButton.LeftButton)
    assert "at least 8" in dialog.findChild(QLabel, "vaultError").text()

    for name in ("newPassphrase", "repeatedPassphrase"):
        field = dialog.findChild(QLineEdit, name)
        field.clear()
        type_text(field, "kettle harbour violet")
    with qtbot.waitSignal(notes_dialog.box.saver.saved, timeout=5000):
        qtbot.mouseClick(dialog.findChild(QWidget, "vaultOk"), Qt.MouseButton.LeftButton)
        recovery = find_open(qtbot, QDialog, "recoveryKeyDialog")

    key = recovery.findChild(QLabel, "recoveryKey").text()
    assert len(key.split("-")) == 8
    close = recovery.close_button
    assert not close.isEnabled()
    recovery.written_check.setChecked(True)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    [note] = notes.member_notes(bare_store, group_id, member.person_id)
    assert note.body.startswith("E")
    notes_dialog.close()
    window.close()


def test_change_passphrase_from_the_privacy_menu(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    window.menus.privacy_menu.passphrase_action.trigger()
    dialog = find_open(qtbot, QDialog, "changePassphraseDialog")
    type_text(dialog.findChild(QLineEdit, "currentPassphrase"), TEST_PASSPHRASE)
    for name in ("newPassphrase", "repeatedPassphrase"):
        type_text(dialog.findChild(QLineEdit, name), "een nieuwe zin van ons")
    with qtbot.waitSignal(dialog.finished_work, timeout=5000):
        qtbot.mouseClick(dialog.findChild(QWidget, "vaultOk"), Qt.MouseButton.LeftButton)

    from reflectdesk.store import vault

    vault.lock(store)
    vault.unlock(store, "een nieuwe zin van ons")


def test_a_forgotten_passphrase_without_recovery_key_resets_only_private_notes(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    from PySide6.QtWidgets import QMessageBox

    page = _page(window)
    _type_and_wait_saved(qtbot, page, CANARY)
    window.vault.lock()

    window.menus.privacy_menu.forgot_action.trigger()
    box = find_open(qtbot, QMessageBox, "resetPrivateNotes")
    assert "1 private note" in box.text()
    qtbot.mouseClick(box.findChild(QWidget, "confirmReset"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: vault_status(store) is VaultStatus.NONE)
    assert notes.private_notes(store, page.session_id) == []
    assert sessions.get_session(store, page.session_id)  # everything else stays
    assert any(p.reason == "before-reset" for p in _backups(store))


def _backups(store: Store) -> list:  # type: ignore[type-arg]
    from reflectdesk.store.backups import list_backups

    return list_backups(store.path)


def test_a_forgotten_passphrase_with_a_recovery_key_sets_a_new_one(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    from reflectdesk.core.vault_crypto import KdfParams
    from reflectdesk.store import vault

    vault.reset_private_notes(store)
    recovery = vault.create_vault(
        store, TEST_PASSPHRASE, params=KdfParams.for_tests(), with_recovery_key=True
    )
    assert recovery is not None
    window.vault.lock()

    window.menus.privacy_menu.forgot_action.trigger()
    dialog = find_open(qtbot, QDialog, "recoverDialog")
    type_text(dialog.findChild(QLineEdit, "recoveryKeyInput"), recovery.lower())
    for name in ("newPassphrase", "repeatedPassphrase"):
        type_text(dialog.findChild(QLineEdit, name), "weer een nieuwe zin")
    qtbot.mouseClick(dialog.findChild(QWidget, "vaultOk"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: vault_status(store) is VaultStatus.UNLOCKED)
    vault.lock(store)
    vault.unlock(store, "weer een nieuwe zin")
