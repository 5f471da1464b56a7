"""The charts' figures in words: what a screen reader says when Tab reaches a chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflectdesk.store.database import Store
from reflectdesk.ui.evaluation.chart_base import EvaluationChart
from reflectdesk.ui.evaluation.charts import DivergingBarChart
from reflectdesk.ui.evaluation.results import EvaluationResultsPage
from reflectdesk.ui.evaluation.series_charts import ConditionsChart, TrendChart
from tests.evaluation_sample import build_evaluation_sample
from tests.ui.evaluation.test_evaluation_results import charts


def described(chart: EvaluationChart) -> tuple[str, str]:
    interface = QAccessible.queryAccessibleInterface(chart)
    assert interface is not None
    return (
        interface.text(QAccessible.Text.Name),
        interface.text(QAccessible.Text.Description),
    )


def test_each_chart_says_its_figures_per_statement(qtbot: QtBot) -> None:
    bars, lines, strip = charts()
    for chart in (bars, lines, strip):
        qtbot.addWidget(chart)
    assert isinstance(bars, DivergingBarChart)
    assert isinstance(lines, TrendChart)
    assert isinstance(strip, ConditionsChart)

    name, text = described(bars)
    assert name == "How participants rated the sessions"
    first = bars.rows()[0].stats
    line = text.splitlines()[0]
    assert line.startswith(bars.rows()[0].text)
    assert f"n {first.n}," in line
    assert "median 3" in line
    # How many gave each answer, by the answer's words.
    assert f"Strongly disagree: {first.distribution[0]}" in line
    assert f"Strongly agree: {first.distribution[-1]}" in line
    assert len(text.splitlines()) == len(bars.rows())

    name, text = described(lines)
    assert name == "% who agree, session by session"
    assert "1 Mar 25%" in text.splitlines()[0]
    assert "12 Mar" in text.splitlines()[0]

    name, text = described(strip)
    assert text.splitlines()[0].startswith("Participants who attended: 1 Mar 0, 2 Mar 1")
    assert "1 Mar 2.6" in text.splitlines()[1]


def test_tab_reaches_the_charts_on_the_results_page(qtbot: QtBot, store: Store) -> None:
    sample = build_evaluation_sample(store)
    page = EvaluationResultsPage(store)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_group(sample.group_id)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.picker.setFocus()
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    shown = [widget for widget in reached if isinstance(widget, EvaluationChart)]
    assert shown and shown[0] is page.view.charts[0]
    assert all(described(chart)[1] for chart in shown)
