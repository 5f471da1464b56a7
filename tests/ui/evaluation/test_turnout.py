"""The Results page says who took part: participants and facilitators apart, the
response rate and the forms returned session by session (figures of
tests/export/participation_sample.py: 13 forms by 16 participants present, 81 %), the
conditions chart counts the participants who attended, and a series questionnaire
given once reads as one time point."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from reflectdesk.store.database import Store
from reflectdesk.store.responses import record_response
from reflectdesk.ui.evaluation.results import EvaluationResultsPage
from reflectdesk.ui.evaluation.series_charts import ConditionsChart
from tests.export.participation_sample import build_participation_group, qid


def _cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _open(qtbot: QtBot, store: Store, group_id: str, key: str) -> EvaluationResultsPage:
    page = EvaluationResultsPage(store)
    qtbot.addWidget(page)
    page.resize(1000, 1400)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_group(group_id)
    if page.current_key() != key:
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.select_questionnaire(key)
    return page


def test_the_results_page_shows_people_rate_and_sessions(qtbot: QtBot, store: Store) -> None:
    group = build_participation_group(store)
    page = _open(qtbot, store, group.id, "session-evaluation")
    turnout = page.view.turnout
    assert turnout is not None
    assert turnout.people.text() == "The group: 9 participants and 2 facilitators."
    assert turnout.rate is not None
    assert (
        turnout.rate.text() == "Response rate: 13 forms returned by 16 participants present (81%)."
    )
    assert turnout.table is not None
    rows = _cells(turnout.table)
    assert [[row[0], row[2], row[3], row[4]] for row in rows] == [
        ["1", "9", "6", "67%"],
        ["2", "7", "7", "100%"],
        ["3", "–", "2", "–"],
    ]

    # Tab from the picker passes the table on to the charts (no Tab trap in its cells).
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.picker.setFocus()
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), "\t")
    assert QApplication.focusWidget() is not turnout.table


def test_the_conditions_chart_counts_participants(qtbot: QtBot, store: Store) -> None:
    group = build_participation_group(store)
    page = _open(qtbot, store, group.id, "conditions-check")
    strip = next(chart for chart in page.view.charts if isinstance(chart, ConditionsChart))
    line = strip.accessibleDescription().splitlines()[0]
    assert line.startswith("Participants who attended: ")
    counts = [part.rsplit(" ", 1)[1] for part in line.split(": ", 1)[1].split(", ")]
    assert counts == ["9", "7", "–"]  # never 11 and 9: the facilitators are left out


def test_a_questionnaire_given_once_reads_as_one_time_point(qtbot: QtBot, store: Store) -> None:
    group = build_participation_group(store)
    for value in (4, 5, 2):
        record_response(
            store,
            qid(store, "series-evaluation"),
            {"discuss-difficult-cases": value},
            group_id=group.id,
            timepoint="end",
        )
    page = _open(qtbot, store, group.id, "series-evaluation")
    # The first questionnaire's view is deleted later: wait until only the new one is left.
    qtbot.waitUntil(lambda: len(page.view.findChildren(QLabel, "resultsSummary")) == 1)
    summary = page.view.findChild(QLabel, "resultsSummary")
    assert summary is not None
    assert summary.text().endswith(": 3 forms, given once, at the end of the series.")
    assert page.view.change_table is None  # no start and end to compare
    assert page.view.stats_table is not None
    assert page.view.charts[0].accessibleName() == "Series evaluation (start and end)"
