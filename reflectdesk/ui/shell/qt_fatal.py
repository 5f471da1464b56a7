"""A Qt fatal error while the application starts, told instead of a silent abort.

When Qt cannot load its platform plugin (a system library missing, a broken install) it
prints one line and aborts the process: after a double-click, nothing at all would
appear. While the QApplication is made, this module's message handler catches that
fatal message, logs it, prints it, shows it in the system's own dialog (Qt cannot show
one now) and ends the process with the exit status of a window that cannot start.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

from reflectdesk.start_failure import (
    EXIT_GUI_UNAVAILABLE,
    GuiUnavailableError,
    current_log_file,
    tell_start_failure,
)

log = logging.getLogger(__name__)

Handler = Callable[[QtMsgType, QMessageLogContext, str], None]


@contextmanager
def fatal_errors_told(*, quiet: bool, end: Callable[[int], object] = os._exit) -> Iterator[None]:
    """Within the block, a Qt fatal message is told (``quiet``: not in a dialog) and the
    process ends through ``end``; other messages go where they went before."""
    previous: Handler | None = None

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtFatalMsg:
            if previous is not None:
                previous(kind, context, message)
            elif sys.stderr is not None:
                sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")
            return
        failure = GuiUnavailableError(message.strip() or "Qt")
        if sys.stderr is not None:
            sys.stderr.write(f"reflectdesk: {' '.join(failure.message.split())}\n")
            sys.stderr.flush()
        tell_start_failure(failure.message, quiet=quiet, log_file=current_log_file())
        logging.shutdown()  # the process ends without unwinding: flush the log now
        end(EXIT_GUI_UNAVAILABLE)

    previous = qInstallMessageHandler(handle)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
