"""When the window cannot start: who would see a dialog, and which dialog (no Qt)."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from reflectdesk import start_failure
from reflectdesk.start_failure import (
    GuiUnavailableError,
    explained,
    native_dialog_command,
    show_native_dialog,
    someone_would_see_a_dialog,
    tell_start_failure,
)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class ClosedStream(io.StringIO):
    def isatty(self) -> bool:
        raise ValueError("I/O operation on closed file")


def sees(
    *,
    quiet: bool = False,
    stderr: io.StringIO | None = None,
    environ: dict[str, str] | None = None,
    platform: str = "linux",
) -> bool:
    return someone_would_see_a_dialog(
        quiet=quiet,
        stderr=stderr,
        environ={"DISPLAY": ":0"} if environ is None else environ,
        platform=platform,
    )


def test_a_double_click_has_no_terminal_so_a_dialog_is_shown() -> None:
    assert sees(stderr=None, platform="win32", environ={})  # a windowed .exe: no stderr
    assert sees(stderr=io.StringIO(), platform="darwin", environ={})  # Finder: a pipe
    assert sees(stderr=io.StringIO())  # a Linux menu entry: the journal
    assert sees(stderr=ClosedStream())


def test_no_dialog_where_the_message_is_seen_or_nobody_looks() -> None:
    assert not sees(stderr=Terminal())  # the one-line message is in front of them
    assert not sees(quiet=True)  # --quit-after-load: smoke tests, benchmarks
    assert not sees(environ={"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert not sees(environ={"QT_QPA_PLATFORM": "minimal:enable_fonts"}, platform="win32")
    assert not sees(environ={})  # Linux without a display
    assert sees(environ={"WAYLAND_DISPLAY": "wayland-0"})


def test_the_systems_own_dialog_per_platform() -> None:
    nothing: dict[str, str] = {}

    def tools(*names: str) -> object:
        return lambda name: f"/usr/bin/{name}" if name in names else nothing.get(name)

    mac = native_dialog_command("Title", "Text", platform="darwin", which=tools())
    assert mac is not None and mac[0] == "osascript" and mac[-2:] == ["Title", "Text"]
    # The text is an argument, never part of the AppleScript: quotes in it are harmless.
    assert "Text" not in mac[2]
    gnome = native_dialog_command("T", "x", platform="linux", which=tools("zenity", "kdialog"))
    assert gnome == ["zenity", "--error", "--no-markup", "--title=T", "--text=x"]
    kde = native_dialog_command("T", "x", platform="linux", which=tools("kdialog", "xmessage"))
    assert kde == ["kdialog", "--title", "T", "--error", "x"]
    bare = native_dialog_command("T", "x", platform="linux", which=tools("xmessage"))
    assert bare is not None and bare[0] == "xmessage"
    long_line = "word " * 40
    folded = native_dialog_command("T", long_line, platform="linux", which=tools("xmessage"))
    assert folded is not None and max(len(line) for line in folded[-1].split("\n")) <= 78
    assert native_dialog_command("T", "x", platform="linux", which=tools()) is None
    assert native_dialog_command("T", "x", platform="win32", which=tools("zenity")) is None


def test_windows_shows_a_message_box() -> None:
    calls: list[tuple[object, str, str, int]] = []

    class User32:
        def MessageBoxW(self, owner: object, text: str, title: str, style: int) -> int:
            calls.append((owner, text, title, style))
            return 1

    assert show_native_dialog("Title", "Text", platform="win32", user32=User32())
    assert calls == [(None, "Text", "Title", start_failure.MB_ICONERROR)]


def test_a_dialog_tool_that_cannot_run_is_no_dialog() -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise OSError("no such file")

    shown = show_native_dialog("T", "x", platform="linux", which=lambda name: name, run=broken)
    assert not shown
    assert not show_native_dialog("T", "x", platform="linux", which=lambda name: None)


def test_the_message_says_where_the_log_is() -> None:
    assert explained("It broke.", "/data/logs/reflectdesk.log").endswith(
        "The details are in the log: /data/logs/reflectdesk.log"
    )
    assert explained("It broke.", None).endswith("No log could be written.")


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(start_failure, "someone_would_see_a_dialog", lambda **kwargs: True)


@pytest.mark.usefixtures("seen")
def test_qt_first_then_the_systems_dialog(caplog: pytest.LogCaptureFixture) -> None:
    shown: list[tuple[str, str]] = []

    def qt_down(heading: str, text: str) -> bool:
        raise RuntimeError("Qt is gone")

    def native(heading: str, text: str) -> bool:
        shown.append((heading, text))
        return True

    with caplog.at_level(logging.INFO, logger="reflectdesk"):
        told = tell_start_failure(
            "No platform plugin.",
            quiet=False,
            log_file=None,
            qt_dialog=qt_down,
            native_dialog=native,
        )
    assert told
    assert shown == [
        ("ReflectDesk could not start", "No platform plugin.\n\nNo log could be written.")
    ]
    assert "the window could not start: No platform plugin." in caplog.text


def test_nobody_looking_means_logged_only(caplog: pytest.LogCaptureFixture) -> None:
    def never(heading: str, text: str) -> bool:
        raise AssertionError("no dialog when nobody would see it")

    with caplog.at_level(logging.INFO, logger="reflectdesk"):
        told = tell_start_failure(
            "Broken.", quiet=True, log_file=None, qt_dialog=never, native_dialog=never
        )
    assert not told
    assert "the window could not start: Broken." in caplog.text


def test_the_message_for_a_missing_qt_reads_as_one_sentence() -> None:
    message = GuiUnavailableError("no Qt platform plugin could be initialized.").message
    assert "initialized. Reinstall" in message and ".." not in message


def test_a_qt_platform_that_cannot_start_is_told_not_aborted(tmp_path: Path) -> None:
    """Qt aborts the process when its platform plugin cannot load (a missing system
    library, as on a bare machine). The window says why, logs it, and exits 1."""
    data = tmp_path / "data"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "REFLECTDESK_DATA_DIR": str(data),
        "QT_QPA_PLATFORM": "no-such-platform",
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
        "LANG": "C.UTF-8",
    }
    done = subprocess.run(
        [sys.executable, "-m", "reflectdesk", "--db", str(tmp_path / "x.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    told = [line for line in done.stderr.splitlines() if line.startswith("reflectdesk: ")]
    assert done.returncode == 1, done.stderr
    assert len(told) == 1, done.stderr
    assert "The ReflectDesk window cannot start: " in told[0]
    assert "Traceback" not in done.stderr
    log = (data / "logs" / "reflectdesk.log").read_text(encoding="utf-8")
    assert "the window could not start" in log and "platform plugin" in log
    assert not (tmp_path / "x.db").exists()  # nothing was made of the database
