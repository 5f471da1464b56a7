"""The Privacy menu (lock, unlock, passphrase, new key, forgotten passphrase, a note saved
as an encrypted file) and the status-bar button that shows whether private notes are
locked."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar, QToolButton

from reflectdesk.store.vault_state import VaultStatus
from reflectdesk.ui.common.translation import Translates
from reflectdesk.ui.privacy.vault_controller import VaultController

LOCK_SHORTCUT = "Ctrl+L"


class PrivacyMenu(Translates):
    """Builds the menu on ``menu_bar`` and the status button of ``window``, and keeps
    both in step with the vault."""

    def __init__(self, window: QMainWindow, menu_bar: QMenuBar, vault: VaultController) -> None:
        self._vault = vault
        menu = menu_bar.addMenu(self.tr("&Privacy"))
        menu.setObjectName("privacyMenu")
        self.lock_action = QAction(self.tr("&Lock Private Notes"), window)
        self.lock_action.setObjectName("lockNotes")
        self.lock_action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.lock_action.setToolTip(
            self.tr("Lock private notes now (%1)").replace("%1", LOCK_SHORTCUT)
        )
        self.lock_action.triggered.connect(vault.lock)
        self.unlock_action = QAction(self.tr("&Unlock Private Notes…"), window)
        self.unlock_action.setObjectName("unlockNotes")
        self.unlock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.unlock_action.triggered.connect(vault.unlock)
        self.passphrase_action = QAction(self.tr("Set &Passphrase…"), window)
        self.passphrase_action.setObjectName("changePassphrase")
        self.passphrase_action.triggered.connect(vault.change_passphrase)
        self.new_key_action = QAction(self.tr("Make a &New Encryption Key…"), window)
        self.new_key_action.setObjectName("newEncryptionKey")
        self.new_key_action.triggered.connect(vault.new_key)
        self.forgot_action = QAction(self.tr("&Forgot Passphrase…"), window)
        self.forgot_action.setObjectName("forgotPassphrase")
        self.forgot_action.triggered.connect(vault.forgot_passphrase)
        self.open_copy_action = QAction(self.tr("&Open Encrypted Note File…"), window)
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
        self._update()

    def _toggle(self) -> None:
        if self._vault.unlocked:
            self._vault.lock()
        else:
            self._vault.when_unlocked()

    def _update(self, _status: str = "") -> None:
        status = self._vault.status
        none, unlocked = status is VaultStatus.NONE, status is VaultStatus.UNLOCKED
        self.lock_action.setEnabled(unlocked)
        self.unlock_action.setEnabled(status is VaultStatus.LOCKED)
        label = self.tr("Set &Passphrase…") if none else self.tr("Change &Passphrase…")
        self.passphrase_action.setText(label)
        self.new_key_action.setEnabled(not none)
        self.forgot_action.setEnabled(not none)
        if none:
            text, tip = self.tr("Private notes: no passphrase yet"), self.tr("Set a passphrase")
        elif unlocked:
            text = self.tr("Private notes: unlocked")
            tip = self.tr("Click to lock now (%1)").replace("%1", LOCK_SHORTCUT)
        else:
            text, tip = self.tr("Private notes: locked"), self.tr("Click to unlock")
        self.status_button.setText(text)
        self.status_button.setToolTip(tip)
