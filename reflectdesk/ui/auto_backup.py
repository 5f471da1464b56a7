"""Automatic backups: once a day while the app runs and the data changed, and on close.

The daily check runs on a short-lived worker thread (the backup reads the database
through SQLite's read-only backup API, so it never blocks the facilitator); the one on
close runs after the window has gone. Failures are reported, never raised.
"""

from __future__ import annotations

import logging
import sys
import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from reflectdesk.core.errors import ReflectDeskError

CHECK_EVERY_MS = 60 * 60 * 1000  # hourly; at most one backup a day is actually made

log = logging.getLogger(__name__)


def backup_now_if_due(db_path: Path, *, on_close: bool) -> Path | None:
    from reflectdesk.store.backups import backup_if_due  # on first use

    try:
        return backup_if_due(db_path, datetime.now(), on_close=on_close)
    except (ReflectDeskError, OSError) as error:
        log.warning("automatic backup failed: %s", error)
        print(f"reflectdesk: automatic backup failed: {error}", file=sys.stderr)
        return None


class AutoBackup(QObject):
    """Emits ``made(path)`` (from a worker thread; queued to the ui) after a backup."""

    made = Signal(str)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        def run() -> None:
            made = backup_now_if_due(self._db_path, on_close=False)
            if made is not None:
                self.made.emit(str(made))

        threading.Thread(target=run, name="auto-backup", daemon=True).start()
