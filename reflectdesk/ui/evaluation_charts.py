"""The evaluation charts, painted with QPainter (QtCharts is not in PySide6-Essentials).

- :class:`DivergingBarChart`: per item a bar of the answers, disagreeing to the left of
  a centre line and agreeing to the right, with "% agree" and n written at its end.
- :class:`TrendChart`: small multiples, one per item: % agree (or the mean) per session.
- :class:`ConditionsChart`: the facilitator's conditions check per session as a heat
  strip with the score written in each cell, under a row of attendance bars.

Each chart paints its own title and a plain-words legend, so a grab of the widget (or
:meth:`EvaluationChart.render_image`) is the whole picture. Answer colours come from
core (a colour-blind-safe orange–grey–purple scale readable on light and dark); text,
grid and axes come from the palette. Every number is written, not only coloured. The
charts emit no signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from reflectdesk.core.evaluation_charts import (
    diverging_colours,
    diverging_segments,
    ink_for,
    mean_colour,
    trend,
)
from reflectdesk.core.evaluation_stats import ItemStats, QuestionnaireStats

MARGIN = 10
GAP = 8
BAR_HEIGHT = 22
WRAP = Qt.TextFlag.TextWordWrap


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


@dataclass(frozen=True, slots=True)
class BarRow:
    """One bar: the item's text (may be "" under the previous row's), a short label
    beside the bar ("Start", "End" or ""), and its statistics."""

    text: str
    label: str
    stats: ItemStats


class EvaluationChart(QWidget):
    """Common ground: fonts, palette colours, height for width, rendering to an image."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._subtitle = ""
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(360)

    # --- text --------------------------------------------------------------------------

    def title(self) -> str:
        return self._title

    def set_subtitle(self, text: str) -> None:
        self._subtitle = text
        self.updateGeometry()
        self.update()

    def title_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        return font

    def small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.88)
        return font

    def ink(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def quiet(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.PlaceholderText)

    def rule(self) -> QColor:
        colour = QColor(self.ink())
        colour.setAlphaF(0.35)
        return colour

    def _header_height(self, width: int) -> int:
        room = max(width - 2 * MARGIN, 50)
        title = QFontMetrics(self.title_font()).boundingRect(0, 0, room, 10_000, WRAP, self._title)
        height = MARGIN + title.height()
        if self._subtitle:
            sub = QFontMetrics(self.small_font()).boundingRect(
                0, 0, room, 10_000, WRAP, self._subtitle
            )
            height += 2 + sub.height()
        return height + GAP

    def _paint_header(self, painter: QPainter, width: int) -> int:
        room = width - 2 * MARGIN
        painter.setFont(self.title_font())
        painter.setPen(self.ink())
        rect = painter.boundingRect(QRect(MARGIN, MARGIN, room, 10_000), WRAP, self._title)
        painter.drawText(rect, WRAP, self._title)
        y = rect.bottom() + 1
        if self._subtitle:
            painter.setFont(self.small_font())
            painter.setPen(self.quiet())
            rect = painter.boundingRect(QRect(MARGIN, y + 2, room, 10_000), WRAP, self._subtitle)
            painter.drawText(rect, WRAP, self._subtitle)
            y = rect.bottom() + 1
        return y + GAP

    # --- size and painting --------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._header_height(width) + self.body_height(width) + MARGIN

    def sizeHint(self) -> QSize:
        return QSize(720, self.heightForWidth(720))

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.heightForWidth(360))

    def body_height(self, width: int) -> int:
        raise NotImplementedError

    def paint_body(self, painter: QPainter, top: int, width: int) -> None:
        raise NotImplementedError

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint(painter, self.width())
        painter.end()

    def _paint(self, painter: QPainter, width: int) -> None:
        top = self._paint_header(painter, width)
        self.paint_body(painter, top, width)

    def render_image(self, width: int = 900) -> QImage:
        """The chart at ``width`` pixels on the palette's window colour."""
        height = self.heightForWidth(width)
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        self._paint(painter, width)
        painter.end()
        return image

    def _legend(self, labels: Sequence[str], colours: Sequence[str]) -> list[tuple[str, str]]:
        return list(zip(labels, colours, strict=False))

    def _legend_height(self, width: int, entries: Sequence[tuple[str, str]]) -> int:
        return self._flow(None, 0, width, entries)

    def _flow(
        self, painter: QPainter | None, top: int, width: int, entries: Sequence[tuple[str, str]]
    ) -> int:
        """Swatches with their words, wrapped over lines; returns the height used."""
        metrics = QFontMetrics(self.small_font())
        line = metrics.height() + 4
        x, y = MARGIN, top
        if painter is not None:
            painter.setFont(self.small_font())
        for label, colour in entries:
            item = 14 + 4 + metrics.horizontalAdvance(label) + 14
            if x > MARGIN and x + item > width - MARGIN:
                x, y = MARGIN, y + line
            if painter is not None:
                swatch = QRectF(x, y + (line - 12) / 2, 14, 12)
                painter.setPen(QPen(self.rule(), 0.8))
                painter.setBrush(QColor(colour))
                painter.drawRect(swatch)
                painter.setPen(self.ink())
                painter.drawText(QRect(x + 18, y, item, line), Qt.AlignmentFlag.AlignVCenter, label)
            x += item
        return y + line - top


