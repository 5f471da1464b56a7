"""The one way to run work off the ui thread.

A :class:`Task` runs a plain function ``work(progress, cancelled) -> result`` on a worker
thread that never touches a widget. The function calls ``progress(done, total)`` now and
then and checks ``cancelled.is_set()`` between steps (raising :class:`JobCancelledError`
stops it). The ui hears back through queued signals, on the thread that made the task.

Lifetime: a task is a child of the widget or window that started it. Before that owner
goes, :func:`finish_tasks` cancels whatever still runs and waits a bounded time for it,
so no worker outlives its QThread object and nothing waits on a thread that has stopped.
Everything that can go wrong in a worker is turned into a :class:`ReflectDeskError` by
:func:`failure_message`, in one place, so every caller shows the same plain words.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QThread, Signal, Slot

from reflectdesk.core.errors import ReflectDeskError

Progress = Callable[[int, int], None]
Work = Callable[[Progress, threading.Event], Any]

log = logging.getLogger(__name__)


class JobCancelledError(ReflectDeskError):
    code = "cancelled"


def failure_message(error: BaseException) -> ReflectDeskError | None:
    """What the user reads when ``error`` ended a worker; None when it was a cancel."""
    if isinstance(error, JobCancelledError):
        return None
    if isinstance(error, ReflectDeskError):
        log.info("a background task failed: %s", error)  # the log shows its code only
        return error
    if isinstance(error, OSError):
        log.warning("a background task failed: %s", error)
        # strerror ("No space left on device") and the file, never a traceback.
        where = str(error.filename) if error.filename else ""
        return ReflectDeskError(f"{error.strerror or error}: {where}".strip(": "))
    # A bug: the traceback goes to the log (frames only; no values of locals), the user
    # gets a message and the progress window closes.
    log.error("a background task failed", exc_info=error)
    text = QCoreApplication.translate(
        "Task", "Something went wrong inside ReflectDesk (%1)."
    ).replace("%1", type(error).__name__)
    return ReflectDeskError(text)


class _Runner(QObject):
    """Lives on the worker thread; reports back through queued signals only."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # ReflectDeskError, or None for a cancel

    def __init__(self, work: Work, cancelled: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancelled = cancelled

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancelled)
        except Exception as error:
            self.failed.emit(failure_message(error))
        else:
            if self._cancelled.is_set():
                self.failed.emit(None)
            else:
                self.finished.emit(result)
        finally:
            # The thread ends with the work, so Task.wait means "until the work returned".
            QThread.currentThread().quit()


class Task(QObject):
    """One piece of work on its own thread.

    Emits ``progressed(done, total)`` while it runs, then exactly one of
    ``succeeded(result)``, ``failed(error)`` (a :class:`ReflectDeskError`) and
    ``cancelled()``, then ``over()``. A task runs once.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    over = Signal()

    def __init__(self, work: Work, owner: QObject | None, name: str = "task") -> None:
        super().__init__(owner)
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._thread.setObjectName(name)
        self._runner = _Runner(work, self._cancel)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self.progressed)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._done = False

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check; ``cancelled`` follows."""
        self._cancel.set()

    @property
    def running(self) -> bool:
        return self._thread.isRunning() and not self._done

    def wait(self, timeout: int | QDeadlineTimer) -> bool:
        """Block until the worker has returned (True), or ``timeout`` (milliseconds, or
        a deadline) has passed."""
        if isinstance(timeout, int):
            timeout = QDeadlineTimer(timeout)
        return self._thread.wait(timeout)

    def abandon(self, timeout_ms: int = 30_000) -> bool:
        """Drop the result: silence the task, cancel, and let the worker return
        (before the owner goes). True if it did within ``timeout_ms``."""
        self.blockSignals(True)  # whatever it ends with, nobody hears of it
        self.cancel()
        return self.wait(timeout_ms)

    def _end(self) -> None:
        # The work has returned; the thread only has its event loop left to leave.
        self._done = True
        self._thread.quit()
        self._thread.wait()
        self._ended()

    def _ended(self) -> None:
        """Runs before the outcome signal: a subclass closes its progress window here,
        so whatever the outcome opens is not hidden behind it."""

    def _on_finished(self, result: object) -> None:
        self._end()
        self.succeeded.emit(result)
        self.over.emit()

    def _on_failed(self, error: object) -> None:
        self._end()
        if error is None:
            self.cancelled.emit()
        else:
            self.failed.emit(error)
        self.over.emit()


def call_in_background(work: Callable[[], Any], owner: QObject | None) -> Task:
    """A task for one call with no progress and no cancel (a passphrase check, loading
    results); not started yet, so the caller connects its signals first."""
    return Task(lambda _progress, _cancelled: work(), owner, "background-call")


def finish_tasks(owner: QObject, timeout_ms: int = 2000) -> int:
    """Before ``owner`` goes: cancel its running tasks and wait up to ``timeout_ms`` in
    all for them to return. Returns how many were still running at the end."""
    running = [task for task in owner.findChildren(Task) if task.running]
    for task in running:
        task.cancel()
    deadline = QDeadlineTimer(timeout_ms)  # one budget shared by all the waits
    left = 0
    for task in running:
        if not task.wait(deadline):
            # Qt aborts when a QThread object is destroyed while its thread runs: keep
            # this one alive, away from its owner, until the work returns.
            left += 1
            task.setParent(None)
            _outliving.append(task)
            task.over.connect(lambda task=task: _outliving.remove(task))
            log.warning("a background task outlived its window")
    return left


_outliving: list[Task] = []
