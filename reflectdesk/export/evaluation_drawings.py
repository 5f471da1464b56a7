"""The drawing side of the evaluation PDFs (reportlab graphics Drawings in DejaVu Sans,
the same charts as the app): the sizes, the text helpers (:func:`wrap`, :func:`fit`,
:func:`two_lines`, :func:`percent`), the wrapped legend of swatches
(:func:`add_legend`), and :func:`diverging_drawing`, per item a diverging stacked bar of
its answers.

The charts over a series of sessions are in evaluation_series_drawings.py; the tables
and the stories that place all of them are in evaluation_pdf.py. In a Drawing,
questionnaire text is plain text (a String is never parsed as markup). The geometry and
colours come from core/evaluation_charts.py, shared with the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from reflectdesk.core.evaluation_charts import (
    LegendScale,
    diverging_segments,
    ink_for,
    legend_scales,
)
from reflectdesk.core.evaluation_stats import ItemStats
from reflectdesk.core.figure_rules import SMALL_N_DEFAULT, reportable
from reflectdesk.export.fonts import BOLD, REGULAR, register_fonts
from reflectdesk.export.page import INK, MUTED, RULE
from reflectdesk.i18n.texts import Texts

FONT = 8.5
SMALL = 7.5
BAR = 13  # points high
ROW_GAP = 6

Row = tuple[str, str, ItemStats]  # item text ("" under the previous), side label, stats


def muted(x: float, y: float, text: str, anchor: str = "start", *, size: float = SMALL) -> String:
    """Grey text beside the bars: side labels, scale words, dates, notes under an item."""
    return String(x, y, text, fontName=REGULAR, fontSize=size, fillColor=MUTED, textAnchor=anchor)


def wrap(value: str, room: float, size: float = FONT, font: str = REGULAR) -> list[str]:
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


def fit(value: str, room: float, size: float = FONT) -> str:
    if stringWidth(value, REGULAR, size) <= room:
        return value
    while value and stringWidth(value + "…", REGULAR, size) > room:
        value = value[:-1]
    return value.rstrip() + "…"


def two_lines(value: str, room: float) -> list[str]:
    lines = wrap(value, room, SMALL)
    if len(lines) > 2:
        lines = [lines[0], fit(" ".join(lines[1:]) + " …", room, SMALL)]
    return lines


def percent(value: float | None, texts: Texts) -> str:
    """A share in percent points (62.5) as the language writes it: "63%"; "–" for none."""
    return "–" if value is None else texts.percent(value / 100)


def add_legend(
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


def legend_height(labels: Sequence[str], width: float) -> float:
    x, lines = 0.0, 1
    for label in labels:
        item = 10 + 3 + stringWidth(label, REGULAR, SMALL) + 10
        if x and x + item > width:
            x, lines = 0.0, lines + 1
        x += item
    return 10 + 12 * (lines - 1) + 8


def _scale_heading(legend: LegendScale, texts: Texts) -> str:
    return texts.gettext("{points}-point scale:").format(points=texts.integer(legend.points))


def legends_height(legends: Sequence[LegendScale], width: float, texts: Texts) -> float:
    """The height of one legend per scale (each on its own lines when there are more)."""
    if len(legends) == 1:
        return legend_height(legends[0].labels, width)
    return sum(
        legend_height(legend.labels, width - _heading_room(legend, texts)) for legend in legends
    )


def _heading_room(legend: LegendScale, texts: Texts) -> float:
    return float(stringWidth(_scale_heading(legend, texts), REGULAR, SMALL)) + 8


def add_legends(
    shapes: list[Any], legends: Sequence[LegendScale], width: float, top: float, texts: Texts
) -> float:
    """One legend per scale the chart uses, each scale's words with its own colours; with
    more than one, each starts on a new line under a heading ("7-point scale:")."""
    if len(legends) == 1:
        return add_legend(shapes, legends[0].labels, legends[0].colours, width, top)
    y = top
    for legend in legends:
        heading = _scale_heading(legend, texts)
        shapes.append(muted(0, y - 9, heading))
        room = _heading_room(legend, texts)
        bottom = add_legend(shapes, legend.labels, legend.colours, width - room, y)
        for shape in shapes[-2 * legend.points :]:
            shape.x += room
        y = bottom
    return y


def diverging_drawing(
    rows: Sequence[Row],
    labels: Sequence[str],
    width: float,
    texts: Texts,
    min_n: int = SMALL_N_DEFAULT,
) -> Drawing:
    """Per row a diverging stacked bar: disagreeing answers left of the centre line,
    agreeing right, the share of each answer written in it; "% agree" at the right end
    and n under the bar. The legend names each scale the rows use in its own words and
    colours (``labels``: the words for items that carry none). A row answered by fewer
    than ``min_n`` shows its count and "too few to report", no bar or percentage."""
    register_fonts()
    legends = legend_scales((stats for _, _, stats in rows), labels)
    text_w = width * 0.34
    side_w = max((stringWidth(side, REGULAR, FONT) for _, side, _ in rows if side), default=0)
    side_w = side_w + 6 if side_w else 0
    agree = texts.gettext("{percent} agree")
    end_w = stringWidth(agree.format(percent=texts.percent(1)), BOLD, FONT) + 6
    bar_left = text_w + 6 + side_w
    bar_w = width - bar_left - end_w
    centre, half = bar_left + bar_w / 2, bar_w / 2
    wrapped = [wrap(item_text, text_w) for item_text, _, _ in rows]
    heights = [max(len(lines) * (FONT + 2), BAR + SMALL + 3) for lines in wrapped]
    legend_h = legends_height(legends, width, texts)
    height = legend_h + 4 + sum(h + ROW_GAP for h in heights) + 2 * SMALL + 8
    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=FONT)
    shapes: list[Any] = []
    y = add_legends(shapes, legends, width, height, texts) - 4
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
            shapes.append(muted(text_w + 6, bar_y + 3.5, side, size=FONT))
        shown = reportable(stats.n, min_n) or not stats.n
        segments = diverging_segments(stats.distribution) if shown else []
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
        elif not shown:
            few = texts.gettext("too few to report")
            shapes.append(muted(centre, bar_y + 3.5, few, "middle", size=FONT))
        else:
            shapes.append(muted(centre, bar_y + 3.5, texts.gettext("no answers"), "middle"))
        for segment in segments:
            share = texts.decimal(segment.width * 100, 0)
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
        if stats.agree_pct is not None and shown:
            shapes.append(
                String(
                    bar_left + bar_w + 6,
                    bar_y + 3.5,
                    agree.format(percent=percent(stats.agree_pct, texts)),
                    fontName=BOLD,
                    fontSize=FONT,
                    fillColor=INK,
                )
            )
        note = f"n = {texts.integer(stats.n)}"
        if stats.missing:
            note += texts.gettext(", {n} left blank").format(n=texts.integer(stats.missing))
        if stats.reverse_coded:
            note += texts.gettext(" · reverse-worded, scored the other way round")
        shapes.append(muted(bar_left, bar_y - SMALL - 1.5, note))
        y -= row_h + ROW_GAP
    axis_y = y - SMALL + 2
    for tick in (-1.0, -0.5, 0.0, 0.5, 1.0):
        label = "0" if tick == 0 else texts.percent(abs(tick))
        anchor = "start" if tick == -1 else ("end" if tick == 1 else "middle")
        shapes.append(muted(centre + tick * half, axis_y, label, anchor))
    shapes.append(muted(centre - 4, axis_y - SMALL - 2, texts.gettext("← disagree"), "end"))
    shapes.append(muted(centre + 4, axis_y - SMALL - 2, texts.gettext("agree →")))
    for shape in shapes:
        drawing.add(shape)
    return drawing
