"""The evaluation part of the series report and of the session summary: the same charts
as the app (reportlab graphics Drawings in DejaVu Sans) and tables of the statistics.

- :func:`diverging_drawing`: per item a diverging stacked bar of its answers.
- :func:`trend_drawing`: % agree per session, one small chart per item.
- :func:`conditions_drawing`: the conditions check per session beside attendance.
- :func:`evaluation_story` (series report) and :func:`session_evaluation_story`
  (session summary): headings, charts, tables, written answers.

Questionnaire text can be edited by the user: it is escaped wherever it becomes a
Paragraph; in a Drawing it is plain text (a String is never parsed as markup). The
geometry and colours come from core/evaluation_charts.py, shared with the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from reflectdesk.core.evaluation_charts import (
    diverging_colours,
    diverging_segments,
    ink_for,
    mean_colour,
    trend,
)
from reflectdesk.core.evaluation_stats import ItemStats, QuestionnaireStats, StartEndChange
from reflectdesk.export.evaluation import QuestionnaireResults, SessionFigures
from reflectdesk.export.fonts import BOLD, REGULAR, register_fonts
from reflectdesk.export.page import INK, MUTED, RULE, text
from reflectdesk.export.pdf import bullet_list, data_table

FONT = 8.5
SMALL = 7.5
BAR = 13  # points high
ROW_GAP = 6
FREE_TEXT_SHOWN = 40  # written answers listed per item in a PDF; the CSV has them all

Row = tuple[str, str, ItemStats]  # item text ("" under the previous), side label, stats


def _wrap(value: str, room: float, size: float = FONT, font: str = REGULAR) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in value.split():
        candidate = f"{line} {word}".strip()
        if line and stringWidth(candidate, font, size) > room:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def _fit(value: str, room: float, size: float = FONT) -> str:
    if stringWidth(value, REGULAR, size) <= room:
        return value
    while value and stringWidth(value + "…", REGULAR, size) > room:
        value = value[:-1]
    return value.rstrip() + "…"


def _two_lines(value: str, room: float) -> list[str]:
    lines = _wrap(value, room, SMALL)
    if len(lines) > 2:
        lines = [lines[0], _fit(" ".join(lines[1:]) + " …", room, SMALL)]
    return lines


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def _legend(
    drawing_items: list[Any],
    labels: Sequence[str],
    colours: Sequence[str],
    width: float,
    top: float,
) -> float:
    """Swatches with words from ``top`` down, wrapped; returns the y under them."""
    x, y = 0.0, top - 10
    for label, colour in zip(labels, colours, strict=False):
        item = 10 + 3 + stringWidth(label, REGULAR, SMALL) + 10
        if x and x + item > width:
            x, y = 0.0, y - 12
        drawing_items.append(
            Rect(x, y, 9, 8, fillColor=colors.HexColor(colour), strokeColor=RULE, strokeWidth=0.4)
        )
        drawing_items.append(
            String(x + 12, y + 1, label, fontName=REGULAR, fontSize=SMALL, fillColor=INK)
        )
        x += item
    return y - 8


def _legend_height(labels: Sequence[str], width: float) -> float:
    x, lines = 0.0, 1
    for label in labels:
        item = 10 + 3 + stringWidth(label, REGULAR, SMALL) + 10
        if x and x + item > width:
            x, lines = 0.0, lines + 1
        x += item
    return 10 + 12 * (lines - 1) + 8


def diverging_drawing(rows: Sequence[Row], labels: Sequence[str], width: float) -> Drawing:
    """Per row a diverging stacked bar: disagreeing answers left of the centre line,
    agreeing right, the share of each answer written in it; "% agree" at the right end
    and n under the bar."""
    register_fonts()
    points = max((stats.points for _, _, stats in rows), default=5)
    colours = diverging_colours(points)
    text_w = width * 0.34
    side_w = max((stringWidth(side, REGULAR, FONT) for _, side, _ in rows if side), default=0)
    side_w = side_w + 6 if side_w else 0
    end_w = stringWidth("100% agree", BOLD, FONT) + 6
    bar_left = text_w + 6 + side_w
    bar_w = width - bar_left - end_w
    centre, half = bar_left + bar_w / 2, bar_w / 2
    wrapped = [_wrap(item_text, text_w) for item_text, _, _ in rows]
    heights = [max(len(lines) * (FONT + 2), BAR + SMALL + 3) for lines in wrapped]
    legend_h = _legend_height(labels, width)
    height = legend_h + 4 + sum(h + ROW_GAP for h in heights) + 2 * SMALL + 8
    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=FONT)
    shapes: list[Any] = []
    y = _legend(shapes, labels, colours, width, height) - 4
    for (_, side, stats), lines, row_h in zip(rows, wrapped, heights, strict=True):
        for n, line in enumerate(lines):
            shapes.append(
                String(
                    0,
                    y - (n + 1) * (FONT + 2) + 2,
                    line,
                    fontName=REGULAR,
                    fontSize=FONT,
                    fillColor=INK,
                )
            )
        bar_y = y - BAR
        if side:
            shapes.append(
                String(
                    text_w + 6, bar_y + 3.5, side, fontName=REGULAR, fontSize=FONT, fillColor=MUTED
                )
            )
        segments = diverging_segments(stats.distribution)
        for segment in segments:
            if segment.count:
                shapes.append(
                    Rect(
                        centre + segment.left * half,
                        bar_y,
                        segment.width * half,
                        BAR,
                        fillColor=colors.HexColor(segment.colour),
                        strokeColor=None,
                    )
                )
        if segments:
            shapes.append(
                Line(centre, bar_y - 2, centre, bar_y + BAR + 2, strokeColor=INK, strokeWidth=0.9)
            )
        else:
            shapes.append(
                String(
                    centre,
                    bar_y + 3.5,
                    "no answers",
                    fontName=REGULAR,
                    fontSize=SMALL,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
        for segment in segments:
            share = f"{segment.width * 100:.0f}"
            if segment.count and stringWidth(share, REGULAR, SMALL) + 3 <= segment.width * half:
                shapes.append(
                    String(
                        centre + (segment.left + segment.width / 2) * half,
                        bar_y + 3.8,
                        share,
                        fontName=REGULAR,
                        fontSize=SMALL,
                        fillColor=colors.HexColor(ink_for(segment.colour)),
                        textAnchor="middle",
                    )
                )
        if stats.agree_pct is not None:
            shapes.append(
                String(
                    bar_left + bar_w + 6,
                    bar_y + 3.5,
                    f"{_percent(stats.agree_pct)} agree",
                    fontName=BOLD,
                    fontSize=FONT,
                    fillColor=INK,
                )
            )
        note = f"n = {stats.n}" + (f", {stats.missing} left blank" if stats.missing else "")
        if stats.reverse_coded:
            note += " · reverse-worded, scored the other way round"
        shapes.append(
            String(
                bar_left,
                bar_y - SMALL - 1.5,
                note,
                fontName=REGULAR,
                fontSize=SMALL,
                fillColor=MUTED,
            )
        )
        y -= row_h + ROW_GAP
    axis_y = y - SMALL + 2
    for tick in (-1.0, -0.5, 0.0, 0.5, 1.0):
        label = "0" if tick == 0 else f"{abs(tick) * 100:.0f}%"
        anchor = "start" if tick == -1 else ("end" if tick == 1 else "middle")
        shapes.append(
            String(
                centre + tick * half,
                axis_y,
                label,
                fontName=REGULAR,
                fontSize=SMALL,
                fillColor=MUTED,
                textAnchor=anchor,
            )
        )
    shapes.append(
        String(
            centre - 4,
            axis_y - SMALL - 2,
            "← disagree",
            fontName=REGULAR,
            fontSize=SMALL,
            fillColor=MUTED,
            textAnchor="end",
        )
    )
    shapes.append(
        String(
            centre + 4,
            axis_y - SMALL - 2,
            "agree →",
            fontName=REGULAR,
            fontSize=SMALL,
            fillColor=MUTED,
            textAnchor="start",
        )
    )
    for shape in shapes:
        drawing.add(shape)
    return drawing


def trend_drawing(
    items: Sequence[ItemStats],
    sessions: Sequence[QuestionnaireStats],
    dates: Sequence[str],
    width: float,
) -> Drawing:
    """% agree per session, one small chart per item (three to a row)."""
    register_fonts()
    columns = 3
    gap = 14
    cell_w = (width - (columns - 1) * gap) / columns
    plot_h = 48
    cell_h = 2 * (SMALL + 2) + 6 + plot_h + SMALL + 8
    rows = -(-len(items) // columns)
    drawing = Drawing(width, rows * cell_h, initialFontName=REGULAR, initialFontSize=SMALL)
    accent = colors.HexColor(diverging_colours(5)[-1])
    for index, item in enumerate(items):
        x0 = (index % columns) * (cell_w + gap)
        top = drawing.height - (index // columns) * cell_h
        for n, line in enumerate(_two_lines(item.text, cell_w)):
            drawing.add(
                String(
                    x0,
                    top - (n + 1) * (SMALL + 2),
                    line,
                    fontName=REGULAR,
                    fontSize=SMALL,
                    fillColor=INK,
                )
            )
        axis_w = stringWidth("100%", REGULAR, SMALL) + 3
        left, right = x0 + axis_w, x0 + cell_w - 22
        bottom = top - 2 * (SMALL + 2) - 6 - plot_h
        drawing.add(
            Rect(
                left,
                bottom,
                right - left,
                plot_h,
                fillColor=None,
                strokeColor=RULE,
                strokeWidth=0.5,
            )
        )
        drawing.add(
            Line(
                left,
                bottom + plot_h / 2,
                right,
                bottom + plot_h / 2,
                strokeColor=RULE,
                strokeWidth=0.3,
            )
        )
        for label, at in (("100%", bottom + plot_h - SMALL / 2), ("0%", bottom - SMALL / 2 + 1)):
            drawing.add(
                String(
                    left - 2,
                    at,
                    label,
                    fontName=REGULAR,
                    fontSize=SMALL - 0.5,
                    fillColor=MUTED,
                    textAnchor="end",
                )
            )
        values = trend(sessions, item.key, "agree")
        count = len(values)

        xs = [
            left + (0.5 if count == 1 else i / (count - 1)) * (right - left) for i in range(count)
        ]
        points = [
            None if value is None else (xs[i], bottom + value / 100 * plot_h)
            for i, value in enumerate(values)
        ]

        run: list[float] = []
        for point in [*points, None]:
            if point is None:
                if len(run) >= 4:
                    drawing.add(PolyLine(run, strokeColor=accent, strokeWidth=1.2))
                run = []
                continue
            run.extend(point)
        radius = 1.3 if count > 20 else 2
        for point in points:
            if point is not None:
                cx, cy = point
                drawing.add(Circle(cx, cy, radius, fillColor=accent, strokeColor=None))
        last = next(((i, v) for i, v in reversed(list(enumerate(values))) if v is not None), None)
        if last is not None:
            cy = bottom + last[1] / 100 * plot_h
            drawing.add(
                String(
                    right + 2,
                    cy - 2.5,
                    _percent(last[1]),
                    fontName=REGULAR,
                    fontSize=SMALL,
                    fillColor=INK,
                )
            )
        if dates:
            base = bottom - SMALL - 1
            drawing.add(
                String(left, base, dates[0], fontName=REGULAR, fontSize=SMALL, fillColor=MUTED)
            )
            if len(dates) > 1:
                drawing.add(
                    String(
                        right,
                        base,
                        dates[-1],
                        fontName=REGULAR,
                        fontSize=SMALL,
                        fillColor=MUTED,
                        textAnchor="end",
                    )
                )
    return drawing


def conditions_drawing(results: QuestionnaireResults, width: float) -> Drawing:
    """Attendance bars over a heat strip of the conditions, one column per session, the
    score written in each cell where it fits."""
    register_fonts()
    assert results.series is not None
    items = results.overall.items
    sessions = results.series.sessions
    points = max((item.points for item in items), default=5)
    legend = [f"{i + 1} {label.lower()}" for i, label in enumerate(results.labels)]
    label_w = width * 0.3
    left = label_w + 6
    step = (width - left) / max(len(sessions), 1)
    bars_h, cell_h = 30.0, 2 * SMALL + 6
    # Numbers stay written in narrow columns, smaller; a long series still reads.
    tiny = SMALL if stringWidth("88", REGULAR, SMALL) + 1 <= step else 5.5
    fits = stringWidth("88", REGULAR, tiny) + 1 <= step
    legend_h = _legend_height(legend, width)
    height = legend_h + 4 + SMALL + 2 + bars_h + 4 + len(items) * (cell_h + 1.5) + SMALL + 6
    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=SMALL)
    shapes: list[Any] = []
    y = _legend(shapes, legend, diverging_colours(points), width, height) - 4
    known = [a for a in results.attended if a is not None]
    most = max(known, default=0) or 1
    base = y - SMALL - 2 - bars_h
    shapes.append(
        String(
            0,
            base + bars_h / 2 - 3,
            "Members who attended",
            fontName=REGULAR,
            fontSize=FONT,
            fillColor=INK,
        )
    )
    for i, attended in enumerate(results.attended):
        if attended is None:
            continue
        h = bars_h * attended / most
        x = left + i * step
        shapes.append(Rect(x + step * 0.2, base, step * 0.6, h, fillColor=MUTED, strokeColor=None))
        if fits:
            shapes.append(
                String(
                    x + step / 2,
                    base + h + 1.5,
                    str(attended),
                    fontName=REGULAR,
                    fontSize=tiny,
                    fillColor=INK,
                    textAnchor="middle",
                )
            )
    y = base - 4
    decimals = stringWidth("4.5", REGULAR, tiny) + 2 <= step
    for item in items:
        y -= cell_h
        lines = _two_lines(item.text, label_w)
        for n, line in enumerate(lines):
            shapes.append(
                String(
                    0,
                    y + cell_h / 2 - 2.5 + (len(lines) - 1 - 2 * n) * (SMALL + 1) / 2,
                    line,
                    fontName=REGULAR,
                    fontSize=SMALL,
                    fillColor=INK,
                )
            )
        for i, value in enumerate(trend(sessions, item.key, "mean")):
            colour = mean_colour(value, item.points)
            x = left + i * step
            if colour is None or value is None:
                shapes.append(
                    Rect(
                        x + 0.3,
                        y,
                        step - 0.6,
                        cell_h,
                        fillColor=None,
                        strokeColor=RULE,
                        strokeWidth=0.3,
                    )
                )
                continue
            shapes.append(
                Rect(
                    x + 0.3,
                    y,
                    step - 0.6,
                    cell_h,
                    fillColor=colors.HexColor(colour),
                    strokeColor=None,
                )
            )
            if fits:
                whole = value == int(value) or not decimals
                shown = f"{value:.0f}" if whole else f"{value:.1f}"
                shapes.append(
                    String(
                        x + step / 2,
                        y + cell_h / 2 - 2.5,
                        shown,
                        fontName=REGULAR,
                        fontSize=tiny,
                        fillColor=colors.HexColor(ink_for(colour)),
                        textAnchor="middle",
                    )
                )
        y -= 1.5
    widest = max((stringWidth(d, REGULAR, SMALL) for d in results.dates), default=1) + 6
    every = max(1, int(-(-widest // step)))
    for i, day in enumerate(results.dates):
        if i % every == 0:
            shapes.append(
                String(
                    left + i * step + step / 2,
                    y - SMALL - 1,
                    day,
                    fontName=REGULAR,
                    fontSize=SMALL,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
    for shape in shapes:
        drawing.add(shape)
    return drawing


# -- tables and stories -----------------------------------------------------------------


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
            _percent(item.agree_pct),
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
            _percent(item.start.agree_pct),
            str(item.n_end),
            _percent(item.end.agree_pct),
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
