"""The format library, driven by the keyboard as a facilitator would use it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from reflectdesk.core.clock_state import PlannedPhase
from reflectdesk.core.formats import FormatDefinition, PhaseDefinition, dump_format, parse_format
from reflectdesk.core.model import GroupDraft
from reflectdesk.store import user_formats
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key, list_formats
from reflectdesk.store.groups import create_group, get_group
from reflectdesk.ui.common.phase_table import MINUTES, NAME, PhaseEditor, PhaseTableModel
from reflectdesk.ui.library.format_editor import FormatLibraryDialog, open_format_library
from tests.ui.conftest import find_open, type_text, wait_active

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
Answer = QMessageBox.StandardButton

GREEK = FormatDefinition(
    key="omada-balint",
    name="Ομάδα Balint — Θεσσαλονίκη",
    family="balint",
    description="Μία περίπτωση σε βάθος.",
    phases=(PhaseDefinition("Αφήγηση", 10, "Χωρίς σημειώσεις."), PhaseDefinition("Κλείσιμο", 5)),
)


def focused() -> object:
    return QApplication.focusWidget()


@pytest.fixture
def open_dialog(qtbot: QtBot, store: Store) -> Callable[[], FormatLibraryDialog]:
    def make() -> FormatLibraryDialog:
        dialog = FormatLibraryDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog

    return make


@pytest.fixture
def dialog(open_dialog: Callable[[], FormatLibraryDialog]) -> FormatLibraryDialog:
    return open_dialog()


def own_copy(store: Store, name: str = "Mijn Balint") -> str:
    source = format_id_for_key(store, "balint-one-case")
    assert source is not None
    return user_formats.copy_format(store, source, name).id


def phase_names(dialog: FormatLibraryDialog) -> list[str]:
    return [phase.name for phase in dialog.phase_editor.phases()]


def answer(qtbot: QtBot, name: str, button: Answer | None = None) -> None:
    """Answer a question box: Escape for Cancel, else the given button."""
    box = find_open(qtbot, QMessageBox, name)
    assert isinstance(box, QMessageBox)
    if button is None:
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    else:
        box.button(button).click()
    qtbot.waitUntil(lambda: not box.isVisible())


# --- the whole edit by keyboard ----------------------------------------------------------


def test_duplicate_rename_and_edit_phases_by_keyboard(
    qtbot: QtBot, dialog: FormatLibraryDialog, store: Store
) -> None:
    builtin = format_id_for_key(store, "balint-one-case")
    original = user_formats.format_definition(store, builtin)  # type: ignore[arg-type]
    assert focused() is dialog.format_list
    assert dialog.name_edit.isReadOnly()  # the first format is a built-in

    qtbot.keyClick(focused(), Qt.Key.Key_D, CTRL)  # Duplicate
    assert focused() is dialog.name_edit
    assert dialog.name_edit.selectedText() == original.name + " (copy)"
    type_text(focused(), "Balint — Ελληνικά και Türkçe")

    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL_SHIFT)  # Add Phase, after phase 1
    table = dialog.phase_editor.table
    assert table.currentIndex().row() == 1
    type_text(focused(), "Açılış — γνωριμία")  # into the name cell's editor
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # commits, opens the minutes cell
    assert isinstance(focused(), QSpinBox)
    type_text(focused(), "12")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is table)
    assert phase_names(dialog)[1] == "Açılış — γνωριμία"

    qtbot.keyClick(table, Qt.Key.Key_Up, ALT)  # Move Up: now the first phase
    assert phase_names(dialog)[0] == "Açılış — γνωριμία"
    assert table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)  # to the built-in's opening phase
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # Remove Phase
    assert dialog.isWindowModified()
    assert dialog.save_action.isEnabled()

    qtbot.keyClick(table, Qt.Key.Key_S, CTRL)  # Save

    assert not dialog.isWindowModified()
    assert not dialog.save_action.isEnabled()
    [own] = [summary for summary in list_formats(store) if not summary.builtin]
    saved = user_formats.format_definition(store, own.id)
    assert saved.name == "Balint — Ελληνικά και Türkçe"
    assert saved.phases[0] == PhaseDefinition("Açılış — γνωριμία", 12)
    assert saved.phases[1:] == original.phases[1:]
    assert own.total_minutes == original.total_minutes - original.phases[0].minutes + 12
    assert user_formats.format_definition(store, builtin) == original  # the built-in is kept
    assert dialog.format_list.currentItem().text().startswith("Balint — Ελληνικά και Türkçe\n")
    assert "Saved" in dialog.status_label.text()


def test_a_builtin_cannot_be_edited(qtbot: QtBot, dialog: FormatLibraryDialog) -> None:
    before = dialog.phase_editor.phases()
    table = dialog.phase_editor.table
    table.setFocus()

    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.keyClick(table, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.keyClick(table, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(table, Qt.Key.Key_X)  # would start editing an editable cell

    assert dialog.phase_editor.phases() == before
    assert not dialog.isWindowModified()
    assert dialog.name_edit.isReadOnly()
    assert not dialog.delete_action.isEnabled()
    assert "Duplicate" in dialog.note_label.text()


def test_minutes_editor_keeps_to_the_schema_limits(
    qtbot: QtBot, open_dialog: Callable[[], FormatLibraryDialog], store: Store
) -> None:
    own_copy(store)
    dialog = open_dialog()
    dialog.reload(list_formats(store)[-1].id)
    table = dialog.phase_editor.table
    table.setFocus()
    table.setCurrentIndex(dialog.phase_editor.model.index(0, MINUTES))

    qtbot.keyClick(table, Qt.Key.Key_F2)
    spin = focused()
    assert isinstance(spin, QSpinBox)
    assert (spin.minimum(), spin.maximum()) == (1, 240)
    type_text(spin, "999")
    qtbot.keyClick(spin, Qt.Key.Key_Return)

    assert dialog.phase_editor.phases()[0].planned_seconds <= 240 * 60


# --- validation and unsaved changes ------------------------------------------------------


def test_problems_are_shown_inline_and_block_saving(
    qtbot: QtBot, open_dialog: Callable[[], FormatLibraryDialog], store: Store
) -> None:
    format_id = own_copy(store)
    before = user_formats.format_definition(store, format_id)
    dialog = open_dialog()
    dialog.reload(format_id)

    dialog.name_edit.setFocus()
    dialog.name_edit.selectAll()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Delete)
    model = dialog.phase_editor.model
    model.setData(model.index(1, NAME), "   ")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_S, CTRL)

    assert dialog.error_label.isVisible()
    lines = dialog.error_label.text().splitlines()
    assert lines == ["⚠ Name: must not be empty", "⚠ Phase 2, name: must not be empty"]
    assert model.index(1, NAME).data(Qt.ItemDataRole.ToolTipRole) == "must not be empty"
    assert user_formats.format_definition(store, format_id) == before

    type_text(dialog.name_edit, "Weer goed")
    model.setData(model.index(1, NAME), "Vertellen")
    assert not dialog.error_label.isVisible()
    assert model.index(1, NAME).data(Qt.ItemDataRole.ToolTipRole) is None


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, open_dialog: Callable[[], FormatLibraryDialog], store: Store
) -> None:
    format_id = own_copy(store)
    dialog = open_dialog()
    dialog.reload(format_id)
    dialog.name_edit.setFocus()
    type_text(dialog.name_edit, " — bewerkt")

    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    answer(qtbot, "unsavedChanges")  # Cancel: keep editing
    wait_active(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.isWindowModified()

    dialog.close()  # the window's close button
    answer(qtbot, "unsavedChanges", Answer.Discard)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert user_formats.format_definition(store, format_id).name == "Mijn Balint"


def test_save_when_asked_on_closing(
    qtbot: QtBot, open_dialog: Callable[[], FormatLibraryDialog], store: Store
) -> None:
    format_id = own_copy(store)
    dialog = open_dialog()
    dialog.reload(format_id)
    dialog.name_edit.setFocus()
    type_text(dialog.name_edit, " — bewerkt")

    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    answer(qtbot, "unsavedChanges", Answer.Save)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert user_formats.format_definition(store, format_id).name == "Mijn Balint — bewerkt"


def test_leaving_an_edited_format_asks_and_cancel_stays(
    qtbot: QtBot, open_dialog: Callable[[], FormatLibraryDialog], store: Store
) -> None:
    format_id = own_copy(store)
    dialog = open_dialog()
    dialog.reload(format_id)
    dialog.name_edit.setFocus()
    type_text(dialog.name_edit, "!")
    dialog.format_list.setFocus()

    qtbot.keyClick(dialog.format_list, Qt.Key.Key_Up)
    answer(qtbot, "unsavedChanges")

    wait_active(qtbot, dialog)
    assert dialog.format_list.currentItem().text().startswith("Mijn Balint\n")
    assert dialog.name_edit.text() == "Mijn Balint!"

    qtbot.keyClick(dialog.format_list, Qt.Key.Key_Up)
    answer(qtbot, "unsavedChanges", Answer.Discard)
    assert dialog.format_list.currentRow() == dialog.format_list.count() - 2
    assert user_formats.format_definition(store, format_id).name == "Mijn Balint"


# --- files and deleting ------------------------------------------------------------------


def test_import_and_export_through_the_file_chooser(
    qtbot: QtBot,
    dialog: FormatLibraryDialog,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "omada.toml"
    source.write_text(dump_format(GREEK), encoding="utf-8")
    target = tmp_path / "export" / "copy.toml"
    target.parent.mkdir()
    asked: list[tuple[bool, str]] = []

    def choose(save: bool, suggested: str) -> Path:
        asked.append((save, suggested))
        return target if save else source

    monkeypatch.setattr(dialog, "choose_file", choose)

    qtbot.keyClick(dialog.format_list, Qt.Key.Key_O, CTRL)
    assert dialog.name_edit.text() == GREEK.name
    assert "omada-balint" in dialog.status_label.text()
    assert phase_names(dialog) == ["Αφήγηση", "Κλείσιμο"]

    qtbot.keyClick(dialog.format_list, Qt.Key.Key_E, CTRL)

    assert asked == [(False, ""), (True, "omada-balint.toml")]
    assert parse_format(target.read_text(encoding="utf-8")) == GREEK


def test_a_malformed_import_is_reported_and_adds_nothing(
    qtbot: QtBot,
    dialog: FormatLibraryDialog,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(dump_format(GREEK).replace("minutes = 10", "minutes = 0"), encoding="utf-8")
    monkeypatch.setattr(dialog, "choose_file", lambda save, suggested: broken)
    before = list_formats(store)

    qtbot.keyClick(dialog.format_list, Qt.Key.Key_O, CTRL)

    box = find_open(qtbot, QMessageBox, "errorBox")
    assert "phases[1].minutes" in box.text()
    assert "line 9" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert list_formats(store) == before


def test_delete_an_own_format_from_the_list(
    qtbot: QtBot, open_dialog: Callable[[], FormatLibraryDialog], store: Store
) -> None:
    format_id = own_copy(store)
    group = create_group(store, GroupDraft("Balint blok 2", format_id))
    dialog = open_dialog()
    dialog.reload(format_id)
    dialog.format_list.setFocus()

    qtbot.keyClick(dialog.format_list, Qt.Key.Key_Delete)
    answer(qtbot, "deleteFormatConfirm")  # Cancel
    assert len(list_formats(store)) == dialog.format_list.count()
    wait_active(qtbot, dialog)
    qtbot.waitUntil(lambda: focused() is dialog.format_list)

    qtbot.keyClick(dialog.format_list, Qt.Key.Key_Delete)
    box = find_open(qtbot, QMessageBox, "deleteFormatConfirm")
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    delete.click()

    assert all(summary.id != format_id for summary in list_formats(store))
    assert get_group(store, group.id).format_id is None
    assert dialog.format_list.count() == len(list_formats(store))
    assert "Deleted" in dialog.status_label.text()


def test_open_format_library_opens_a_dialog_that_goes_away(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = open_format_library(store, parent)
    qtbot.waitExposed(dialog)
    assert dialog.isModal()
    with qtbot.waitSignal(dialog.destroyed):
        dialog.reject()


# --- the phase model ---------------------------------------------------------------------


def test_phase_model_is_a_well_behaved_qt_model(qtmodeltester: object, qtbot: QtBot) -> None:
    editor = PhaseEditor(1, 240)
    qtbot.addWidget(editor)
    model = editor.model
    model.set_phases(
        [PlannedPhase("Αφήγηση", 600, "Χωρίς σημειώσεις."), PlannedPhase("Yansıma", 450)]
    )

    qtmodeltester.check(model)  # type: ignore[attr-defined]

    model.insert_phase(1, PlannedPhase("Soru turu", 300, deck="balint-leader"))
    assert model.move_phase(0, 1)
    assert not model.move_phase(0, -1)
    assert model.setData(model.index(2, MINUTES), 20)
    assert not model.setData(model.index(2, MINUTES), 0)
    model.remove_phase(0)
    model.set_problems({(0, NAME): "must not be empty"})
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [p.name for p in model.phases()] == ["Αφήγηση", "Yansıma"]
    assert model.phases()[1].planned_seconds == 1200
    assert model.index(1, MINUTES).data() == 20


def test_phase_model_shows_minutes_and_keeps_odd_seconds(qtbot: QtBot) -> None:
    model = PhaseTableModel()
    model.set_phases([PlannedPhase("Yansıma", 450)])  # 7.5 minutes, from a session
    assert model.index(0, MINUTES).data() == 8
    assert model.setData(model.index(0, MINUTES), 8)  # unchanged: seconds stay
    assert model.phases()[0].planned_seconds == 450
    assert model.setData(model.index(0, 3), "")  # an empty deck is no deck
    assert model.phases()[0].deck is None
    model.set_editable(False)
    assert not model.setData(model.index(0, NAME), "Other")
    assert not model.flags(model.index(0, NAME)) & Qt.ItemFlag.ItemIsEditable
