"""Preferences ▸ Hub (issue 20): where this laptop publishes to, as which role, which
groups go under which of the hub's programmes, and how publishing stands. Reached from
the Preferences dialog. The address is saved without its password (hub.url); the
password lives in the keyring (operations/hub_credentials.py). Test connection and the
status run off the ui thread (ui/jobs/task.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QInputDialog, QLabel, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.operations.hub_credentials import HubCredentials
from reflectdesk.store import publish_ledger
from reflectdesk.store.database import Store
from reflectdesk.store.groups import list_groups
from reflectdesk.store.hub_address import saved_address
from reflectdesk.store.hub_probe import HubOutcome, HubProbe, probe_hub, with_timeout
from reflectdesk.ui.common.form_dialog import FormDialog
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.common.widgets import (
    button_row,
    push_button,
    role_label,
    single_shot,
    stack,
)
from reflectdesk.ui.hub.hub_address_form import HubAddressForm
from reflectdesk.ui.hub.hub_groups_table import HubGroupsTable
from reflectdesk.ui.hub.password_prompt import with_password
from reflectdesk.ui.hub.publish_status import LaptopPublishStatus, PublishStatusWords
from reflectdesk.ui.hub.status_counter import StatusCounter
from reflectdesk.ui.jobs.task import Task, call_in_background, finish_tasks

COUNT_AFTER_MS = 150


class HubDialog(FormDialog):
    def __init__(
        self,
        store: Store,
        credentials: HubCredentials,
        parent: QWidget | None,
        counter: StatusCounter | None = None,
    ) -> None:
        super().__init__("hubDialog", self.tr("Hub"), parent)
        self._store, self._credentials = store, credentials
        self.address_form = HubAddressForm(credentials, saved_address(store), self)
        self.test_button = push_button(
            self.tr("&Test Connection"),
            self,
            "testHubConnection",
            self.tr("Connect to the hub and read its programmes"),
            self.test_connection,
        )
        self.result_label = role_label("hint", self, wrap=True)
        self.result_label.setObjectName("hubTestResult")
        groups = [*list_groups(store), *list_groups(store, archived=True)]
        chosen = publish_ledger.chosen_groups(store)
        self.groups_table = HubGroupsTable(groups, chosen, self)
        self.status_label = role_label("hint", self, self.tr("Counting what waits…"), wrap=True)
        self.status_label.setObjectName("hubPublishStatus")
        self.tasks: list[Task] = []
        self.prompt: QInputDialog | None = None
        self.probe: HubProbe | None = None

        address_box = QGroupBox(self.tr("Hub address"), self)
        stack(
            address_box, self.address_form, button_row(self.test_button), self.result_label
        ).addStretch(1)
        groups_box = QGroupBox(self.tr("Groups offered to the hub"), self)
        intro = QLabel(
            self.tr(
                "Only ticked groups are published: members as named here, sessions, "
                "attendance, shareable learning points, actions and evaluations. Private "
                "notes never leave this laptop."
            ),
            groups_box,
        )
        intro.setWordWrap(True)
        stack(groups_box, intro, self.groups_table, self.status_label)
        # Side by side: a laptop's screen is wide and low.
        boxes = QHBoxLayout()
        boxes.addWidget(address_box, 2)
        boxes.addWidget(groups_box, 3)
        self.lay_out(boxes)
        self.setMinimumWidth(1040)
        # Before the dialog goes: a connection test still running must not outlive it.
        self.finished.connect(lambda _result: finish_tasks(self))
        self.counter = counter or StatusCounter(store, self)
        self.counter.counted.connect(self._show_status)
        self.counter.failed.connect(self._show_status)
        # After the page is drawn: the count competes with the ui thread for Python.
        single_shot(self, self.counter.request, COUNT_AFTER_MS).start()

    # --- Test connection ------------------------------------------------------------

    def test_connection(self) -> None:
        address = self.address_form.address()
        if not address.complete:
            self.result_label.setText(self.tr("Fill in the host, the database and the role."))
            return
        self.prompt = with_password(self, self._credentials, address, self._probe)

    def _probe(self, password: str) -> None:
        self.address_form.show_password_state()
        url = with_timeout(self.address_form.address().url(password))
        self.result_label.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        task = call_in_background(lambda: probe_hub(url), self)
        task.succeeded.connect(self._probed)
        task.failed.connect(lambda error: self.result_label.setText(str(error)))
        task.over.connect(lambda: self.test_button.setEnabled(True))
        self.tasks.append(task)
        task.start()

    def _probed(self, probe: HubProbe) -> None:
        self.probe = probe
        words = {
            HubOutcome.LOGIN_REFUSED: self.tr(
                "The hub refused the login: wrong password, or no such role."
            ),
            HubOutcome.UNREACHABLE: self.tr(
                "Cannot reach the hub: check the host and the port, and that this "
                "computer is on the network the hub accepts."
            ),
            HubOutcome.NOT_A_HUB: self.tr(
                "Connected, but this database is not a ReflectDesk hub at this version "
                "(ask its administrator to run 'reflectdesk hub init')."
            ),
            HubOutcome.NO_DRIVER: self.tr(
                "This installation cannot connect to a hub: install reflectdesk[hub]."
            ),
        }
        if probe.outcome is HubOutcome.REACHED:
            text = fill(self.tr("Reached the hub as role %1."), probe.role) + " "
            text += self.tr("%n programme(s) on the hub.", "", len(probe.programmes))
            self.groups_table.set_programmes(probe.programmes)
        else:
            text = words[probe.outcome]
        self.result_label.setText(text)

    # --- the publishing status --------------------------------------------------------

    def _show_status(self, status: LaptopPublishStatus | ReflectDeskError) -> None:
        if isinstance(status, ReflectDeskError):
            self.status_label.setText(str(status))
        else:
            self.status_label.setText(PublishStatusWords.describe(status))

    # --- OK ---------------------------------------------------------------------------

    def run_submit(self) -> None:
        address = self.address_form.address()
        if any((address.host, address.database, address.role)):
            if not address.complete:
                raise ReflectDeskError(self.tr("Fill in the host, the database and the role."))
            publish_ledger.save_hub_url(self._store, address.url())
        chosen = self.groups_table.choices()
        for group_id in self.groups_table.all_groups():
            if group_id in chosen:
                publish_ledger.choose_group(self._store, group_id, chosen[group_id])
            elif group_id in publish_ledger.chosen_groups(self._store):
                publish_ledger.withdraw_group(self._store, group_id)
