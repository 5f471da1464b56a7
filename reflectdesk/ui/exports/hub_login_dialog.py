"""File ▸ Open Programme from Hub…: where the department's hub is, and the programme
lead's role and password (issue 20, "the programme view reads the hub").

The password is typed here and kept only in memory, in the connection the window opens
(keyring storage is Preferences ▸ Hub's, not this dialog's). Connecting runs off the ui
thread (``ui/jobs/task.call_in_background``); a hub that cannot be reached, a login
refused and a role that is not a programme lead each come back as one clear sentence
under the fields, and the dialog stays open to correct them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.store.hub_address import parse_address
from reflectdesk.store.hub_programmes import LeadHub, lead_url, open_lead_hub
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.paste_or_finish import read_when_pasted_or_finished
from reflectdesk.ui.jobs.task import Task, call_in_background

__all__ = ["HubLoginDialog"]


class HubLoginDialog(QDialog):
    """Emits ``opened(LeadHub)`` once the hub is open as a programme lead, then closes."""

    opened = Signal(object)

    def __init__(self, parent: QWidget | None = None, address: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("hubLoginDialog")
        self.setWindowTitle(self.tr("Open Programme from Hub"))
        self._call: Task | None = None

        intro = QLabel(
            self.tr(
                "Read the figures of your programme from the department's hub. Use the "
                "programme lead's role you were given; the hub shows it every group of "
                "its programme, read-only."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.address_edit = QLineEdit(address, self)
        self.address_edit.setObjectName("hubAddress")
        self.address_edit.setPlaceholderText("postgresql://hub.example.org/reflectdesk")
        self.role_edit = QLineEdit(self)
        self.role_edit.setObjectName("hubRole")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("hubPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # The one-time connection string carries the role and its password: split, so
        # the password is never left shown.
        read_when_pasted_or_finished(self.address_edit, self._split_address)
        self.setMinimumWidth(520)
        form = QFormLayout()
        form.addRow(self.tr("Hub &address:"), self.address_edit)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("hubLoginMessage")
        self.message_label.setWordWrap(True)
        set_role(self.message_label, "hint")

        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("hubOpen")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.connect_to_hub)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

    def _split_address(self, text: str) -> None:
        text = text.strip()
        if "@" not in text:
            return
        try:
            address, password = parse_address(text)
        except ReflectDeskError:
            return  # said when Open is pressed
        if not password:
            return  # an address with a role only: as typed
        if address.role:
            self.role_edit.setText(address.role)
        self.password_edit.setText(password)
        self.address_edit.setText(replace(address, role="").url())

    def connect_to_hub(self) -> None:
        """Open the hub with what was typed, off the ui thread."""
        if self._call is not None:
            return
        try:
            url = lead_url(
                self.address_edit.text(), self.role_edit.text(), self.password_edit.text()
            )
        except ReflectDeskError as error:
            self.message_label.setText(str(error))
            return
        self.message_label.setText(self.tr("Connecting to the hub…"))
        self.open_button.setEnabled(False)
        call = call_in_background(lambda: open_lead_hub(url), self)
        call.succeeded.connect(self._on_opened)
        call.failed.connect(self._on_failed)
        call.over.connect(self._over)
        self._call = call
        call.start()

    def _on_opened(self, lead: object) -> None:
        assert isinstance(lead, LeadHub)
        self.password_edit.clear()
        self.message_label.clear()
        self.opened.emit(lead)
        self.accept()

    def _on_failed(self, error: object) -> None:
        self.message_label.setText(str(error))

    def _over(self) -> None:
        call, self._call = self._call, None
        if call is not None:
            call.deleteLater()
        self.open_button.setEnabled(True)

    def done(self, result: int) -> None:
        if self._call is not None:
            self._call.abandon()  # a connection under way: its result is dropped
            self._call = None
        super().done(result)
