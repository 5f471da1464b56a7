"""One short call off the ui thread (a passphrase check takes half a second by design),
with the result or the error delivered back on the ui thread through queued signals.

For long work with progress and Cancel, see reflectdesk/ui/jobs.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from reflectdesk.core.errors import ReflectDeskError

log = logging.getLogger(__name__)


class _Call(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the ReflectDeskError

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except ReflectDeskError as error:
            log.info("background call failed: %s", error)  # e.g. a wrong passphrase
            self.failed.emit(error)
        except OSError as error:
            log.warning("background call failed: %s", error)
            self.failed.emit(ReflectDeskError(f"{error.strerror or error}"))
        except Exception as error:  # a bug: still a message, and the dialog recovers
            log.exception("background call failed with an unexpected error")
            self.failed.emit(
                ReflectDeskError(
                    f"Something went wrong inside ReflectDesk ({type(error).__name__})."
                )
            )
        else:
            self.succeeded.emit(result)


class BackgroundCall(QObject):
    """Runs ``work()`` on its own thread once; emits ``succeeded(result)`` or
    ``failed(error)`` on the thread that made it, then ``over``."""

    succeeded = Signal(object)
    failed = Signal(object)
    over = Signal()

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("background-call")
        self._call = _Call(work)
        self._call.moveToThread(self._thread)
        self._thread.started.connect(self._call.run)
        self._call.succeeded.connect(self._on_succeeded)
        self._call.failed.connect(self._on_failed)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.over.emit()

    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    def _on_failed(self, error: object) -> None:
        self._finish()
        self.failed.emit(error)
