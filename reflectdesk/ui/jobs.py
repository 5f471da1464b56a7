"""Long work (exports, imports) off the ui thread, with progress and Cancel.

A job is a plain function ``work(progress, cancelled) -> result`` that calls
``progress(done, total)`` now and then and checks ``cancelled.is_set()`` between steps.
It runs on a worker thread that never touches a widget; the ui hears back through
queued signals and shows a progress dialog that Cancel can stop.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from reflectdesk.core.errors import ReflectDeskError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Work = Callable[[Progress, threading.Event], Any]


class JobCancelledError(ReflectDeskError):
    code = "cancelled"


class _Runner(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, cancelled: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancelled = cancelled

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancelled)
        except JobCancelledError:
            self.failed.emit("")
        except ReflectDeskError as error:
            log.warning("job failed: %s", error)
            self.failed.emit(str(error))
        except OSError as error:
            log.warning("job failed: %s", error)
            self.failed.emit(f"{error.strerror or error}: {error.filename or ''}".strip(": "))
        except Exception as error:  # a bug: still a message, and the dialog closes
            log.exception("job failed with an unexpected error")
            self.failed.emit(f"Something went wrong inside ReflectDesk ({type(error).__name__}).")
        else:
            if self._cancelled.is_set():
                self.failed.emit("")
            else:
                self.finished.emit(result)


class Job(QObject):
    """One running job. Emits ``succeeded(result)``, ``failed(message)`` and
    ``cancelled``; exactly one of them, once."""

    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, title: str, work: Work, parent: QWidget) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._runner = _Runner(work, self._cancel)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self._on_progress)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("jobProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # quick jobs never flash a dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        return self._thread.wait(timeout_ms)

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.dialog.reset()
        self.dialog.close()

    def _on_finished(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    def _on_failed(self, message: str) -> None:
        self._finish()
        if message:
            self.failed.emit(message)
        else:
            self.cancelled.emit()


def run_job(parent: QWidget, title: str, work: Work) -> Job:
    job = Job(title, work, parent)
    job.start()
    return job
