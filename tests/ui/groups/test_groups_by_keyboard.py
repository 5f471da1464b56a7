"""A facilitator sets up a group with the keyboard only, as they would before a series."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, MemberDraft, Role
from reflectdesk.store import groups, members
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import find_open, type_text, wait_active

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused() -> object:
    return QApplication.focusWidget()


def test_create_a_group_with_keyboard_only(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    assert window.pages.currentWidget() is window.welcome_page  # a fresh database

    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = find_open(qtbot, QDialog, "newGroupDialog")
    assert focused() is dialog.fields.name_edit
    type_text(focused(), "Balint — Hüseyin's GP block")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # to the format picker
    assert focused() is dialog.fields.format_combo
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # the first built-in format
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(focused(), "GP placement, block 2")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    [record] = groups.list_groups(store)
    assert record.name == "Balint — Hüseyin's GP block"
    assert record.setting == "GP placement, block 2"
    assert record.format_id is not None
    assert window.group_list.current_group_id() == record.id
    assert window.pages.currentWidget() is window.group_page
    assert window.group_page.title.text() == record.name


def test_new_group_dialog_refuses_an_empty_name(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = find_open(qtbot, QDialog, "newGroupDialog")
    type_text(dialog.fields.name_edit, "   ")
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    qtbot.keyClick(dialog.fields.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert groups.list_groups(store) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_pasted_10000_character_name_is_cut_to_the_limit(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = find_open(qtbot, QDialog, "newGroupDialog")
    dialog.fields.name_edit.insert("x" * 10_000)  # as a paste would
    qtbot.keyClick(dialog.fields.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [record] = groups.list_groups(store)
    assert len(record.name) == dialog.fields.name_edit.maxLength()


def add_member_by_keyboard(
    qtbot: QtBot, window: MainWindow, name: str, role_steps: int = 0
) -> None:
    wait_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL)
    dialog = find_open(qtbot, QDialog, "memberDialog")
    assert focused() is dialog.name_edit
    type_text(focused(), name)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    for _ in range(role_steps):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def make_group(store: Store, name: str = "Intervisie AIOS") -> str:
    fmt = format_id_for_key(store, "intervision-incident")
    return groups.create_group(store, GroupDraft(name, fmt, "Huisartsopleiding", 8, 6)).id


def test_add_members_by_keyboard_sorted_by_family_name(
    qtbot: QtBot, make_window: object, store: Store
) -> None:
    make_group(store)
    window = make_window()  # type: ignore[operator]
    add_member_by_keyboard(qtbot, window, "IJsbrand van den Eertwegh")
    add_member_by_keyboard(qtbot, window, "Νίκος Παπαδόπουλος")
    add_member_by_keyboard(qtbot, window, "Hüseyin İkiz", role_steps=1)
    add_member_by_keyboard(qtbot, window, "Anna de Vries")

    table = window.group_page.members.model
    shown = [table.index(row, 0).data() for row in range(table.rowCount())]
    assert shown == [
        "IJsbrand van den Eertwegh",
        "Hüseyin İkiz",
        "Anna de Vries",
        "Νίκος Παπαδόπουλος",
    ]
    assert table.index(0, 1).data() == "Eertwegh, van den"
    by_name = {m.display_name: m for m in members.list_members(store, window.group_page.group_id)}
    assert by_name["Hüseyin İkiz"].role is Role.FACILITATOR
    assert window.group_list.model.record_at(0).member_count == 4


def test_edit_and_remove_a_member_by_keyboard(
    qtbot: QtBot, make_window: object, store: Store
) -> None:
    group_id = make_group(store)
    members.add_member(store, group_id, MemberDraft("Pieter Jansen"))
    members.add_member(store, group_id, MemberDraft("Ayşe Çelik"))
    window = make_window()  # type: ignore[operator]
    panel = window.group_page.members
    panel.table.setFocus()
    assert panel.current_membership_id()  # the first row has the focus frame

    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # Enter edits, as in a file manager
    dialog = find_open(qtbot, QDialog, "memberDialog")
    dialog.name_edit.selectAll()
    type_text(dialog.name_edit, "Ayşe Çelik-Yılmaz")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    names = [m.display_name for m in members.list_members(store, group_id)]
    assert "Ayşe Çelik-Yılmaz" in names

    wait_active(qtbot, window)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    box = find_open(qtbot, QMessageBox, "removeMemberConfirm")
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(members.list_members(store, group_id)) == 1)
    assert [m.display_name for m in members.list_members(store, group_id)] == ["Ayşe Çelik-Yılmaz"]


def test_delete_in_a_text_field_does_not_remove_a_member(
    qtbot: QtBot, make_window: object, store: Store
) -> None:
    group_id = make_group(store)
    members.add_member(store, group_id, MemberDraft("Pieter Jansen"))
    window = make_window()  # type: ignore[operator]
    window.group_page.members.select_member(members.list_members(store, group_id)[0].membership_id)
    setting = window.group_page.fields.setting_edit
    setting.setFocus()
    qtbot.keyClick(setting, Qt.Key.Key_Home)
    qtbot.keyClick(setting, Qt.Key.Key_Delete)
    assert setting.text() == "uisartsopleiding"
    assert all(
        not w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
    )
    assert len(members.list_members(store, group_id)) == 1


def test_rename_with_f2(qtbot: QtBot, make_window: object, store: Store) -> None:
    group_id = make_group(store, "Intervisie")
    window = make_window()  # type: ignore[operator]
    qtbot.keyClick(window, Qt.Key.Key_F2)
    name_edit = window.group_page.fields.name_edit
    assert focused() is name_edit
    assert name_edit.selectedText() == "Intervisie"
    type_text(name_edit, "Intervisie — cohort van den Berg")
    qtbot.keyClick(name_edit, Qt.Key.Key_Return)
    assert groups.get_group(store, group_id).name == "Intervisie — cohort van den Berg"
    assert window.group_page.title.text() == "Intervisie — cohort van den Berg"
    assert window.group_list.model.record_at(0).name == "Intervisie — cohort van den Berg"


def test_an_empty_name_is_not_saved_and_is_restored_on_leaving(
    qtbot: QtBot, make_window: object, store: Store
) -> None:
    first = make_group(store, "Alpha group")
    make_group(store, "Beta group")
    window = make_window()  # type: ignore[operator]
    assert window.group_page.group_id == first
    name_edit: QLineEdit = window.group_page.fields.name_edit
    name_edit.setFocus()
    name_edit.selectAll()
    qtbot.keyClick(name_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(name_edit, Qt.Key.Key_Return)
    assert window.group_page.error_label.isVisible()
    assert "cannot be empty" in window.group_page.error_label.text()
    assert groups.get_group(store, first).name == "Alpha group"

    window.group_list.view.setFocus()
    qtbot.keyClick(window.group_list.view, Qt.Key.Key_Down)
    qtbot.keyClick(window.group_list.view, Qt.Key.Key_Up)
    assert window.group_page.fields.name_edit.text() == "Alpha group"
    assert not window.group_page.error_label.isVisible()


def test_ground_rules_are_saved_shortly_after_typing(
    qtbot: QtBot, make_window: object, store: Store
) -> None:
    group_id = make_group(store)
    window = make_window()  # type: ignore[operator]
    rules = window.group_page.rules_edit
    rules.setFocus()
    type_text(rules, "Wat in de groep gezegd wordt, blijft in de groep.")
    qtbot.waitUntil(
        lambda: (
            groups.get_group(store, group_id).ground_rules
            == "Wat in de groep gezegd wordt, blijft in de groep."
        ),
        timeout=3000,
    )
    assert window.group_page.saved_label.text() == "All changes saved"


def test_archive_and_restore_by_keyboard(qtbot: QtBot, make_window: object, store: Store) -> None:
    group_id = make_group(store, "To archive")
    make_group(store, "Stays")
    window = make_window()  # type: ignore[operator]
    window.group_list.select_group(group_id)

    qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)
    box = find_open(qtbot, QMessageBox, "archiveConfirm")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Archive is the default button
    qtbot.waitUntil(lambda: groups.get_group(store, group_id).archived)
    assert [g.name for g in groups.list_groups(store)] == ["Stays"]
    assert window.group_list.model.rowCount() == 1

    wait_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL_SHIFT)  # show archived groups
    assert window.group_list.archived_toggle.isChecked()
    window.group_list.select_group(group_id)
    assert window.group_page.archived_banner.isVisible()
    assert not window.group_page.fields.isEnabled()
    assert not window.menus.add_member_action.isEnabled()

    wait_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: not groups.get_group(store, group_id).archived)


def test_filter_folds_accents(qtbot: QtBot, make_window: object, store: Store) -> None:
    make_group(store, "Groep Hüseyin")
    make_group(store, "Ομάδα Balint")
    make_group(store, "Another group")
    window = make_window()  # type: ignore[operator]
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert focused() is window.group_list.filter_edit
    type_text(window.group_list.filter_edit, "huseyin")
    assert window.group_list.proxy.rowCount() == 1
    window.group_list.filter_edit.clear()
    type_text(window.group_list.filter_edit, "ομαδα")
    assert window.group_list.proxy.rowCount() == 1
    assert window.group_list.proxy.index(0, 0).data() == "Ομάδα Balint"


def test_menu_items_show_their_shortcuts(window: MainWindow) -> None:
    for action in (
        window.menus.new_group_action,
        window.menus.rename_action,
        window.menus.archive_action,
        window.menus.add_member_action,
        window.menus.quit_action,
        window.menus.filter_action,
    ):
        assert not action.shortcut().isEmpty(), action.text()
        assert action.shortcut().toString() in action.toolTip()
    panel = window.group_page.members
    assert "Ctrl+M" in panel.add_button.toolTip()
    assert "Delete" in panel.remove_button.toolTip()


def test_ground_rules_typed_just_before_closing_are_kept(
    qtbot: QtBot, make_window: object, store: Store
) -> None:
    group_id = make_group(store)
    window = make_window()  # type: ignore[operator]
    rules = window.group_page.rules_edit
    rules.setFocus()
    type_text(rules, "Wat hier gezegd wordt, blijft hier.")
    window.close()  # before the save delay has passed
    assert groups.get_group(store, group_id).ground_rules == "Wat hier gezegd wordt, blijft hier."
