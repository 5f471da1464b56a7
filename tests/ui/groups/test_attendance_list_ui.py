"""A facilitator keeps CPD records in the window: types a registration number in the
member form, is reminded ten days after an accredited session that its attendance list is
owed, exports it from the group page, and the reminder goes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft
from reflectdesk.store import groups, members, settings
from reflectdesk.store.database import Store
from tests.export.sample import build_sample
from tests.ui.conftest import WindowFactory, find_open, keep_shot, type_text, wait_active

FINISHED_ON = date(2026, 3, 3)  # the sample session's day


def _accredited_sample(store: Store) -> str:
    sample = build_sample(store)
    group = groups.get_group(store, sample.group_id)
    groups.update_group(store, group.id, replace(group.to_draft(), accreditation_id="GAIA-42"))
    return sample.session_id


def test_a_registration_number_is_typed_in_the_member_form(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    group = groups.create_group(store, GroupDraft("Intervisie AIOS"))
    window = make_window()
    wait_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = find_open(qtbot, QDialog, "memberDialog")
    type_text(dialog.name_edit, "Anna de Vries")
    field = dialog.registration_edit
    field.setFocus()
    type_text(field, "12345")
    assert dialog.registration_note.isVisible()  # a soft word, never a refusal
    assert dialog.ok_button.isEnabled()
    field.clear()
    type_text(field, "190 123 456 01")
    assert not dialog.registration_note.isVisible()
    keep_shot(dialog, "member-form-registration-number.png")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [member] = members.list_members(store, group.id)
    assert member.registration_number == "190 123 456 01"


def test_the_reminder_shows_from_the_tenth_day_and_goes_after_the_export(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    session_id = _accredited_sample(store)
    window = make_window()
    reminder = window.group_page.list_reminder
    reminder.today = lambda: date(2026, 3, 12)  # nine days on
    reminder.refresh()
    assert not reminder.isVisible()
    reminder.today = lambda: date(2026, 3, 13)  # ten days on
    reminder.refresh()
    qtbot.waitUntil(reminder.isVisible)
    assert reminder.session_id == session_id
    keep_shot(window, "group-page-attendance-list-reminder.png")

    qtbot.mouseClick(reminder.export_button, Qt.MouseButton.LeftButton)
    files = find_open(qtbot, QFileDialog, "attendanceListFileDialog")
    assert isinstance(files, QFileDialog)
    assert Path(files.selectedFiles()[0]).name.endswith("attendance list.xlsx")
    target = tmp_path / "list.xlsx"
    files.fileSelected.emit(str(target))
    files.close()

    qtbot.waitUntil(lambda: not reminder.isVisible())
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert {row[5] for row in rows[1:]} == {"GAIA-42"}


def test_the_series_list_is_exported_from_the_groups_export_menu(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    _accredited_sample(store)
    window = make_window()
    panel = window.group_page.sessions
    assert panel.attendance_list_all_action in window.group_page.export_button.menu().actions()
    panel.attendance_list_all_action.trigger()
    files = find_open(qtbot, QFileDialog, "attendanceListFileDialog")
    assert isinstance(files, QFileDialog)
    target = tmp_path / "list.pdf"
    files.fileSelected.emit(str(target))
    files.close()
    exporter = panel.attendance_lists
    assert exporter is not None
    qtbot.waitUntil(lambda: exporter.written == (target, 1))
    assert target.read_bytes().startswith(b"%PDF")


def test_dismissing_the_reminder_keeps_it_away(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    session_id = _accredited_sample(store)
    window = make_window()
    reminder = window.group_page.list_reminder
    reminder.today = lambda: date(2026, 4, 1)
    reminder.refresh()
    qtbot.waitUntil(reminder.isVisible)
    qtbot.mouseClick(reminder.dismiss_button, Qt.MouseButton.LeftButton)
    assert not reminder.isVisible()
    assert session_id in settings.dismissed_list_reminders(store)
    reminder.refresh()
    assert not reminder.isVisible()


def test_the_group_form_keeps_the_accreditation_id(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    group = groups.create_group(store, GroupDraft("Balint"))
    window = make_window()
    field = window.group_page.fields.accreditation_edit
    field.setFocus()
    type_text(field, "GAIA 481516")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: groups.get_group(store, group.id).accreditation_id == "GAIA 481516")


def test_a_planned_session_gets_its_own_accreditation_id(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    from reflectdesk.store import sessions

    group = groups.create_group(store, GroupDraft("Balint", accreditation_id="GAIA-1"))
    window = make_window()
    wait_active(qtbot, window)
    window.group_page.sessions.plan()
    dialog = find_open(qtbot, QDialog, "planSessionDialog")
    field = dialog.accreditation_edit
    field.setFocus()
    type_text(field, "GAIA-2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [planned] = sessions.list_sessions(store, group.id)
    assert planned.accreditation_id == "GAIA-2"


def test_a_finished_session_is_given_its_own_accreditation_id_afterwards(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from reflectdesk.store import sessions

    session_id = _accredited_sample(store)
    window = make_window()
    panel = window.group_page.sessions
    panel.select_session(session_id)
    assert panel.accreditation_action.isEnabled()
    panel.accreditation_action.trigger()
    dialog = find_open(qtbot, QInputDialog, "sessionAccreditationDialog")
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("GAIA-99")
    dialog.accept()
    qtbot.waitUntil(lambda: sessions.get_session(store, session_id).accreditation_id == "GAIA-99")


def test_a_list_that_cannot_be_made_is_a_message_and_no_file(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    build_sample(store)  # finished, but its group has no accreditation id
    window = make_window()
    panel = window.group_page.sessions
    panel.attendance_list_all_action.trigger()
    files = find_open(qtbot, QFileDialog, "attendanceListFileDialog")
    target = tmp_path / "list.xlsx"
    files.fileSelected.emit(str(target))  # type: ignore[attr-defined]
    files.close()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() and "accreditation id" in w.text()
            for w in QApplication.topLevelWidgets()
        )
    )
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.close()
    assert not target.exists()
