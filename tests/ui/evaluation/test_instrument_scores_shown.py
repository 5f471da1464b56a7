"""The results page shows a validated instrument's scores: WHO-5 at the start and the end
of a series, with the raw and percentage scores worked out by hand below."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reflectdesk.store.database import Store
from reflectdesk.store.groups import GroupDraft, create_group
from reflectdesk.store.questionnaires import latest_questionnaire
from reflectdesk.store.responses import record_response
from reflectdesk.ui.evaluation.results import EvaluationResultsPage

ITEMS = ("cheerful", "calm-relaxed", "active-vigorous", "fresh-rested", "interesting-life")


def _who5_series(store: Store, people: int) -> str:
    group = create_group(store, GroupDraft(name="Balint Noord"))
    found = latest_questionnaire(store, "who-5-wellbeing")
    assert found is not None
    for number in range(people):
        code = f"code{number}"
        # Start: the third answer on every item (value 2): raw 10, percentage 40.
        start = dict.fromkeys(ITEMS, 3)
        # End: the fifth answer (value 4): raw 20, percentage 80.
        end = dict.fromkeys(ITEMS, 5)
        for answers, timepoint in ((start, "start"), (end, "end")):
            record_response(
                store,
                found.id,
                dict(answers),
                group_id=group.id,
                timepoint=timepoint,
                respondent_code=code,
            )
    return group.id


def _rows(page: EvaluationResultsPage) -> dict[str, list[str]]:
    assert page.view.scores is not None
    table = page.view.scores.table
    return {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, table.columnCount())]
        for r in range(table.rowCount())
    }


def _open(qtbot: QtBot, store: Store, group_id: str) -> EvaluationResultsPage:
    page = EvaluationResultsPage(store)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_group(group_id)
    assert page.current_key() == "who-5-wellbeing"
    return page


def test_results_page_shows_the_who_5_scores(qtbot: QtBot, store: Store) -> None:
    page = _open(qtbot, store, _who5_series(store, people=6))
    rows = _rows(page)
    # Six pairs, each +10 raw (+40 percentage): exact p = 2 / 2^6 = 0.031.
    assert rows["Raw score"] == [
        "0–25", "6", "10.00 (0.00)", "6", "20.00 (0.00)", "+10.00", "6", "+10.00", "0.031",
    ]  # fmt: skip
    assert rows["Percentage score"][:7] == [
        "0–100", "6", "40.00 (0.00)", "6", "80.00 (0.00)", "+40.00", "6",
    ]  # fmt: skip


def test_too_few_respondents_show_only_their_count(qtbot: QtBot, store: Store) -> None:
    page = _open(qtbot, store, _who5_series(store, people=3))
    raw = _rows(page)["Raw score"]
    assert raw[:4] == ["0–25", "3", "too few to report", "3"]
    assert "10.00" not in raw and "20.00" not in raw
