"""The figures of the evaluation PDFs: a questionnaire mixing 5- and 7-point items draws
each item with its own scale's legend words and colours; fewer respondents than the
small-numbers threshold (4 of 5) print the count and "too few to report", 5 print the
figures; the change header says percentage points; the note says how it is computed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Rect, String

from reflectdesk.core.evaluation_charts import diverging_colours
from reflectdesk.core.evaluation_stats import ResponseData, summarise
from reflectdesk.core.model import GroupDraft, QuestionKind
from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionSpec, default_scale
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.export.evaluation_drawings import BAR, diverging_drawing
from reflectdesk.export.evaluation_note import how_computed
from reflectdesk.export.pdf import write_session_summary
from reflectdesk.export.summary import build_session_summary
from reflectdesk.i18n.texts import Texts
from reflectdesk.store import groups, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.questionnaires import latest_questionnaire
from reflectdesk.store.responses import record_response
from tests.export.pdfcheck import text

ENGLISH = Texts("en")
FIVE = QuestionSpec("five", "A five-point statement", QuestionKind.LIKERT, default_scale(5))
SEVEN = QuestionSpec("seven", "A seven-point statement", QuestionKind.LIKERT, default_scale(7))
MIXED = QuestionnaireSpec("mixed", "Mixed", "session", (FIVE, SEVEN))


def _hex(shape: Any) -> str:
    return "#" + shape.fillColor.hexval()[2:].lower()


def _legend(drawing: Any) -> list[tuple[str, str]]:
    """(words, colour) of each legend swatch: a 9 × 8 Rect and the String after it."""
    shapes = drawing.contents
    return [
        (shapes[i + 1].text, _hex(shape))
        for i, shape in enumerate(shapes)
        if isinstance(shape, Rect) and (shape.width, shape.height) == (9, 8)
    ]


def test_mixed_scales_each_have_their_own_legend_words_and_colours() -> None:
    answers = [ResponseData(f"r{i}", {"five": 1 + i % 5, "seven": 1 + i % 7}) for i in range(35)]
    stats = summarise(MIXED, answers)
    rows = [(item.text, "", item) for item in stats.items]
    drawing = diverging_drawing(rows, default_scale(5).labels, 500, ENGLISH, min_n=1)
    expected = [
        *zip(default_scale(5).labels, diverging_colours(5), strict=True),
        *zip(default_scale(7).labels, diverging_colours(7), strict=True),
    ]
    assert _legend(drawing) == expected
    headings = [s.text for s in drawing.contents if isinstance(s, String)]
    assert "5-point scale:" in headings and "7-point scale:" in headings
    # The bars: the first row's segments in 5-point colours, the second's in 7-point ones.
    bars = [s for s in drawing.contents if isinstance(s, Rect) and s.height == BAR]
    assert [_hex(s) for s in bars[:5]] == list(diverging_colours(5))
    assert [_hex(s) for s in bars[5:]] == list(diverging_colours(7))


def test_one_scale_keeps_one_plain_legend() -> None:
    stats = summarise(MIXED, [ResponseData("r", {"five": 4})])
    rows = [(stats.items[0].text, "", stats.items[0])]
    drawing = diverging_drawing(rows, (), 500, ENGLISH, min_n=1)
    assert _legend(drawing) == list(zip(default_scale(5).labels, diverging_colours(5), strict=True))
    assert "5-point scale:" not in [s.text for s in drawing.contents if isinstance(s, String)]


def _summary_pdf(store: Store, tmp_path: Path, forms: int) -> str:
    group = groups.create_group(store, GroupDraft(f"Small group {forms}"))
    meeting = sessions.plan_session(
        store, group.id, SessionDraft(planned_start=datetime(2026, 3, 3, 13, tzinfo=UTC))
    )
    found = latest_questionnaire(store, "session-evaluation")
    assert found is not None
    for _ in range(forms):
        record_response(store, found.id, {"safe-space": 5, "depth": 4}, session_id=meeting.id)
    out = tmp_path / f"summary-{forms}.pdf"
    write_session_summary(build_session_summary(store, meeting.id), out)
    return " ".join(text(out).split())


def test_four_respondents_are_too_few_to_report(store: Store, tmp_path: Path) -> None:
    content = _summary_pdf(store, tmp_path, 4)
    # In the chart and the table (twice per statement), besides the note's own mention.
    assert content.count("too few to report") > 2
    assert "100% agree" not in content and "100%" not in content.split("Statement")[1][:200]
    assert "How these figures are computed" in content
    assert "fewer than 5 respondents" in content


def test_five_respondents_are_reported(store: Store, tmp_path: Path) -> None:
    content = _summary_pdf(store, tmp_path, 5)
    assert content.count("too few to report") == 1  # the note only
    assert "100% agree" in content
    # safe-space: five 5s: n 5, missing 0, mean 5.00, SD 0.00, median (Q1–Q3), 100%.
    assert "5 0 5.00 0.00 5.0 (5.0–5.0) 100%" in content


def test_the_note_names_the_answers_counted_per_scale() -> None:
    stats = summarise(MIXED, [ResponseData("r", {"five": 4, "seven": 6})])
    note = " ".join(how_computed(stats.items, 5, ENGLISH))
    assert "4–5 of 5 and 5–7 of 7" in note
    assert "n − 1" in note and "QUARTILE.INC" in note and "half up" in note
    assert "fewer than 5 respondents" in note
    assert "fewer than" not in " ".join(how_computed(stats.items, 1, ENGLISH))
