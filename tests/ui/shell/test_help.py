"""Help: the keyboard-shortcut overview (F1) made from the actions themselves, the
first-session guide with the menus' real paths, and About with every component's licence."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QTableWidget
from pytestqt.qtbot import QtBot

from reflectdesk.store.database import Store
from reflectdesk.ui.shell.about_dialog import AboutDialog
from reflectdesk.ui.shell.first_session_guide import FirstSessionGuide
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.shortcut_overview import native_keys, plain_text
from reflectdesk.ui.shell.shortcuts_dialog import ShortcutsDialog
from reflectdesk.ui.shell.third_party import (
    OWN_LICENCE,
    RUNTIME_DISTRIBUTIONS,
    normalise,
    requirement_name,
)
from reflectdesk.ui.shell.window_settings import open_window_settings
from tests.fakes import FakeTime
from tests.ui.catalogues import language_installed
from tests.ui.conftest import (
    SESSION_START,
    find_open,
    open_on_session,
    plan_balint_session,
    type_text,
)

PYPROJECT = Path(__file__).resolve().parents[3] / "pyproject.toml"


def press_f1(qtbot: QtBot, window: MainWindow) -> ShortcutsDialog:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = find_open(qtbot, QDialog, "keyboardShortcuts")
    assert isinstance(dialog, ShortcutsDialog)
    return dialog


def keyed_actions(window: MainWindow) -> set[tuple[str, str]]:
    return {
        (plain_text(action), native_keys(action))
        for action in window.findChildren(QAction)
        if native_keys(action) and plain_text(action)
    }


def listed(dialog: ShortcutsDialog) -> set[tuple[str, str]]:
    return {(text, keys) for _group, text, keys in dialog.rows()}


def test_f1_lists_every_action_with_a_key(qtbot: QtBot, window: MainWindow) -> None:
    dialog = press_f1(qtbot, window)
    assert keyed_actions(window) <= listed(dialog)
    groups = {group for group, _text, _keys in dialog.rows()}
    assert {"File", "File ▸ Export", "Group", "Privacy", "View", "Help"} <= groups
    assert ("Group", "Add Member…", "Ctrl+M") in dialog.rows()
    assert dialog.note.isVisible()  # no session open: where the room's keys are
    # The attendance list's digits, from the table its key handler reads.
    assert ("Attendance list (selected member)", "Late", "4") in dialog.rows()


def test_f1_belongs_to_the_shortcut_overview_alone(window: MainWindow) -> None:
    f1 = QKeySequence(Qt.Key.Key_F1)
    holders = [a.objectName() for a in window.findChildren(QAction) if f1 in a.shortcuts()]
    assert holders == ["keyboardShortcuts"]


def test_a_new_action_shows_up_without_a_list_to_update(qtbot: QtBot, window: MainWindow) -> None:
    group_menu = next(
        action.menu()
        for action in window.menuBar().actions()
        if plain_text(action) == "Group" and isinstance(action.menu(), QMenu)
    )
    assert isinstance(group_menu, QMenu)
    added = QAction("&Tidy the Room", window)
    added.setShortcut(QKeySequence("Ctrl+Alt+T"))
    group_menu.addAction(added)
    native = QKeySequence("Ctrl+Alt+T").toString(QKeySequence.SequenceFormat.NativeText)
    dialog = press_f1(qtbot, window)
    assert ("Group", "Tidy the Room", native) in dialog.rows()


def test_the_filter_finds_by_name_or_key(qtbot: QtBot, window: MainWindow) -> None:
    dialog = press_f1(qtbot, window)
    type_text(dialog.filter_edit, "lock private")
    assert listed(dialog) == {
        ("Lock Private Notes", "Ctrl+L"),
        ("Unlock Private Notes…", "Ctrl+Shift+L"),
    }
    dialog.filter_edit.clear()
    type_text(dialog.filter_edit, "Ctrl+K")
    assert ("Search Everything", "Ctrl+K") in listed(dialog)
    assert all("Ctrl+K" in keys for _text, keys in listed(dialog))
    dialog.filter_edit.clear()
    type_text(dialog.filter_edit, "no such key anywhere")
    assert listed(dialog) == set()
    assert dialog.empty_label.isVisible()


def test_the_session_rooms_keys_are_listed_while_a_session_is_open(
    qtbot: QtBot, store: Store
) -> None:
    session_id = plan_balint_session(store)
    window = open_on_session(qtbot, store, session_id, FakeTime(start_wall=SESSION_START))
    assert window.session_page is not None
    window.session_page.run_view.setFocus()
    dialog = press_f1(qtbot, window)
    rows = dialog.rows()
    assert ("Session", "Next Phase", "N") in rows or ("Session room", "Next Phase", "N") in rows
    assert keyed_actions(window) <= listed(dialog)
    assert ("Session room", "Random Card", "R") in rows or ("Session", "Random Card", "R") in rows
    assert not dialog.note.isVisible()
    window.close()


def test_help_menu_opens_the_guide_with_the_menus_real_paths(
    qtbot: QtBot, window: MainWindow
) -> None:
    # A key changed on an action is the key the guide gives.
    window.menus.add_member_action.setShortcut(QKeySequence("Ctrl+Alt+M"))
    window.menus.help_menu.guide_action.trigger()
    guide = find_open(qtbot, QDialog, "firstSessionGuide")
    assert isinstance(guide, FirstSessionGuide)
    text = guide.browser.toPlainText()
    native = QKeySequence.SequenceFormat.NativeText
    new_group = window.menus.new_group_action.shortcut().toString(native)
    assert f"File ▸ New Group… ({new_group})" in text
    assert "Group ▸ Add Member… (Ctrl+Alt+M)" in text
    assert "Help ▸ Keyboard Shortcuts (F1)" in text
    assert "Privacy ▸ Lock Private Notes (Ctrl+L)" in text
    assert "the menus" not in text  # every step found its action
    assert 5 <= len(guide.steps()) <= 8
    # Readable on a 1366×768 laptop: inside the screen, no sideways scrolling.
    assert guide.width() <= 1366 and guide.height() <= 768 - 80
    assert not guide.browser.horizontalScrollBar().isVisible()


def test_about_names_every_component_and_its_licence(qtbot: QtBot, window: MainWindow) -> None:
    window.menus.about_action.trigger()
    about = find_open(qtbot, QDialog, "aboutReflectDesk")
    assert isinstance(about, AboutDialog)
    table = about.findChild(QTableWidget, "thirdPartyLicences")
    assert isinstance(table, QTableWidget)
    cells = {
        normalise(table.item(row, 0).text()): table.item(row, 2).text()
        for row in range(table.rowCount())
    }
    for name in (*RUNTIME_DISTRIBUTIONS, "Python", "Qt", "DejaVu fonts", "shiboken6"):
        assert normalise(name) in cells, name
        assert cells[normalise(name)] not in ("", "not stated"), name
    assert "LGPL-3.0" in cells["qt"]
    assert cells["alembic"] == "MIT"
    own = about.findChild(QLabel, "ownLicence")
    assert isinstance(own, QLabel) and OWN_LICENCE in own.text()
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "alembic")
    table.selectRow(row)
    assert "Permission is hereby granted" in about.licence_text.toPlainText()
    fonts = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "DejaVu fonts")
    table.selectRow(fonts)
    assert "Bitstream" in about.licence_text.toPlainText()


def test_the_dependency_list_is_pyprojects() -> None:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    wanted = {normalise(requirement_name(r)) for r in project["dependencies"]}
    assert {normalise(name) for name in RUNTIME_DISTRIBUTIONS} == wanted
    assert project["license"] == OWN_LICENCE


def test_the_guide_in_dutch_names_the_dutch_menus(qtbot: QtBot, store: Store) -> None:
    with language_installed("nl"):
        window = MainWindow(store, open_window_settings())
        qtbot.addWidget(window)
        window.menus.help_menu.show_guide()
        guide = window.menus.help_menu.dialog
        assert isinstance(guide, FirstSessionGuide)
        text = guide.browser.toPlainText()
        native = QKeySequence.SequenceFormat.NativeText
        new_group = window.menus.new_group_action.shortcut().toString(native)
        assert guide.windowTitle() == "Je eerste bijeenkomst"
        assert f"Kies Bestand ▸ Nieuwe groep… ({new_group})." in text
        assert "Help ▸ Sneltoetsen (F1)" in text
        assert "Privacy ▸ Privénotities vergrendelen (Ctrl+L)" in text
        guide.close()
        window.close()
