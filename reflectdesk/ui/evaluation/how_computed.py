"""The Results page's "How these figures are computed": a button that opens the same note
the reports print under their statistics (export/evaluation_note.py; the window's words
go through Qt's catalogue, the PDF's through gettext): SD with n − 1, median (Q1–Q3) and
the quartile method, which answers count as agreeing, n and missing, the rounding rule
and the small-numbers rule."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from reflectdesk.core.evaluation_stats import ItemStats
from reflectdesk.core.figure_rules import default_agree_from
from reflectdesk.ui.common.look import set_role


class HowComputed(QWidget):
    """A disclosure button and, when open, the note (closed at first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("howComputed")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QToolButton(self)
        self.button.setObjectName("howComputedButton")
        self.button.setText(self.tr("How these figures are computed"))
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setAutoRaise(True)
        self.note = QLabel(self)
        self.note.setObjectName("howComputedNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.note, "hint")
        self.note.setVisible(False)
        self.button.toggled.connect(self._open)
        layout.addWidget(self.button)
        layout.addWidget(self.note)

    def _open(self, on: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.note.setVisible(on)

    def set_figures(self, items: Iterable[ItemStats], min_n: int) -> None:
        """Say which answers count as agreeing on the scales of ``items``, and the
        small-numbers threshold ``min_n`` (not said when 1)."""
        lines = [
            self.tr(
                "n counts the forms that answered a statement; missing counts those that "
                "left it blank, and they are left out of every figure."
            ),
            self.tr(
                "Mean and SD are in scale points; the SD is the sample standard deviation "
                "(n − 1 in the denominator, as SPSS and Excel's STDEV.S)."
            ),
            self.tr(
                "Median (Q1–Q3): the middle answer and the first and third quartiles, by "
                "the inclusive method with linear interpolation (Excel's QUARTILE.INC); "
                "SPSS's default method can give other quartiles."
            ),
            self.tr(
                "% agree: the share of n whose answer is %1 (as the questionnaire defines "
                "agreeing). Reverse-worded statements are scored the other way round "
                "first, so higher is always better."
            ).replace("%1", self.agree_answers(items)),
            self.tr(
                "Figures are rounded half up, as SPSS and Excel show them (62.5% is 63%). "
                "A change is the difference of the rounded figures shown: for % agree in "
                "percentage points."
            ),
        ]
        if min_n > 1:
            lines.append(
                self.tr(
                    "Small numbers: with fewer than %n respondent(s), percentages and charts "
                    'are not shown, only the count ("too few to report"), so no answer can '
                    "be traced to a person.",
                    "",
                    min_n,
                )
            )
        self.note.setText("\n\n".join(lines))

    def agree_answers(self, items: Iterable[ItemStats]) -> str:
        """ "4–5 of 5", or per scale used: "4–5 of 5 and 5–7 of 7"."""
        scales: list[tuple[int, int]] = []
        for item in items:
            scale = (item.points, item.agree_from or default_agree_from(item.points))
            if scale not in scales:
                scales.append(scale)
        parts = [
            self.tr("%1–%2 of %2").replace("%1", str(low)).replace("%2", str(points))
            for points, low in scales or [(5, 4)]
        ]
        if len(parts) == 1:
            return parts[0]
        return self.tr("%1 and %2").replace("%1", ", ".join(parts[:-1])).replace("%2", parts[-1])
