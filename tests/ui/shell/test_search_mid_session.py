"""Searching while a session runs: the results open beside the clock, never over it,
and Esc hands the keys back to the clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import ClockEventKind
from reflectdesk.store import sessions
from reflectdesk.store.database import Store
from reflectdesk.ui.shell.main_window import MainWindow
from tests.fakes import FakeTime
from tests.ui.conftest import (
    SESSION_START,
    open_on_session,
    plan_balint_session,
    type_text,
)

CTRL = Qt.KeyboardModifier.ControlModifier
LAPTOP = (1366, 768)


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    """A 1366×768 window with a Balint session open and its clock running."""
    session_id = plan_balint_session(store, ("Anna de Vries", "Hüseyin İkiz", "Annelies Bakker"))
    time = FakeTime(start_wall=SESSION_START)
    main = open_on_session(qtbot, store, session_id, time, size=LAPTOP)
    page = main.session_page
    assert page is not None
    qtbot.waitUntil(page.run_view.hasFocus)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)  # the clock runs
    return main


def rect_in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def search_for(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(window.search_field.hasFocus)
    type_text(window.search_field, text)
    qtbot.waitUntil(lambda: window.search_page.results.count() > 0)


def test_search_mid_session_leaves_the_phase_the_time_and_the_buttons_in_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.session_page
    assert page is not None
    search_for(qtbot, window, "anna")
    results = window.search_page.results
    assert results.isVisible()
    assert window.pages.currentWidget() is page, "the session view stays"
    popup = window.search_popup
    assert popup.isVisible() and popup.isAncestorOf(results)
    covered = rect_in_window(popup)
    view = page.run_view
    for widget in (
        view.phase_label,
        view.time_label,
        view.state_label,
        view.buttons["pause"],
        view.buttons["next"],
        view.buttons["back"],
        view.buttons["end"],
        page.back_button,
        page.presenter_screen.button,
    ):
        assert widget.isVisible(), widget.objectName()
        assert not covered.intersects(rect_in_window(widget)), widget.objectName()
    # Readable at 1366×768: a column wide and tall enough for a few results.
    assert covered.width() >= 360 and covered.height() >= 300
    assert covered.right() < window.width() and covered.bottom() < window.height()


def test_esc_closes_the_results_and_the_next_n_is_the_clock_s(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    page = window.session_page
    assert page is not None
    search_for(qtbot, window, "anna")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert not window.search_popup.isVisible()
    assert not window.search_page.results.isVisible()
    assert window.search_field.text() == ""
    qtbot.waitUntil(page.run_view.hasFocus)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_N)
    kinds = [event.kind for event in sessions.clock_events(store, page.session_id)]
    assert kinds == [ClockEventKind.START, ClockEventKind.NEXT]
    assert window.search_field.text() == ""
    assert not window.search_popup.isVisible()


def test_down_moves_into_the_results_and_esc_there_closes_them_too(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.session_page
    assert page is not None
    search_for(qtbot, window, "anna")
    results = window.search_page.results
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.waitUntil(results.hasFocus)
    assert results.currentRow() == 0
    qtbot.keyClick(results, Qt.Key.Key_Escape)
    assert not window.search_popup.isVisible()
    qtbot.waitUntil(page.run_view.hasFocus)


def test_enter_on_a_result_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    search_for(qtbot, window, "hüseyin")
    results = window.search_page.results
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.waitUntil(results.hasFocus)
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert window.session_page is None, "a member opens on the group page"
    assert window.pages.currentWidget() is window.group_page
    assert window.group_list.isVisible()
    assert not window.search_popup.isVisible()
    members_panel = window.group_page.members
    assert members_panel.current_membership_id()


def test_clicking_back_on_the_clock_hides_the_results(qtbot: QtBot, window: MainWindow) -> None:
    page = window.session_page
    assert page is not None
    search_for(qtbot, window, "anna")
    page.run_view.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: not window.search_popup.isVisible())


def test_outside_a_session_the_results_still_take_the_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.close_session()
    search_for(qtbot, window, "anna")
    assert window.pages.currentWidget() is window.search_page
    assert not window.search_popup.isVisible()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.group_page


def test_ctrl_k_then_esc_without_typing_returns_to_the_clock(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    page = window.session_page
    assert page is not None
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(window.search_field.hasFocus)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(page.run_view.hasFocus)
    qtbot.keyClick(page.run_view, Qt.Key.Key_N)
    kinds = [event.kind for event in sessions.clock_events(store, page.session_id)]
    assert kinds == [ClockEventKind.START, ClockEventKind.NEXT]
