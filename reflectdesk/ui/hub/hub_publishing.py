"""File ▸ Publish to Hub… (issue 20): operations/hub_publish.publish run as a Job (a
progress window with Cancel), then one message saying what happened. Offline first:
an unreachable hub is one calm message, nothing is marked published, and everything
waits on the laptop for the next publish; a cancel leaves whole batches on the hub and
the next publish sends the rest."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.operations.hub_publish import (
    BATCH_ROWS,
    PublishCancelled,
    PublishReport,
    publish,
)
from reflectdesk.store.database import Store
from reflectdesk.store.hub_address import HubAddress
from reflectdesk.store.hub_errors import HubUnreachableError
from reflectdesk.store.hub_probe import with_timeout
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.translation import Translates
from reflectdesk.ui.hub.publish_status import held_back_words
from reflectdesk.ui.jobs.jobs import Job, Progress, run_job
from reflectdesk.ui.jobs.task import JobCancelledError


class HubPublishing(Translates):
    """One publish at a time from ``parent``; :attr:`job` and :attr:`message` are the
    last ones (tests wait on the job's signals and read the message)."""

    def __init__(self, parent: QWidget, store: Store) -> None:
        self._parent, self._store = parent, store
        self.job: Job | None = None
        self.message: QMessageBox | None = None
        self.batch_rows = BATCH_ROWS  # what a cancel can stop between

    def start(self, address: HubAddress, password: str) -> Job | None:
        if self.job is not None and self.job.running:
            return None
        url = with_timeout(address.url(password))
        store, size = self._store, self.batch_rows

        def work(progress: Progress, cancelled: threading.Event) -> PublishReport:
            try:
                return publish(
                    store, url, progress=progress, cancelled=cancelled.is_set, batch_rows=size
                )
            except PublishCancelled:
                raise JobCancelledError("") from None

        job = run_job(self._parent, self.tr("Publishing to the hub…"), work)
        job.succeeded.connect(self._published)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._stopped)
        self.job = job
        return job

    def _published(self, report: PublishReport) -> None:
        sent = sum(report.sent.values())
        removed = sum(report.deleted.values())
        if not sent and not removed and not report.held_back:
            text = self.tr("Nothing new to publish: the hub is up to date.")
        else:
            parts = [self.tr("%n row(s) sent to the hub.", "", sent)]
            if removed:
                parts.append(self.tr("%n row(s) removed from the hub.", "", removed))
            if report.held_back:
                parts.append(held_back_words(len(report.held_back)))
            text = " ".join(parts)
        box = self._box(QMessageBox.Icon.Information, text)
        if report.held_back:
            box.setInformativeText(
                self.tr(
                    "Open their sessions to reword them, or keep the wording in the "
                    "identifier review of an export; they go with the next publish."
                )
            )

    def _failed(self, error: ReflectDeskError) -> None:
        if isinstance(error, HubUnreachableError):
            self._box(
                QMessageBox.Icon.Information,
                self.tr(
                    "The hub cannot be reached just now. Nothing was marked as published: "
                    "your records wait on this laptop and go with the next publish."
                ),
            )
            return
        self.message = show_error(self._parent, self.tr("Could not publish to the hub"), error)

    def _stopped(self) -> None:
        self._box(
            QMessageBox.Icon.Information,
            self.tr(
                "Publishing was stopped. What was sent so far is on the hub; the next "
                "publish sends the rest."
            ),
        )

    def _box(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = QMessageBox(icon, self.tr("Publish to Hub"), text, QMessageBox.StandardButton.Ok)
        box.setParent(self._parent, box.windowFlags())
        box.setObjectName("hubPublishResult")
        box.open()
        self.message = box
        return box
