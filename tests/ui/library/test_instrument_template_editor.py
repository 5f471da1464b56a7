"""The questionnaire library adds an instrument from its scoring template: the user picks
it, types the items from the paper in the editor, saves; the scoring came with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflectdesk.core.evaluation_stats import ResponseData
from reflectdesk.core.instrument_scores import respondent_scores
from reflectdesk.store.database import Store
from reflectdesk.store.questionnaires import questionnaire_spec
from reflectdesk.ui.library.questionnaire_editor import QuestionnaireLibraryDialog


def test_an_instrument_is_added_from_its_template_and_typed_in(qtbot: QtBot, store: Store) -> None:
    library = QuestionnaireLibraryDialog(store)
    qtbot.addWidget(library)
    library.show()
    offered: list[str] = []

    def choose(names: list[str]) -> int:
        offered.extend(names)
        return names.index("Utrecht Work Engagement Scale (UWES-9)")

    library.choose_template = choose  # type: ignore[method-assign]
    qtbot.mouseClick(library.template_button, Qt.MouseButton.LeftButton)
    assert "Jefferson Scale of Empathy (JSE-HP)" in offered
    summary = library._summary
    assert summary is not None and not summary.builtin and summary.key == "uwes-9"
    assert "Scoring template" in library.note_label.text()
    assert library.table.item(0, 0).text().startswith("Item 1: type its text")
    for row in range(9):
        library.table.item(row, 0).setText(f"Typed item {row + 1}")
    assert library.save()
    spec = questionnaire_spec(store, summary.id)
    assert spec.questions[8].text == "Typed item 9"
    assert not spec.template and "Scoring template" not in library.note_label.text()
    # The template's scoring: "Often" (value 4) everywhere: every mean is 4.
    form = ResponseData("r", {q.key: 5 for q in spec.questions})
    assert set(respondent_scores(spec, form).values()) == {4}