class DivergingBarChart(EvaluationChart):
    """Per item a diverging stacked bar of its answers (scored: reverse-coded items are
    turned round, so right is always the favourable side)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("divergingBars")
        self._rows: list[BarRow] = []
        self._labels: tuple[str, ...] = ()

    def set_rows(self, rows: Sequence[BarRow], labels: Sequence[str]) -> None:
        self._rows = list(rows)
        self._labels = tuple(labels)
        self.updateGeometry()
        self.update()

    def rows(self) -> list[BarRow]:
        return list(self._rows)

    def _points(self) -> int:
        return max((row.stats.points for row in self._rows), default=len(self._labels) or 5)

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
        colours = diverging_colours(self._points())
        height = self._legend_height(width, self._legend(self._labels, colours)) + GAP
        text_w = self._columns(width)[0]
        height += sum(self._row_height(row, text_w) + GAP for row in self._rows)
        return height + 2 * QFontMetrics(self.small_font()).height() + 6

    def paint_body(self, painter: QPainter, top: int, width: int) -> None:
        colours = diverging_colours(self._points())
        y = top + self._flow(painter, top, width, self._legend(self._labels, colours)) + GAP
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
            if row.stats.agree_pct is not None:
                painter.drawText(
                    QRect(int(bar_left + bar_w + GAP), y, width, BAR_HEIGHT),
                    Qt.AlignmentFlag.AlignVCenter,
                    f"{percent(row.stats.agree_pct)} agree",
                )
            painter.setFont(self.small_font())
            painter.setPen(self.quiet())
            missing = f", {row.stats.missing} left blank" if row.stats.missing else ""
            reverse = " · reverse-worded, scored the other way round" * row.stats.reverse_coded
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
            label = "0" if share == 0 else f"{abs(share) * 100:.0f}%"
            w = small.horizontalAdvance(label)
            left = x - w / 2 if align == "mid" else (x if align == "left" else x - w)
            painter.drawText(QPointF(left, axis_y + small.ascent()), label)
        below = axis_y + small.height() + small.ascent()
        disagree = "← disagree"
        painter.drawText(QPointF(centre - 6 - small.horizontalAdvance(disagree), below), disagree)
        painter.drawText(QPointF(centre + 6, below), "agree →")

    def _paint_bar(
        self, painter: QPainter, stats: ItemStats, centre: float, half: float, y: int
    ) -> None:
        segments = diverging_segments(stats.distribution)
        if not segments:
            painter.setPen(self.quiet())
            painter.setFont(self.small_font())
            painter.drawText(
                QRectF(centre - half, y, 2 * half, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignCenter,
                "no answers",
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
            share = f"{segment.width * 100:.0f}"
            if metrics.horizontalAdvance(share) + 4 <= rect.width():
                painter.setPen(QColor(ink_for(segment.colour)))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, share)


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

    def set_series(
        self,
        items: Sequence[ItemStats],
        sessions: Sequence[QuestionnaireStats],
        dates: Sequence[str],
        measure: str = "agree",
    ) -> None:
        self._items = [(item.key, item.text) for item in items]
        self._points = max((item.points for item in items), default=5)
        self._sessions = list(sessions)
        self._dates = tuple(dates)
        self._measure = measure
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
        fmt = percent if self._measure == "agree" else (lambda v: f"{v:.0f}")
        for tick, tick_y in ((high, plot.top()), (low, plot.bottom())):
            label = fmt(tick)
            painter.drawText(
                QPointF(
                    plot.left() - 3 - small.horizontalAdvance(label),
                    tick_y + small.ascent() / 2 - 1,
                ),
                label,
            )
        values = trend(self._sessions, key, self._measure)
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
            label = fmt(last[1]) if self._measure == "agree" else f"{last[1]:.1f}"
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

    def set_series(
        self,
        items: Sequence[ItemStats],
        sessions: Sequence[QuestionnaireStats],
        dates: Sequence[str],
        attended: Sequence[int | None],
        labels: Sequence[str],
    ) -> None:
        self._items = [(item.key, item.text, item.points) for item in items]
        self._sessions = list(sessions)
        self._dates = tuple(dates)
        self._attended = tuple(attended)
        self._labels = tuple(labels)
        self.updateGeometry()
        self.update()

    def _legend_entries(self) -> list[tuple[str, str]]:
        points = max((p for _, _, p in self._items), default=5)
        colours = diverging_colours(points)
        return [(f"{i + 1} {label.lower()}", colours[i]) for i, label in enumerate(self._labels)]

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
            "Members who attended",
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
                    shown = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
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
