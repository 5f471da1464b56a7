"""The evaluation charts over a series of sessions, as reportlab Drawings for the PDFs:

- :func:`trend_drawing`: % agree per session, one small chart per item.
- :func:`conditions_drawing`: the conditions check per session beside attendance.

Sizes, text helpers and the legend are shared with the answer bars in
evaluation_drawings.py; questionnaire text in a Drawing is plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from reflectdesk.core.evaluation_charts import (
    diverging_colours,
    ink_for,
    legend_scales,
    mean_colour,
    trend,
)
from reflectdesk.core.evaluation_stats import ItemStats, QuestionnaireStats
from reflectdesk.export.evaluation import QuestionnaireResults
from reflectdesk.export.evaluation_drawings import (
    FONT,
    SMALL,
    add_legends,
    legends_height,
    muted,
    percent,
    two_lines,
)
from reflectdesk.export.fonts import REGULAR, register_fonts
from reflectdesk.export.page import INK, MUTED, RULE
from reflectdesk.i18n.texts import Texts


def trend_drawing(
    items: Sequence[ItemStats],
    sessions: Sequence[QuestionnaireStats],
    dates: Sequence[str],
    width: float,
    texts: Texts,
    *,
    min_n: int = 1,
) -> Drawing:
    """% agree per session, one small chart per item (three to a row); a session where
    fewer than ``min_n`` answered has no point (too few to report)."""
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
        for n, line in enumerate(two_lines(item.text, cell_w)):
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
        full, none = texts.percent(1), texts.percent(0)
        axis_w = stringWidth(full, REGULAR, SMALL) + 3
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
        for label, at in ((full, bottom + plot_h - SMALL / 2), (none, bottom - SMALL / 2 + 1)):
            drawing.add(muted(left - 2, at, label, "end", size=SMALL - 0.5))
        values = trend(sessions, item.key, "agree", min_n)
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
                    percent(last[1], texts),
                    fontName=REGULAR,
                    fontSize=SMALL,
                    fillColor=INK,
                )
            )
        if dates:
            base = bottom - SMALL - 1
            drawing.add(muted(left, base, dates[0]))
            if len(dates) > 1:
                drawing.add(muted(right, base, dates[-1], "end"))
    return drawing


def conditions_drawing(results: QuestionnaireResults, width: float, texts: Texts) -> Drawing:
    """Attendance bars over a heat strip of the conditions, one column per session, the
    score written in each cell where it fits."""
    register_fonts()
    assert results.series is not None
    items = results.overall.items
    sessions = results.series.sessions
    legends = [legend.numbered() for legend in legend_scales(items, results.labels)]
    label_w = width * 0.3
    left = label_w + 6
    step = (width - left) / max(len(sessions), 1)
    bars_h, cell_h = 30.0, 2 * SMALL + 6
    # Numbers stay written in narrow columns, smaller; a long series still reads.
    tiny = SMALL if stringWidth("88", REGULAR, SMALL) + 1 <= step else 5.5
    fits = stringWidth("88", REGULAR, tiny) + 1 <= step
    legend_h = legends_height(legends, width, texts)
    height = legend_h + 4 + SMALL + 2 + bars_h + 4 + len(items) * (cell_h + 1.5) + SMALL + 6
    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=SMALL)
    shapes: list[Any] = []
    y = add_legends(shapes, legends, width, height, texts) - 4
    known = [a for a in results.attended if a is not None]
    most = max(known, default=0) or 1
    base = y - SMALL - 2 - bars_h
    shapes.append(
        String(
            0,
            base + bars_h / 2 - 3,
            texts.gettext("Participants who attended"),
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
                    texts.integer(attended),
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
        lines = two_lines(item.text, label_w)
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
                shown = texts.decimal(value, 0 if whole else 1)
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
            shapes.append(muted(left + i * step + step / 2, y - SMALL - 1, day, "middle"))
    for shape in shapes:
        drawing.add(shape)
    return drawing
