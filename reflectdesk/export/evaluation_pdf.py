"""The evaluation part of the series report and of the session summary: tables of the
statistics (:func:`stats_table`, :func:`change_table`) and the stories that place them
with the charts, headings and written answers: :func:`evaluation_story` (series report)
and :func:`session_evaluation_story` (session summary).

The charts are reportlab Drawings from evaluation_drawings.py (the answer bars) and
evaluation_series_drawings.py (session by session). Questionnaire text can be edited by
the user: it is escaped wherever it becomes a Paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from reflectdesk.core.evaluation_stats import QuestionnaireStats, StartEndChange
from reflectdesk.export.evaluation import QuestionnaireResults, SessionFigures
from reflectdesk.export.evaluation_drawings import Row, diverging_drawing, percent
from reflectdesk.export.evaluation_series_drawings import conditions_drawing, trend_drawing
from reflectdesk.export.page import MUTED, text
from reflectdesk.export.pdf_blocks import bullet_list, data_table

FREE_TEXT_SHOWN = 40  # written answers listed per item in a PDF; the CSV has them all


def _num(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def stats_table(stats: QuestionnaireStats, width: float, styles: dict[str, ParagraphStyle]) -> Any:
    rows = [
        (
            item.text + (" (reverse-worded)" if item.reverse_coded else ""),
            str(item.n),
            str(item.missing),
            _num(item.mean),
            _num(item.sd),
            _num(item.median, 1),
            _num(item.iqr, 1),
            percent(item.agree_pct),
        )
        for item in stats.items
    ]
    widths = [w * mm for w in (10, 19, 14, 13, 18, 12, 17)]
    return data_table(
        ("Statement", "n", "Missing", "Mean", "SD", "Median", "IQR", "% agree"),
        rows,
        (width - sum(widths), *widths),
        styles,
        numeric=frozenset(range(1, 8)),
    )


def change_table(change: StartEndChange, width: float, styles: dict[str, ParagraphStyle]) -> Any:
    def signed(value: float | None, digits: int) -> str:
        return "–" if value is None else f"{value:+.{digits}f}"

    rows = [
        (
            item.text,
            str(item.n_start),
            percent(item.start.agree_pct),
            str(item.n_end),
            percent(item.end.agree_pct),
            signed(item.agree_change, 0),
            signed(item.mean_change, 2),
        )
        for item in change.items
    ]
    w = 19 * mm
    return data_table(
        (
            "Statement",
            "n start",
            "% agree start",
            "n end",
            "% agree end",
            "Change (points)",
            "Change in mean",
        ),
        rows,
        (width - 6 * w, *(w,) * 6),
        styles,
        numeric=frozenset(range(1, 7)),
    )


STATS_NOTE = (
    "n: forms that answered the statement; missing: forms that left it blank. Mean, SD, "
    "median and IQR are in scale points (1 = strongly disagree). % agree: the share of n "
    "answering agree or strongly agree. Reverse-worded statements are scored the other "
    "way round, so higher is always better."
)


def _free_text(stats: QuestionnaireStats, styles: dict[str, ParagraphStyle]) -> list[Any]:
    content: list[Any] = []
    for item in stats.free_text:
        if not item.answers:
            continue
        content.append(Paragraph(f"Written answers: {text(item.text)}", styles["note_title"]))
        shown = item.answers[:FREE_TEXT_SHOWN]
        content += bullet_list(shown, styles, "")
        if len(item.answers) > len(shown):
            more = len(item.answers) - len(shown)
            content.append(
                Paragraph(
                    f"… and {more} more written answers (all of them are in the CSV export).",
                    styles["muted"],
                )
            )
    return content


def _subheading(title: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    style = ParagraphStyle("eval_sub", parent=styles["heading"], fontSize=10.5, spaceBefore=8)
    return Paragraph(escape(title), style)


def _small(styles: dict[str, ParagraphStyle]) -> ParagraphStyle:
    return styles.get("small") or ParagraphStyle(
        "eval_small", parent=styles["body"], fontSize=8.5, leading=11.5, textColor=MUTED
    )


def questionnaire_story(
    results: QuestionnaireResults, width: float, styles: dict[str, ParagraphStyle]
) -> list[Any]:
    """One questionnaire's part of the series report."""
    overall = results.overall
    small = _small(styles)
    story: list[Any] = []
    if results.change is not None:
        change = results.change
        intro = (
            f"{results.name}: {change.start_responses} forms at the start and "
            f"{change.end_responses} at the end of the series. Each pair of bars is one "
            "statement: the start, then the end."
        )
        rows: list[Row] = []
        for item in change.items:
            rows += [(item.text, "Start", item.start), ("", "End", item.end)]
        story.append(
            KeepTogether(
                [
                    _subheading(results.title, styles),
                    Paragraph(text(intro), styles["body"]),
                    Spacer(1, 4),
                    diverging_drawing(rows, results.labels, width),
                ]
            )
        )
        story += [Spacer(1, 6), change_table(change, width, styles)]
    else:
        sessions = len(results.series.sessions) if results.series else 0
        intro = (
            f"{results.name}: {overall.responses} forms from {sessions} sessions, all together. "
            "Left of the line disagree, right agree; the number in a colour is its share in %."
        )
        heading: list[Any] = [_subheading(results.title, styles)]
        if results.series is not None and results.purpose == "conditions":
            heading += [
                Paragraph(
                    "The facilitator's score for each condition after each session (darker "
                    "purple is better), under the number of members who attended.",
                    styles["body"],
                ),
                Spacer(1, 4),
                conditions_drawing(results, width),
                Spacer(1, 8),
            ]
            story.append(KeepTogether(heading))
            heading = []
        rows = [(item.text, "", item) for item in overall.items]
        story.append(
            KeepTogether(
                [
                    *heading,
                    Paragraph(text(intro), styles["body"]),
                    Spacer(1, 4),
                    diverging_drawing(rows, results.labels, width),
                ]
            )
        )
        if results.series is not None and results.purpose != "conditions":
            story.append(
                KeepTogether(
                    [
                        Paragraph("% who agree, session by session", styles["note_title"]),
                        Spacer(1, 2),
                        trend_drawing(overall.items, results.series.sessions, results.dates, width),
                    ]
                )
            )
    story += [Spacer(1, 6), stats_table(overall, width, styles), Paragraph(STATS_NOTE, small)]
    story += _free_text(overall, styles)
    return story


def evaluation_story(
    results: Sequence[QuestionnaireResults], width: float, styles: dict[str, ParagraphStyle]
) -> list[Any]:
    """The series report's evaluation section (empty without responses)."""
    story: list[Any] = []
    for part in results:
        story += questionnaire_story(part, width, styles)
    return story


def session_evaluation_story(
    figures: Sequence[SessionFigures], width: float, styles: dict[str, ParagraphStyle]
) -> list[Any]:
    """The session summary's evaluation section: per questionnaire a compact table and
    the diverging bars."""
    story: list[Any] = []
    for part in figures:
        stats = part.stats
        rows = [(item.text, "", item) for item in stats.items]
        story.append(
            KeepTogether(
                [
                    _subheading(f"{part.title} ({stats.responses} forms)", styles),
                    diverging_drawing(rows, part.labels, width),
                ]
            )
        )
        story += [Spacer(1, 4), stats_table(stats, width, styles)]
        story += _free_text(stats, styles)
    return story
