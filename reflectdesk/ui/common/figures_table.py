"""A table of figures for reading, not editing: the Results page and the programme view
show their statistics in it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
HEADING_CHARACTERS = 18  # a figure column's heading beyond this is elided (tooltip: whole)


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
    head.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long group name: "Collab…"
    _size_figure_columns(table, header, rows)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    return table


def _size_figure_columns(
    table: QTableWidget, header: Sequence[str], rows: Sequence[Sequence[str]]
) -> None:
    """Each figure column as wide as its figures, and its heading up to about 18
    characters: a group named "Collaborative reflection — Leiden cohort 2026" heads its
    column elided, in full in its tooltip, and leaves the statements their room."""
    metrics = table.fontMetrics()
    cap = metrics.averageCharWidth() * HEADING_CHARACTERS
    padding = 3 * metrics.averageCharWidth()  # the cell's and the heading's margins
    for c in range(1, len(header)):
        figures = max(
            (metrics.horizontalAdvance(row[c]) for row in rows if c < len(row)), default=0
        )
        heading = metrics.horizontalAdvance(header[c])
        width = max(figures, min(heading, cap)) + padding
        table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(c, width)
        item = table.horizontalHeaderItem(c)
        if item is not None and heading > width - padding:
            item.setToolTip(header[c])
