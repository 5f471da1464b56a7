"""Helpers for the hub's window tests: a laptop with groups, Preferences ▸ Hub opened
as a person opens it, and the settings table read whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from reflectdesk.store.database import Store
from reflectdesk.ui.hub.hub_dialog import HubDialog
from reflectdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import find_open


def open_hub_page(qtbot: QtBot, window: MainWindow) -> HubDialog:
    """File ▸ Preferences…, then Hub…"""
    window.menus.preferences_action.trigger()
    preferences = find_open(qtbot, QDialog, "preferencesDialog")
    button = preferences.findChild(QPushButton, "hubPreferences")
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = find_open(qtbot, HubDialog, "hubDialog")
    assert isinstance(dialog, HubDialog)
    return dialog


def every_setting(store: Store) -> str:
    with store.reading() as session:
        rows = session.execute(text("SELECT key, value FROM settings")).all()
    return "\n".join(f"{key}={value}" for key, value in rows)
