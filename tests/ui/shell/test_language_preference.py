"""The language in Preferences: saved for this computer, and a restart offered that
leaves the window as Quit does and starts the app again without --lang."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from reflectdesk.i18n.choice import saved_preference
from reflectdesk.ui.shell import restart
from reflectdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import find_open


def _choose_language(qtbot: QtBot, window: MainWindow, name: str) -> QMessageBox:
    window.menus.preferences_action.trigger()
    dialog = find_open(qtbot, QDialog, "preferencesDialog")
    combo = dialog.findChild(QComboBox, "languageChoice")
    assert [combo.itemText(i) for i in range(combo.count())][1:] == ["English", "Nederlands"]
    combo.setCurrentIndex(combo.findText(name))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    box = find_open(qtbot, QMessageBox, "restartForLanguage")
    assert isinstance(box, QMessageBox)
    return box


def test_choosing_dutch_saves_it_and_restart_now_closes_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert saved_preference() == "system"
    box = _choose_language(qtbot, window, "Nederlands")
    assert saved_preference() == "nl"
    box.findChild(QPushButton, "restartNow").click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert restart.take_restart_request()
    assert not restart.take_restart_request()  # taken once


def test_later_keeps_the_window_open(qtbot: QtBot, window: MainWindow) -> None:
    box = _choose_language(qtbot, window, "English")
    assert saved_preference() == "en"
    box.findChild(QPushButton, "restartLater").click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.isVisible()
    assert not restart.take_restart_request()


def test_starting_again_drops_the_language_option(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[tuple[str, list[str]]] = []

    def start_detached(program: str, arguments: list[str]) -> tuple[bool, int]:
        started.append((program, list(arguments)))
        return True, 4242

    monkeypatch.setattr(QProcess, "startDetached", start_detached)
    monkeypatch.setattr(
        sys, "orig_argv", ["python", "-m", "reflectdesk", "--lang", "nl", "--db", "x.db"]
    )
    assert restart.start_again()
    assert started == [(sys.executable, ["-m", "reflectdesk", "--db", "x.db"])]

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["ReflectDesk.exe", "--lang=en"])
    restart.start_again()
    assert started[-1] == (sys.executable, [])
