"""Running a session in the room, by keyboard, on a fake clock."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.core.clock_state import ClockStatus
from reflectdesk.core.model import (
    AttendanceStatus,
    ClockEventKind,
    GroupDraft,
    MemberDraft,
    SessionStatus,
)
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.core.timefmt import displayed_second, remaining_text
from reflectdesk.store import attendance as attendance_store
from reflectdesk.store import groups, members, notes, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.window_settings import open_window_settings
from tests.fakes import FakeTime
from tests.ui.conftest import find_open, type_text, wait_active

DRIFT_SECONDS = 3 * 3600
CANARY = "CANARY-7f3a: the student cried after the ward round"
NAMES = ["IJsbrand van den Eertwegh", "Hüseyin İkiz", "Νίκος Παπαδόπουλος", "Anna de Vries"]


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime(start_wall=datetime(2026, 11, 24, 13, 0, tzinfo=UTC))


@pytest.fixture
def planned(store: Store) -> tuple[str, str]:
    """A Balint group with four members and one planned session: (group_id, session_id)."""
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(
        store, GroupDraft("Balint — block 2", fmt, "GP placement", 6, 5, CANARY)
    )
    for name in NAMES:
        members.add_member(store, group.id, MemberDraft(name))
    start = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    session = sessions.plan_session(store, group.id, SessionDraft(planned_start=start))
    return group.id, session.id


@pytest.fixture
def window(qtbot: QtBot, store: Store, fake_time: FakeTime, planned: tuple[str, str]) -> MainWindow:
    main = MainWindow(store, open_window_settings(), time=fake_time)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    wait_active(qtbot, main)
    return main


def open_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    table = window.group_page.sessions.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session_page is not None)


def test_run_the_whole_balint_format_by_keyboard(
    qtbot: QtBot, window: MainWindow, store: Store, fake_time: FakeTime, planned: tuple[str, str]
) -> None:
    _group_id, session_id = planned
    open_by_keyboard(qtbot, window)
    page = window.session_page
    assert page is not None
    view = page.run_view
    assert view.state_label.text().startswith("Not started")

    qtbot.keyClick(view, Qt.Key.Key_Space)  # start
    assert sessions.get_session(store, session_id).status is SessionStatus.RUNNING
    plan = page.runner.plan
    for index, phase in enumerate(plan):
        assert view.phase_label.text() == phase.name
        assert view.cue_label.text() == phase.cue
        fake_time.advance(phase.planned_seconds - 30)
        view.refresh()
        assert view.time_label.text() == "0:30"
        assert "Nearly time" in view.state_label.text()  # text, not colour alone
        fake_time.advance(45)
        view.refresh()
        assert view.time_label.text() == "+0:15"
        assert "Over time" in view.state_label.text()
        if index < len(plan) - 1:
            qtbot.keyClick(view, Qt.Key.Key_N)

    qtbot.keyClick(view, Qt.Key.Key_E)
    box = find_open(qtbot, QMessageBox, "endConfirm")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.runner.snapshot().status is ClockStatus.FINISHED)

    record = sessions.get_session(store, session_id)
    assert record.status is SessionStatus.FINISHED
    events = sessions.clock_events(store, session_id)
    kinds = [event.kind for event in events]
    assert kinds == [ClockEventKind.START] + [ClockEventKind.NEXT] * (len(plan) - 1) + [
        ClockEventKind.END
    ]
    stored = sessions.session_phases(store, session_id)
    for phase, planned_phase in zip(stored, plan, strict=True):
        assert phase.actual_end is not None and phase.actual_start is not None
        assert phase.actual_end - phase.actual_start == pytest.approx(
            planned_phase.planned_seconds + 15
        )


def test_pause_extend_and_back_by_keyboard(
    qtbot: QtBot, window: MainWindow, fake_time: FakeTime
) -> None:
    open_by_keyboard(qtbot, window)
    view = window.session_page.run_view  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_Space)
    first = window.session_page.runner.plan[0].planned_seconds  # type: ignore[union-attr]
    fake_time.advance(60)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # pause
    assert view.state_label.text().startswith("Paused")
    fake_time.advance(600)
    view.refresh()
    assert view.time_label.text() == remaining_text(first - 60)  # the phase waited
    qtbot.keyClick(view, Qt.Key.Key_Space)  # resume
    qtbot.keyClick(view, Qt.Key.Key_Plus)  # +1 min
    assert view.time_label.text() == remaining_text(first)
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # +5 min
    assert view.time_label.text() == remaining_text(first + 300)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert window.session_page.runner.snapshot().phase_index == 1  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert view.time_label.text() == remaining_text(first + 300)  # back where it was
    assert "behind plan" in view.session_label.text()  # the pause put the session behind


def test_clock_keys_work_from_the_attendance_list_and_digits_mark_attendance(
    qtbot: QtBot, window: MainWindow, store: Store, planned: tuple[str, str]
) -> None:
    _group_id, session_id = planned
    open_by_keyboard(qtbot, window)
    page = window.session_page
    assert page is not None
    table = page.attendance.table
    table.setFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(table, key)
    statuses = {r.display_name: r.status for r in attendance_store.attendance(store, session_id)}
    assert statuses == {
        "IJsbrand van den Eertwegh": AttendanceStatus.PRESENT,
        "Hüseyin İkiz": AttendanceStatus.PRESENT,
        "Anna de Vries": AttendanceStatus.ABSENT,
        "Νίκος Παπαδόπουλος": AttendanceStatus.EXCUSED,
    }
    qtbot.keyClick(table, Qt.Key.Key_Space)  # the clock's key, with the focus in the list
    assert page.runner.snapshot().status is ClockStatus.RUNNING
    assert "3 of 4" not in page.attendance.summary.text()
    assert "2 of 4 present" in page.attendance.summary.text()


def test_the_suggested_presenter_is_chosen_and_stored(
    qtbot: QtBot, window: MainWindow, store: Store, planned: tuple[str, str]
) -> None:
    _group_id, session_id = planned
    open_by_keyboard(qtbot, window)
    picker = window.session_page.presenter  # type: ignore[union-attr]
    assert picker.suggest_button.isVisible()
    qtbot.mouseClick(picker.suggest_button, Qt.MouseButton.LeftButton)
    record = sessions.get_session(store, session_id)
    assert record.presenter_name == "IJsbrand van den Eertwegh"  # never presented, sorts first
    assert "IJsbrand" in picker.choice_label.text()


def test_presenter_window_shows_only_the_clock(
    qtbot: QtBot, window: MainWindow, fake_time: FakeTime
) -> None:
    open_by_keyboard(qtbot, window)
    page = window.session_page
    assert page is not None
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    qtbot.keyClick(page.run_view, Qt.Key.Key_F5)
    presenter = page.presenter_screen.window
    assert presenter is not None and presenter.isVisible()
    assert QApplication.activeWindow() is window  # it did not take the focus
    fake_time.advance(125)
    page.run_view.refresh()
    assert presenter.time_label.text() == page.run_view.time_label.text()

    widgets = [presenter, *presenter.findChildren(QWidget)]
    assert all(isinstance(w, QLabel) for w in widgets[1:]), [type(w) for w in widgets]
    shown = " ".join(label.text() for label in presenter.findChildren(QLabel))
    assert CANARY not in shown
    assert not any(name in shown for name in NAMES)

    qtbot.keyClick(page.run_view, Qt.Key.Key_Q)  # quiet: minutes only
    assert presenter.time_label.text().endswith("min")
    assert ":" not in presenter.time_label.text()
    qtbot.keyClick(page.run_view, Qt.Key.Key_F5)
    assert page.presenter_screen.window is None


def test_no_drift_over_three_hours_with_stalls(
    qtbot: QtBot, window: MainWindow, fake_time: FakeTime
) -> None:
    """Irregular repaints (event-loop stalls up to 2 s) and random pauses for three hours:
    at every repaint the displayed time equals the truth, kept here independently."""
    rng = random.Random(20261124)
    open_by_keyboard(qtbot, window)
    page = window.session_page
    assert page is not None
    view = page.run_view
    runner = page.runner
    runner.act(ClockEventKind.START)
    runner.act(ClockEventKind.EXTEND, 3 * 3600)  # one long first phase: 3 hours and more
    budget = runner.plan[0].planned_seconds + 3 * 3600
    used = 0.0
    paused = False
    clock_time = 0.0
    while clock_time < DRIFT_SECONDS:
        step = rng.uniform(0.05, 2.0)
        fake_time.advance(step)
        clock_time += step
        if not paused:
            used += step
        if rng.random() < 0.002:
            runner.act(ClockEventKind.RESUME if paused else ClockEventKind.PAUSE)
            paused = not paused
        view.refresh()
        truth = budget - used
        shown = view.time_label.text()
        nearby = {remaining_text(truth - 0.1), remaining_text(truth + 0.1)}
        assert shown in nearby, (clock_time, truth, shown)


def test_repaints_only_when_the_display_changes(
    qtbot: QtBot, window: MainWindow, fake_time: FakeTime
) -> None:
    open_by_keyboard(qtbot, window)
    page = window.session_page
    assert page is not None
    view = page.run_view
    page.runner.act(ClockEventKind.START)
    before = view.render_count
    seen = []
    for _ in range(120):  # two minutes of the timer's own schedule
        wait = page.runner.clock.next_change_in()
        assert wait is not None and 0 < wait <= 1
        fake_time.advance(wait + 0.005)
        view.refresh()
        seen.append((view.time_label.text(), view.session_label.text()))
    assert view.render_count - before == 120
    assert all(a != b for a, b in itertools.pairwise(seen))  # each one a change
    # And the timer woke about once a second: 120 wake-ups for two minutes of clock.
    assert (
        displayed_second(page.runner.snapshot().remaining)
        <= page.runner.plan[0].planned_seconds - 119
    )


def test_a_finished_session_keeps_its_clock_closed_and_its_write_up_open(
    qtbot: QtBot, window: MainWindow, store: Store, fake_time: FakeTime, planned: tuple[str, str]
) -> None:
    open_by_keyboard(qtbot, window)
    page = window.session_page
    assert page is not None
    page.runner.act(ClockEventKind.START)
    fake_time.advance(100)
    page.runner.act(ClockEventKind.END)
    window.close_session()
    open_by_keyboard(qtbot, window)
    page = window.session_page
    assert page is not None
    assert page.run_view.read_only
    assert not page.run_view.pause_action.isEnabled()
    assert "finished" in page.title.text()
    qtbot.keyClick(page.run_view, Qt.Key.Key_N)
    assert len(sessions.clock_events(store, planned[1])) == 2

    # The write-up that evening: a learning point typed and saved, an action too.
    panel = page.notes
    page.tabs.setCurrentWidget(panel)
    panel.shareable_check.setChecked(False)
    panel.point_edit.setFocus()
    type_text(panel.point_edit, "Silence after the case helped")
    qtbot.keyClick(panel.point_edit, Qt.Key.Key_Return)
    assert [p.text for p in notes.learning_points(store, planned[1])] == [
        "Silence after the case helped"
    ]
    panel.action_edit.setFocus()
    type_text(panel.action_edit, "Send the reading list")
    qtbot.keyClick(panel.action_edit, Qt.Key.Key_Return)
    assert [a.text for a in notes.actions(store, planned[1])] == ["Send the reading list"]
    assert not page.notes.private_edit.isReadOnly()


class RecordingChime:
    def __init__(self) -> None:
        self.plays = 0

    def available(self) -> bool:
        return True

    def play(self) -> bool:
        self.plays += 1
        return True


def test_preferences_set_the_warning_and_the_chime_sounds_at_time_up(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    fake_time: FakeTime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reflectdesk.store.settings import ClockPreferences, save_clock_preferences
    from reflectdesk.ui.room import session_page

    chime = RecordingChime()
    monkeypatch.setattr(session_page, "SystemChime", lambda: chime)
    save_clock_preferences(store, ClockPreferences(warning_minutes=5, chime=True))
    open_by_keyboard(qtbot, window)
    page = window.session_page
    assert page is not None
    assert page.chime_action.isChecked()
    view = page.run_view
    qtbot.keyClick(view, Qt.Key.Key_Space)
    first = page.runner.plan[0].planned_seconds
    fake_time.advance(first - 299)
    view.refresh()
    assert "Nearly time" in view.state_label.text()
    assert chime.plays == 0
    fake_time.advance(300)
    view.refresh()
    assert "Over time" in view.state_label.text()
    assert chime.plays == 1
    fake_time.advance(5)
    view.refresh()
    assert chime.plays == 1  # once per phase end, not at every repaint
