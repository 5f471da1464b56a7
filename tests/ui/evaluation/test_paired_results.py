"""The results page shows a series evaluation's paired change per statement, and the
unpaired start and end figures only for the statements where pairs are missing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reflectdesk.store.database import Store
from reflectdesk.ui.evaluation.results import EvaluationResultsPage
from tests.paired_sample import ENDS, STARTS, build_paired_sample


def test_results_page_shows_paired_change(qtbot: QtBot, store: Store) -> None:
    from scipy.stats import wilcoxon

    group_id = build_paired_sample(store)
    page = EvaluationResultsPage(store)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_group(group_id)
    assert page.current_key() == "series-evaluation"
    table = page.view.paired_table
    assert table is not None
    rows = {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, table.columnCount())]
        for r in range(table.rowCount())
    }
    p = float(wilcoxon([ENDS[c] - STARTS[c] for c in STARTS]).pvalue)
    habit = next(v for k, v in rows.items() if k.startswith("I regularly look back"))
    assert habit == ["6", "+1.33", "+1.5", f"{p:.3f}", "0"]
    waste = next(v for k, v in rows.items() if "waste of time" in k)
    assert waste == ["5", "0.00", "0.0", "no change in any pair", "1"]
    unanswered = next(v for k, v in rows.items() if k.startswith("I know which peers"))
    assert unanswered[:2] == ["0", "–"] and unanswered[3].startswith("not computed")
    # Unpaired figures only for "waste", the one statement with a form lacking a partner.
    unpaired = page.view.change_table
    assert unpaired is not None and unpaired.rowCount() == 1
    assert "waste of time" in unpaired.item(0, 0).text()
