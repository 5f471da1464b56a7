"""Turns the store's signal-free change feed into a Qt signal widgets can connect to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reflectdesk.core.events import Change
from reflectdesk.store.database import Store


class StoreSignals(QObject):
    """Emits ``changed(area, ids)`` after every committed change in the store."""

    changed = Signal(str, list)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = store.changes.subscribe(self._relay)
        self.destroyed.connect(self._unsubscribe)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change.area, list(change.ids))

    def detach(self) -> None:
        self._unsubscribe()
