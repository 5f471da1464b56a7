"""What happens to an exception nobody caught: it goes to the log, then to a dialog.

Without this, an error in a slot or a worker thread of an app started from a desktop
icon (or a windowed Windows build, which has no console) vanishes. The GUI installs a
CrashHandler for its lifetime (ui/shell/application.py); it takes ``sys.excepthook`` (where
PySide6 sends an exception raised in a slot) and ``threading.excepthook``, and gives both
back when uninstalled.

The hooks may run on any thread: they only log (the logging module is thread-safe) and
emit a queued signal, so the dialog is always made on the ui thread. One dialog at a
time: errors while it is open are counted in it; an error already shown once in this
run is logged with its count but not shown again; after MAX_DIALOGS the log alone
records them, so a failing paint or timer cannot bury the window under dialogs.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    from reflectdesk.ui.shell.crash_dialog import CrashDialog

log = logging.getLogger(__name__)

MAX_DIALOGS = 5

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadHook = Callable[[threading.ExceptHookArgs], object]


def _signature(error: BaseException) -> tuple[str, str, int]:
    """The same error at the same place: its type and the innermost frame's location."""
    tb = error.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return (type(error).__qualname__, "", 0)
    return (type(error).__qualname__, tb.tb_frame.f_code.co_filename, tb.tb_lineno)


class CrashHandler(QObject):
    """Installs the hooks; ``shown(dialog)`` is emitted when a dialog opens (tests)."""

    _reported = Signal(object)
    shown = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._counts: dict[tuple[str, str, int], int] = {}
        self._shown: set[tuple[str, str, int]] = set()
        self.dialog: CrashDialog | None = None
        self._dialogs = 0
        self.reports = 0  # errors that reached the ui thread, shown or counted
        self._previous: ExceptHook | None = None
        self._previous_thread: ThreadHook | None = None
        # Queued even on the ui thread: the dialog opens from the event loop, not in
        # the middle of whatever code raised.
        self._reported.connect(self._report, Qt.ConnectionType.QueuedConnection)

    # --- the hooks (any thread) ------------------------------------------------------

    def install(self) -> None:
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        """Give the hooks back (only those still ours: a later hook is left in place)."""
        if sys.excepthook == self._excepthook and self._previous is not None:
            sys.excepthook = self._previous
        if threading.excepthook == self._thread_excepthook and self._previous_thread:
            threading.excepthook = self._previous_thread
        self._previous = self._previous_thread = None

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._previous is not None:
            self._previous(kind, error, tb)  # Ctrl+C in a terminal stays Ctrl+C
            return
        # PySide6 also sends here what a slot raised on a QThread's loop (a worker).
        thread = threading.current_thread()
        where = "the ui thread" if thread is threading.main_thread() else f"thread {thread.name}"
        self.handle(error.with_traceback(tb), where)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return  # as the default hook: a thread that exits is no error
        error = args.exc_value if args.exc_value is not None else args.exc_type()
        error.__traceback__ = args.exc_traceback
        name = args.thread.name if args.thread is not None else "a thread"
        # The thread's name is ours (e.g. "auto-backup"), never user text.
        self.handle(error, f"thread {name}")

    def handle(self, error: BaseException, where: str) -> None:
        """Log ``error`` and ask the ui thread to show it (thread-safe)."""
        key = _signature(error)
        with self._lock:
            count = self._counts[key] = self._counts.get(key, 0) + 1
        if count == 1:
            log.error("unexpected error in %s", where, exc_info=error)
        else:
            # The traceback is in the log already: a repeat is one line.
            log.error("the same unexpected error again in %s (%d times): %s", where, count, error)
        # RuntimeError: the handler's Qt object is gone (the app is closing).
        with contextlib.suppress(RuntimeError):
            self._reported.emit((error, key))

    # --- the dialog (ui thread) ------------------------------------------------------

    def _report(self, payload: tuple[BaseException, tuple[str, str, int]]) -> None:
        error, key = payload
        self.reports += 1
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.another()
            return
        if key in self._shown or self._dialogs >= MAX_DIALOGS:
            return
        self._shown.add(key)
        self._dialogs += 1
        try:
            self.dialog = self._make_dialog(error)
        except Exception:
            # A hook that raised would recurse into itself; the log is the last word.
            log.exception("the error dialog could not be shown")
            return
        self.dialog.finished.connect(self._closed)
        self.dialog.show()
        self.dialog.raise_()
        self.shown.emit(self.dialog)

    def _make_dialog(self, error: BaseException) -> CrashDialog:
        import PySide6
        from PySide6.QtCore import qVersion

        from reflectdesk.logs import report_text
        from reflectdesk.ui.shell.crash_dialog import CrashDialog

        details = report_text(error, Qt=qVersion(), PySide6=PySide6.__version__)
        return CrashDialog(details)

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
