"""When the window cannot start, say so where the person who started it will look.

Started from a terminal, the one-line message on stderr (reflectdesk/cli.py) is seen. A
double-click has no terminal: a windowed build on Windows has no stderr at all, and a
menu entry's stderr goes to a journal nobody reads. Then a dialog says what happened and
where the log is, and the log holds it too. Qt may be the thing that failed (a missing
system library, no platform plugin), so the dialog here is the system's own: a Windows
message box, a macOS alert, or zenity/kdialog/xmessage on Linux. The window layer shows
a Qt dialog instead when Qt is up (reflectdesk/ui/shell/start_failure_dialog.py).

No Qt here: this runs when Qt cannot.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from typing import Protocol, TextIO

from reflectdesk.core.errors import ReflectDeskError, words

log = logging.getLogger(__name__)

# Qt platforms nobody can see: smoke tests, benchmarks, the test suite.
UNSEEN_PLATFORMS = frozenset({"offscreen", "minimal", "vnc"})
DIALOG_TIMEOUT_S = 600  # a dialog left open does not keep a dead process forever
MB_ICONERROR = 0x10
EXIT_GUI_UNAVAILABLE = 1  # what the command line returns for GuiUnavailableError


class GuiUnavailableError(ReflectDeskError):
    """Qt or the ui package cannot be loaded (a broken install, missing system libraries)."""

    code = "gui_unavailable"

    def __init__(self, detail: str) -> None:
        super().__init__(
            words()
            .gettext(
                "The ReflectDesk window cannot start: {detail}. Reinstall ReflectDesk; "
                "the commands 'list', 'check' and 'demo' still work."
            )
            .format(detail=detail.rstrip(". ")),
            detail=detail,
        )


class _User32(Protocol):
    def MessageBoxW(self, owner: object, text: str, title: str, style: int) -> int: ...


def current_log_file() -> str | None:
    """The log file, when one was written (reflectdesk/logs.py)."""
    from reflectdesk.logs import log_path

    path = log_path()
    return str(path) if path.is_file() else None


def title() -> str:
    return words().gettext("ReflectDesk could not start")


def internal_error_message(error: BaseException) -> str:
    """What the dialog says about a bug that stopped the window."""
    text = words().gettext("ReflectDesk stopped because of an internal error ({error}).")
    return text.format(error=type(error).__name__)


def explained(message: str, log_file: str | None) -> str:
    """The message and where to find the details."""
    texts = words()
    if log_file is None:
        where = texts.gettext("No log could be written.")
    else:
        where = texts.gettext("The details are in the log: {path}").format(path=log_file)
    return f"{message}\n\n{where}"


def someone_would_see_a_dialog(
    *,
    quiet: bool,
    stderr: TextIO | None,
    environ: Mapping[str, str],
    platform: str,
) -> bool:
    """True when the window was started without a terminal where a message would show,
    on a screen someone looks at. ``quiet`` is ``--quit-after-load`` (smoke tests and
    benchmarks never wait on a dialog)."""
    if quiet or environ.get("QT_QPA_PLATFORM", "").split(":")[0] in UNSEEN_PLATFORMS:
        return False
    if stderr is not None and _is_terminal(stderr):
        return False  # the stderr line is in front of them
    if platform.startswith("linux") or platform.startswith("freebsd"):
        return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))
    return True


def native_dialog_command(
    heading: str, text: str, *, platform: str, which: Callable[[str], str | None]
) -> list[str] | None:
    """The command that shows an error dialog without Qt (None on Windows, which has a
    call for it, and where no such tool is installed)."""
    if platform == "darwin":
        script = (
            "on run argv\n"
            'display alert (item 1 of argv) message (item 2 of argv) as critical buttons {"OK"}\n'
            "end run"
        )
        return ["osascript", "-e", script, heading, text]
    if platform == "win32":
        return None
    if which("zenity"):
        return ["zenity", "--error", "--no-markup", f"--title={heading}", f"--text={text}"]
    if which("kdialog"):
        return ["kdialog", "--title", heading, "--error", text]
    if which("xmessage"):
        # xmessage does not wrap: the lines are folded here.
        return [
            "xmessage",
            "-center",
            "-title",
            heading,
            "-default",
            "okay",
            _folded(f"{heading}\n\n{text}"),
        ]
    return None


def show_native_dialog(
    heading: str,
    text: str,
    *,
    platform: str = sys.platform,
    which: Callable[[str], str | None] | None = None,
    run: Callable[..., object] | None = None,
    user32: _User32 | None = None,
) -> bool:
    """Show the error without Qt; False when there was no way to."""
    # Imported here: this module is on the window's start-up path, a failure is not.
    import shutil
    import subprocess

    if platform == "win32":
        if user32 is None:
            import ctypes

            user32 = ctypes.windll.user32  # type: ignore[attr-defined,unused-ignore]
        assert user32 is not None
        user32.MessageBoxW(None, text, heading, MB_ICONERROR)
        return True
    command = native_dialog_command(heading, text, platform=platform, which=which or shutil.which)
    if command is None:
        return False
    try:
        (run or subprocess.run)(
            command, check=False, timeout=DIALOG_TIMEOUT_S, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("no dialog for the start failure: %s", type(error).__name__)
        return False
    return True


def tell_start_failure(
    message: str,
    *,
    quiet: bool,
    log_file: str | None,
    qt_dialog: Callable[[str, str], bool] | None = None,
    native_dialog: Callable[[str, str], bool] | None = None,
) -> bool:
    """Log the failure and, when nobody would read stderr, show it in a dialog: Qt's
    (``qt_dialog``) when Qt is up, else the system's. True when a dialog was shown."""
    log.error("the window could not start: %s", message)
    if not someone_would_see_a_dialog(
        quiet=quiet, stderr=sys.stderr, environ=os.environ, platform=sys.platform
    ):
        return False
    text = explained(message, log_file)
    for show in (qt_dialog, native_dialog or show_native_dialog):
        if show is None:
            continue
        try:
            if show(title(), text):
                return True
        except Exception as error:  # a broken dialog must not hide the first failure
            log.warning("the start-failure dialog failed: %s", type(error).__name__)
    return False


def _folded(text: str, width: int = 78) -> str:
    import textwrap

    return "\n".join(
        textwrap.fill(line, width, break_on_hyphens=False) if line else ""
        for line in text.split("\n")
    )


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False
