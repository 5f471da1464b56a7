"""Starting ReflectDesk again after a change that takes effect at start-up (the
language): the window closes as it always does (asking its leaving questions), and once
the store is closed ``application.run`` starts a new process with the same arguments,
less ``--lang`` (which would override the new choice)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QProcess, QTimer
from PySide6.QtWidgets import QWidget

_log = logging.getLogger(__name__)
_requested = [False]


def request_restart(window: QWidget) -> None:
    """Leave ``window`` as File ▸ Quit does (a running session's question, an unsaved
    note's); when it has closed, the app starts again after it."""
    _requested[0] = True
    quit_window = getattr(window, "request_quit", window.close)
    QTimer.singleShot(0, quit_window)  # after the question that asked has gone


def take_restart_request() -> bool:
    """Whether a restart was asked for (and is still wanted); forgets the request."""
    requested, _requested[0] = _requested[0], False
    return requested


def without_language_option(arguments: Sequence[str]) -> list[str]:
    """``arguments`` without ``--lang X`` / ``--lang=X``."""
    kept: list[str] = []
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == "--lang":
            skip = True
        elif not argument.startswith("--lang="):
            kept.append(argument)
    return kept


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that started this process: from source, the
    interpreter and its own arguments (``-m reflectdesk``, a script); frozen (a bundle),
    the bundle itself and the app's arguments."""
    if getattr(sys, "frozen", False):
        return sys.executable, without_language_option(sys.argv[1:])
    return sys.executable, without_language_option(sys.orig_argv[1:])


def start_again() -> bool:
    program, arguments = restart_command()
    ok, _pid = QProcess.startDetached(program, arguments)
    if not ok:
        _log.warning("Could not start ReflectDesk again")
    return ok
