"""The series report's paired change: n pairs, mean and median change and the Wilcoxon
p per statement with its one-line explanation; unpaired figures only for the
statements where pairs are missing, labelled so; respondent_code in the workbook."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from reflectdesk.core.model import GroupDraft
from reflectdesk.export.evaluation_csv import evaluation_tables
from reflectdesk.export.series import build_series_report
from reflectdesk.export.series_pdf import write_series_report
from reflectdesk.export.spreadsheet import write_workbook
from reflectdesk.i18n.texts import texts_for
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group
from reflectdesk.store.questionnaires import latest_questionnaire
from reflectdesk.store.responses import record_response
from tests.export.pdfcheck import text
from tests.paired_sample import ENDS, HABIT, STARTS, WASTE, build_paired_sample


def test_series_report_shows_paired_change_and_unpaired_only_where_missing(
    store: Store, tmp_path: Path
) -> None:
    from scipy.stats import wilcoxon

    group_id = build_paired_sample(store)
    out = tmp_path / "series.pdf"
    write_series_report(build_series_report(store, group_id), out)
    content = " ".join(text(out).split())

    differences = [ENDS[c] - STARTS[c] for c in STARTS]
    assert differences == [2, 1, 3, -1, 2, 1]
    p = float(wilcoxon(differences).pvalue)
    assert 0.05 < p < 0.2  # ties: scipy's normal approximation
    p_shown = f"{p:.3f}"
    for words in (
        "Paired change from start to end",
        "two-sided Wilcoxon signed-rank test",
        # habit: 6 pairs, mean +1.33, median +1.5, p, none without a partner
        f"6 +1.33 +1.5 {p_shown} 0",
        # waste: 5 pairs, no change at all, one start form without a partner
        "5 0.00 0.0 no change in any pair 1",
        "Unpaired figures",
    ):
        assert words in content, words
    unpaired = content.split("Unpaired figures", 1)[1]
    # Only "waste" is listed unpaired: its row shows n start 6 and n end 5.
    unpaired = unpaired.split("Statement n Missing")[0]  # up to the pooled table
    assert "waste of time. 6 0% 5 0% 0 0.00" in unpaired
    assert "I regularly look back on my work" not in unpaired


def test_no_unpaired_table_when_every_form_has_a_partner(store: Store, tmp_path: Path) -> None:
    group = create_group(store, GroupDraft(name="Balint 4"))
    found = latest_questionnaire(store, "series-evaluation")
    assert found is not None
    for code in ("a", "b"):
        for timepoint in ("start", "end"):
            record_response(
                store,
                found.id,
                {HABIT: 3, WASTE: 3},
                group_id=group.id,
                timepoint=timepoint,
                respondent_code=code,
            )
    out = tmp_path / "series.pdf"
    write_series_report(build_series_report(store, group.id), out)
    content = " ".join(text(out).split())
    assert "not computed: fewer than 5 pairs" in content
    assert "Unpaired figures" not in content


def test_the_workbook_has_a_respondent_code_column(store: Store, tmp_path: Path) -> None:
    group_id = build_paired_sample(store)
    path = write_workbook(
        group_id, evaluation_tables(store, group_id), tmp_path / "ev.xlsx", texts_for("en")
    )
    sheet = load_workbook(path)["Answers"]
    header = [cell.value for cell in sheet[1]]
    column = header.index("respondent_code")
    codes = {row[column] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert codes == set(STARTS)
