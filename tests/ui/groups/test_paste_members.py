"""A facilitator adds a whole group at once: a list pasted from a spreadsheet or read
from a CSV file, checked and corrected in the preview, added in one go."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, MemberDraft, Role
from reflectdesk.store import groups, members
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.ui.groups.member_list_table import INCLUDE, NAME, ROLE
from reflectdesk.ui.groups.paste_members_dialog import PasteMembersDialog
from reflectdesk.ui.shell.main_window import MainWindow
from tests.ui.catalogues import language_installed
from tests.ui.conftest import WindowFactory, find_open, type_text
from tests.ui.layout_check import layout_faults

CTRL = Qt.KeyboardModifier.ControlModifier

# As copied from a spreadsheet: a header row, two columns, one role left empty, one
# name typed with a mistake the facilitator corrects in the preview.
ELEVEN = (
    "Naam\tRol\n"
    "IJsbrand de Vries\tParticipant\n"
    "Hüseyin Yılmaz\tDeelnemer\n"
    "Eertwegh, van den, Anna\tBegeleider\n"
    "Sanne van 't Hof\t\n"
    "Νίκος Παπαδόπουλος\tMember\n"
    "Ayşe Çelik\tlid\n"
    "Pieter Jansen\tco-begeleider\n"
    "\u200fMaria\u00a0Bakker\u200e\tlid\n"
    "Jan-Willem ter Horst\tlid\n"
    "Renée Müller\tlid\n"
    "Femke de Jong Jansen, GP\tlid\n"
)


def make_group(store: Store) -> str:
    fmt = format_id_for_key(store, "intervision-incident")
    return groups.create_group(store, GroupDraft("Intervisie AIOS", fmt)).id


def open_paste_dialog(qtbot: QtBot, window: MainWindow) -> PasteMembersDialog:
    panel = window.group_page.members
    qtbot.mouseClick(panel.add_several_button, Qt.MouseButton.LeftButton)
    dialog = find_open(qtbot, QDialog, "pasteMembersDialog")
    assert isinstance(dialog, PasteMembersDialog)
    assert QApplication.focusWidget() is dialog.text_edit
    return dialog


def table_names(window: MainWindow) -> list[str]:
    model = window.group_page.members.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_paste_eleven_from_a_spreadsheet_fix_one_and_add_all(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    group_id = make_group(store)
    window = make_window()
    dialog = open_paste_dialog(qtbot, window)

    QApplication.clipboard().setText(ELEVEN)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_V, CTRL)
    model = dialog.model
    qtbot.waitUntil(lambda: model.rowCount() == 11)
    assert model.index(0, NAME).data() == "IJsbrand de Vries"
    assert model.index(2, NAME).data() == "Anna van den Eertwegh"
    assert model.index(2, ROLE).data() == "Facilitator"
    assert model.index(7, NAME).data() == "Maria Bakker"  # marks and the hard space gone
    # The last line's comma is not a register's: it must be corrected first.
    assert "Unclear" in model.index(10, 3).data()
    assert not dialog.ok_button.isEnabled()

    # Tab to the preview, down to the last row's name, F2, retype, Enter.
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past the CSV button
    table = dialog.table
    assert QApplication.focusWidget() is table
    table.setCurrentIndex(model.index(10, NAME))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "Femke de Jong")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits a moment after Enter, once the field has seen the key.
    qtbot.waitUntil(lambda: model.index(10, NAME).data() == "Femke de Jong")
    assert model.index(10, 3).data() == ""

    # The role of the fourth (none given) is chosen in its combo with the keyboard.
    table.setCurrentIndex(model.index(3, ROLE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Member -> Facilitator
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rows()[3].role is Role.FACILITATOR)
    assert model.index(3, ROLE).data() == "Facilitator"

    assert dialog.ok_button.isEnabled()
    assert dialog.ok_button.text() == "Add 11 Members"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert window.group_page.members.model.rowCount() == 11
    qtbot.waitUntil(lambda: window.group_list.model.record_at(0).member_count == 11)
    assert window.statusBar().currentMessage() == "Added 11 members."
    assert "Anna van den Eertwegh" in table_names(window)
    assert "Hüseyin Yılmaz" in table_names(window)
    by_name = {m.display_name: m for m in members.list_members(store, group_id)}
    assert by_name["Anna van den Eertwegh"].family_name == "van den Eertwegh"
    assert by_name["Sanne van 't Hof"].role is Role.FACILITATOR
    assert by_name["Pieter Jansen"].role is Role.CO_FACILITATOR
    assert by_name["IJsbrand de Vries"].role is Role.MEMBER


def test_duplicates_block_until_left_out(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    group_id = make_group(store)
    members.add_member(store, group_id, MemberDraft("Anna de Vries"))
    window = make_window()
    dialog = open_paste_dialog(qtbot, window)
    for number, line in enumerate(("ANNA DE VRIES", "Hüseyin Yılmaz", "huseyin yilmaz")):
        if number:
            qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
        type_text(dialog.text_edit, line)
    model = dialog.model
    assert model.rowCount() == 3
    assert model.index(0, 3).data() == "⚠ Already a member of this group"
    assert model.index(2, 3).data() == "⚠ Already in this list"
    assert not dialog.ok_button.isEnabled()
    assert dialog.summary.text().startswith("2 rows need a change")
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter adds nobody
    assert dialog.isVisible()
    assert len(members.list_members(store, group_id)) == 1

    # Clearing the Add box of both (Space, as in any list) leaves one to add.
    for row in (0, 2):
        dialog.table.setCurrentIndex(model.index(row, INCLUDE))
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert model.index(2, 3).data() == "Left out"
    assert dialog.ok_button.isEnabled()
    assert dialog.ok_button.text() == "Add 1 Member"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert table_names(window) == ["Anna de Vries", "Hüseyin Yılmaz"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_a_csv_file_from_dutch_excel(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path, encoding: str
) -> None:
    group_id = make_group(store)
    path = tmp_path / "deelnemers.csv"
    path.write_bytes(
        'Naam;Rol\r\n"Eertwegh, van den, IJsbrand";Begeleider\r\nRenée Müller;lid\r\n'.encode(
            encoding
        )
    )
    window = make_window()
    dialog = open_paste_dialog(qtbot, window)
    qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
    files = find_open(qtbot, QFileDialog, "memberListFileDialog")
    assert isinstance(files, QFileDialog)
    # It opens in the home folder (this home has no Documents), never the program's.
    assert files.directory().absolutePath() == str(Path.home())
    files.fileSelected.emit(str(path))  # as choosing the file and pressing Open does
    files.close()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert "deelnemers.csv" in dialog.source_label.text()
    assert dialog.ok_button.text() == "Add 2 Members"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    by_name = {m.display_name: m.role for m in members.list_members(store, group_id)}
    assert by_name == {"IJsbrand van den Eertwegh": Role.FACILITATOR, "Renée Müller": Role.MEMBER}


def test_an_unreadable_file_is_said_in_the_dialog(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    make_group(store)
    window = make_window()
    dialog = open_paste_dialog(qtbot, window)
    dialog.read_csv_file(tmp_path / "gone.csv")
    assert dialog.error_label.isVisible()
    assert "gone.csv" in dialog.error_label.text()
    assert dialog.isVisible()


def test_the_dialog_fits_a_laptop_screen(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    make_group(store)
    window = make_window()
    dialog = open_paste_dialog(qtbot, window)
    hint = dialog.sizeHint().expandedTo(dialog.minimumSize())
    assert hint.width() <= 1366 and hint.height() <= 768 - 80  # taskbar and title bar
    assert dialog.height() <= 768 - 80
    QApplication.clipboard().setText(ELEVEN)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_V, CTRL)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 11)
    assert layout_faults(dialog) == []
    # All eleven rows in view without scrolling, and the buttons below them.
    table = dialog.table
    last = table.visualRect(dialog.model.index(10, NAME))
    assert table.viewport().rect().contains(last), (last, table.viewport().rect())


def test_corrections_in_the_preview_survive_typing_more_lines(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    make_group(store)
    window = make_window()
    dialog = open_paste_dialog(qtbot, window)
    type_text(dialog.text_edit, "Jan Jansen")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    type_text(dialog.text_edit, "Sanne van 't Hof")
    model = dialog.model
    table = dialog.table
    table.setCurrentIndex(model.index(0, INCLUDE))
    qtbot.keyClick(table, Qt.Key.Key_Space)  # Jan left out
    table.setCurrentIndex(model.index(1, ROLE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # Sanne leads
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rows()[1].role is Role.FACILITATOR)
    dialog.text_edit.setFocus()

    # A line typed above both: they move down and keep what was set for them.
    dialog.text_edit.moveCursor(dialog.text_edit.textCursor().MoveOperation.Start)
    type_text(dialog.text_edit, "Ayşe Çelik")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    assert [row.name for row in model.rows()] == ["Ayşe Çelik", "Jan Jansen", "Sanne van 't Hof"]
    assert [row.included for row in model.rows()] == [True, False, True]
    assert model.rows()[2].role is Role.FACILITATOR
    assert dialog.ok_button.text() == "Add 2 Members"


def test_a_long_list_is_read_after_a_pause(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    make_group(store)
    window = make_window()
    dialog = open_paste_dialog(qtbot, window)
    QApplication.clipboard().setText("\n".join(f"Deelnemer {n} de Vries" for n in range(400)))
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_V, CTRL)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 400)
    assert dialog.ok_button.text() == "Add 400 Members"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_button_reads_whole_beside_add_on_a_laptop(
    qtbot: QtBot, make_window: WindowFactory, store: Store, language: str
) -> None:
    make_group(store)
    with language_installed(language):
        window = make_window()
        window.resize(1280, 720)
        panel = window.group_page.members
        qtbot.waitUntil(lambda: window.width() == 1280)
        button = panel.add_several_button
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.geometry().left() > panel.add_button.geometry().right()  # next to Add
