"""Counting what waits to be published, off the ui thread, once at a time.

The count reads every offered group's shareable rows (seconds on a large laptop, and
it cannot be stopped half-way), so it belongs to the main window's hub actions rather
than to a dialog: closing Preferences ▸ Hub never waits for it, and opening the page
again while a count runs joins that count instead of starting a second one."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reflectdesk.store.database import Store
from reflectdesk.ui.hub.publish_status import laptop_publish_status
from reflectdesk.ui.jobs.task import Task, call_in_background


class StatusCounter(QObject):
    counted = Signal(object)  # LaptopPublishStatus
    failed = Signal(object)  # ReflectDeskError

    def __init__(self, store: Store, owner: QObject | None) -> None:
        super().__init__(owner)
        self._store = store
        self.task: Task | None = None

    def request(self) -> None:
        if self.task is not None and self.task.running:
            return
        store = self._store
        task = call_in_background(lambda: laptop_publish_status(store), self)
        task.succeeded.connect(self.counted)
        task.failed.connect(self.failed)
        self.task = task
        task.start()
