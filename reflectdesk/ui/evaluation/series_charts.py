"""The evaluation charts over a series of sessions, painted with QPainter:

- :class:`TrendChart`: small multiples, one per item: % agree (or the mean) per session.
- :class:`ConditionsChart`: the facilitator's conditions check per session as a heat
  strip with the score written in each cell, under a row of attendance bars.

They build on :class:`~reflectdesk.ui.evaluation.chart_base.EvaluationChart` (title,
legend, palette, rendering to an image), like the answer bars in evaluation_charts.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QWidget

from reflectdesk.core.evaluation_charts import (
    LegendScale,
    diverging_colours,
    ink_for,
    legend_scales,
    mean_colour,
    trend,
)
from reflectdesk.core.evaluation_stats import ItemStats, QuestionnaireStats
from reflectdesk.ui.evaluation.chart_base import GAP, MARGIN, WRAP, EvaluationChart, percent
from reflectdesk.ui.evaluation.chart_text import conditions_text, trend_text
from reflectdesk.ui.evaluation.figures import number


class TrendChart(EvaluationChart):
    """Small multiples: per item, its % agree (or mean) in each session, oldest left."""

    CELL_MIN_WIDTH = 250
    PLOT_HEIGHT = 70

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("trendChart")
        self._items: list[tuple[str, str]] = []  # (key, text)
        self._sessions: list[QuestionnaireStats] = []
        self._dates: tuple[str, ...] = ()
        self._measure = "agree"
        self._points = 5
        self._min_n = 1  # sessions with fewer answers than this are left out (too few)

    def set_series(
        self,
        items: Sequence[ItemStats],
        sessions: Sequence[QuestionnaireStats],
        dates: Sequence[str],
        measure: str = "agree",
        min_n: int = 1,
    ) -> None:
        self._min_n = min_n
        self._items = [(item.key, item.text) for item in items]
        self._points = max((item.points for item in items), default=5)
        self._sessions = list(sessions)
        self._dates = tuple(dates)
        self._measure = measure
        self.setAccessibleDescription(
            trend_text(self._items, self._sessions, self._dates, measure, min_n)
        )
        self.updateGeometry()
        self.update()

    def _grid(self, width: int) -> tuple[int, int]:
        columns = max(1, min(3, (width - 2 * MARGIN) // self.CELL_MIN_WIDTH))
        rows = -(-len(self._items) // columns) if self._items else 0
        return columns, rows

    def _cell_height(self) -> int:
        line = QFontMetrics(self.small_font()).height()
        return 2 * line + line // 2 + 4 + self.PLOT_HEIGHT + line + 6

    def body_height(self, width: int) -> int:
        return self._grid(width)[1] * (self._cell_height() + GAP)

    def paint_body(self, painter: QPainter, top: int, width: int) -> None:
        columns, _ = self._grid(width)
        cell_w = (width - 2 * MARGIN - (columns - 1) * 2 * GAP) // columns
        for index, (key, text) in enumerate(self._items):
            column, row = index % columns, index // columns
            x = MARGIN + column * (cell_w + 2 * GAP)
            y = top + row * (self._cell_height() + GAP)
            self._paint_cell(painter, QRect(x, y, cell_w, self._cell_height()), key, text)

    def _paint_cell(self, painter: QPainter, cell: QRect, key: str, text: str) -> None:
        small = QFontMetrics(self.small_font())
        line = small.height()
        painter.setFont(self.small_font())
        painter.setPen(self.ink())
        title = QRect(cell.left(), cell.top(), cell.width(), 2 * line)
        elided = self._two_lines(small, text, cell.width())
        painter.drawText(title, WRAP, elided)
        axis_w = small.horizontalAdvance("100%") + 4
        plot = QRectF(
            cell.left() + axis_w,
            cell.top() + 2 * line + line // 2 + 4,
            cell.width() - axis_w - 36,
            self.PLOT_HEIGHT,
        )
        low, high = (0.0, 100.0) if self._measure == "agree" else (1.0, float(self._points))
        painter.setPen(QPen(self.rule(), 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        middle = plot.top() + plot.height() / 2
        painter.drawLine(QPointF(plot.left(), middle), QPointF(plot.right(), middle))
        painter.setPen(self.quiet())
        fmt = percent if self._measure == "agree" else (lambda v: number(v, 0))
        for tick, tick_y in ((high, plot.top()), (low, plot.bottom())):
            label = fmt(tick)
            painter.drawText(
                QPointF(
                    plot.left() - 3 - small.horizontalAdvance(label),
                    tick_y + small.ascent() / 2 - 1,
                ),
                label,
            )
        values = trend(self._sessions, key, self._measure, self._min_n)
        count = len(values)

        def point(i: int, v: float) -> QPointF:
            fx = 0.5 if count == 1 else i / (count - 1)
            fy = (v - low) / (high - low) if high > low else 0.5
            return QPointF(plot.left() + fx * plot.width(), plot.bottom() - fy * plot.height())

        path = QPainterPath()
        drawing = False
        for i, value in enumerate(values):
            if value is None:
                drawing = False
                continue
            if drawing:
                path.lineTo(point(i, value))
            else:
                path.moveTo(point(i, value))
                drawing = True
        accent = QColor(diverging_colours(5)[-1])
        if self.palette().color(QPalette.ColorRole.Window).lightness() < 128:
            accent = QColor("#b2abd2")
        painter.setPen(QPen(accent, 2))
        painter.drawPath(path)
        painter.setBrush(accent)
        dot = 2.5 if count > 20 else 3.5
        for i, value in enumerate(values):
            if value is not None:
                painter.drawEllipse(point(i, value), dot, dot)
        last = next(((i, v) for i, v in reversed(list(enumerate(values))) if v is not None), None)
        if last is not None:
            painter.setPen(self.ink())
            label = fmt(last[1]) if self._measure == "agree" else number(last[1], 1)
            at = point(*last)
            painter.drawText(QPointF(plot.right() + 4, at.y() + small.ascent() / 2 - 1), label)
        if self._dates:
            painter.setPen(self.quiet())
            base = plot.bottom() + 2 + small.ascent()
            painter.drawText(QPointF(plot.left(), base), self._dates[0])
            if len(self._dates) > 1:
                end = self._dates[-1]
                painter.drawText(QPointF(plot.right() - small.horizontalAdvance(end), base), end)

    @staticmethod
    def _two_lines(metrics: QFontMetrics, text: str, width: int) -> str:
        if metrics.boundingRect(0, 0, width, 10_000, WRAP, text).height() <= 2 * metrics.height():
            return text
        while text and (
            metrics.boundingRect(0, 0, width, 10_000, WRAP, text + "…").height()
            > 2 * metrics.height()
        ):
            text = text[:-1]
        return text.rstrip() + "…"


class ConditionsChart(EvaluationChart):
    """The conditions check per session: a heat strip per condition (the score written in
    each cell) under a row of attendance bars, one column per session."""

    ATTENDANCE_HEIGHT = 46
    CELL_HEIGHT = 22

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("conditionsChart")
        self._items: list[tuple[str, str, int]] = []  # key, text, points
        self._sessions: list[QuestionnaireStats] = []
        self._dates: tuple[str, ...] = ()
        self._attended: tuple[int | None, ...] = ()
        self._labels: tuple[str, ...] = ()
        self._scales: list[LegendScale] = []

    def set_series(
        self,
        items: Sequence[ItemStats],
        sessions: Sequence[QuestionnaireStats],
        dates: Sequence[str],
        attended: Sequence[int | None],
        labels: Sequence[str],
    ) -> None:
        self._items = [(item.key, item.text, item.points) for item in items]
        self._scales = legend_scales(items, labels)
        self._sessions = list(sessions)
        self._dates = tuple(dates)
        self._attended = tuple(attended)
        self._labels = tuple(labels)
        self.setAccessibleDescription(
            conditions_text(self._items, self._sessions, self._dates, self._attended)
        )
        self.updateGeometry()
        self.update()

    def _legend_entries(self) -> list[tuple[str, str]]:
        return self.scale_legends([legend.numbered() for legend in self._scales])

    def _label_width(self, width: int) -> int:
        return max(int(width * 0.3), 120)

    def body_height(self, width: int) -> int:
        line = QFontMetrics(self.small_font()).height()
        return (
            self._legend_height(width, self._legend_entries())
            + GAP
            + self.ATTENDANCE_HEIGHT
            + line
            + 4
            + len(self._items) * (self.CELL_HEIGHT + 2)
            + line
            + 4
        )

    def paint_body(self, painter: QPainter, top: int, width: int) -> None:
        entries = self._legend_entries()
        y = top + self._flow(painter, top, width, entries) + GAP
        label_w = self._label_width(width)
        left = MARGIN + label_w + GAP
        count = max(len(self._sessions), 1)
        step = (width - MARGIN - left) / count
        small = QFontMetrics(self.small_font())
        line = small.height()
        painter.setFont(self.small_font())

        # Attendance: a bar per session with its count written above.
        known = [a for a in self._attended if a is not None]
        most = max(known, default=0) or 1
        painter.setPen(self.ink())
        painter.drawText(
            QRect(MARGIN, y, label_w, self.ATTENDANCE_HEIGHT + line),
            Qt.AlignmentFlag.AlignVCenter | WRAP,
            self.tr("Participants who attended"),
        )
        bar_colour = QColor(self.quiet())
        show_counts = small.horizontalAdvance("88") + 2 <= step
        for i, attended in enumerate(self._attended):
            x = left + i * step
            if attended is None:
                painter.setPen(self.quiet())
                painter.drawText(
                    QRectF(x, y + line, step, self.ATTENDANCE_HEIGHT),
                    Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
                    "–",
                )
                continue
            h = self.ATTENDANCE_HEIGHT * attended / most
            bar = QRectF(x + step * 0.2, y + line + self.ATTENDANCE_HEIGHT - h, step * 0.6, h)
            painter.fillRect(bar, bar_colour)
            if show_counts:
                painter.setPen(self.ink())
                painter.drawText(
                    QRectF(x, bar.top() - line, step, line),
                    Qt.AlignmentFlag.AlignCenter,
                    str(attended),
                )
        y += self.ATTENDANCE_HEIGHT + line + 4

        # The heat strip: one row per condition.
        show_scores = small.horizontalAdvance("4.5") + 2 <= step
        for key, text, points in self._items:
            painter.setPen(self.ink())
            painter.setFont(self.small_font())
            elided = small.elidedText(text, Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(
                QRect(MARGIN, y, label_w, self.CELL_HEIGHT), Qt.AlignmentFlag.AlignVCenter, elided
            )
            for i, value in enumerate(trend(self._sessions, key, "mean")):
                cell = QRectF(left + i * step + 0.5, y, step - 1, self.CELL_HEIGHT)
                colour = mean_colour(value, points)
                if colour is None:
                    painter.setPen(QPen(self.rule(), 0.8))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(cell)
                    continue
                painter.fillRect(cell, QColor(colour))
                if show_scores and value is not None:
                    painter.setPen(QColor(ink_for(colour)))
                    shown = number(value, 0 if value == int(value) else 1)
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, shown)
            y += self.CELL_HEIGHT + 2

        # Dates under the columns, as many as fit without overlapping.
        painter.setPen(self.quiet())
        widest = max((small.horizontalAdvance(d) for d in self._dates), default=1) + 8
        every = max(1, int(-(-widest // max(step, 1))))
        for i, day in enumerate(self._dates):
            if i % every:
                continue
            x = left + i * step + step / 2 - small.horizontalAdvance(day) / 2
            painter.drawText(QPointF(max(x, left), y + 2 + small.ascent()), day)
