"""Asking for the hub's password when neither the keyring nor this run holds it; what
is typed goes to operations/hub_credentials.py (the keyring, else memory), never to the
settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from reflectdesk.operations.hub_credentials import HubCredentials
from reflectdesk.store.hub_address import HubAddress
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.common.translation import Translates


class PasswordPrompt(Translates):
    """Opens (window-modal, never blocking) and calls ``then(password)`` after OK; an
    empty password means "none here": libpq then reads PGPASSWORD or ~/.pgpass."""

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        credentials: HubCredentials,
        address: HubAddress,
        then: Callable[[str], object],
    ) -> QInputDialog:
        dialog = QInputDialog(parent)
        dialog.setObjectName("hubPasswordPrompt")
        dialog.setWindowTitle(PasswordPrompt.tr("Hub Password"))
        dialog.setLabelText(
            fill(
                PasswordPrompt.tr(
                    "The password of the role %1 on the hub.\n"
                    "Leave it empty to use PGPASSWORD or ~/.pgpass."
                ),
                address.role,
            )
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)

        def typed(password: str) -> None:
            if password:
                credentials.save(address, password)
            then(password)

        dialog.textValueSelected.connect(typed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


def with_password(
    parent: QWidget,
    credentials: HubCredentials,
    address: HubAddress,
    then: Callable[[str], object],
) -> QInputDialog | None:
    """``then(password)`` at once when the password is known, else after asking."""
    known = credentials.load(address)
    if known is not None:
        then(known)
        return None
    return PasswordPrompt.ask(parent, credentials, address, then)
