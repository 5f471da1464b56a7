"""Setting up and unlocking private notes in place, on the session page, without a
dialog: nothing may pop up over the clock while a group is in the room.

``VaultSetupBar`` sits under the clock on the session page while no passphrase exists: a line
that says why and a button that opens the passphrase fields in the bar itself.
``InlineUnlock`` is the passphrase field and Unlock button shown where the private note
would be while notes are locked. Both run the slow passphrase step (about half a second
on purpose) off the ui thread and say what went wrong in a line of their own.

The recovery key made with the passphrase is handed to the controller, which shows it
only once no session clock is running (vault_controller.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
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
from reflectdesk.store.vault_state import VaultStatus
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.privacy.busy_button import BusyButton
from reflectdesk.ui.privacy.vault_controller import VaultController


def _passphrase_field(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(180)
    return field


class VaultSetupBar(QFrame):
    """The offer to set a passphrase, in place. Hidden once one exists; "Not now" hides
    it for this page (typing a private note brings it back, folded). Emits ``done`` when
    the facilitator is through with it (set, or not now): the page gives the keys back to
    the clock."""

    done = Signal()

    def __init__(self, store: Store, controller: VaultController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("vaultSetupBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._store = store
        self._controller = controller
        self._declined = False

        self.message = QLabel(
            self.tr(
                "Private notes need a passphrase. Set it now, before the session, so that "
                "nothing interrupts it."
            ),
            self,
        )
        self.message.setWordWrap(True)
        self.set_up_button = QPushButton(self.tr("Set &Up Passphrase"), self)
        self.set_up_button.setObjectName("setUpPassphrase")
        self.set_up_button.clicked.connect(self.expand)
        self.later_button = QPushButton(self.tr("Not Now"), self)
        self.later_button.setObjectName("vaultSetupLater")
        self.later_button.clicked.connect(self.decline)

        self.fields = QWidget(self)
        self.passphrase = _passphrase_field(
            self.fields,
            "newPassphrase",
            self.tr("passphrase, at least %1 characters").replace("%1", str(MIN_PASSPHRASE_LENGTH)),
        )
        self.repeated = _passphrase_field(self.fields, "repeatedPassphrase", self.tr("again"))
        self.recovery_check = QCheckBox(self.tr("Make a recovery &key"), self.fields)
        self.recovery_check.setObjectName("makeRecoveryKey")
        self.recovery_check.setChecked(True)
        self.recovery_check.setToolTip(
            self.tr("Shown once, after the session, to write down and keep safe")
        )
        self.ok_button = QPushButton(self.tr("Protect &My Notes"), self.fields)
        self.ok_button.setObjectName("vaultSetupOk")
        self.ok_button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.repeated.setFocus)
        self.repeated.returnPressed.connect(self.submit)
        warning = QLabel(
            self.tr(
                "If you forget it, your private notes cannot be opened again — not by "
                "anyone. Everything else is not affected."
            ),
            self.fields,
        )
        warning.setWordWrap(True)
        set_role(warning, "hint")
        self.error_label = QLabel(self.fields)
        set_role(self.error_label, "inlineError")
        self.error_label.setObjectName("vaultSetupError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._busy = BusyButton(self, self.ok_button, self.error_label)

        row = QHBoxLayout(self.fields)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.repeated, 1)
        row.addWidget(self.recovery_check)
        row.addWidget(self.ok_button)
        under = QVBoxLayout()
        under.addWidget(warning)
        under.addWidget(self.error_label)

        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.set_up_button)
        top.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        layout.addWidget(self.fields)
        layout.addLayout(under)
        self._under = (warning, self.error_label)
        self._fold(True)
        controller.stateChanged.connect(self._follow)
        self._follow()

    def _fold(self, folded: bool) -> None:
        self.fields.setVisible(not folded)
        self._under[0].setVisible(not folded)
        if folded:
            self.error_label.hide()
        self.set_up_button.setVisible(folded)

    def _follow(self, _status: str = "") -> None:
        needed = self._controller.status is VaultStatus.NONE
        self.setVisible(needed and not self._declined)

    @property
    def needed(self) -> bool:
        return self._controller.status is VaultStatus.NONE

    def expand(self) -> None:
        """Open the passphrase fields here, with the focus in the first one."""
        self._fold(False)
        self.passphrase.setFocus()

    def decline(self) -> None:
        self._declined = True
        self.passphrase.clear()
        self.repeated.clear()
        self._fold(True)
        self.hide()
        self.done.emit()

    def remind(self) -> None:
        """A private note was typed before there is a passphrase: show the offer again
        (folded: the focus stays in the note)."""
        if not self.needed:
            return
        # Said again even when the bar shows: its first words were about before the session.
        self.message.setText(self.tr("What you type is not saved until a passphrase is set."))
        if not self.isVisible():
            self._declined = False
            self.show()

    def offer(self) -> None:
        """The session ended with unsaved private text: the fields, open, focused."""
        if not self.needed:
            return
        self._declined = False
        self.message.setText(
            self.tr("Your private note is not saved yet. Set a passphrase to keep it.")
        )
        self.show()
        self.expand()

    def submit(self) -> None:
        passphrase, repeated = self.passphrase.text(), self.repeated.text()
        try:
            vault.check_new_passphrase(passphrase, repeated)
        except ReflectDeskError as error:
            self._busy.show_error(str(error))
            return
        store, recovery = self._store, self.recovery_check.isChecked()
        self._busy.run(
            lambda: vault.create_vault(store, passphrase, with_recovery_key=recovery),
            self.tr("Encrypting…"),
            self._created,
        )

    def _created(self, recovery_key: object) -> None:
        self.passphrase.clear()
        self.repeated.clear()
        self._fold(True)
        self.done.emit()  # before the recovery key, which gives the focus back to it
        self._controller.created(recovery_key)


class InlineUnlock(QWidget):
    """A passphrase field and an Unlock button, for a locked private note."""

    def __init__(self, store: Store, controller: VaultController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inlineUnlock")
        self._store = store
        self._controller = controller
        self.passphrase = _passphrase_field(self, "passphrase", self.tr("passphrase"))
        self.passphrase.returnPressed.connect(self.submit)
        self.setFocusProxy(self.passphrase)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setObjectName("unlockHere")
        self.unlock_button.clicked.connect(self.submit)
        self.forgot_button = QPushButton(self.tr("Forgot it?"), self)
        self.forgot_button.setObjectName("forgotPassphrase")
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(controller.forgot_passphrase)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("unlockError")
        set_role(self.error_label, "inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._busy = BusyButton(self, self.unlock_button, self.error_label)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        row.addWidget(self.forgot_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error_label)

    def submit(self) -> None:
        store, passphrase = self._store, self.passphrase.text()
        if not passphrase:
            self._busy.show_error(self.tr("Type your passphrase first."))
            return
        self._busy.run(lambda: vault.unlock(store, passphrase), self.tr("Checking…"), self._done)

    def _done(self, _result: object) -> None:
        self.passphrase.clear()
        self._controller.refresh()
