"""The leader log window, as a leader uses it: Records ▸ Leader Log (Ctrl+Alt+R) opens
on their own name with the sessions they led and co-led in two groups, says what is
done and what is still needed, takes a supervision entry with a private note typed in
the dialog (the totals change), deletes it after asking, and exports the log as PDF and
CSV."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import LeaderLogKind, Role
from reflectdesk.operations import leader_log as log_ops
from reflectdesk.store import groups
from reflectdesk.store.database import Store
from reflectdesk.ui.records.leader_entry_dialog import LeaderEntryDialog
from reflectdesk.ui.records.leader_log_window import LeaderLogWindow
from tests.leader_sample import make_group, run_session
from tests.ui.conftest import WindowFactory, find_open, keep_shot, type_text

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
LEADER = "Anne de Vries"


def two_groups(store: Store) -> None:
    """Anne leads Utrecht (two sessions, 60 and 90 minutes) and co-leads Zwolle (one of
    75 minutes), written there in capitals: the log finds her in both."""
    utrecht = make_group(store, "Balint Utrecht", ((LEADER, Role.FACILITATOR),))
    zwolle = make_group(store, "Balint Zwolle", (("ANNE DE VRIES", Role.CO_FACILITATOR),))
    run_session(store, utrecht, datetime(2026, 3, 3, 18, 0, tzinfo=UTC), 60)
    run_session(store, utrecht, datetime(2026, 4, 7, 18, 0, tzinfo=UTC), 90)
    run_session(store, zwolle, datetime(2026, 5, 12, 18, 0, tzinfo=UTC), 75)
    log_ops.save_my_leader_name(store, LEADER)


def open_log(qtbot: QtBot, make_window: WindowFactory) -> LeaderLogWindow:
    """Records ▸ Leader Log by its shortcut, as a person opens it; once its log is read."""
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_ALT)
    found = find_open(qtbot, QDialog, "leaderLogWindow")
    assert isinstance(found, LeaderLogWindow)
    qtbot.waitUntil(lambda: found.log is not None, timeout=10_000)
    return found


def choose_body(qtbot: QtBot, log: LeaderLogWindow, key: str) -> None:
    with qtbot.waitSignal(log.loaded, timeout=10_000):
        log.body_combo.setCurrentIndex(log.body_combo.findData(key))


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_leader_sees_progress_adds_supervision_deletes_it_and_exports(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    two_groups(store)
    log = open_log(qtbot, make_window)
    assert log.leader_combo.currentText() == LEADER  # the saved "my name"
    choose_body(qtbot, log, "uk-balint-society")
    keep_shot(log, "leader-log-uk.png")

    # Three sessions across the two groups, newest first; both spellings found.
    assert log.model.rowCount() == 3
    assert [log.model.index(row, 2).data() for row in range(3)] == [
        "Balint Zwolle",
        "Balint Utrecht",
        "Balint Utrecht",
    ]
    zwolle_tip = log.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "No debrief with your co-leader is recorded for it." in zwolle_tip
    lines = log.progress.lines_shown()
    assert any(line.startswith("✗ Not yet") and "Co-led 1 of 20 sessions" in line for line in lines)
    assert "Led: 2 sessions; co-led: 1 session" in log.totals_label.text()
    assert "In groups: 3 h 45 min" in log.totals_label.text()
    assert "Supervision: 0 sessions, 0 min" in log.totals_label.text()

    # A supervision session with a private note, typed into the dialog.
    click(qtbot, log.add_button)
    dialog = find_open(qtbot, QDialog, "leaderEntryDialog")
    assert isinstance(dialog, LeaderEntryDialog)
    assert dialog.kind() is LeaderLogKind.SUPERVISION
    dialog.hours_spin.selectAll()
    type_text(dialog.hours_spin, "1")
    dialog.minutes_spin.selectAll()
    type_text(dialog.minutes_spin, "30")
    type_text(dialog.counterpart_field, "Dr. Jones")
    type_text(dialog.title_field, "Endings in groups")
    type_text(dialog.box.editor, "We talked about the silent member in Zwolle.")
    keep_shot(dialog, "leader-log-entry.png")
    with qtbot.waitSignal(log.loaded, timeout=10_000):
        click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: log.model.rowCount() == 4)
    assert "Supervision: 1 session, 1 h 30 min" in log.totals_label.text()
    entry = log.current_entry()
    assert entry is not None and entry.counterpart == "Dr. Jones" and entry.has_note
    assert log_ops.entry_note(store, entry.id) == "We talked about the silent member in Zwolle."
    keep_shot(log, "leader-log-with-entry.png")

    # Delete asks first; Cancel keeps it, the answer removes it.
    click(qtbot, log.delete_button)
    question = find_open(qtbot, QMessageBox, "deleteLogEntryQuestion")
    assert isinstance(question, QMessageBox)
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert log.model.rowCount() == 4
    click(qtbot, log.delete_button)
    question = find_open(qtbot, QMessageBox, "deleteLogEntryQuestion")
    assert isinstance(question, QMessageBox)
    [answer] = [b for b in question.buttons() if b.text() == "Delete entry"]
    with qtbot.waitSignal(log.loaded, timeout=10_000):
        answer.click()
    assert log.model.rowCount() == 3
    assert "Supervision: 0 sessions, 0 min" in log.totals_label.text()

    # The PDF for a supervisor and the CSV, each where the leader chose.
    for button, name in ((log.pdf_button, "log.pdf"), (log.csv_button, "log.csv")):
        click(qtbot, button)
        files = find_open(qtbot, QFileDialog, "exportFileDialog")
        assert isinstance(files, QFileDialog)
        assert Path(files.selectedFiles()[0]).name.startswith(LEADER)
        files.fileSelected.emit(str(tmp_path / name))
        files.close()
        with qtbot.waitSignal(log.exports.jobs[-1].succeeded, timeout=20_000):
            pass
        assert (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "log.pdf").read_bytes().startswith(b"%PDF")
    assert "Balint Zwolle" in (tmp_path / "log.csv").read_text(encoding="utf-8-sig")


def test_a_facilitators_row_opens_their_log(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    two_groups(store)
    window = make_window()
    [zwolle] = [g for g in groups.list_groups(store) if g.name == "Balint Zwolle"]
    assert window.group_list.select_group(zwolle.id)
    panel = window.group_page.members
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    records = window.menus.records_menu
    by_name = {m.display_name: m.membership_id for m in panel.model.records()}

    panel.select(by_name["Bram Member"])  # not a facilitator: nothing to open
    records.menu.aboutToShow.emit()
    assert not records.facilitator_log_action.isEnabled()

    panel.select(by_name["ANNE DE VRIES"])  # the co-facilitator of Zwolle
    records.menu.aboutToShow.emit()
    assert records.facilitator_log_action.isEnabled()
    records.facilitator_log_action.trigger()
    log = find_open(qtbot, QDialog, "leaderLogWindow")
    assert isinstance(log, LeaderLogWindow)
    # The spelling listed for her (the one most used) stands for both.
    qtbot.waitUntil(lambda: log.log is not None and log.log.leader_name == LEADER)
    assert log.model.rowCount() == 3


def test_the_log_opens_on_the_leader_last_chosen_and_prints(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    two_groups(store)
    make_group(store, "Intervisie Gouda", (("Bram de Boer", Role.FACILITATOR),))
    log = open_log(qtbot, make_window)
    combo = log.leader_combo
    assert [combo.itemText(row) for row in range(combo.count())] == [LEADER, "Bram de Boer"]
    combo.setFocus()
    combo.lineEdit().selectAll()
    with qtbot.waitSignal(log.loaded, timeout=10_000):
        type_text(combo.lineEdit(), "bram de boer")
        qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert log.log is not None and log.model.rowCount() == 0
    assert log.isVisible()  # Enter in the name field reads the log; it does not close it
    log.progress.setFocus()
    log.progress.setCurrentCell(0, 1)
    qtbot.keyClick(log.progress, Qt.Key.Key_Return)
    assert log.isVisible()  # nor anywhere else: Close is pressed, never reached by Enter
    assert log_ops.my_leader_name(store) == "Bram de Boer"  # completed as listed

    with qtbot.waitSignal(log.loaded, timeout=10_000):
        log.show_leader(LEADER)
    click(qtbot, log.print_button)
    with qtbot.waitSignal(log.exports.jobs[-1].succeeded, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: log.exports.preview is not None)
    preview = log.exports.preview
    assert preview is not None
    preview.close()
