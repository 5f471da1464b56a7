"""Automatic backups: once a day while the app runs and the data changed, and on close.

The daily check runs as a background task owned by the app (the backup reads the
database through SQLite's read-only backup API, so it never blocks the facilitator);
the one on close runs after the window has gone. Failures are logged, never raised.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.ui.jobs.task import Task, call_in_background

CHECK_EVERY_MS = 60 * 60 * 1000  # hourly; at most one backup a day is actually made

log = logging.getLogger(__name__)


def backup_now_if_due(db_path: Path, *, on_close: bool) -> Path | None:
    from reflectdesk.store.backups import backup_if_due  # on first use

    try:
        return backup_if_due(db_path, datetime.now(), on_close=on_close)
    except (ReflectDeskError, OSError) as error:
        log.warning("automatic backup failed: %s", error)  # logs.py shows no file names
        return None


class AutoBackup(QObject):
    """Emits ``made(path)`` on the ui thread after a backup."""

    made = Signal(str)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> Task | None:
        """Start a check unless one is still running; returns the task it started."""
        if self._task is not None and self._task.running:
            return None
        task = call_in_background(lambda: backup_now_if_due(self._db_path, on_close=False), self)
        task.succeeded.connect(self._made)
        task.over.connect(task.deleteLater)
        self._task = task
        task.start()
        return task

    def stop(self) -> None:
        """Before the database closes: no new check, and the running one finished."""
        self._timer.stop()
        if self._task is not None and self._task.running:
            self._task.wait(30_000)  # a backup copy; it cannot stop halfway

    def _made(self, path: object) -> None:
        if isinstance(path, Path):
            self.made.emit(str(path))
