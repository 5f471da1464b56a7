"""The programme view: File ▸ Programmes (Ctrl+Alt+P) makes a programme, two groups are
ticked into it, and its report is exported off the ui thread."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, MemberDraft, Role
from reflectdesk.store import groups, members, programmes
from reflectdesk.store.database import Store
from reflectdesk.ui.exports.programmes_dialog import ProgrammesDialog
from tests.ui.conftest import WindowFactory, find_open, type_text

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _tick(dialog: ProgrammesDialog, name: str) -> None:
    items = dialog.group_list.findItems(name, Qt.MatchFlag.MatchExactly)
    assert len(items) == 1
    items[0].setCheckState(Qt.CheckState.Checked)  # as a click on its box does


def test_make_a_programme_tick_two_groups_and_export_its_report(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    for name, students in (("Balint 1", 3), ("Balint 2", 2), ("Intervision", 4)):
        group = groups.create_group(store, GroupDraft(name))
        members.add_member(store, group.id, MemberDraft(f"Lead {name}", Role.FACILITATOR))
        for number in range(students):
            members.add_member(store, group.id, MemberDraft(f"Student {name} {number}"))
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_ALT)
    dialog = find_open(qtbot, QDialog, "programmesDialog")
    assert isinstance(dialog, ProgrammesDialog)
    assert not dialog.export_button.isEnabled()

    dialog.name_field.setFocus()
    type_text(dialog.name_field, "Balint programme 2026–27")
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    [made] = programmes.list_programmes(store)
    assert made.name == "Balint programme 2026–27"
    assert dialog.selected_id() == made.id

    _tick(dialog, "Balint 1")
    _tick(dialog, "Balint 2")
    assert [g.name for g in programmes.programme_groups(store, made.id)] == [
        "Balint 1",
        "Balint 2",
    ]
    assert dialog.export_button.isEnabled()

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "programme.pdf"
    files = find_open(qtbot, QFileDialog, "exportFileDialog")
    assert isinstance(files, QFileDialog)
    # A name that says what it is, in the home folder (this home has no Documents).
    assert files.directory().absolutePath() == str(Path.home())
    assert Path(files.selectedFiles()[0]).name == (
        "Balint programme 2026–27 — programme report.pdf"
    )
    files.fileSelected.emit(str(target))
    files.close()
    with qtbot.waitSignal(dialog.jobs[-1].succeeded, timeout=20000):
        pass
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    files = find_open(qtbot, QFileDialog, "exportFileDialog")
    assert isinstance(files, QFileDialog)
    assert files.directory().absolutePath() == str(tmp_path)  # where the last one went
    files.close()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "5 students and 2 facilitators in 2 groups." in text


def test_deleting_a_programme_asks_first_and_keeps_its_groups(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    group = groups.create_group(store, GroupDraft("Balint 1"))
    cohort = programmes.create_programme(store, "Cohort")
    programmes.add_group(store, cohort.id, group.id)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_ALT)
    dialog = find_open(qtbot, QDialog, "programmesDialog")
    assert isinstance(dialog, ProgrammesDialog)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = find_open(qtbot, QMessageBox, "deleteProgrammeQuestion")
    assert isinstance(box, QMessageBox)
    [answer] = [b for b in box.buttons() if b.text() == "Delete programme"]
    qtbot.mouseClick(answer, Qt.MouseButton.LeftButton)
    assert programmes.list_programmes(store) == []
    assert [g.name for g in groups.list_groups(store)] == ["Balint 1"]
    assert dialog.programme_list.count() == 0
    assert not dialog.group_list.isEnabled()
