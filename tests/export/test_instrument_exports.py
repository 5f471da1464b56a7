"""A validated instrument's scores in the series report (PDF) and the evaluation CSV:
the Toronto Empathy Questionnaire, its totals worked out by hand below."""

from __future__ import annotations

from pathlib import Path

from reflectdesk.core.model import GroupDraft
from reflectdesk.export.evaluation_csv import evaluation_tables
from reflectdesk.export.series import build_series_report
from reflectdesk.export.series_pdf import write_series_report
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group
from reflectdesk.store.questionnaires import latest_questionnaire
from reflectdesk.store.responses import record_response
from tests.export.pdfcheck import text

ITEMS = [f"teq-{n:02d}" for n in range(1, 17)]
REVERSED = {2, 4, 7, 10, 11, 12, 14, 15}


def _teq_group(store: Store) -> str:
    """Five respondents at the start and the end. Everyone ticks "Often" (value 3) on
    every positively worded item and "Rarely" (1) on the reversed ones, which score
    4 - 1 = 3: a total of 16 x 3 = 48 at the start. At the end they tick "Always" (4)
    on the first item: 49. One more start form leaves an item blank: no score."""
    group = create_group(store, GroupDraft(name="Intervisie Oost"))
    found = latest_questionnaire(store, "toronto-empathy")
    assert found is not None
    usual = {key: (2 if n in REVERSED else 4) for n, key in enumerate(ITEMS, start=1)}
    for number in range(5):
        for timepoint, first in (("start", 4), ("end", 5)):
            answers: dict[str, int | str | None] = {**usual, "teq-01": first}
            record_response(
                store,
                found.id,
                answers,
                group_id=group.id,
                timepoint=timepoint,
                respondent_code=f"code{number}",
            )
    blank: dict[str, int | str | None] = {**usual, "teq-16": None}
    record_response(store, found.id, blank, group_id=group.id, timepoint="start")
    return group.id


def test_the_series_report_prints_the_scores_and_the_citation(store: Store, tmp_path: Path) -> None:
    group_id = _teq_group(store)
    out = tmp_path / "series.pdf"
    write_series_report(build_series_report(store, group_id), out)
    content = " ".join(text(out).split())
    assert "Scores" in content
    # Empathy (total), 0-64; start 48.00 (0.00) over 5 (the blank form has no score),
    # end 49.00 (0.00) over 5; +1.00; 5 pairs, each +1.
    assert "Empathy (total) 0–64 48.00 (0.00) n = 5 49.00 (0.00) n = 5 +1.00 5 +1.00" in content
    assert "Source: Spreng, R. N., McKinnon, M. C., Mar, R. A., Levine, B. (2009)." in content


def test_the_evaluation_csv_has_a_score_per_response(store: Store) -> None:
    group_id = _teq_group(store)
    tables = {table.name: table for table in evaluation_tables(store, group_id, "en")}
    scores = tables["scores"]
    column = scores.columns.index("score")
    values = [(row[scores.columns.index("timepoint")], row[column]) for row in scores.rows]
    assert values.count(("start", 48)) == 5 and values.count(("end", 49)) == 5
    assert ("start", None) in values  # the form with a blank: no total (the paper's rule)
    first = scores.rows[0]
    low, high = scores.columns.index("score_lowest"), scores.columns.index("score_highest")
    assert (first[low], first[high]) == (0, 64)


def test_a_group_without_an_instrument_keeps_its_two_tables(store: Store) -> None:
    group = create_group(store, GroupDraft(name="Balint"))
    assert [t.name for t in evaluation_tables(store, group.id, "en")] == ["answers", "codebook"]
