"""Esc anywhere on the session page, the notes editors above all, hands the keys back
to the clock: the next N is Next Phase, never a letter in a note."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import ClockEventKind
from reflectdesk.store import notes, sessions
from reflectdesk.store.database import Store
from reflectdesk.ui.room.session_page import SessionPage
from reflectdesk.ui.shell.main_window import MainWindow
from tests.fakes import FakeTime
from tests.ui.conftest import (
    SESSION_START,
    open_on_session,
    plan_balint_session,
    type_text,
)

NOTE = "Hüseyin seemed relieved once the group stopped giving advice"


@pytest.fixture
def page(qtbot: QtBot, store: Store) -> Iterator[SessionPage]:
    """A Balint session open in the window, its clock running, the Notes tab shown."""
    session_id = plan_balint_session(store)
    time = FakeTime(start_wall=SESSION_START)
    window = open_on_session(qtbot, store, session_id, time, size=(1366, 768))
    opened = window.session_page
    assert opened is not None
    qtbot.waitUntil(opened.run_view.hasFocus)
    qtbot.keyClick(opened.run_view, Qt.Key.Key_Space)  # the clock runs
    qtbot.keyClick(opened.run_view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Notes
    qtbot.waitUntil(lambda: opened.tabs.currentWidget() is opened.notes)
    yield opened
    window.close()


def kinds(store: Store, page: SessionPage) -> list[ClockEventKind]:
    return [event.kind for event in sessions.clock_events(store, page.session_id)]


def press_n_where_the_focus_is(qtbot: QtBot) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_N)


def test_esc_in_the_private_note_saves_it_and_returns_to_the_clock(
    qtbot: QtBot, page: SessionPage, store: Store
) -> None:
    editor = page.notes.private_edit
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    type_text(editor, NOTE)
    with qtbot.waitSignal(page.notes.saver.saved, timeout=3000):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)  # saved now, not after the pause
    qtbot.waitUntil(page.run_view.hasFocus)
    press_n_where_the_focus_is(qtbot)
    assert kinds(store, page) == [ClockEventKind.START, ClockEventKind.NEXT]
    assert editor.toPlainText() == NOTE
    [note] = notes.private_notes(store, page.session_id)
    assert note.body == NOTE


@pytest.mark.parametrize("field", ["point_edit", "action_edit"])
def test_esc_in_a_learning_point_or_action_returns_to_the_clock_and_keeps_the_text(
    qtbot: QtBot, page: SessionPage, store: Store, field: str
) -> None:
    edit = getattr(page.notes, field)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    type_text(edit, "Ask what the patient fears")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(page.run_view.hasFocus)
    press_n_where_the_focus_is(qtbot)
    assert kinds(store, page) == [ClockEventKind.START, ClockEventKind.NEXT]
    assert edit.text() == "Ask what the patient fears"  # still there, for Enter later
    assert notes.learning_points(store, page.session_id) == []
    assert notes.actions(store, page.session_id) == []


@pytest.mark.parametrize(
    "where", ["notes.theme_list", "notes.owner_combo", "cards.deck_combo", "attendance.table"]
)
def test_esc_from_any_panel_of_the_page_returns_to_the_clock(
    qtbot: QtBot, page: SessionPage, store: Store, where: str
) -> None:
    panel, name = where.split(".")
    widget: QWidget = getattr(getattr(page, panel), name)
    [tab] = [i for i in range(page.tabs.count()) if page.tabs.widget(i).isAncestorOf(widget)]
    page.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(widget.isVisible)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    qtbot.waitUntil(page.run_view.hasFocus)
    press_n_where_the_focus_is(qtbot)
    assert kinds(store, page) == [ClockEventKind.START, ClockEventKind.NEXT]


def test_the_session_menu_names_esc_as_the_way_back_to_the_clock(page: SessionPage) -> None:
    window = page.window()
    assert isinstance(window, MainWindow)
    window.menus.fill_session_menu()
    listed = window.menus.session_menu.actions()
    assert page.back_to_clock_action in listed
    assert page.back_to_clock_action.shortcut().toString() == "Esc"
