"""Automatic backups: once a day while the app runs and the data changed, and on close.

The daily check runs as a background task owned by the app (the backup reads the
database through SQLite's read-only backup API, so it never blocks the facilitator).
The one on close is handed off: the app records that it is owed and starts a process of
its own to make it (store/close_backup.py), so the app exits at once, however large the
database. A backup still owed (it gave way to this start, failed, or the computer went
off) is made in the background once the window is shown. A running backup stops when
the app closes; the one on close then takes over. Failures are logged, never raised.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.ui.jobs.task import Task

CHECK_EVERY_MS = 60 * 60 * 1000  # hourly; at most one backup a day is actually made
# An owed backup waits until the window is shown and its first reads are done.
OWED_AFTER_MS = 3000

log = logging.getLogger(__name__)


def backup_now_if_due(
    db_path: Path, *, keep_going: Callable[[], bool] | None = None
) -> Path | None:
    """The owed backup on close, else the daily one when due; None when none was made
    (not due, stopped by ``keep_going``, or failed: logged)."""
    from reflectdesk.store.backup_steps import GaveWay
    from reflectdesk.store.close_backup import automatic_backup  # on first use

    try:
        return automatic_backup(db_path, datetime.now(), keep_going)
    except GaveWay:
        return None
    except (ReflectDeskError, OSError) as error:
        log.warning("automatic backup failed: %s", error)  # logs.py shows no file names
        return None


# Win32 process-creation flags (subprocess names them only on Windows): no console, not
# in this console's Ctrl+C group. A console program (python.exe, reflectdesk-cli.exe)
# started detached gets no console window at all, so no pythonw.exe is needed.
DETACHED_PROCESS = 0x00000008
CREATE_NEW_PROCESS_GROUP = 0x00000200
CREATE_NO_WINDOW = 0x08000000


def detached_options(platform: str) -> dict[str, object]:
    """Popen's options for a process that outlives this one and is no part of its
    session or console, on ``platform`` (a ``sys.platform`` value)."""
    if platform == "win32":
        return {"creationflags": DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP | CREATE_NO_WINDOW}
    return {"start_new_session": True}  # a closed terminal does not stop it


def start_detached(argv: list[str]) -> None:
    """Start ``argv`` detached (a seam: the tests run the command in-process instead)."""
    subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        **detached_options(sys.platform),  # type: ignore[call-overload]
    )


def backup_command(db_path: Path) -> list[str]:
    """The command that makes the backup after close: this interpreter running the
    package, or, in a stand-alone build (PyInstaller sets ``sys.frozen``), the
    executable itself, which is the command line."""
    command = ["backup-after-close", "--db", str(db_path.absolute())]
    if getattr(sys, "frozen", False):
        return [sys.executable, *command]
    return [sys.executable, "-m", "reflectdesk", *command]


def hand_off_backup_at_close(db_path: Path) -> bool:
    """After the store closed: when a backup is due, record it and start the process
    that makes it. Returns whether it was handed off. Costs a few stat calls."""
    from reflectdesk.store.close_backup import due_at_close, mark_due

    try:
        if not due_at_close(db_path, datetime.now()):
            return False
        mark_due(db_path)  # first: if the process never runs, the next start makes it
        start_detached(backup_command(db_path))
    except (ReflectDeskError, OSError) as error:
        log.warning("backup on close not handed off: %s", error)
        return False
    log.info("backup on close handed off")
    return True


class AutoBackup(QObject):
    """Emits ``made(path)`` on the ui thread after a backup."""

    made = Signal(str)

    def __init__(
        self, db_path: Path, parent: QObject | None = None, *, owed_after_ms: int = OWED_AFTER_MS
    ) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self._owed = QTimer(self)
        self._owed.setSingleShot(True)
        self._owed.setInterval(owed_after_ms)
        self._owed.timeout.connect(self._check_if_owed)
        self._owed.start()

    def check(self) -> Task | None:
        """Start a check unless one is still running; returns the task it started."""
        if self._task is not None and self._task.running:
            return None
        db_path = self._db_path

        def work(_progress: object, cancelled: threading.Event) -> Path | None:
            return backup_now_if_due(db_path, keep_going=lambda: not cancelled.is_set())

        task = Task(work, self, "auto-backup")
        task.succeeded.connect(self._made)
        task.over.connect(task.deleteLater)
        self._task = task
        task.start()
        return task

    def stop(self) -> None:
        """Before the database closes: no new check, and the running one stopped (it
        gives way within milliseconds; the backup on close is handed off after)."""
        self._timer.stop()
        self._owed.stop()
        if self._task is not None and self._task.running:
            self._task.cancel()
            self._task.wait(30_000)

    def _check_if_owed(self) -> None:
        from reflectdesk.store.close_backup import is_marked

        if is_marked(self._db_path):
            self.check()

    def _made(self, path: object) -> None:
        if isinstance(path, Path):
            self.made.emit(str(path))
