"""Ctrl+Z in the room: the last clock action, attendance mark or presenter choice is
taken back, by a new record, never by deleting one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflectdesk.core.clock_state import ClockStatus
from reflectdesk.core.model import AttendanceStatus, ClockEventKind
from reflectdesk.store import attendance as attendance_store
from reflectdesk.store import sessions
from reflectdesk.store.database import Store
from reflectdesk.ui.room.session_page import SessionPage
from reflectdesk.ui.shell.main_window import MainWindow
from tests.fakes import FakeTime
from tests.ui.conftest import type_text
from tests.ui.room import test_session_run as run_tests
from tests.ui.room.test_session_run import open_by_keyboard

# The running-session fixtures: a Balint group of four, a planned session, a fake clock.
fake_time = run_tests.fake_time
planned = run_tests.planned
window = run_tests.window

K = ClockEventKind


def opened(qtbot: QtBot, window: MainWindow) -> SessionPage:
    open_by_keyboard(qtbot, window)
    page = window.session_page
    assert page is not None
    return page


def undo_key(qtbot: QtBot, widget: object) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_after_a_mistaken_next_records_a_back(
    qtbot: QtBot, window: MainWindow, store: Store, fake_time: FakeTime, planned: tuple[str, str]
) -> None:
    page = opened(qtbot, window)
    view = page.run_view
    qtbot.keyClick(view, Qt.Key.Key_Space)
    fake_time.advance(90)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert page.runner.snapshot().phase_index == 1
    fake_time.advance(3)
    undo_key(qtbot, view)
    kinds = [e.kind for e in sessions.clock_events(store, planned[1])]
    assert kinds == [K.START, K.NEXT, K.BACK]  # the Next is kept, a Back follows it
    snap = page.runner.snapshot()
    assert (snap.phase_index, snap.phase_used) == (0, 90)
    assert view.phase_label.text() == page.runner.plan[0].name
    assert window.statusBar().currentMessage() == "Undid Next phase"


def test_undo_walks_back_pause_and_extension_and_not_the_start(
    qtbot: QtBot, window: MainWindow, store: Store, planned: tuple[str, str]
) -> None:
    page = opened(qtbot, window)
    view = page.run_view
    first = page.runner.plan[0].planned_seconds
    qtbot.keyClick(view, Qt.Key.Key_Space)  # start
    qtbot.keyClick(view, Qt.Key.Key_Plus)  # +1 min
    qtbot.keyClick(view, Qt.Key.Key_Space)  # pause
    assert page.undo.action.text() == "&Undo Pause"
    undo_key(qtbot, view)
    assert page.runner.snapshot().status is ClockStatus.RUNNING
    undo_key(qtbot, view)
    assert page.runner.snapshot().phase_budget == first
    assert window.statusBar().currentMessage() == "Undid +1 min"
    assert not page.undo.action.isEnabled()  # the start is not offered
    undo_key(qtbot, view)
    events = sessions.clock_events(store, planned[1])
    assert [(e.kind, e.amount) for e in events] == [
        (K.START, None),
        (K.EXTEND, 60),
        (K.PAUSE, None),
        (K.RESUME, None),
        (K.EXTEND, -60),
    ]


def test_ctrl_z_takes_back_an_attendance_mark_and_then_the_clock(
    qtbot: QtBot, window: MainWindow, store: Store, planned: tuple[str, str]
) -> None:
    page = opened(qtbot, window)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)  # start: a clock action first
    table = page.attendance.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_1)  # the first member present
    qtbot.keyClick(table, Qt.Key.Key_2)  # the second absent
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_3)  # changed my mind: excused

    def marks() -> dict[str, AttendanceStatus | None]:
        return {r.display_name: r.status for r in attendance_store.attendance(store, planned[1])}

    assert marks()["Hüseyin İkiz"] is AttendanceStatus.EXCUSED
    undo_key(qtbot, table)
    assert marks()["Hüseyin İkiz"] is AttendanceStatus.ABSENT  # the mark before comes back
    assert window.statusBar().currentMessage() == "Undid attendance of Hüseyin İkiz"
    undo_key(qtbot, table)
    undo_key(qtbot, table)
    assert set(marks().values()) == {None}  # marks gone, as before
    assert "0 of 4 present" in page.attendance.summary.text()
    assert page.runner.snapshot().status is ClockStatus.RUNNING  # the start stays


def test_the_presenter_choice_is_undone(
    qtbot: QtBot, window: MainWindow, store: Store, planned: tuple[str, str]
) -> None:
    page = opened(qtbot, window)
    picker = page.presenter
    qtbot.mouseClick(picker.suggest_button, Qt.MouseButton.LeftButton)
    assert sessions.get_session(store, planned[1]).presenter_id
    undo_key(qtbot, page.run_view)
    assert sessions.get_session(store, planned[1]).presenter_id is None
    assert picker.choice_label.text() == "No presenter chosen yet."
    assert window.statusBar().currentMessage() == "Undid the presenter choice"


def test_a_text_field_keeps_its_own_ctrl_z(
    qtbot: QtBot, window: MainWindow, store: Store, planned: tuple[str, str]
) -> None:
    page = opened(qtbot, window)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    qtbot.keyClick(page.run_view, Qt.Key.Key_N)
    page.tabs.setCurrentWidget(page.notes)
    editor = page.notes.private_edit
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    type_text(editor, "abc")
    undo_key(qtbot, editor)
    assert editor.toPlainText() == ""  # the editor's own undo took back the typing
    line = page.notes.point_edit
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    type_text(line, "xyz")
    undo_key(qtbot, line)
    assert line.text() == ""
    kinds = [e.kind for e in sessions.clock_events(store, planned[1])]
    assert kinds == [K.START, K.NEXT]  # the Next was not undone
    assert page.runner.snapshot().phase_index == 1


def test_a_change_of_state_is_said_in_words_not_by_its_code(
    qtbot: QtBot, window: MainWindow, planned: tuple[str, str]
) -> None:
    page = opened(qtbot, window)
    messages: list[str] = []
    page.status.connect(messages.append)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    assert "The session is running." in messages
    assert "Session running." not in messages  # the state's code ("running") in a frame
