"""A table of figures for reading, not editing: the Results page and the programme view
show their statistics in it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def figures_table(
    parent: QWidget, name: str, header: Sequence[str], rows: Sequence[Sequence[str]]
) -> QTableWidget:
    """Rows of text under ``header``: read-only, the first column (what is counted)
    stretched and wrapped, the figures right-aligned, and the table as tall as its rows,
    so the page around it scrolls rather than each table."""
    table = QTableWidget(len(rows), len(header), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(header))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = QTableWidgetItem(value)
            if c:
                cell.setTextAlignment(RIGHT)
            table.setItem(r, c, cell)
    head = table.horizontalHeader()
    head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in range(1, len(header)):
        head.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    return table
