"""The Privacy menu (lock, unlock, passphrase, new key, forgotten passphrase, a note saved
as an encrypted file) and the status-bar button that shows whether private notes are
locked."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar, QToolButton

from reflectdesk.store.vault_state import VaultStatus
from reflectdesk.ui.privacy.vault_controller import VaultController

LOCK_SHORTCUT = "Ctrl+L"


class PrivacyMenu:
    """Builds the menu on ``menu_bar`` and the status button of ``window``, and keeps
    both in step with the vault."""

    def __init__(self, window: QMainWindow, menu_bar: QMenuBar, vault: VaultController) -> None:
        self._vault = vault
        tr = window.tr
        menu = menu_bar.addMenu(tr("&Privacy"))
        menu.setObjectName("privacyMenu")
        self.lock_action = QAction(tr("&Lock Private Notes"), window)
        self.lock_action.setObjectName("lockNotes")
        self.lock_action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.lock_action.setToolTip(tr("Lock private notes now (%1)").replace("%1", LOCK_SHORTCUT))
        self.lock_action.triggered.connect(vault.lock)
        self.unlock_action = QAction(tr("&Unlock Private Notes…"), window)
        self.unlock_action.setObjectName("unlockNotes")
        self.unlock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.unlock_action.triggered.connect(vault.unlock)
        self.passphrase_action = QAction(tr("Set &Passphrase…"), window)
        self.passphrase_action.setObjectName("changePassphrase")
        self.passphrase_action.triggered.connect(vault.change_passphrase)
        self.new_key_action = QAction(tr("Make a &New Encryption Key…"), window)
        self.new_key_action.setObjectName("newEncryptionKey")
        self.new_key_action.triggered.connect(vault.new_key)
        self.forgot_action = QAction(tr("&Forgot Passphrase…"), window)
        self.forgot_action.setObjectName("forgotPassphrase")
        self.forgot_action.triggered.connect(vault.forgot_passphrase)
        self.open_copy_action = QAction(tr("&Open Encrypted Note File…"), window)
        self.open_copy_action.setObjectName("openNoteFile")
        self.open_copy_action.triggered.connect(vault.open_note_copy)
        for action in (self.lock_action, self.unlock_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.passphrase_action, self.new_key_action, self.forgot_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.open_copy_action)
        # Shortcuts work while the menu bar is hidden (full screen) too.
        window.addAction(self.lock_action)

        self.status_button = QToolButton(window)
        self.status_button.setObjectName("vaultStatus")
        self.status_button.setAutoRaise(True)
        self.status_button.clicked.connect(self._toggle)
        window.statusBar().addPermanentWidget(self.status_button)
        vault.stateChanged.connect(self._update)
        self._tr = tr
        self._update()

    def _toggle(self) -> None:
        if self._vault.unlocked:
            self._vault.lock()
        else:
            self._vault.when_unlocked()

    def _update(self, _status: str = "") -> None:
        status, tr = self._vault.status, self._tr
        none, unlocked = status is VaultStatus.NONE, status is VaultStatus.UNLOCKED
        self.lock_action.setEnabled(unlocked)
        self.unlock_action.setEnabled(status is VaultStatus.LOCKED)
        label = tr("Set &Passphrase…") if none else tr("Change &Passphrase…")
        self.passphrase_action.setText(label)
        self.new_key_action.setEnabled(not none)
        self.forgot_action.setEnabled(not none)
        if none:
            text, tip = tr("Private notes: no passphrase yet"), tr("Set a passphrase")
        elif unlocked:
            text = tr("Private notes: unlocked")
            tip = tr("Click to lock now (%1)").replace("%1", LOCK_SHORTCUT)
        else:
            text, tip = tr("Private notes: locked"), tr("Click to unlock")
        self.status_button.setText(text)
        self.status_button.setToolTip(tip)
