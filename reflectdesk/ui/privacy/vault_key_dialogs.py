"""The vault dialogs that change the key or the passphrase: change the passphrase,
recover with the recovery key, make a new encryption key, the confirmation before
resetting private notes, and the offer to remove older backups after a passphrase
change. The first passphrase and unlocking are in vault_dialogs.py."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QMessageBox, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.store import vault
from reflectdesk.store.backups import BackupInfo
from reflectdesk.store.database import Store
from reflectdesk.ui.common.dates import session_start
from reflectdesk.ui.common.translation import Translates
from reflectdesk.ui.privacy.vault_dialogs import (
    VaultDialogs,
    _passphrase_field,
    _VaultDialog,
    _wrapped,
)


class VaultKeyQuestions(Translates):
    """The words of the questions below (functions: no ``self.tr``)."""


class _NewPassphraseDialog(_VaultDialog):
    """A dialog that proves who you are with one field (the current passphrase, or the
    recovery key), then takes a new passphrase typed twice."""

    def __init__(
        self,
        store: Store,
        texts: tuple[str, str, str, str],  # title, OK button, intro, proof field's label
        proof: QLineEdit,
        change: Callable[[Store, str, str], None],  # (store, proof, new passphrase)
        parent: QWidget | None,
    ) -> None:
        title, ok_label, intro, proof_label = texts
        super().__init__(store, title, ok_label, parent)
        self._change = change
        proof.setParent(self)
        self.proof = proof
        self.passphrase = _passphrase_field(self, "newPassphrase")
        self.repeated = _passphrase_field(self, "repeatedPassphrase")
        form = QFormLayout()
        form.addRow(proof_label, proof)
        form.addRow(self.tr("&New passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.repeated)
        self.layout_.addWidget(_wrapped(intro, self))
        self.layout_.addLayout(form)
        self._finish_layout(self._submit)
        proof.setFocus()

    def _submit(self) -> None:
        proof, new = self.proof.text(), self.passphrase.text()
        try:
            vault.check_new_passphrase(new, self.repeated.text())
        except ReflectDeskError as error:
            self.show_error(str(error))
            return
        store, change = self._store, self._change
        self._run(lambda: change(store, proof, new), self.tr("Checking…"))


class ChangePassphraseDialog(_NewPassphraseDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(
            store,
            (
                VaultDialogs.tr("Change passphrase"),
                VaultDialogs.tr("Change passphrase"),
                VaultDialogs.tr(
                    "Your notes stay as they are; only the lock changes. A recovery key, "
                    "if you made one, keeps working."
                ),
                VaultDialogs.tr("&Current passphrase:"),
            ),
            _passphrase_field(None, "currentPassphrase"),
            vault.change_passphrase,
            parent,
        )
        self.setObjectName("changePassphraseDialog")
        self.current = self.proof


class RecoverDialog(_NewPassphraseDialog):
    """After a forgotten passphrase: the recovery key and a new passphrase."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        recovery = QLineEdit()
        recovery.setObjectName("recoveryKeyInput")
        recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        super().__init__(
            store,
            (
                VaultDialogs.tr("Use your recovery key"),
                VaultDialogs.tr("Set new passphrase"),
                VaultDialogs.tr(
                    "Type the recovery key you wrote down when you set your passphrase, "
                    "then choose a new passphrase."
                ),
                VaultDialogs.tr("&Recovery key:"),
            ),
            recovery,
            vault.unlock_with_recovery_key,
            parent,
        )
        self.setObjectName("recoverDialog")
        self.recovery = self.proof


class RotateKeyDialog(_VaultDialog):
    """Asks the passphrase before every note is encrypted again under a new key;
    ``finished_work`` carries the passphrase (checked by the re-encryption itself)."""

    def __init__(self, store: Store, count: int, parent: QWidget | None = None) -> None:
        title, ok_text = self.tr("Make a new encryption key"), self.tr("Re-encrypt notes")
        super().__init__(store, title, ok_text, parent)
        self.setObjectName("rotateKeyDialog")
        self.passphrase = _passphrase_field(self, "passphrase")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.layout_.addWidget(
            _wrapped(
                self.tr(
                    "This encrypts your %n private note(s) again with a new key. Use it if "
                    "a copy of the database and your passphrase may both have been seen. "
                    "If you made a recovery key, you get a new one and the old one stops "
                    "working.",
                    "",
                    count,
                ),
                self,
            )
        )
        self.layout_.addLayout(form)
        self._finish_layout(self._submit)
        self.passphrase.setFocus()

    def _submit(self) -> None:
        if not self.passphrase.text():
            self.show_error(self.tr("Type your passphrase first."))
            return
        self.finished_work.emit(self.passphrase.text())
        self.accept()


def ask_reset_private_notes(parent: QWidget, count: int) -> QMessageBox:
    """The confirmation before every private note is deleted; names how many."""
    box = QMessageBox(parent)
    box.setObjectName("resetPrivateNotes")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(VaultKeyQuestions.tr("Start again without the old private notes?"))
    box.setText(
        VaultKeyQuestions.tr(
            "Without the passphrase or a recovery key, your %n private note(s) cannot be "
            "opened. You can delete them and set a new passphrase for new notes.",
            "",
            count,
        )
    )
    box.setInformativeText(
        VaultKeyQuestions.tr(
            "Groups, sessions, attendance, learning points and actions all stay. "
            "Deleting the private notes cannot be undone; a backup of the database is "
            "made first."
        )
    )
    delete = box.addButton(
        VaultKeyQuestions.tr("Delete private notes"), QMessageBox.ButtonRole.DestructiveRole
    )
    delete.setObjectName("confirmReset")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def ask_remove_older_backups(parent: QWidget, older: list[BackupInfo]) -> QMessageBox:
    """After a passphrase change: the backups made before it (``older``, newest first)
    still open with the old passphrase; offer to remove them. Says how many and when."""
    count = len(older)
    newest, oldest = session_start(older[0].made_at), session_start(older[-1].made_at)
    box = QMessageBox(parent)
    box.setObjectName("removeOlderBackups")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(VaultKeyQuestions.tr("Remove older backups?"))
    box.setText(
        VaultKeyQuestions.tr(
            "The passphrase is changed. %n older backup(s) of this database still open "
            "with the passphrase that was used when they were made.",
            "",
            count,
        )
    )
    made = (
        VaultKeyQuestions.tr("It was made on %1.").replace("%1", newest)
        if count == 1
        else VaultKeyQuestions.tr("They were made from %1 to %2.")
        .replace("%1", oldest)
        .replace("%2", newest)
    )
    box.setInformativeText(
        made
        + " "
        + VaultKeyQuestions.tr(
            "A new backup was made just now with the new passphrase; it is kept. "
            "Removing the older ones cannot be undone; copies of them elsewhere (another "
            "disk, a cloud folder) are not touched."
        )
    )
    remove = box.addButton(
        VaultKeyQuestions.tr("Remove %n older backup(s)", "", count),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    remove.setObjectName("confirmRemoveBackups")
    keep = box.addButton(VaultKeyQuestions.tr("Keep them"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepBackups")
    box.setDefaultButton(keep)
    return box
