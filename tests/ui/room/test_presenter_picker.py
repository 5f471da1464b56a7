"""Choosing the case presenter: one click or one key, only among those who can present."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflectdesk.core.clock_state import ClockStatus
from reflectdesk.store import sessions
from reflectdesk.store.database import Store
from reflectdesk.ui.room.session_page import SessionPage
from reflectdesk.ui.shell.main_window import MainWindow
from tests.ui.room import test_session_run as run_tests
from tests.ui.room.test_session_run import open_by_keyboard

# The running-session fixtures: a Balint group of four, a planned session, a fake clock.
fake_time = run_tests.fake_time
planned = run_tests.planned
window = run_tests.window


def opened(qtbot: QtBot, window: MainWindow) -> SessionPage:
    open_by_keyboard(qtbot, window)
    page = window.session_page
    assert page is not None
    return page


def listed(page: SessionPage) -> list[str]:
    table = page.presenter.table
    return [table.item(row, 0).text().removeprefix("▶ ") for row in range(table.rowCount())]


def presenter_name(store: Store, session_id: str) -> str | None:
    return sessions.get_session(store, session_id).presenter_name


def test_one_click_on_a_name_chooses_and_the_hint_says_how(
    qtbot: QtBot, window: MainWindow, store: Store, planned: tuple[str, str]
) -> None:
    page = opened(qtbot, window)
    table = page.presenter.table
    assert "Click a name" in page.presenter.hint.text()
    row = listed(page).index("Anna de Vries")  # not the suggestion
    cell = table.visualItemRect(table.item(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert presenter_name(store, planned[1]) == "Anna de Vries"
    assert "Anna de Vries" in page.presenter.choice_label.text()


def test_enter_or_space_on_the_selected_row_chooses_and_space_then_runs_the_clock(
    qtbot: QtBot, window: MainWindow, store: Store, planned: tuple[str, str]
) -> None:
    page = opened(qtbot, window)
    table = page.presenter.table
    table.setFocus()
    table.setCurrentCell(listed(page).index("Hüseyin İkiz"), 0)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert presenter_name(store, planned[1]) == "Hüseyin İkiz"
    assert page.runner.snapshot().status is ClockStatus.NOT_STARTED  # Space chose, only
    assert page.run_view.hasFocus()  # chosen: the focus is back on the clock
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    assert page.runner.snapshot().status is ClockStatus.RUNNING
    table.setFocus()
    table.setCurrentCell(listed(page).index("Anna de Vries"), 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert presenter_name(store, planned[1]) == "Anna de Vries"


def test_absent_and_excused_members_are_not_offered(
    qtbot: QtBot, window: MainWindow, store: Store, planned: tuple[str, str]
) -> None:
    page = opened(qtbot, window)
    assert len(listed(page)) == 4
    table = page.attendance.table
    table.setFocus()
    marks = {"Anna de Vries": Qt.Key.Key_2, "Hüseyin İkiz": Qt.Key.Key_3}  # absent, excused
    marks |= {"IJsbrand van den Eertwegh": Qt.Key.Key_4}  # late: there, so may present
    for name, key in marks.items():
        row = next(
            row
            for row, record in enumerate(page.attendance.model.records())
            if record.display_name == name
        )
        table.setCurrentIndex(page.attendance.model.index(row, 0))
        qtbot.keyClick(table, key)
    assert sorted(listed(page)) == ["IJsbrand van den Eertwegh", "Νίκος Παπαδόπουλος"]
    assert "Absent and excused members are not listed" in page.presenter.hint.text()
