"""The item table of the questionnaire editor: :class:`QuestionnaireItemsTable`, one row
per question (its text, Likert scale or free text, 5 or 7 points, reverse-coded), and
the adding, removing and moving of rows. It edits a list of
:class:`~reflectdesk.core.questionnaires.QuestionSpec`; the library dialog around it
(questionnaire_editor.py) loads and saves them.

Signals: ``edited()`` after every change the user makes to the questions;
``refilled()`` after the rows were rebuilt (the dialog updates its item buttons).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from reflectdesk.core.model import QuestionKind
from reflectdesk.core.questionnaires import QuestionSpec, ScaleSpec, default_scale

TEXT, KIND, POINTS, REVERSE = range(4)


class QuestionnaireItemsTable(QTableWidget):
    """The questions of one questionnaire, editable or read-only; emits ``edited()`` and
    ``refilled()``."""

    edited = Signal()
    refilled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("questionnaireItems")
        self.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Kind"), self.tr("Scale"), self.tr("Reverse-coded")]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, POINTS, REVERSE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self._items: list[QuestionSpec] = []
        self._saved: tuple[QuestionSpec, ...] = ()
        self._editable = False
        self.itemChanged.connect(self._on_cell_changed)

    def show_questions(self, questions: Sequence[QuestionSpec], editable: bool) -> None:
        """Show the saved ``questions`` of a questionnaire (``editable`` or not)."""
        self._saved = tuple(questions)
        self._items = list(questions)
        self._editable = editable
        self._fill()

    def questions(self) -> tuple[QuestionSpec, ...]:
        """The questions as edited so far."""
        return tuple(self._items)

    def _fill(self) -> None:
        editable = self._editable
        with QSignalBlocker(self):
            for row in range(self.rowCount()):  # hidden now, deleted by Qt soon
                for column in (KIND, POINTS):
                    if (widget := self.cellWidget(row, column)) is not None:
                        widget.hide()
            self.setRowCount(0)
            self.setRowCount(len(self._items))
            for row, question in enumerate(self._items):
                text = QTableWidgetItem(question.text)
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if editable:
                    flags |= Qt.ItemFlag.ItemIsEditable
                text.setFlags(flags)
                self.setItem(row, TEXT, text)
                kind = QComboBox(self)
                kind.addItem(self.tr("Likert scale"), QuestionKind.LIKERT.value)
                kind.addItem(self.tr("Free text"), QuestionKind.FREE_TEXT.value)
                kind.setCurrentIndex(0 if question.is_likert else 1)
                kind.setEnabled(editable)
                kind.currentIndexChanged.connect(lambda _i, r=row: self._on_kind(r))
                self.setCellWidget(row, KIND, kind)
                self._set_points_cell(row, question, editable)
                self.setItem(row, REVERSE, self._reverse_item(question, editable))
        self.resizeRowsToContents()
        self.refilled.emit()

    def _set_points_cell(self, row: int, question: QuestionSpec, editable: bool) -> None:
        """A 5/7 choice for a Likert item; a free-text item has no scale to choose."""
        if not question.is_likert:
            if (old := self.cellWidget(row, POINTS)) is not None:
                old.hide()
                self.removeCellWidget(row, POINTS)
            self.setItem(row, POINTS, QTableWidgetItem(""))
            return
        points = QComboBox(self)
        points.addItem(self.tr("5 points"), 5)
        points.addItem(self.tr("7 points"), 7)
        if question.points not in (5, 7):  # an instrument's own scale (WHO-5: 6 points)
            points.addItem(self.tr("%n point(s)", "", question.points or 0), question.points)
        points.setCurrentIndex(max(points.findData(question.points), 0))
        points.setEnabled(editable)
        points.currentIndexChanged.connect(lambda _i, r=row: self._on_points(r))
        self.setCellWidget(row, POINTS, points)

    def _reverse_item(self, question: QuestionSpec, editable: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(self.tr("reverse") if question.is_likert else "")
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if editable and question.is_likert:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        if question.is_likert:
            checked = question.reverse_coded
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def _scale(self, points: int) -> ScaleSpec:
        """A scale of ``points``: one the questionnaire already uses, else the standard."""
        for question in [*self._items, *self._saved]:
            if question.scale is not None and question.scale.points == points:
                return question.scale
        return default_scale(points)

    def _on_cell_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        if not 0 <= row < len(self._items):
            return
        question = self._items[row]
        if item.column() == TEXT:
            question = replace(question, text=item.text())
        elif item.column() == REVERSE and question.is_likert:
            question = replace(question, reverse_coded=item.checkState() == Qt.CheckState.Checked)
        self._items[row] = question
        self.edited.emit()

    def _on_kind(self, row: int) -> None:
        combo = self.cellWidget(row, KIND)
        if not isinstance(combo, QComboBox):
            return
        question = self._items[row]
        if combo.currentData() == QuestionKind.LIKERT.value:
            question = replace(question, kind=QuestionKind.LIKERT, scale=self._scale(5))
        else:
            question = replace(
                question, kind=QuestionKind.FREE_TEXT, scale=None, reverse_coded=False
            )
        self._items[row] = question
        # Only this row changes: the combo sending this signal must outlive it.
        with QSignalBlocker(self):
            self._set_points_cell(row, question, editable=True)
            self.setItem(row, REVERSE, self._reverse_item(question, editable=True))
        self.edited.emit()

    def _on_points(self, row: int) -> None:
        combo = self.cellWidget(row, POINTS)
        if isinstance(combo, QComboBox) and self._items[row].is_likert:
            self._items[row] = replace(self._items[row], scale=self._scale(combo.currentData()))
            self.edited.emit()

    def add_item(self) -> None:
        taken = {q.key for q in self._items}
        number = len(self._items) + 1
        while f"item-{number}" in taken:
            number += 1
        row = self.currentRow() + 1 if self.currentRow() >= 0 else len(self._items)
        self._items.insert(
            row,
            QuestionSpec(
                key=f"item-{number}",
                text=self.tr("New item"),
                kind=QuestionKind.LIKERT,
                scale=self._scale(5),
            ),
        )
        self._fill()
        self.setCurrentCell(row, TEXT)
        if (cell := self.item(row, TEXT)) is not None:
            self.editItem(cell)
        self.edited.emit()

    def remove_item(self) -> None:
        row = self.currentRow()
        if 0 <= row < len(self._items):
            del self._items[row]
            self._fill()
            self.setCurrentCell(min(row, len(self._items) - 1), TEXT)
            self.edited.emit()

    def move_item(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if 0 <= row < len(self._items) and 0 <= target < len(self._items):
            items = self._items
            items[row], items[target] = items[target], items[row]
            self._fill()
            self.setCurrentCell(target, TEXT)
            self.edited.emit()
