"""Alt+letter mnemonics in the main window: the menu bar's own are never shadowed by a
field label, button or tab, and no two visible widgets share one."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, members, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory


def mnemonic(text: str) -> str:
    """The letter of ``text``'s Alt mnemonic ("" when it has none), as Qt reads it."""
    sequence = QKeySequence.mnemonic(text)
    return sequence.toString().removeprefix("Alt+").upper() if not sequence.isEmpty() else ""


def menu_mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    return [
        (mnemonic(action.text()), action.text())
        for action in window.menuBar().actions()
        if action.isVisible() and mnemonic(action.text())
    ]


def widget_mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, where) for every visible widget of the window whose text has one."""
    found: list[tuple[str, str]] = []

    def add(text: str, widget: QWidget) -> None:
        if letter := mnemonic(text):
            found.append((letter, f"{type(widget).__name__} {text!r}"))

    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), widget)  # a label without a buddy has no shortcut
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), widget)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), widget)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), widget)
    return found


def assert_no_clash(window: MainWindow) -> None:
    menus = menu_mnemonics(window)
    menu_letters = Counter(letter for letter, _ in menus)
    assert [m for m in menus if menu_letters[m[0]] > 1] == [], "two menus share a letter"
    widgets = widget_mnemonics(window)
    shadowing = [(letter, where) for letter, where in widgets if letter in menu_letters]
    assert shadowing == [], f"these take the Alt key of a menu: {shadowing}"
    counts = Counter(letter for letter, _ in widgets)
    shared = sorted((letter, where) for letter, where in widgets if counts[letter] > 1)
    assert shared == [], f"these share an Alt key: {shared}"


def test_the_group_page_leaves_the_menus_their_alt_keys(
    make_window: WindowFactory, store: Store
) -> None:
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint — block 2", fmt))
    members.add_member(store, group.id, MemberDraft("Anna de Vries"))
    window = make_window()
    window.resize(1366, 768)
    assert window.pages.currentWidget() is window.group_page
    assert len(widget_mnemonics(window)) >= 5  # the fields of the group are walked
    assert_no_clash(window)


def test_the_session_page_leaves_the_menus_their_alt_keys(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint — block 2", fmt))
    members.add_member(store, group.id, MemberDraft("Anna de Vries"))
    start = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    session = sessions.plan_session(store, group.id, SessionDraft(planned_start=start))
    window = make_window()
    window.resize(1366, 768)
    window.open_session(session.id)
    page = window.session_page
    assert page is not None
    for tab in range(page.tabs.count()):  # each tab's fields in turn
        page.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda tab=tab: page.tabs.widget(tab).isVisible())
        assert_no_clash(window)


# Opening a menu asks for the keyboard grab, which the offscreen platform cannot give.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_alt_f_and_alt_s_open_the_file_and_session_menus_from_a_group_field(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    groups.create_group(store, GroupDraft("Balint — block 2"))
    window = make_window()
    name_edit = window.group_page.fields.name_edit
    name_edit.setFocus()
    qtbot.waitUntil(name_edit.hasFocus)
    for key, title in ((Qt.Key.Key_F, "&File"), (Qt.Key.Key_S, "&Session")):
        qtbot.keyClick(name_edit, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda title=title: popup_title(window) == title)
        popup = QApplication.activePopupWidget()
        assert popup is not None
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
        qtbot.keyClick(window.menuBar(), Qt.Key.Key_Escape)  # leave the menu bar too
        name_edit.setFocus()
        qtbot.waitUntil(name_edit.hasFocus)


def popup_title(window: MainWindow) -> str:
    popup = QApplication.activePopupWidget()
    if not isinstance(popup, QMenu):
        return ""
    return popup.title()
