"""The Results page's figures as a person sees them: 4 respondents are "too few to
report" and 5 are shown (the threshold from Preferences), "How these figures are
computed" opens the note, a mixed 5- and 7-point questionnaire's chart shows each scale's
legend, and figures round half up."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from reflectdesk.core.evaluation_charts import diverging_colours
from reflectdesk.core.evaluation_stats import ResponseData, summarise
from reflectdesk.core.model import GroupDraft, QuestionKind
from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionSpec, default_scale
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, sessions, settings
from reflectdesk.store.database import Store
from reflectdesk.store.questionnaires import latest_questionnaire
from reflectdesk.store.responses import record_response
from reflectdesk.ui.evaluation.charts import BarRow, DivergingBarChart
from reflectdesk.ui.evaluation.figures import percent, signed
from reflectdesk.ui.evaluation.results import EvaluationResultsPage
from reflectdesk.ui.shell.preferences_dialog import PreferencesDialog
from tests.ui.conftest import type_text


def _group_with_forms(store: Store, forms: int) -> str:
    group = groups.create_group(store, GroupDraft(f"Group with {forms} forms"))
    meeting = sessions.plan_session(
        store, group.id, SessionDraft(planned_start=datetime(2026, 3, 3, 13, tzinfo=UTC))
    )
    found = latest_questionnaire(store, "session-evaluation")
    assert found is not None
    for index in range(forms):
        # safe-space: 5, 5, 5, 4, 2, …: 4 of 5 agree (80%) with five forms.
        value = (5, 5, 5, 4, 2)[index % 5]
        record_response(store, found.id, {"safe-space": value}, session_id=meeting.id)
    return group.id


def _open(qtbot: QtBot, store: Store, group_id: str) -> EvaluationResultsPage:
    page = EvaluationResultsPage(store)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_group(group_id)
    return page


def _first_row(page: EvaluationResultsPage) -> list[str]:
    table = page.view.stats_table
    assert table is not None
    return [table.item(0, c).text() for c in range(table.columnCount())]


def test_four_forms_are_too_few_to_report(qtbot: QtBot, store: Store) -> None:
    page = _open(qtbot, store, _group_with_forms(store, 4))
    assert _first_row(page)[1:] == ["4", "0", "–", "–", "–", "too few to report"]
    assert "too few to report" in page.view.charts[0].accessibleDescription()


def test_five_forms_are_reported(qtbot: QtBot, store: Store) -> None:
    page = _open(qtbot, store, _group_with_forms(store, 5))
    # 2 4 5 5 5: mean 4.20, median 5, inclusive Q1 4 and Q3 5, 4 of 5 agree.
    assert _first_row(page)[1:] == ["5", "0", "4.20", "1.30", "5.0 (4.0–5.0)", "80%"]


def test_how_these_figures_are_computed_opens(qtbot: QtBot, store: Store) -> None:
    page = _open(qtbot, store, _group_with_forms(store, 5))
    how = page.view.how_computed
    assert how is not None and not how.note.isVisible()
    qtbot.mouseClick(how.button, Qt.MouseButton.LeftButton)
    assert how.note.isVisible()
    note = how.note.text()
    for words in ("n − 1", "QUARTILE.INC", "4–5 of 5", "half up", "fewer than 5 respondents"):
        assert words in note, words


def test_threshold_set_in_preferences_is_used(qtbot: QtBot, store: Store) -> None:
    dialog = PreferencesDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.small_n_spin.value() == 5
    dialog.small_n_spin.setFocus()
    dialog.small_n_spin.selectAll()
    type_text(dialog.small_n_spin, "3")
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.small_n_threshold(store) == 3
    page = _open(qtbot, store, _group_with_forms(store, 4))
    assert _first_row(page)[-1] == "100%"  # 5, 5, 5, 4


def test_mixed_scales_show_each_scales_legend(qtbot: QtBot) -> None:
    five = QuestionSpec("five", "Five", QuestionKind.LIKERT, default_scale(5))
    seven = QuestionSpec("seven", "Seven", QuestionKind.LIKERT, default_scale(7))
    spec = QuestionnaireSpec("mixed", "Mixed", "session", (five, seven))
    stats = summarise(spec, [ResponseData("r", {"five": 4, "seven": 6})])
    chart = DivergingBarChart("Mixed")
    qtbot.addWidget(chart)
    chart.set_rows([BarRow(i.text, "", i) for i in stats.items], default_scale(5).labels, 1)
    assert chart.legend_entries() == [
        ("5-point scale:", ""),
        *zip(default_scale(5).labels, diverging_colours(5), strict=True),
        ("7-point scale:", ""),
        *zip(default_scale(7).labels, diverging_colours(7), strict=True),
    ]
    assert not chart.render_image(700).isNull()


def test_window_figures_round_half_up() -> None:
    assert percent(62.5) == "63%" and percent(87.5) == "88%"
    assert signed(55.0, 0) == "+55" and signed(-0.625, 2) == "−0.63" and signed(0.0, 0) == "0"
