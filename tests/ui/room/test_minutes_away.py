"""Minutes away in the room's attendance list: marking someone late moves to their
minutes; typing them and Enter stores them and goes on to the next person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import AttendanceStatus
from reflectdesk.store import attendance as attendance_store
from reflectdesk.store.database import Store
from tests.fakes import FakeTime
from tests.hours_sample import build_hours_sample
from tests.ui.conftest import keep_shot, open_on_session, plan_balint_session

NAMES = ("Pieter Jansen", "Sanne Bakker", "Anna de Vries")


def _mark(store: Store, session_id: str, name: str) -> tuple[AttendanceStatus | None, int | None]:
    record = next(
        r for r in attendance_store.attendance(store, session_id) if r.display_name == name
    )
    return record.status, record.minutes_missed


def test_mark_a_member_late_with_15_minutes(qtbot: QtBot, store: Store) -> None:
    session_id = plan_balint_session(store, NAMES)
    window = open_on_session(qtbot, store, session_id, FakeTime(), size=(1366, 768))
    page = window.session_page
    assert page is not None
    panel = page.attendance
    table = panel.table
    table.setFocus()
    names = [record.display_name for record in panel.model.records()]
    pieter = names.index("Pieter Jansen")
    table.setCurrentIndex(panel.model.index(pieter, 0))
    assert not panel.minutes.spin.isEnabled()  # nobody marked late yet

    qtbot.keyClick(table, Qt.Key.Key_4)  # late
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.minutes.spin)
    assert _mark(store, session_id, "Pieter Jansen") == (AttendanceStatus.LATE, None)
    assert "minutes not recorded" in panel.model.index(pieter, 1).data()
    panel.minutes.spin.lineEdit().selectAll()
    qtbot.keyClicks(panel.minutes.spin, "15")
    qtbot.keyClick(panel.minutes.spin, Qt.Key.Key_Return)

    qtbot.waitUntil(
        lambda: _mark(store, session_id, "Pieter Jansen") == (AttendanceStatus.LATE, 15)
    )
    assert "15 min away" in panel.model.index(pieter, 1).data()
    assert QApplication.focusWidget() is table  # back in the list, on the next person
    assert table.currentIndex().row() == min(pieter + 1, len(names) - 1)
    keep_shot(window, "room-minutes-away.png")

    # Back to present: the minutes go with the mark.
    table.setCurrentIndex(panel.model.index(pieter, 0))
    qtbot.keyClick(table, Qt.Key.Key_1)
    assert _mark(store, session_id, "Pieter Jansen") == (AttendanceStatus.PRESENT, None)
    assert not panel.minutes.spin.isEnabled()


def test_escape_leaves_the_minutes_unrecorded(qtbot: QtBot, store: Store) -> None:
    session_id = plan_balint_session(store, NAMES)
    window = open_on_session(qtbot, store, session_id, FakeTime())
    panel = window.session_page.attendance  # type: ignore[union-attr]
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_5)  # left early
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.minutes.spin)
    qtbot.keyClicks(panel.minutes.spin, "30")
    qtbot.keyClick(panel.minutes.spin, Qt.Key.Key_Escape)
    name = panel.model.record_at(0).display_name  # type: ignore[union-attr]
    assert _mark(store, session_id, name) == (AttendanceStatus.LEFT_EARLY, None)
    assert QApplication.focusWidget() is panel.table


def test_minutes_are_filled_in_after_the_session(qtbot: QtBot, store: Store) -> None:
    sample = build_hours_sample(store)  # session 2 is finished: Pieter late, 15 minutes
    finished = sample.session_ids[1]
    window = open_on_session(qtbot, store, finished, FakeTime())
    panel = window.session_page.attendance  # type: ignore[union-attr]
    names = [record.display_name for record in panel.model.records()]
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(names.index("Pieter Jansen"), 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_1)  # the register itself is closed
    assert _mark(store, finished, "Pieter Jansen") == (AttendanceStatus.LATE, 15)
    assert panel.minutes.spin.isEnabled()  # but the minutes can still be corrected
    panel.minutes.spin.setFocus()
    panel.minutes.spin.lineEdit().selectAll()
    qtbot.keyClicks(panel.minutes.spin, "25")
    qtbot.keyClick(panel.minutes.spin, Qt.Key.Key_Return)
    late = (AttendanceStatus.LATE, 25)
    qtbot.waitUntil(lambda: _mark(store, finished, "Pieter Jansen") == late)
