"""The hub in the menus (issue 20): File ▸ Publish to Hub…, disabled with a tooltip
until a hub is set up and a group offered, and Preferences ▸ Hub. The main window's
menus hold one :class:`HubActions`, which holds the one :class:`HubCredentials` of the
run (a password typed on a computer without a keyring lives there until the app quits).
Importing this loads neither keyring nor psycopg: they come with the first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMainWindow, QWidget

from reflectdesk.operations.hub_credentials import HubCredentials
from reflectdesk.store import publish_ledger
from reflectdesk.store.database import Store
from reflectdesk.store.hub_address import saved_address
from reflectdesk.ui.common.translation import Translates

if TYPE_CHECKING:  # loaded on first use, not at the window's start
    from reflectdesk.ui.hub.hub_dialog import HubDialog
    from reflectdesk.ui.hub.hub_publishing import HubPublishing
    from reflectdesk.ui.hub.status_counter import StatusCounter


class HubActions(Translates):
    def __init__(self, window: QMainWindow, store: Store) -> None:
        self._window, self._store = window, store
        self.credentials = HubCredentials()
        self._publishing: HubPublishing | None = None
        self._counter: StatusCounter | None = None
        self.publish_action = QAction(self.tr("P&ublish to Hub…"), window)
        self.publish_action.setObjectName("publishToHub")
        self.publish_action.triggered.connect(self.publish)
        self.dialog: HubDialog | None = None
        self.prompt: QInputDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        """Enable Publish to Hub… once there is an address and a group to publish."""
        if publish_ledger.saved_hub_url(self._store) is None:
            tip = self.tr("Set up the hub first: Preferences ▸ Hub")
        elif not publish_ledger.chosen_groups(self._store):
            tip = self.tr("Offer a group to the hub first: Preferences ▸ Hub")
        else:
            tip = self.tr("Send the offered groups' shareable records to the hub")
            self.publish_action.setEnabled(True)
            self.publish_action.setToolTip(tip)
            return
        self.publish_action.setEnabled(False)
        self.publish_action.setToolTip(tip)

    @property
    def publishing(self) -> HubPublishing:
        if self._publishing is None:
            from reflectdesk.ui.hub.hub_publishing import HubPublishing

            self._publishing = HubPublishing(self._window, self._store)
        return self._publishing

    def open_settings(self, parent: QWidget) -> HubDialog:
        """Preferences ▸ Hub."""
        from reflectdesk.ui.hub.hub_dialog import HubDialog
        from reflectdesk.ui.hub.status_counter import StatusCounter

        if self._counter is None:  # the window's: a count outlives the dialog
            self._counter = StatusCounter(self._store, self._window)
        dialog = HubDialog(self._store, self.credentials, parent, self._counter)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def publish(self) -> None:
        from reflectdesk.ui.hub.password_prompt import with_password

        address = saved_address(self._store)
        if address is None:
            self.refresh()
            return
        self.prompt = with_password(
            self._window,
            self.credentials,
            address,
            lambda password: self.publishing.start(address, password),
        )
