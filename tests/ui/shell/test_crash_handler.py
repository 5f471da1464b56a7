"""Uncaught exceptions: logged, then shown in one dialog (reflectdesk/ui/shell/crash_handler.py).

pytest-qt installs its own sys.excepthook around each test to fail tests whose slots
raise; these tests raise on purpose and must reach ours, so they are marked
``qt_no_exception_capture`` (pytest-qt then leaves sys.excepthook alone). The fixture
checks that both hooks are given back exactly as they were.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from reflectdesk import __version__
from reflectdesk.core.errors import InvalidInputError
from reflectdesk.logs import close_logging, log_dir, log_path, setup_logging
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.shell import crash_dialog
from reflectdesk.ui.shell.crash_dialog import CrashDialog
from reflectdesk.ui.shell.crash_handler import CrashHandler
from reflectdesk.ui.shell.main_window import MainWindow

CANARY = "CANARY-7f3a"


@pytest.fixture
def crashes(qtbot: QtBot) -> Iterator[CrashHandler]:
    before = (sys.excepthook, threading.excepthook)
    setup_logging()
    handler = CrashHandler()
    handler.install()
    assert sys.excepthook != before[0]
    assert threading.excepthook != before[1]
    try:
        yield handler
    finally:
        handler.uninstall()
        if handler.dialog is not None:
            handler.dialog.close()
        assert (sys.excepthook, threading.excepthook) == before


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """QDesktopServices.openUrl, replaced: no file manager opens during tests."""
    opened: list[QUrl] = []

    class FakeDesktop:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            opened.append(url)
            return True

    monkeypatch.setattr(crash_dialog, "QDesktopServices", FakeDesktop)
    return opened


def failing_button(qtbot: QtBot) -> QPushButton:
    """A button whose slot raises with the canary in a local and in the message."""
    button = QPushButton("Fail")
    qtbot.addWidget(button)

    def save_member() -> None:
        member_name = f"Mrs {CANARY} Jansen"
        raise ValueError(f"cannot save {member_name}")

    button.clicked.connect(save_member)
    return button


def read_log() -> str:
    close_logging()
    return log_path().read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown(qtbot: QtBot, crashes: CrashHandler) -> None:
    button = failing_button(qtbot)
    with qtbot.waitSignal(crashes.shown) as shown:
        button.click()
    dialog = shown.args[0]
    assert isinstance(dialog, CrashDialog)
    assert dialog.isVisible()
    assert "in save_member" in dialog.details
    assert CANARY not in dialog.details
    log = read_log()
    assert "unexpected error in the ui thread" in log
    assert "in save_member" in log
    assert "ValueError (message withheld)" in log
    assert CANARY not in log


@pytest.mark.qt_no_exception_capture
def test_copy_details_puts_version_platform_and_traceback_on_the_clipboard(
    qtbot: QtBot, crashes: CrashHandler
) -> None:
    with qtbot.waitSignal(crashes.shown) as shown:
        failing_button(qtbot).click()
    dialog = shown.args[0]
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied == dialog.details
    assert f"ReflectDesk {__version__}" in copied
    assert sys.platform in copied
    assert "Qt: 6." in copied
    assert "Traceback (most recent call last):" in copied
    assert "in save_member" in copied
    assert CANARY not in copied


@pytest.mark.qt_no_exception_capture
def test_open_log_folder_opens_the_folder(
    qtbot: QtBot, crashes: CrashHandler, opened_urls: list[QUrl]
) -> None:
    with qtbot.waitSignal(crashes.shown) as shown:
        failing_button(qtbot).click()
    shown.args[0].folder_button.click()
    assert opened_urls == [QUrl.fromLocalFile(str(log_dir()))]
    assert log_dir().is_dir()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_another_thread_is_shown_on_the_ui_thread(
    qtbot: QtBot, crashes: CrashHandler
) -> None:
    def work() -> None:
        raise RuntimeError(f"worker saw {CANARY}")

    worker = threading.Thread(target=work, name="test-worker")
    with qtbot.waitSignal(crashes.shown) as shown:
        worker.start()
    worker.join()
    dialog = shown.args[0]
    assert dialog.thread() is QApplication.instance().thread()
    assert "in work" in dialog.details
    log = read_log()
    assert "unexpected error in thread test-worker" in log
    assert CANARY not in log


@pytest.mark.qt_no_exception_capture
def test_a_storm_of_errors_is_counted_in_one_dialog(qtbot: QtBot, crashes: CrashHandler) -> None:
    button = failing_button(qtbot)
    dialogs: list[object] = []
    crashes.shown.connect(dialogs.append)
    for _ in range(50):
        button.click()
    qtbot.waitUntil(lambda: crashes.dialog is not None and crashes.dialog.more == 49)
    assert len(dialogs) == 1
    assert "49 more errors" in crashes.dialog.count_label.text()
    # Closed, the same error again is logged and counted but not shown again.
    crashes.dialog.close()
    qtbot.waitUntil(lambda: crashes.dialog is None)
    button.click()
    qtbot.waitUntil(lambda: crashes.reports == 51)
    assert len(dialogs) == 1
    assert crashes.dialog is None
    log = read_log()
    assert log.count("Traceback (most recent call last)") == 1
    assert "the same unexpected error again in the ui thread (51 times)" in log


@pytest.mark.qt_no_exception_capture
def test_messages_shown_to_the_user_are_logged_without_their_text(
    qtbot: QtBot, crashes: CrashHandler
) -> None:
    parent = QPushButton()
    qtbot.addWidget(parent)
    show_error(parent, f"Cannot rename {CANARY}", InvalidInputError("name", f"{CANARY} exists"))
    show_error(parent, "Export failed", f"{CANARY}.pdf: disk full")
    log = read_log()
    assert "told the user in QPushButton: reflectdesk.core.errors.InvalidInputError" in log
    assert CANARY not in log


def test_help_open_log_folder(window: MainWindow, opened_urls: list[QUrl]) -> None:
    action = window.findChild(QAction, "openLogFolder")
    assert action is not None
    help_menu = window.menuBar().actions()[-1].menu()
    assert action in help_menu.actions()
    action.trigger()
    assert opened_urls == [QUrl.fromLocalFile(str(log_dir()))]


def test_the_app_installs_the_hooks_for_its_run_and_gives_them_back(
    qtbot: QtBot, db_path: Path
) -> None:
    from reflectdesk.ui.shell import application

    before = (sys.excepthook, threading.excepthook)
    during: list[object] = []
    QTimer.singleShot(0, lambda: during.append(sys.excepthook))
    assert application.run(db_path, quit_after_load=True) == 0
    assert during and during[0] != before[0]
    assert (sys.excepthook, threading.excepthook) == before
