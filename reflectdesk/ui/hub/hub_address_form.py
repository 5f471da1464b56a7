"""The hub's address on Preferences ▸ Hub: host, port, database and role, filled by
hand or from a pasted one-time connection string, whose password goes straight to the
keyring (operations/hub_credentials.py) and is never shown, saved or logged; the TLS
mode the address uses; and the password's state with Set Password… and Forget
Password."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.operations.hub_credentials import HubCredentials, Kept, keyring_available
from reflectdesk.store.hub_address import DEFAULT_PORT, HubAddress, default_sslmode, parse_address
from reflectdesk.ui.common.paste_or_finish import read_when_pasted_or_finished
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.common.widgets import (
    button_row,
    form_rows,
    line_field,
    push_button,
    role_label,
    stack,
)
from reflectdesk.ui.hub.password_prompt import PasswordPrompt


class HubAddressForm(QWidget):
    def __init__(
        self, credentials: HubCredentials, saved: HubAddress | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hubAddressForm")
        self._credentials = credentials
        self._sslmode = saved.sslmode if saved else ""
        self.paste_edit = line_field(
            self, "hubPaste", 2000, self.tr("postgresql://… from your hub's administrator")
        )
        # The pasted string holds the password: never shown, and emptied once read.
        self.paste_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.paste_edit.setAccessibleName(self.tr("Connection string"))
        read_when_pasted_or_finished(self.paste_edit, self._pasted)
        self.host_edit = line_field(self, "hubHost", 255, "hub.example.org")
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("hubPort")
        self.port_spin.setRange(0, 65535)
        self.port_spin.setSpecialValueText(fill(self.tr("standard (%1)"), DEFAULT_PORT))
        self.database_edit = line_field(self, "hubDatabase", 63, "reflectdesk")
        self.role_edit = line_field(self, "hubRole", 63, "rd_anna")
        self.tls_label = role_label("hint", self, wrap=True)
        self.tls_label.setObjectName("hubTls")
        self.password_label = role_label("hint", self, wrap=True)
        self.password_label.setObjectName("hubPasswordState")
        self.message_label = role_label("hint", self, wrap=True)
        self.message_label.setObjectName("hubPasteMessage")
        self.set_password_button = push_button(
            self.tr("Set &Password…"),
            self,
            "setHubPassword",
            self.tr("Type the role's password; it is kept in the keyring"),
            self._ask_password,
        )
        self.forget_button = push_button(
            self.tr("&Forget Password"),
            self,
            "forgetHubPassword",
            self.tr("Remove the password from the keyring and from memory"),
            self._forget,
        )
        if saved is not None:
            self._show(saved)
        for edit in (self.host_edit, self.database_edit, self.role_edit):
            edit.textEdited.connect(self._edited)
        self.port_spin.valueChanged.connect(self._edited)
        form = form_rows(
            (self.tr("&Connection string:"), self.paste_edit),
            ("", self.message_label),
            (self.tr("&Host:"), self.host_edit),
            (self.tr("P&ort:"), self.port_spin),
            (self.tr("&Database:"), self.database_edit),
            (self.tr("&Role:"), self.role_edit),
            (self.tr("Secure connection:"), self.tls_label),
            (self.tr("Password:"), self.password_label),
        )
        buttons = button_row(self.set_password_button, self.forget_button)
        stack(self, form, buttons, margins=(0, 0, 0, 0))
        self._edited()

    def address(self) -> HubAddress:
        port = self.port_spin.value() or None
        return HubAddress(
            self.host_edit.text().strip(),
            port,
            self.database_edit.text().strip(),
            self.role_edit.text().strip(),
            self._sslmode,
        )

    def _show(self, address: HubAddress) -> None:
        self.host_edit.setText(address.host)
        self.port_spin.setValue(address.port or 0)
        self.database_edit.setText(address.database)
        self.role_edit.setText(address.role)

    def _pasted(self, text: str) -> None:
        if not text.strip():
            return
        try:
            address, password = parse_address(text)
        except ReflectDeskError as error:
            self.message_label.setText(str(error))
            return
        self._sslmode = address.sslmode
        self._show(address)
        self.paste_edit.blockSignals(True)
        self.paste_edit.clear()
        self.paste_edit.blockSignals(False)
        if password:
            kept = self._credentials.save(address, password)
            # Without a keyring the Password row says how long it is kept: not twice.
            self.message_label.setText(
                self.tr("Address filled in; the password is kept in the keyring.")
                if kept is Kept.KEYRING
                else self.tr("Address filled in.")
            )
        else:
            self.message_label.setText(self.tr("Address filled in."))
        self._edited()

    def _edited(self) -> None:
        mode = self._sslmode or default_sslmode(self.host_edit.text().strip())
        words = {
            "verify-full": self.tr(
                "verify-full: encrypted, and the server's certificate and name are checked"
            ),
            "verify-ca": self.tr("verify-ca: encrypted, the server's certificate is checked"),
            "require": self.tr("require: encrypted, the server's certificate is not checked"),
            "prefer": self.tr("prefer: encrypted when the server offers it (this computer)"),
            "disable": self.tr("disable: not encrypted (a hub on this computer)"),
        }
        self.tls_label.setText(words.get(mode, mode))
        self.show_password_state()

    def show_password_state(self) -> None:
        address = self.address()
        known = bool(address.role) and self._credentials.load(address) is not None
        if not known:
            text = self.tr("not kept on this computer: asked for when needed")
        elif keyring_available():
            text = self.tr("kept in the operating system's keyring")
        else:
            text = self.tr("kept until ReflectDesk closes (this computer has no keyring)")
        self.password_label.setText(text)
        self.forget_button.setEnabled(known)
        self.set_password_button.setEnabled(address.complete)

    def _ask_password(self) -> None:
        self.prompt = PasswordPrompt.ask(
            self, self._credentials, self.address(), lambda _typed: self.show_password_state()
        )

    def _forget(self) -> None:
        self._credentials.forget(self.address())
        self.show_password_state()
