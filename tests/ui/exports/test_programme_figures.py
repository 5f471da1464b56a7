"""The programme view's figures: File ▸ Programmes with a programme of three groups
shows the same totals as the programme report (tests/e2e/test_programme_report.py),
worked out off the ui thread, and works them out again when a group is unticked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from reflectdesk.store import programmes
from reflectdesk.store.database import Store
from reflectdesk.store.settings import save_small_n_threshold
from reflectdesk.ui.exports.programmes_dialog import ProgrammesDialog
from tests.programme_sample import PLANS, build_programme_sample
from tests.ui.conftest import keep_shot


def _rows(table: QTableWidget | None) -> list[list[str]]:
    assert table is not None
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _header(table: QTableWidget) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def _row(table: QTableWidget, first: str) -> list[str]:
    found = [row for row in _rows(table) if row[0] == first]
    assert len(found) == 1, _rows(table)
    return found[0]


def _open(qtbot: QtBot, store: Store) -> ProgrammesDialog:
    sample = build_programme_sample(store)
    programme = programmes.create_programme(store, "Balint programme 2026–27")
    for group_id in sample.group_ids:
        programmes.add_group(store, programme.id, group_id)
    dialog = ProgrammesDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.figures.loaded, timeout=20_000):
        dialog.show()
    return dialog


def test_the_programme_view_shows_the_reports_totals(qtbot: QtBot, store: Store) -> None:
    dialog = _open(qtbot, store)
    figures = dialog.figures
    people = figures.people_table
    assert people is not None
    assert people.accessibleName() == "Participants, facilitators and the attendance rule"
    assert _rows(people) == [
        ["Balint A", "4", "1", "2 of 4 (at least 2 sessions)"],
        ["Balint B", "3", "2", "2 of 3 (at least 3 sessions)"],
        ["Balint C", "5", "1", "no rule"],
        ["All groups", "12", "4", "4 of 7"],
    ]

    agree = figures.agree_tables[0]
    assert _header(agree) == ["Statement", "All groups", "Balint A", "Balint B", "Balint C"]
    safe = next(row for row in _rows(agree) if row[1] == "73% (22/30)")
    # Per group, by plain Python: the answers of 4 or 5 of those answered.
    for plan, cell in zip(PLANS, safe[2:], strict=True):
        answered = [v for forms in plan.safe_space for v in forms if v is not None]
        agree = sum(1 for v in answered if v >= 4)
        assert cell.endswith(f"({agree}/{len(answered)})")
    assert safe[2:] == ["80% (8/10)", "75% (6/8)", "67% (8/12)"]

    trend = figures.trend_tables[0]
    assert _header(trend)[1:] == ["Session 1", "Session 2", "Session 3"]
    assert _row(trend, safe[0])[1:] == [
        "45% (5/11)",
        "78% (7/9)",  # 77.8 rounds to 78
        "100% (10/10)",
    ]
    assert figures.change_tables  # the series evaluation's start and end
    assert figures.status_label.text() == "12 participants and 4 facilitators in 3 groups."
    qtbot.waitUntil(people.isVisible)  # the layout shows new tables on its next turn
    dialog.resize(1280, 760)
    keep_shot(dialog, "programme-figures.png")


def test_unticking_a_group_works_the_figures_out_again(qtbot: QtBot, store: Store) -> None:
    dialog = _open(qtbot, store)
    [item] = dialog.group_list.findItems("Balint C", Qt.MatchFlag.MatchExactly)
    with qtbot.waitSignal(dialog.figures.loaded, timeout=20_000):
        item.setCheckState(Qt.CheckState.Unchecked)  # as a click on its box does
    people = dialog.figures.people_table
    assert people is not None
    assert _row(people, "All groups") == ["All groups", "7", "3", "4 of 7"]
    assert "Balint C" not in _header(dialog.figures.agree_tables[0])


def test_few_answers_show_the_count_only(qtbot: QtBot, store: Store) -> None:
    save_small_n_threshold(store, 11)  # Preferences: fewer than 11 answers, no percentage
    dialog = _open(qtbot, store)
    figures = dialog.figures
    safe = next(row for row in _rows(figures.agree_tables[0]) if row[1] == "73% (22/30)")
    assert safe[2:] == [
        "10 answers: too few to report",
        "8 answers: too few to report",
        "67% (8/12)",
    ]
    trend = _row(figures.trend_tables[0], safe[0])
    assert trend[1:] == [
        "45% (5/11)",
        "9 answers: too few to report",
        "10 answers: too few to report",
    ]


def test_coded_start_and_end_forms_show_the_cohorts_paired_change(
    qtbot: QtBot, store: Store
) -> None:
    from reflectdesk.store.questionnaires import latest_questionnaire
    from reflectdesk.store.responses import record_response

    sample = build_programme_sample(store)
    series = latest_questionnaire(store, "series-evaluation")
    assert series is not None
    # Six coded pairs in Balint A (each +1 or +2), beside the sample's uncoded forms.
    for number, (start, end) in enumerate(((2, 3), (3, 4), (2, 4), (1, 2), (3, 5), (2, 3))):
        for timepoint, value in (("start", start), ("end", end)):
            record_response(
                store,
                series.id,
                {"discuss-difficult-cases": value},
                group_id=sample.group_ids[0],
                timepoint=timepoint,
                respondent_code=f"code{number}",
            )
    programme = programmes.create_programme(store, "Coded")
    for group_id in sample.group_ids:
        programmes.add_group(store, programme.id, group_id)
    dialog = ProgrammesDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.figures.loaded, timeout=20_000):
        dialog.show()
    paired, unpaired = dialog.figures.change_tables
    assert paired.objectName() == "programmePaired"
    [row] = _rows(paired)
    # Mean change (1+1+2+1+2+1)/6 = 1.33; median 1.0; 18 uncoded forms have no partner.
    assert row[1:4] == ["6", "+1.33", "+1.0"]
    assert row[5] == "18"
    assert unpaired.objectName() == "programmeUnpaired"
