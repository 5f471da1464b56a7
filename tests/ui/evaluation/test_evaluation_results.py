"""The evaluation results page and its charts: figures for known responses, the empty
state, and charts that paint something in light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.core.evaluation_stats import ResponseData, SessionResponses, series_stats
from reflectdesk.core.model import GroupDraft
from reflectdesk.core.questionnaires import load_builtin_questionnaires
from reflectdesk.store import groups
from reflectdesk.store.database import Store
from reflectdesk.store.settings import save_small_n_threshold
from reflectdesk.ui.evaluation.chart_base import EvaluationChart
from reflectdesk.ui.evaluation.charts import BarRow, DivergingBarChart
from reflectdesk.ui.evaluation.results import EvaluationResultsPage, open_evaluation_results
from reflectdesk.ui.evaluation.series_charts import ConditionsChart, TrendChart
from tests.evaluation_sample import MARKUP_ANSWER, build_evaluation_sample
from tests.ui.conftest import WindowFactory

SHIFT = Qt.KeyboardModifier.ShiftModifier


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2c2f"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def charts() -> list[EvaluationChart]:
    spec = next(s for s in load_builtin_questionnaires() if s.key == "session-evaluation")
    likert = [q for q in spec.questions if q.points]
    sessions = [
        SessionResponses(
            f"s{n}",
            None,
            tuple(
                ResponseData(
                    f"r{n}-{i}", {q.key: 1 + (i + n + j) % 5 for j, q in enumerate(likert)}
                )
                for i in range(8)
            ),
        )
        for n in range(12)
    ]
    stats = series_stats(spec, sessions)
    labels = likert[0].scale.labels if likert[0].scale else ()
    bars = DivergingBarChart("How participants rated the sessions")
    bars.set_rows([BarRow(item.text, "", item) for item in stats.overall.items], labels)
    lines = TrendChart("% who agree, session by session")
    dates = [f"{n + 1} Mar" for n in range(12)]
    lines.set_series(stats.overall.items, stats.sessions, dates)
    strip = ConditionsChart("Conditions session by session")
    strip.set_series(stats.overall.items, stats.sessions, dates, list(range(12)), labels)
    return [bars, lines, strip]


def painted(image: QImage, background: QColor) -> tuple[int, int]:
    """(distinct colours, pixels unlike the background), sampled on a grid."""
    seen: set[int] = set()
    different = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            pixel = image.pixel(x, y)
            seen.add(pixel)
            different += pixel != background.rgb()
    return len(seen), different


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_charts_paint_in_light_and_dark(qtbot: QtBot, dark: bool) -> None:
    for chart in charts():
        qtbot.addWidget(chart)
        if dark:
            chart.setPalette(dark_palette())
        chart.resize(900, chart.heightForWidth(900))
        chart.show()
        qtbot.waitExposed(chart)
        background = chart.palette().color(QPalette.ColorRole.Window)
        grab = chart.grab().toImage()
        colours, different = painted(grab, background)
        assert colours >= 8, chart.objectName()
        assert different > 500, chart.objectName()
        # Text is drawn in the palette's text colour, which differs light from dark.
        image = chart.render_image(700)
        assert image.height() == chart.heightForWidth(700)
        assert painted(image, background)[1] > 300


def test_dark_text_is_light(qtbot: QtBot) -> None:
    chart = charts()[0]
    qtbot.addWidget(chart)
    chart.setPalette(dark_palette())
    image = chart.render_image(700)
    text = QColor("#e8eaed").rgb()
    assert any(image.pixel(x, y) == text for y in range(image.height()) for x in range(0, 300))


def load(qtbot: QtBot, page: EvaluationResultsPage, group_id: str) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_group(group_id)


def test_page_shows_n_and_agree_for_known_responses(qtbot: QtBot, store: Store) -> None:
    sample = build_evaluation_sample(store)
    save_small_n_threshold(store, 1)  # the sample's few forms shown (the rule: test_small_n)
    page = EvaluationResultsPage(store)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    load(qtbot, page, sample.group_id)

    assert page.current_key() == "session-evaluation"
    assert page.stack.currentWidget() is page.scroll_area
    labels = [page.picker.itemText(row) for row in range(page.picker.count())]
    assert labels and all(label.endswith((" form)", " forms)")) for label in labels)
    assert not any(label.endswith(" 1 forms)") for label in labels), labels
    table = page.view.stats_table
    assert table is not None
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    # safe-space: 5, 4, 2 and a blank, then 5 and a blank.
    assert row[1:] == ["4", "2", "4.00", "1.41", "4.5 (3.5–5.0)", "75%"]
    assert "6 forms from 2 sessions" in page.findChild(QWidget, "resultsSummary").text()
    assert page.view.free_text is not None
    assert MARKUP_ANSWER in page.view.free_text.toPlainText()
    assert len(page.view.charts) == 2  # the bars and the trend

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.select_questionnaire("series-evaluation")
    change = page.view.change_table
    assert change is not None
    first = [change.item(0, c).text() for c in range(change.columnCount())]
    assert first[1:] == ["2", "0%", "2", "100%", "+100", "+2.00"]
    assert change.horizontalHeaderItem(5).text() == "Change (%-points)"

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.select_questionnaire("conditions-check")
    assert any(isinstance(chart, ConditionsChart) for chart in page.view.charts)


def test_empty_state_says_how_to_enter_forms(qtbot: QtBot, store: Store) -> None:
    group = groups.create_group(store, GroupDraft("No forms yet"))
    page = EvaluationResultsPage(store)
    qtbot.addWidget(page)
    page.show()
    load(qtbot, page, group.id)

    assert page.stack.currentWidget() is page.empty_label
    assert "No forms for" in page.empty_label.text()
    assert "Evaluation menu" in page.empty_label.text()
    assert page.view.stats_table is None


def test_open_evaluation_results_opens_one_window_per_group(qtbot: QtBot, store: Store) -> None:
    sample = build_evaluation_sample(store, conditions=False, series=False)
    parent = QWidget()
    qtbot.addWidget(parent)
    first = open_evaluation_results(parent, store, sample.group_id)
    assert first is not None
    qtbot.waitUntil(lambda: first.page.view.stats_table is not None, timeout=10_000)
    assert open_evaluation_results(parent, store, sample.group_id) is first
    assert open_evaluation_results(parent, store, "") is None
    first.close()
    QApplication.processEvents()


def test_results_from_the_menu_and_the_group_page(
    qtbot: QtBot, store: Store, make_window: WindowFactory
) -> None:
    from reflectdesk.ui.evaluation.results import EvaluationResultsWindow

    sample = build_evaluation_sample(store, conditions=False, series=False)
    window = make_window()
    assert window.group_list.select_group(sample.group_id)
    qtbot.waitUntil(lambda: window.group_page.group_id == sample.group_id)

    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | SHIFT)
    found = [w for w in window.findChildren(EvaluationResultsWindow) if w.isVisible()]
    assert len(found) == 1
    qtbot.waitUntil(lambda: found[0].page.view.stats_table is not None, timeout=10_000)
    found[0].close()
    qtbot.waitUntil(lambda: not found[0].isVisible())

    window.group_page.results_button.click()
    qtbot.waitUntil(
        lambda: any(w.isVisible() for w in window.findChildren(EvaluationResultsWindow))
    )


def test_closing_while_loading_is_safe(qtbot: QtBot, store: Store) -> None:
    from reflectdesk.ui.evaluation.results import EvaluationResultsWindow

    sample = build_evaluation_sample(store)
    parent = QWidget()
    qtbot.addWidget(parent)
    for _ in range(3):
        dialog = open_evaluation_results(parent, store, sample.group_id)
        assert isinstance(dialog, EvaluationResultsWindow)
        dialog.close()  # at once, the load still under way
    qtbot.waitUntil(lambda: not parent.findChildren(EvaluationResultsWindow), timeout=5000)
