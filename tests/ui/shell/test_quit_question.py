"""Quitting while a session runs asks once: end it, keep it running and quit, or cancel."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import ClockEventKind, GroupDraft, MemberDraft, SessionStatus
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, members, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.window_settings import open_window_settings
from tests.fakes import FakeTime
from tests.ui.conftest import find_open, wait_active

START = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


class WindowManagerClose(QCloseEvent):
    """A close asked for by the window system (the close button, Alt+F4), which Qt
    marks spontaneous; no public call makes one in a test, so this stands in for it."""

    def spontaneous(self) -> bool:
        return True


@pytest.fixture
def session_id(store: Store) -> str:
    group = groups.create_group(
        store, GroupDraft("Intervision", format_id_for_key(store, "balint-one-case"))
    )
    members.add_member(store, group.id, MemberDraft("Anna de Vries"))
    return sessions.plan_session(store, group.id, SessionDraft(planned_start=START)).id


@pytest.fixture
def window(qtbot: QtBot, store: Store, session_id: str) -> MainWindow:
    main = MainWindow(store, open_window_settings(), time=FakeTime(start_wall=START))
    qtbot.addWidget(main)
    main.show()
    wait_active(qtbot, main)
    main.open_session(session_id)
    return main


def start_clock(qtbot: QtBot, window: MainWindow) -> None:
    page = window.session_page
    assert page is not None
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    assert page.runner.clock.status.value == "running"


def quit_by_keyboard(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    page = window.session_page
    assert page is not None
    qtbot.keyClick(page.run_view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    box = find_open(qtbot, QMessageBox, "quitRunningSession")
    assert isinstance(box, QMessageBox)
    return box


def answer(qtbot: QtBot, box: QMessageBox, name: str) -> None:
    button = box.findChild(QPushButton, name)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def kinds(store: Store, session_id: str) -> list[ClockEventKind]:
    return [event.kind for event in sessions.clock_events(store, session_id)]


def test_cancel_keeps_the_window_and_the_session(
    qtbot: QtBot, window: MainWindow, store: Store, session_id: str
) -> None:
    start_clock(qtbot, window)
    box = quit_by_keyboard(qtbot, window)
    assert [b.text() for b in box.buttons()].count("Cancel") == 1
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc is Cancel
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.isVisible()
    assert window.session_page is not None
    assert kinds(store, session_id) == [ClockEventKind.START]


def test_keep_it_running_and_quit_closes_and_the_session_resumes(
    qtbot: QtBot, window: MainWindow, store: Store, session_id: str
) -> None:
    start_clock(qtbot, window)
    box = quit_by_keyboard(qtbot, window)
    answer(qtbot, box, "keepAndQuit")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert sessions.get_session(store, session_id).status is SessionStatus.RUNNING
    assert kinds(store, session_id) == [ClockEventKind.START]
    again = MainWindow(store, open_window_settings(), time=FakeTime(start_wall=START))
    qtbot.addWidget(again)
    assert again.session_page is not None  # resumed on the next start
    assert again.session_page.session_id == session_id


def test_the_close_button_asks_too_and_end_the_session_records_the_end(
    qtbot: QtBot, window: MainWindow, store: Store, session_id: str
) -> None:
    start_clock(qtbot, window)
    QApplication.sendEvent(window, WindowManagerClose())  # the close button, Alt+F4
    box = find_open(qtbot, QMessageBox, "quitRunningSession")
    assert window.isVisible()
    QApplication.sendEvent(window, WindowManagerClose())  # asked once, not twice
    questions = [
        w for w in QApplication.topLevelWidgets() if w.objectName() == "quitRunningSession"
    ]
    assert [w for w in questions if w.isVisible()] == [box]
    answer(qtbot, box, "endAndQuit")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert kinds(store, session_id) == [ClockEventKind.START, ClockEventKind.END]
    assert sessions.get_session(store, session_id).status is SessionStatus.FINISHED


def test_the_app_closing_its_own_window_does_not_ask(
    qtbot: QtBot, window: MainWindow, store: Store, session_id: str
) -> None:
    """A restore, the start-up check and the tests close the window themselves: the
    session is kept running, as before, and no question waits for an answer."""
    start_clock(qtbot, window)
    assert window.close()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert not [box for box in boxes if box.isVisible()]
    assert sessions.get_session(store, session_id).status is SessionStatus.RUNNING


def test_no_question_without_a_running_session(qtbot: QtBot, window: MainWindow) -> None:
    page = window.session_page
    assert page is not None
    qtbot.keyClick(page.run_view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())  # planned, not started: quits at once
