"""A window that cannot start says so in a dialog when started without a terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reflectdesk import app, start_failure
from reflectdesk.ui.shell import application, start_failure_dialog
from reflectdesk.ui.shell.start_failure_dialog import show_start_failure


def test_the_dialog_says_what_happened_and_opens_the_log_folder(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(start_failure_dialog, "open_log_folder", lambda: opened.append(True))
    seen: list[str] = []

    def press_open_log_folder() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "startFailure"
        seen.append(box.text())
        [folder] = [b for b in box.buttons() if b.text() == "&Open Log Folder"]
        folder.click()

    QTimer.singleShot(0, press_open_log_folder)
    assert show_start_failure("ReflectDesk could not start", "It broke.\n\nThe log: x")
    assert seen == ["It broke.\n\nThe log: x"]
    assert opened == [True]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Record both dialogs, as though started by a double-click."""
    shown: dict[str, list[str]] = {"qt": [], "native": []}
    monkeypatch.setattr(start_failure, "someone_would_see_a_dialog", lambda **kwargs: True)

    def qt(heading: str, text: str) -> bool:
        shown["qt"].append(text)
        return True

    def native(heading: str, text: str) -> bool:
        shown["native"].append(text)
        return True

    monkeypatch.setattr(start_failure_dialog, "show_start_failure", qt)
    monkeypatch.setattr(start_failure, "show_native_dialog", native)
    return shown


def test_a_bug_before_the_window_shows_is_told_in_a_qt_dialog(
    qapp: object, db_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: dict[str, list[str]]
) -> None:
    def broken(*args: object, **kwargs: object) -> int:
        raise KeyError("a bug")

    monkeypatch.setattr(application, "run", broken)
    with pytest.raises(KeyError):  # the command line still prints and logs it
        app.run_gui(db_path, quit_after_load=False)
    [text] = dialogs["qt"]
    assert text.startswith("ReflectDesk stopped because of an internal error (KeyError).")
    assert dialogs["native"] == []


def test_without_qt_the_systems_dialog_tells_it(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: dict[str, list[str]]
) -> None:
    # As when PySide6 or a Qt library it needs is missing: the ui cannot be imported.
    monkeypatch.setitem(sys.modules, "reflectdesk.ui.shell.application", None)
    with pytest.raises(start_failure.GuiUnavailableError):
        app.run_gui(db_path, quit_after_load=False)
    [text] = dialogs["native"]
    assert text.startswith("The ReflectDesk window cannot start:")
    assert dialogs["qt"] == []
