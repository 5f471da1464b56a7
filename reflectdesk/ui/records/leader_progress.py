"""What is done and what is still needed: one row per requirement of the chosen body,
its mark in words ("✓ Done", "✗ Not yet"; never colour alone), the requirement as the
body states it, and where the leader is ("Co-led 14 of 20 sessions: 6 to go", the
operations' words, as the PDF prints them). A requirement the app cannot count (a
supervisor's written report) has a tick box in its mark: ``ticked(key, done)``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from reflectdesk.core.leader_report import RequirementLine
from reflectdesk.ui.common.translation import QT_TRANSLATE_NOOP
from reflectdesk.ui.common.widgets import list_table

KEY_ROLE = Qt.ItemDataRole.UserRole
HEADERS = (
    QT_TRANSLATE_NOOP("ColumnHeadings", "Done?"),
    QT_TRANSLATE_NOOP("ColumnHeadings", "Requirement"),
    QT_TRANSLATE_NOOP("ColumnHeadings", "Where you are"),
)


class ProgressTable(QTableWidget):
    ticked = Signal(str, bool)  # a manual requirement's key, and whether it is done

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ColumnHeadings", text) for text in HEADERS]
        )
        list_table(
            self,
            "leaderProgress",
            accessible_name=self.tr("What is done and what is still needed"),
            stretch=1,
        )
        self.itemChanged.connect(self._changed)

    def show_lines(self, lines: Sequence[RequirementLine]) -> None:
        self.blockSignals(True)
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            mark = QTableWidgetItem(self.tr("✓ Done") if line.met else self.tr("✗ Not yet"))
            mark.setData(KEY_ROLE, line.key)
            mark.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if line.manual:
                # The leader ticks it when it is done (a supervisor's written report).
                mark.setFlags(mark.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                mark.setCheckState(Qt.CheckState.Checked if line.met else Qt.CheckState.Unchecked)
                mark.setToolTip(self.tr("The app cannot count this: tick it when it is done."))
            requirement = QTableWidgetItem(line.text)
            requirement.setToolTip(line.text)
            where = QTableWidgetItem(line.sentence)
            where.setToolTip(line.sentence)
            for column, item in enumerate((mark, requirement, where)):
                if column:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.setItem(row, column, item)
        self.blockSignals(False)

    def lines_shown(self) -> list[str]:
        """Each row as a person reads it: mark, requirement, where they are."""
        return [
            " | ".join(
                item.text() if (item := self.item(row, column)) is not None else ""
                for column in range(self.columnCount())
            )
            for row in range(self.rowCount())
        ]

    def _changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0 and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            done = item.checkState() == Qt.CheckState.Checked
            self.ticked.emit(str(item.data(KEY_ROLE)), done)
