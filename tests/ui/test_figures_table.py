"""The figures table of the Results page and the programme view: a column headed by a
long group name is as wide as its figures (its heading elided, whole in the tooltip),
so the statements keep their room; seen with two groups' names on the hub."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.ui.common.figures_table import HEADING_CHARACTERS, figures_table

LONG = "Collaborative reflection — Leiden cohort 2026"


def test_a_long_group_name_heads_its_column_elided_and_whole_in_its_tooltip(
    qtbot: QtBot,
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(900, 400)
    rows = [["The group felt like a safe place to share my experiences.", "54% (21/39)", "40%"]]
    table = figures_table(page, "figures", ["Statement", "All groups", LONG], rows)
    table.resize(900, 200)
    metrics = table.fontMetrics()

    cap = metrics.averageCharWidth() * (HEADING_CHARACTERS + 3)
    assert table.columnWidth(2) <= cap < metrics.horizontalAdvance(LONG)
    assert table.columnWidth(2) >= metrics.horizontalAdvance("40%")
    header = table.horizontalHeaderItem(2)
    assert header is not None and header.toolTip() == LONG
    short = table.horizontalHeaderItem(1)
    assert short is not None and short.toolTip() == ""  # shown whole: no tooltip needed
    assert table.horizontalHeader().textElideMode() == Qt.TextElideMode.ElideRight
