"""Planning a series from the group page as a facilitator would: a first date typed, a
rhythm chosen, the clash and past warnings read in the preview, Create; then the
sessions on the group page, and the series exported to a calendar file."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import icalendar
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.ui.common.dates import day_with_weekday, system_zone
from tests.ui.conftest import WindowFactory, find_open, wait_active
from tests.ui.layout_check import layout_faults


def _group(store: Store, planned: int = 6) -> str:
    balint = format_id_for_key(store, "balint-one-case")
    draft = GroupDraft("Balint Tuesday", balint, planned_sessions=planned)
    return groups.create_group(store, draft).id


def _type_into(qtbot: QtBot, widget: object, text: str) -> None:
    """Select what the field holds and type over it, as a person does."""
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _pick(dialog: QDialog, year: int, month: int, day: int) -> None:
    """Click a day in the first date's calendar popup."""
    calendar = dialog.first_edit.calendarWidget()
    calendar.setSelectedDate(QDate(year, month, day))
    calendar.clicked.emit(QDate(year, month, day))


def _preview(dialog: QDialog) -> list[str]:
    return [dialog.preview.item(row).text() for row in range(dialog.preview.count())]


def test_a_weekly_series_warns_of_a_clash_and_plans_every_session(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    group = _group(store, planned=4)
    taken = datetime(2031, 9, 9, 19, 30, tzinfo=system_zone())  # the second Tuesday
    sessions.plan_session(store, group, SessionDraft(planned_start=taken))
    window = make_window()
    panel = window.group_page.sessions

    qtbot.mouseClick(panel.series_button, Qt.MouseButton.LeftButton)
    dialog = find_open(qtbot, QDialog, "planSeriesDialog")
    assert dialog.count_spin.value() == 4  # the group's planned number
    _pick(dialog, 2031, 9, 2)
    assert dialog.time_edit.time().toString("HH:mm") == "19:00"
    assert dialog.rhythm_combo.currentText() == "Every week"
    _type_into(qtbot, dialog.place_edit, "Room 3")

    lines = _preview(dialog)
    assert len(lines) == 4
    assert "2031" in lines[0] and "19:00" in lines[0]
    assert "clashes with another session of this group" in lines[1]
    assert not any("clashes" in line for line in (lines[0], *lines[2:]))
    assert dialog.summary_label.text() == "1 session with a warning: check the dates marked above."
    assert dialog.ok_button.text().replace("&", "") == "Plan 4 sessions"
    assert layout_faults(dialog) == []

    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    planned = sessions.list_sessions(store, group)
    assert len(planned) == 5
    mine = [r for r in planned if r.place == "Room 3"]
    assert [r.planned_start.astimezone(system_zone()).day for r in mine] == [2, 9, 16, 23]
    assert {r.planned_start.astimezone(system_zone()).time() for r in mine} == {time(19, 0)}
    assert panel.model.rowCount() == 5
    assert all(r.phase_count > 0 for r in mine)  # each from the group's format


def test_dates_in_the_past_and_a_monthly_rhythm(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    _group(store, planned=3)
    window = make_window()
    qtbot.mouseClick(window.group_page.sessions.series_button, Qt.MouseButton.LeftButton)
    dialog = find_open(qtbot, QDialog, "planSeriesDialog")
    _pick(dialog, 2020, 9, 8)
    dialog.rhythm_combo.setFocus()
    qtbot.keyClick(dialog.rhythm_combo, Qt.Key.Key_M)  # "Monthly, ..."
    lines = _preview(dialog)
    # The second Tuesday of each month.
    second_tuesdays = [date(2020, 9, 8), date(2020, 10, 13), date(2020, 11, 10)]
    assert [line.split(". ")[1].split(",")[0] for line in lines] == [
        day_with_weekday(day) for day in second_tuesdays
    ]
    assert all(line.endswith("in the past") for line in lines)
    assert "3 sessions with a warning" in dialog.summary_label.text()


def test_chosen_dates(qtbot: QtBot, make_window: WindowFactory, store: Store) -> None:
    group = _group(store)
    window = make_window()
    qtbot.mouseClick(window.group_page.sessions.series_button, Qt.MouseButton.LeftButton)
    dialog = find_open(qtbot, QDialog, "planSeriesDialog")
    dialog.rhythm_combo.setFocus()
    qtbot.keyClick(dialog.rhythm_combo, Qt.Key.Key_O)  # "On chosen dates"
    assert not dialog.count_spin.isVisible() and dialog.chosen_list.isVisible()
    assert layout_faults(dialog) == []  # nothing drawn over another, in either rhythm
    assert not dialog.ok_button.isEnabled()
    for month, day in ((11, 6), (10, 13)):
        _pick(dialog, 2031, month, day)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [dialog.chosen_list.item(r).text() for r in range(2)] == [
        day_with_weekday(date(2031, 10, 13)),
        day_with_weekday(date(2031, 11, 6)),
    ]
    assert len(_preview(dialog)) == 2
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(sessions.list_sessions(store, group)) == 2


def test_the_series_goes_to_a_calendar_file(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    group = _group(store)
    for day in (7, 14):
        start = datetime(2031, 10, day, 19, 0, tzinfo=system_zone())
        sessions.plan_session(store, group, SessionDraft(planned_start=start))
    window = make_window()
    panel = window.group_page.sessions
    wait_active(qtbot, window)

    panel.calendar_all_action.trigger()
    files = find_open(qtbot, QFileDialog, "calendarFileDialog")
    assert isinstance(files, QFileDialog)
    assert Path(files.selectedFiles()[0]).name == "Balint Tuesday — calendar.ics"
    target = tmp_path / "series.ics"
    files.fileSelected.emit(str(target))
    files.close()
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == [
        "Balint Tuesday — session 1",
        "Balint Tuesday — session 2",
    ]
    assert panel.calendar is not None and panel.calendar.written == (target, 2)
