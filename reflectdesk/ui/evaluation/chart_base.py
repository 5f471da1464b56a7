"""The common ground of the evaluation charts (painted with QPainter; QtCharts is not in
PySide6-Essentials): layout constants, :func:`percent`, and :class:`EvaluationChart`,
the base widget with the title and subtitle, palette colours, fonts, height for width,
the wrapped legend of swatches, and rendering to an image.

A chart subclass gives its body's height (:meth:`EvaluationChart.body_height`) and paints
it (:meth:`EvaluationChart.paint_body`); the base chart paints only its header. The
charts themselves are in evaluation_charts.py (the answers of one questionnaire) and
evaluation_series_charts.py (session by session).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reflectdesk.core.evaluation_charts import LegendScale
from reflectdesk.ui.common.look import quiet_colour
from reflectdesk.ui.evaluation.figures import percent

__all__ = ["BAR_HEIGHT", "GAP", "MARGIN", "WRAP", "EvaluationChart", "percent"]

MARGIN = 10
GAP = 8
BAR_HEIGHT = 22
WRAP = Qt.TextFlag.TextWordWrap


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
        # Tab reaches a chart: a screen reader says its title and then its figures in
        # words (the accessible description each chart keeps up to date, chart_text.py).
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(title)

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
        # The placeholder grey alone is 3.9:1 on Fusion's light window; made readable.
        return quiet_colour(self.palette())

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
        """The height of what goes under the header; a chart overrides it (the base
        chart has no body, only its title)."""
        return 0

    def paint_body(self, painter: QPainter, top: int, width: int) -> None:
        """Paint what goes under the header from ``top`` down; a chart overrides it."""

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint(painter, self.width())
        if self.hasFocus():  # where the keyboard is, for a sighted keyboard user too
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
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

    def scale_legends(self, legends: Sequence[LegendScale]) -> list[tuple[str, str]]:
        """The legend entries of one or more scales, each scale's words with its own
        colours; with more than one, each begins on a new line with its name (an entry
        without a colour)."""
        if len(legends) == 1:
            return legends[0].entries()
        entries: list[tuple[str, str]] = []
        for legend in legends:
            heading = self.tr("%1-point scale:").replace("%1", str(legend.points))
            entries += [(heading, ""), *legend.entries()]
        return entries

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
            if not colour:  # a scale's name: on a line of its own start, no swatch
                if x > MARGIN:
                    x, y = MARGIN, y + line
                item = metrics.horizontalAdvance(label) + 8
                if painter is not None:
                    painter.setPen(self.quiet())
                    painter.drawText(QRect(x, y, item, line), Qt.AlignmentFlag.AlignVCenter, label)
                x += item
                continue
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
