"""The dialogs of the private-notes vault: setting a passphrase, the recovery key,
unlocking, changing the passphrase, and what to do after forgetting it.

Each slow step (the passphrase check takes about half a second on purpose) runs off the
ui thread as a background task; the dialog shows that it is working and keeps what was
typed if it fails. The wording is meant to be calm and plain: what happens, what it
means, what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.vault_crypto import MIN_PASSPHRASE_LENGTH
from reflectdesk.store import vault
from reflectdesk.store.database import Store
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.translation import Translates
from reflectdesk.ui.privacy.busy_button import BusyButton


class VaultDialogs(Translates):
    """Words said where a dialog's ``self.tr`` cannot be used yet (before a base
    __init__)."""


def _passphrase_field(parent: QWidget | None, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


def _wrapped(text: str, parent: QWidget, role: str | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if role is not None:
        set_role(label, role)
    return label


class _VaultDialog(QDialog):
    """A dialog whose OK button runs one slow store call off the ui thread."""

    finished_work = Signal(object)  # the result of the call, once it succeeded

    def __init__(self, store: Store, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._store = store
        self.error_label = _wrapped("", self, "inlineError")
        self.error_label.setObjectName("vaultError")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("vaultOk")
        self.ok_button.setDefault(True)
        # The dialog grows to hold a wrapped message.
        self._busy = BusyButton(self, self.ok_button, self.error_label, after_error=self.adjustSize)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.setMinimumWidth(460)

    def _finish_layout(self, submit: Callable[[], None]) -> None:
        """Add the message line and the buttons; OK (or Enter) calls ``submit``."""
        self.buttons.accepted.connect(submit)
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self._busy.show_error(message)

    def _run(self, work: Callable[[], Any], busy: str) -> None:
        """Run ``work`` off the ui thread; the dialog waits, showing ``busy``."""
        self._busy.run(work, busy, self._succeeded, self._after_failure)

    def _succeeded(self, result: object) -> None:
        self.finished_work.emit(result)
        self.accept()

    def _after_failure(self) -> None:
        """What a dialog does once a failed call's message shows (nothing, here)."""

    def reject(self) -> None:
        if self._busy.running:
            return  # the key is being checked; it takes a moment
        super().reject()

    @property
    def _ok_label(self) -> str:
        return self._busy.idle_text


# -- setting a passphrase ---------------------------------------------------------------


class SetPassphraseDialog(_VaultDialog):
    """The first time: choose a passphrase (twice), read what forgetting it means, and
    optionally make a recovery key. ``finished_work`` carries the recovery key or None."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        title, ok_text = self.tr("Protect your private notes"), self.tr("Protect my notes")
        super().__init__(store, title, ok_text, parent)
        self.setObjectName("setPassphraseDialog")
        intro = _wrapped(
            self.tr(
                "Your private notes are encrypted on this laptop with a passphrase that only "
                "you know. Choose one you will remember: a few unrelated words work well, "
                "for example “kettle harbour violet seven”."
            ),
            self,
        )
        self.passphrase = _passphrase_field(self, "newPassphrase")
        self.passphrase.setPlaceholderText(
            self.tr("at least %1 characters").replace("%1", str(MIN_PASSPHRASE_LENGTH))
        )
        self.repeated = _passphrase_field(self, "repeatedPassphrase")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.repeated)
        warning = QFrame(self)
        warning.setObjectName("forgetWarning")
        warning.setFrameShape(QFrame.Shape.StyledPanel)
        warning_layout = QVBoxLayout(warning)
        warning_layout.addWidget(
            _wrapped(
                self.tr(
                    "<b>If you forget this passphrase, your private notes cannot be "
                    "opened again</b> — not by you, not by us, not by anyone. Your groups, "
                    "sessions, attendance and shared learning points are not affected."
                ),
                warning,
            )
        )
        self.recovery_check = QCheckBox(
            self.tr("Also make a &recovery key to write down and keep somewhere safe"), self
        )
        self.recovery_check.setObjectName("makeRecoveryKey")
        self.recovery_check.setChecked(True)
        self.layout_.addWidget(intro)
        self.layout_.addLayout(form)
        self.layout_.addWidget(warning)
        self.layout_.addWidget(self.recovery_check)
        self._finish_layout(self._submit)
        self.passphrase.setFocus()

    def _submit(self) -> None:
        passphrase, repeated = self.passphrase.text(), self.repeated.text()
        try:
            vault.check_new_passphrase(passphrase, repeated)
        except ReflectDeskError as error:
            self.show_error(str(error))
            return
        store, recovery = self._store, self.recovery_check.isChecked()
        self._run(
            lambda: vault.create_vault(store, passphrase, with_recovery_key=recovery),
            self.tr("Encrypting…"),
        )


class RecoveryKeyDialog(QDialog):
    """Shows a recovery key once. Closing needs the tick "I have written it down"; then
    Enter closes (Copy is never the default button)."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your recovery key"))
        intro = _wrapped(
            self.tr(
                "With this key you can set a new passphrase if you ever forget yours. "
                "Write it down or print it, and keep it away from this laptop. "
                "It is shown only this once."
            ),
            self,
        )
        self.key_label = QLabel(recovery_key, self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.4)
        mono.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(mono)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setMargin(12)
        copy = QPushButton(self.tr("&Copy"), self)
        copy.setObjectName("copyRecoveryKey")
        copy.setAutoDefault(False)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        self.written_check = QCheckBox(self.tr("I have &written it down"), self)
        self.written_check.setObjectName("recoveryWrittenDown")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.close_button.setDefault(True)
        self.written_check.toggled.connect(self.close_button.setEnabled)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.written_check)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def reject(self) -> None:
        if self.written_check.isChecked():
            super().reject()


# -- unlocking --------------------------------------------------------------------------


class UnlockDialog(_VaultDialog):
    """Asks the passphrase. A wrong one says so; after a few, the next try waits."""

    forgot = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, self.tr("Unlock private notes"), self.tr("Unlock"), parent)
        self.setObjectName("unlockDialog")
        intro = _wrapped(
            self.tr("Type your passphrase to read and write your private notes."), self
        )
        self.passphrase = _passphrase_field(self, "passphrase")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        forgot = QPushButton(self.tr("&Forgot your passphrase?"), self)
        forgot.setObjectName("forgotPassphrase")
        forgot.setFlat(True)
        forgot.setAutoDefault(False)
        forgot.clicked.connect(self._forgot)
        self.layout_.addWidget(intro)
        self.layout_.addLayout(form)
        self.layout_.addWidget(forgot, 0, Qt.AlignmentFlag.AlignLeft)
        self._finish_layout(self._submit)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._tick()
        self.passphrase.setFocus()

    def _forgot(self) -> None:
        self.reject()
        self.forgot.emit()

    def _submit(self) -> None:
        store, passphrase = self._store, self.passphrase.text()
        if not passphrase:
            self.show_error(self.tr("Type your passphrase first."))
            return
        self._run(lambda: vault.unlock(store, passphrase), self.tr("Checking…"))

    def _after_failure(self) -> None:
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self._tick()

    def _tick(self) -> None:
        """Keep Unlock disabled, with the seconds left, while another try must wait."""
        wait = self._store.keyring.wait_before_attempt()
        if wait > 0:
            self.ok_button.setEnabled(False)
            self.ok_button.setText(self.tr("Wait %1 s").replace("%1", f"{wait:.0f}"))
            self._countdown.start()
        else:
            self._countdown.stop()
            self.ok_button.setEnabled(True)
            self.ok_button.setText(self._ok_label)
