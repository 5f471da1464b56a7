"""The questionnaire library: every questionnaire, and an editor for the user's own (its
item table is :class:`~reflectdesk.ui.library.questionnaire_items.QuestionnaireItemsTable`).

Built-in questionnaires are read-only; "Duplicate to edit" makes an editable copy. A
questionnaire that has responses is never changed under them: saving it makes the next
version (the store does this; the dialog says so before and after). Import and export go
through questionnaire files (TOML); a file's problems are listed with their line numbers.
All reads and writes go through ``reflectdesk.store.questionnaires``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.instrument_templates import load_templates
from reflectdesk.core.limits import NAME_MAX_LENGTH, free_key
from reflectdesk.core.questionnaires import (
    PURPOSES,
    QuestionnaireFileError,
    QuestionnaireSpec,
    QuestionnaireSummary,
)
from reflectdesk.store import questionnaires as store_q
from reflectdesk.store.database import Store
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.messages import attempt
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.common.widgets import line_field
from reflectdesk.ui.library import definition_editor as shared
from reflectdesk.ui.library.questionnaire_items import QuestionnaireItemsTable

T = TypeVar("T")


def open_questionnaire_library(store: Store, parent: QWidget) -> QuestionnaireLibraryDialog:
    """Open the dialog window-modal; it deletes itself when closed."""
    return shared.open_window_modal(QuestionnaireLibraryDialog(store, parent))


class QuestionnaireLibraryDialog(shared.DefinitionLibrary):
    """Lists questionnaires; edits, duplicates, imports and exports them. The store
    publishes Change("questionnaires", ...) for every change made here."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionnaireLibraryDialog")
        self.setWindowTitle(self.tr("Questionnaires[*]"))
        self._store = store
        self._summary: QuestionnaireSummary | None = None
        self._saved: QuestionnaireSpec | None = None

        self.list.setObjectName("questionnaireList")
        self.list.setFixedWidth(280)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("questionnaireNote")
        self.note_label.setWordWrap(True)
        self.name_edit = line_field(self, "questionnaireName", NAME_MAX_LENGTH)
        self.purpose_combo = QComboBox(self)
        self.purpose_combo.setObjectName("questionnairePurpose")
        names = {
            "session": self.tr("After a session (participants)"),
            "series": self.tr("Start and end of a series (participants)"),
            "conditions": self.tr("Conditions check (facilitator)"),
        }
        for purpose in PURPOSES:
            self.purpose_combo.addItem(names.get(purpose, purpose), purpose)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("questionnaireDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.table = QuestionnaireItemsTable(self)
        self.error_label = QLabel(self)
        set_role(self.error_label, "inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        set_role(self.status_label, "hint")
        self.status_label.setWordWrap(True)

        def button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
            made = QPushButton(text, self)
            made.setObjectName(name)
            made.setAutoDefault(False)
            made.clicked.connect(slot)
            return made

        self.add_button = button(self.tr("&Add Item"), "addItem", self.table.add_item)
        self.remove_button = button(self.tr("&Remove Item"), "removeItem", self.table.remove_item)
        self.up_button = button(self.tr("Move &Up"), "itemUp", lambda: self.table.move_item(-1))
        self.down_button = button(
            self.tr("Move Do&wn"), "itemDown", lambda: self.table.move_item(1)
        )
        self.duplicate_button = button(
            self.tr("&Duplicate to Edit"), "duplicateQuestionnaire", self._duplicate
        )
        self.import_button = button(self.tr("&Import…"), "importQuestionnaire", self._import)
        self.template_button = button(
            self.tr("From &Template…"), "questionnaireFromTemplate", self._from_template
        )
        self.template_button.setToolTip(
            self.tr(
                "Add a validated instrument whose items cannot be shipped: its scoring comes "
                "with ReflectDesk, you type the items from your copy of the paper."
            )
        )
        self.export_button = button(self.tr("E&xport…"), "exportQuestionnaire", self._export)
        self.save_button = button(self.tr("&Save"), "saveQuestionnaire", self.save)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.close_button = button(self.tr("Close"), "closeQuestionnaires", self.reject)

        form = QFormLayout()
        form.addRow("", self.note_label)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Used for:"), self.purpose_combo)
        form.addRow(self.tr("D&escription:"), self.description_edit)
        item_buttons = QHBoxLayout()
        for made in (self.add_button, self.remove_button, self.up_button, self.down_button):
            item_buttons.addWidget(made)
        item_buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        items_label = QLabel(self.tr("&Items"), self)
        items_label.setBuddy(self.table)
        right.addWidget(items_label)
        right.addWidget(self.table, 1)
        right.addLayout(item_buttons)
        right.addWidget(self.error_label)
        left = QVBoxLayout()
        list_label = QLabel(self.tr("&Questionnaires"), self)
        list_label.setBuddy(self.list)
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right, 1)
        bottom = QHBoxLayout()
        for made in (
            self.duplicate_button,
            self.import_button,
            self.template_button,
            self.export_button,
        ):
            bottom.addWidget(made)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(bottom)
        self.resize(1080, 660)

        self.name_edit.textChanged.connect(self._on_edited)
        self.description_edit.textChanged.connect(self._on_edited)
        self.purpose_combo.currentIndexChanged.connect(self._on_edited)
        self.table.edited.connect(self._on_edited)
        self.table.refilled.connect(self._update_buttons)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.reload()
        self.list.setFocus()

    # --- the list --------------------------------------------------------------------

    def summaries(self) -> list[QuestionnaireSummary]:
        return store_q.list_questionnaires(self._store)

    def item_text(self, summary: QuestionnaireSummary) -> str:
        kind = self.tr("built-in") if summary.builtin else self.tr("your own")
        details = fill(
            self.tr("%1 · version %2 · %3"),
            kind,
            summary.version,
            self.tr("%n response(s)", "", summary.response_count),
        )
        return f"{summary.name}\n{details}"

    # --- showing and editing ---------------------------------------------------------

    @property
    def editable(self) -> bool:
        return self._summary is not None and not self._summary.builtin

    def _load(self, summary: QuestionnaireSummary | None) -> None:
        self._loading = True
        self._summary = summary
        saved = None if summary is None else store_q.questionnaire_spec(self._store, summary.id)
        self._saved = saved
        self.name_edit.setText(saved.name if saved else "")
        self.description_edit.setPlainText(saved.description if saved else "")
        index = self.purpose_combo.findData(saved.purpose if saved else "session")
        self.purpose_combo.setCurrentIndex(max(index, 0))
        editable = self.editable
        self.table.show_questions(saved.questions if saved else (), editable)
        self.name_edit.setReadOnly(not editable)
        self.description_edit.setReadOnly(not editable)
        self.purpose_combo.setEnabled(editable)
        self.duplicate_button.setEnabled(summary is not None)
        self.export_button.setEnabled(summary is not None)
        self.error_label.clear()
        self._loading = False
        self._on_edited()

    def _note(self) -> str:
        summary = self._summary
        if summary is None:
            return ""
        if summary.builtin:
            return self.tr(
                "Built-in questionnaire, read-only. “Duplicate to Edit” makes your own copy."
            )
        if self._saved is not None and self._saved.template:
            return self.tr(
                "Scoring template: type each item's text from your copy of the paper in "
                "place of its placeholder, then save. The scoring comes with the template."
            )
        if summary.response_count:
            return fill(
                self.tr(
                    "This questionnaire has %n response(s); saving makes version %1, earlier "
                    "answers keep version %2.",
                    "",
                    summary.response_count,
                ),
                summary.version + 1,
                summary.version,
            )
        return fill(
            self.tr("Your own questionnaire · key %1 · version %2 · no responses yet"),
            summary.key,
            summary.version,
        )

    def _update_buttons(self) -> None:
        editable, row = self.editable, self.table.currentRow()
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < len(self.table.questions()) - 1)

    def current_spec(self) -> QuestionnaireSpec | None:
        saved = self._saved
        if saved is None:
            return None
        return replace(
            saved,
            name=self.name_edit.text(),
            description=self.description_edit.toPlainText(),
            purpose=str(self.purpose_combo.currentData()),
            questions=self.table.questions(),
        )

    def is_dirty(self) -> bool:
        return self.editable and self._saved is not None and self.current_spec() != self._saved

    def _on_edited(self) -> None:
        if self._loading:
            return
        dirty = self.is_dirty()
        self.setWindowModified(dirty)
        self.save_button.setEnabled(dirty)
        self.note_label.setText(self._note())
        if dirty:
            self.status_label.clear()

    # --- actions ---------------------------------------------------------------------

    def save(self) -> bool:
        """Store the shown questionnaire if it changed; False (problems shown) if not."""
        summary, current = self._summary, self.current_spec()
        if summary is None or current is None or not self.is_dirty():
            return True
        try:
            saved = store_q.save_questionnaire(self._store, current)
        except ReflectDeskError as error:
            self.error_label.setText(f"⚠ {error}")
            return False
        self.error_label.clear()
        self.reload(saved.id)
        if saved.version > summary.version:
            message = self.tr(
                "Saved “%1” as version %2; the %n earlier response(s) keep version %3.",
                "",
                summary.response_count,
            )
            text = fill(message, saved.name, saved.version, summary.version)
        else:
            text = fill(self.tr("Saved “%1”."), saved.name)
        self.status_label.setText(text)
        return True

    def _attempt(self, title: str, action: Callable[[], T]) -> T | None:
        try:
            return attempt(self, title, action, passthrough=(QuestionnaireFileError,))
        except QuestionnaireFileError as error:
            # Every problem on its own line, with its line number, where it stays in view.
            lines = [fill(self.tr("Could not import %1:"), Path(error.source).name)]
            lines += [f"⚠ {problem}" for problem in error.problems]
            self.error_label.setText("\n".join(lines))
        return None

    def _duplicate(self) -> None:
        saved = self._saved
        if saved is None:
            return
        taken = {self.listed(row).key for row in range(self.list.count())}
        key = free_key(f"{saved.key[:52]}-copy", taken)
        name = shared.copy_name(saved.name, self.tr(" (copy)"), NAME_MAX_LENGTH)
        copy = replace(saved, key=key, name=name, version=1)
        title = self.tr("Could not copy the questionnaire")
        summary = self._attempt(title, lambda: store_q.save_questionnaire(self._store, copy))
        if summary is not None:
            self.reload(summary.id)
            self.status_label.setText(
                fill(self.tr("Made “%1”, your own copy: change it as you like."), summary.name)
            )
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.name_edit.selectAll()

    def choose_file(self, save: bool, suggested: str) -> Path | None:
        """The file to export to (``save``) or import, or None if cancelled. Tests replace
        this method to answer without a file dialog."""
        titles = (self.tr("Export Questionnaire"), self.tr("Import Questionnaire"))
        filters = self.tr("Questionnaire files (*.toml);;All files (*)")
        return shared.choose_definition_file(self, save, suggested, titles, filters)

    def _import(self) -> None:
        self._after_unsaved(self._import_now)

    def _import_now(self) -> None:
        def read(store: Store, path: Path) -> QuestionnaireSummary:
            self.error_label.clear()
            return store_q.import_questionnaire_file(store, path)

        title = self.tr("Could not import the questionnaire")
        summary = shared.import_file(self, title, read)
        if summary is not None:
            self.reload(summary.id)
            self.status_label.setText(
                fill(self.tr("Imported “%1” as your own, key %2."), summary.name, summary.key)
            )

    def choose_template(self, names: list[str]) -> int | None:
        """The index of the template chosen from ``names``, or None if cancelled. Tests
        replace this method to answer without a dialog."""
        name, chosen = QInputDialog.getItem(
            self, self.tr("From Template"), self.tr("&Instrument:"), names, 0, False
        )
        return names.index(name) if chosen and name in names else None

    def _from_template(self) -> None:
        self._after_unsaved(self._from_template_now)

    def _from_template_now(self) -> None:
        title = self.tr("Could not add the instrument")
        templates = self._attempt(title, load_templates)
        if not templates:
            return
        index = self.choose_template([str(spec.name) for spec in templates])
        if index is None:
            return
        chosen = templates[index]
        summary = self._attempt(title, lambda: store_q.add_questionnaire(self._store, chosen))
        if summary is not None:
            self.reload(summary.id)
            self.status_label.setText(
                fill(
                    self.tr("Added “%1” from its scoring template: type its items, then save."),
                    summary.name,
                )
            )
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _export(self) -> None:
        title = self.tr("Could not export the questionnaire")
        export = store_q.export_questionnaire_file
        path = shared.export_file(self, self._summary, title, export)
        if path is not None:
            self.status_label.setText(fill(self.tr("Exported to %1."), path))
