"""The chart of one questionnaire's answers, painted with QPainter:
:class:`DivergingBarChart`, per item a bar of the answers, disagreeing to the left of a
centre line and agreeing to the right, with "% agree" and n written at its end; and
:class:`BarRow`, one of its bars.

The charts over a series of sessions are in evaluation_series_charts.py; what every
chart shares (title, legend, palette, rendering to an image) is in
evaluation_chart_base.py. Each chart paints its own title and a plain-words legend, so a
grab of the widget (or :meth:`EvaluationChart.render_image`) is the whole picture. Answer
colours come from core (a colour-blind-safe orange–grey–purple scale readable on light
and dark); text, grid and axes come from the palette. Every number is written, not only
coloured. The charts emit no signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from reflectdesk.core.evaluation_charts import diverging_segments, ink_for, legend_scales
from reflectdesk.core.evaluation_stats import ItemStats
from reflectdesk.core.figure_rules import SMALL_N_DEFAULT, reportable
from reflectdesk.ui.evaluation.chart_base import (
    BAR_HEIGHT,
    GAP,
    MARGIN,
    WRAP,
    EvaluationChart,
    percent,
)
from reflectdesk.ui.evaluation.chart_text import bars_text
from reflectdesk.ui.evaluation.figures import number


@dataclass(frozen=True, slots=True)
class BarRow:
    """One bar: the item's text (may be "" under the previous row's), a short label
    beside the bar ("Start", "End" or ""), and its statistics."""

    text: str
    label: str
    stats: ItemStats


class DivergingBarChart(EvaluationChart):
    """Per item a diverging stacked bar of its answers (scored: reverse-coded items are
    turned round, so right is always the favourable side)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("divergingBars")
        self._rows: list[BarRow] = []
        self._labels: tuple[str, ...] = ()
        self._min_n = SMALL_N_DEFAULT

    def set_rows(
        self, rows: Sequence[BarRow], labels: Sequence[str], min_n: int = SMALL_N_DEFAULT
    ) -> None:
        """``labels``: the words of items that carry none; ``min_n``: the fewest answers a
        bar is drawn for (fewer: the count and "too few to report")."""
        self._rows = list(rows)
        self._labels = tuple(labels)
        self._min_n = min_n
        self.setAccessibleDescription(
            bars_text([(row.text, row.label, row.stats) for row in self._rows], self._labels, min_n)
        )
        self.updateGeometry()
        self.update()

    def rows(self) -> list[BarRow]:
        return list(self._rows)

    def legend_entries(self) -> list[tuple[str, str]]:
        """(words, colour) of the legend: one scale's, or each scale's under its name."""
        return self.scale_legends(legend_scales((row.stats for row in self._rows), self._labels))

    def _shown(self, stats: ItemStats) -> bool:
        return reportable(stats.n, self._min_n) or not stats.n

    def _columns(self, width: int) -> tuple[int, int, int, int]:
        """(text width, label width, bar left, bar width) for a chart ``width`` wide."""
        metrics = QFontMetrics(self.font())
        labels = [row.label for row in self._rows if row.label]
        label_w = max((metrics.horizontalAdvance(label) for label in labels), default=0)
        label_w = label_w + GAP if label_w else 0
        text_w = max(int(width * 0.34), 120)
        end_w = metrics.horizontalAdvance("100% agree") + GAP
        bar_left = MARGIN + text_w + GAP + label_w
        bar_w = max(width - bar_left - end_w - MARGIN, 60)
        return text_w, label_w, bar_left, bar_w

    def _row_height(self, row: BarRow, text_w: int) -> int:
        metrics = QFontMetrics(self.font())
        text_h = metrics.boundingRect(0, 0, text_w, 10_000, WRAP, row.text).height()
        small = QFontMetrics(self.small_font()).height()
        return max(text_h, BAR_HEIGHT + small + 2)

    def body_height(self, width: int) -> int:
        height = self._legend_height(width, self.legend_entries()) + GAP
        text_w = self._columns(width)[0]
        height += sum(self._row_height(row, text_w) + GAP for row in self._rows)
        return height + 2 * QFontMetrics(self.small_font()).height() + 6

    def paint_body(self, painter: QPainter, top: int, width: int) -> None:
        y = top + self._flow(painter, top, width, self.legend_entries()) + GAP
        text_w, label_w, bar_left, bar_w = self._columns(width)
        centre = bar_left + bar_w / 2
        half = bar_w / 2
        small = QFontMetrics(self.small_font())
        for row in self._rows:
            height = self._row_height(row, text_w)
            painter.setFont(self.font())
            painter.setPen(self.ink())
            painter.drawText(QRect(MARGIN, y, text_w, height), WRAP, row.text)
            if row.label:
                painter.setPen(self.quiet())
                painter.drawText(
                    QRect(MARGIN + text_w + GAP, y, label_w, BAR_HEIGHT),
                    Qt.AlignmentFlag.AlignVCenter,
                    row.label,
                )
            self._paint_bar(painter, row.stats, centre, half, y)
            painter.setFont(self.font())
            painter.setPen(self.ink())
            if row.stats.agree_pct is not None and self._shown(row.stats):
                painter.drawText(
                    QRect(int(bar_left + bar_w + GAP), y, width, BAR_HEIGHT),
                    Qt.AlignmentFlag.AlignVCenter,
                    self.tr("%1 agree").replace("%1", percent(row.stats.agree_pct)),
                )
            painter.setFont(self.small_font())
            painter.setPen(self.quiet())
            blank = row.stats.missing
            missing = self.tr(", %n left blank", "", blank) if blank else ""
            reverse = self.tr(" · reverse-worded, scored the other way round")
            reverse *= row.stats.reverse_coded
            painter.drawText(
                QRect(int(bar_left), y + BAR_HEIGHT + 1, width, small.height()),
                Qt.AlignmentFlag.AlignLeft,
                f"n = {row.stats.n}{missing}{reverse}",
            )
            y += height + GAP
        # The axis under the rows.
        painter.setFont(self.small_font())
        painter.setPen(self.quiet())
        axis_y = y - GAP + 3
        for share, align in (
            (-1.0, "left"),
            (-0.5, "mid"),
            (0.0, "mid"),
            (0.5, "mid"),
            (1.0, "right"),
        ):
            x = centre + share * half
            label = "0" if share == 0 else percent(abs(share) * 100)
            w = small.horizontalAdvance(label)
            left = x - w / 2 if align == "mid" else (x if align == "left" else x - w)
            painter.drawText(QPointF(left, axis_y + small.ascent()), label)
        below = axis_y + small.height() + small.ascent()
        disagree = self.tr("← disagree")
        painter.drawText(QPointF(centre - 6 - small.horizontalAdvance(disagree), below), disagree)
        painter.drawText(QPointF(centre + 6, below), self.tr("agree →"))

    def _paint_bar(
        self, painter: QPainter, stats: ItemStats, centre: float, half: float, y: int
    ) -> None:
        segments = diverging_segments(stats.distribution) if self._shown(stats) else []
        if not segments:
            painter.setPen(self.quiet())
            painter.setFont(self.small_font())
            painter.drawText(
                QRectF(centre - half, y, 2 * half, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("too few to report") if stats.n else self.tr("no answers"),
            )
            return
        painter.setFont(self.small_font())
        metrics = QFontMetrics(self.small_font())
        for segment in segments:
            if not segment.count:
                continue
            rect = QRectF(centre + segment.left * half, y, segment.width * half, BAR_HEIGHT)
            painter.fillRect(rect, QColor(segment.colour))
        painter.setPen(QPen(self.ink(), 1.2))
        painter.drawLine(QPointF(centre, y - 3), QPointF(centre, y + BAR_HEIGHT + 3))
        for segment in segments:
            if not segment.count:
                continue
            rect = QRectF(centre + segment.left * half, y, segment.width * half, BAR_HEIGHT)
            share = number(segment.width * 100, 0)
            if metrics.horizontalAdvance(share) + 4 <= rect.width():
                painter.setPen(QColor(ink_for(segment.colour)))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, share)
