"""The format library: every installed format, and an editor for the facilitator's own.

Built-in formats are shown read-only; Duplicate makes an editable copy. Edits are kept in
the dialog until Save (Ctrl+S); leaving a format or closing with unsaved edits asks
whether to save them. All reads and writes go through ``reflectdesk.store.user_formats``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from reflectdesk.core import formats, limits
from reflectdesk.core.model import FormatSummary
from reflectdesk.store import user_formats
from reflectdesk.store.database import Store
from reflectdesk.store.formats import list_formats
from reflectdesk.ui.common import phase_table
from reflectdesk.ui.common.deck_column import installed_decks
from reflectdesk.ui.common.messages import attempt, confirm
from reflectdesk.ui.common.phase_table import FIELDS, PhaseEditor, action_button, shortcut_action
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.common.widgets import line_field
from reflectdesk.ui.library import definition_editor as shared

T = TypeVar("T")
_PHASE_FIELD = re.compile(r"phases\[(\d+)\]\.(\w+)")


def open_format_library(store: Store, parent: QWidget) -> FormatLibraryDialog:
    """Open the dialog window-modal; it deletes itself when closed."""
    return shared.open_window_modal(FormatLibraryDialog(store, parent))


class FormatLibraryDialog(shared.DefinitionLibrary):
    """Lists the formats; edits, duplicates, imports, exports and deletes them.

    The store publishes Change("formats", ...) for every change made here."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formatLibraryDialog")
        self.setWindowTitle(self.tr("Formats[*]"))
        self._store = store
        self._summary: FormatSummary | None = None
        self._saved: formats.FormatDefinition | None = None

        self.format_list = self.list
        self.format_list.setObjectName("formatList")
        self.name_edit = line_field(self, "formatName", limits.NAME_MAX_LENGTH)
        self.note_label = self._label("hint")
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("formatDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.phase_editor = PhaseEditor(limits.MINUTES_MIN, limits.MINUTES_MAX, self)
        self.phase_editor.set_decks(installed_decks(store))  # titles, not keys
        self.error_label = self._label("inlineError")
        self.status_label = self._label("hint")

        action = shortcut_action
        self.duplicate_action = action(
            self, self.tr("&Duplicate"), "Ctrl+D", self.tr("Make your own copy")
        )
        self.import_action = action(
            self, self.tr("&Import…"), "Ctrl+O", self.tr("Add a format from a file")
        )
        self.export_action = action(
            self, self.tr("E&xport…"), "Ctrl+E", self.tr("Save it as a file")
        )
        # Delete acts in the format list only; in the phase table it removes a phase.
        in_list = (self.format_list, self.tr(", in the list"))
        self.delete_action = action(
            self, self.tr("De&lete…"), "Delete", self.tr("Delete this format"), only_in=in_list
        )
        self.save_action = action(self, self.tr("&Save"), "Ctrl+S", self.tr("Save the changes"))
        self.close_action = action(self, self.tr("Close"), "", self.tr("Close (Esc)"))
        bottom = QHBoxLayout()
        for command in (self.duplicate_action, self.import_action, self.export_action):
            bottom.addWidget(action_button(command, self))
        bottom.addStretch(1)  # the destructive button stands apart
        bottom.addWidget(action_button(self.delete_action, self))
        bottom.addStretch(1)
        self.save_button = action_button(self.save_action, self)
        self.save_button.setDefault(True)  # Enter in the name field saves
        bottom.addWidget(self.save_button)
        bottom.addWidget(action_button(self.close_action, self))

        list_label = QLabel(self.tr("&Formats"), self)
        list_label.setBuddy(self.format_list)
        phases_label = QLabel(self.tr("&Phases"), self)
        phases_label.setBuddy(self.phase_editor.table)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.note_label)
        form.addRow(self.tr("D&escription:"), self.description_edit)
        left, right, columns = QVBoxLayout(), QVBoxLayout(), QHBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.format_list, 1)
        right.addLayout(form)
        right.addWidget(phases_label)
        right.addWidget(self.phase_editor, 1)
        right.addWidget(self.error_label)
        columns.addLayout(left)
        columns.addLayout(right, 1)
        self.format_list.setFixedWidth(300)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(bottom)
        self.resize(1040, 640)

        self.duplicate_action.triggered.connect(lambda: self._after_unsaved(self._duplicate))
        self.import_action.triggered.connect(lambda: self._after_unsaved(self._import))
        self.export_action.triggered.connect(lambda: self._after_unsaved(self._export))
        self.delete_action.triggered.connect(self._delete)
        self.save_action.triggered.connect(self.save)
        self.close_action.triggered.connect(self.reject)
        self.name_edit.textChanged.connect(self._on_edited)
        self.description_edit.textChanged.connect(self._on_edited)
        self.phase_editor.changed.connect(self._on_edited)
        self.reload()
        self.format_list.setFocus()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    # --- the list ------------------------------------------------------------------------

    def summaries(self) -> list[FormatSummary]:
        return list_formats(self._store)

    def item_text(self, summary: FormatSummary) -> str:
        kind = self.tr("built-in") if summary.builtin else self.tr("your own")
        minutes = fill(self.tr("%1 min"), summary.total_minutes)
        return f"{summary.name}\n{kind} · {minutes}"

    # --- showing and editing ---------------------------------------------------------

    def _load(self, summary: FormatSummary | None) -> None:
        self._loading = True
        old, table, model = self._summary, self.phase_editor.table, self.phase_editor.model
        keep = table.currentIndex() if old and summary and old.id == summary.id else None
        self._summary = summary
        saved = None if summary is None else user_formats.format_definition(self._store, summary.id)
        self._saved = saved
        if self.name_edit.text() != (name := saved.name if saved else ""):
            self.name_edit.setText(name)
        if self.description_edit.toPlainText() != (text := saved.description if saved else ""):
            self.description_edit.setPlainText(text)
        self.phase_editor.set_phases(phase_table.planned_phases(saved) if saved else [])
        if keep is not None and keep.row() < model.rowCount():
            table.setCurrentIndex(model.index(keep.row(), keep.column()))
        editable = summary is not None and not summary.builtin
        self.name_edit.setReadOnly(not editable)
        self.description_edit.setReadOnly(not editable)
        self.phase_editor.set_editable(editable)
        if summary is not None and summary.builtin:
            note = self.tr("Built-in format, read-only. Duplicate it (Ctrl+D) to make your own.")
        else:
            note = fill(self.tr("Your own format · key: %1"), summary.key) if summary else ""
        self.note_label.setText(note)
        self.duplicate_action.setEnabled(summary is not None)
        self.export_action.setEnabled(summary is not None)
        self.delete_action.setEnabled(editable)
        self._loading = False
        self._on_edited()

    def current_definition(self) -> formats.FormatDefinition | None:
        """What the fields show now, or None when no format is shown."""
        name, description = self.name_edit.text(), self.description_edit.toPlainText()
        phases = phase_table.phase_definitions(self.phase_editor.phases())
        saved = self._saved
        return saved and replace(saved, name=name, description=description, phases=phases)

    def is_dirty(self) -> bool:
        return self._saved is not None and self.current_definition() != self._saved

    def _on_edited(self) -> None:
        if self._loading:
            return
        dirty, current = self.is_dirty(), self.current_definition()
        self.setWindowModified(dirty)
        self.save_action.setEnabled(dirty)
        self._show_problems(user_formats.definition_problems(current) if dirty and current else [])
        if dirty:
            self.status_label.setText("")

    def _show_problems(self, problems: list[formats.FormatProblem]) -> None:
        """Each problem as a red line naming the field (and phase); phase cells marked."""
        cells: dict[tuple[int, int], str] = {}
        lines = []
        for problem in problems:
            found, message = _PHASE_FIELD.fullmatch(problem.field), problem.message
            if found:
                row, column = int(found[1]) - 1, FIELDS.index(found[2])
                cells[(row, column)] = problem.message
                header = self.phase_editor.model.headerData(column, Qt.Orientation.Horizontal)
                where = fill(self.tr("Phase %1, %2"), found[1], str(header).lower())
            elif problem.field == "phases" and not self.phase_editor.phases():
                where, message = self.tr("Phases"), self.tr("add at least one (Ctrl+Shift+N)")
            else:
                labels = {"name": self.tr("Name"), "description": self.tr("Description")}
                where = labels.get(problem.field, problem.field or self.tr("Format"))
            lines.append(f"⚠ {where}: {message}")
        self.phase_editor.model.set_problems(cells)
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))

    # --- actions ---------------------------------------------------------------------

    def save(self) -> bool:
        """Store the shown user format if it changed; False (problems shown) if not."""
        summary, current = self._summary, self.current_definition()
        if summary is None or summary.builtin or current is None or not self.is_dirty():
            return True
        problems = user_formats.definition_problems(current)
        if problems:
            self._show_problems(problems)
            return False
        save, title = user_formats.save_user_format, self.tr("Could not save the format")
        saved = self._attempt(title, lambda: save(self._store, summary.id, current))
        if saved is None:
            return False
        self.reload(saved.id)
        self.status_label.setText(fill(self.tr("Saved “%1”."), saved.name))
        return True

    def _attempt(self, title: str, action: Callable[[], T]) -> T | None:
        """The result of a store call, or None after telling the user why it failed (a
        FormatFileError lists every problem)."""
        return attempt(self, title, action)

    def _duplicate(self) -> None:
        source = self._summary
        if source is None:
            return
        name = shared.copy_name(source.name, self.tr(" (copy)"), limits.NAME_MAX_LENGTH)
        copy_format, title = user_formats.copy_format, self.tr("Could not copy the format")
        copy = self._attempt(title, lambda: copy_format(self._store, source.id, name))
        if copy is not None:
            self.reload(copy.id)
            message = self.tr("Made “%1”, your own copy: rename it and change its phases.")
            self.status_label.setText(fill(message, copy.name))
            self.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.name_edit.selectAll()

    def choose_file(self, save: bool, suggested: str) -> Path | None:
        """The format file to export to (``save``) or import, or None if cancelled.
        Tests replace this method to answer without a file dialog."""
        titles = (self.tr("Export Format"), self.tr("Import Format"))
        filters = self.tr("Format files (*.toml);;All files (*)")
        return shared.choose_definition_file(self, save, suggested, titles, filters)

    def _import(self) -> None:
        title = self.tr("Could not import the format")
        summary = shared.import_file(self, title, user_formats.import_format_file)
        if summary is not None:
            self.reload(summary.id)
            message = self.tr("Imported “%1” as your own format, key %2.")
            self.status_label.setText(fill(message, summary.name, summary.key))

    def _export(self) -> None:
        title = self.tr("Could not export the format")
        path = shared.export_file(self, self._summary, title, user_formats.export_format_file)
        if path is not None:
            self.status_label.setText(fill(self.tr("Exported to %1."), path))

    def _delete(self) -> None:
        summary = self._summary
        if summary is None or summary.builtin:
            return
        text = self.tr(
            "Delete “%1”? Groups that use it will have no format; sessions already planned "
            "keep their phases. This cannot be undone."
        )
        title, text = self.tr("Delete Format"), fill(text, summary.name)

        def delete() -> None:
            row, title = self.format_list.currentRow(), self.tr("Could not delete the format")
            remove = user_formats.delete_user_format
            if not self._attempt(title, lambda: remove(self._store, summary.id) or True):
                return
            neighbour = self.listed(row + 1) or self.listed(row - 1)
            self._summary = self._saved = None
            self.reload(neighbour.id if neighbour else "")
            self.status_label.setText(fill(self.tr("Deleted “%1”."), summary.name))

        answer = self.tr("Delete")
        confirm(self, "deleteFormatConfirm", title, text, answer=answer, then=delete).open()
