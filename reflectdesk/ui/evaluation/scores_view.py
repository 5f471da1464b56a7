"""A validated instrument's scores on the results page: each subscale and total with its
possible range, n and mean (SD); for a series evaluation at the start and at the end,
and the paired change with its Wilcoxon p. The small-numbers rule holds as for the
statements: fewer respondents than the threshold show only their count."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QTableWidget, QVBoxLayout, QWidget

from reflectdesk.core.figure_rules import reportable
from reflectdesk.core.instrument_scores import ScoreChange, ScoreStats
from reflectdesk.ui.common.figures_table import figures_table
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.evaluation.figures import number, signed
from reflectdesk.ui.evaluation.paired_words import PairedWords


def _plain(value: float) -> str:
    """A range's end as the manual prints it: "25", "1.5" (in the locale)."""
    return number(value, 0 if float(value).is_integer() else 2)


class ScoresView(QWidget):
    """The scores table (``table``) under its heading, with a note on how they are made."""

    def __init__(
        self,
        scores: Sequence[ScoreStats],
        changes: Sequence[ScoreChange],
        min_n: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scoresView")
        self._min_n = min_n
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Scores"), self)
        set_role(heading, "sectionHeading")
        layout.addWidget(heading)
        if changes:
            self.table = self._change_table(changes)
        else:
            self.table = self._stats_table(scores)
        self.table.setAccessibleName(self.tr("Scores"))
        layout.addWidget(self.table)
        note = QLabel(
            self.tr(
                "Scored as the instrument's manual prescribes (subscales, reverse-worded "
                "items, its own answer values and factor); a form with more blanks than the "
                "manual allows has no score and counts as missing. Range: the lowest and "
                "highest possible score."
            ),
            self,
        )
        note.setWordWrap(True)
        set_role(note, "hint")
        layout.addWidget(note)

    def _range(self, score: ScoreStats) -> str:
        return self.tr("%1–%2").replace("%1", _plain(score.low)).replace("%2", _plain(score.high))

    def _mean_sd(self, score: ScoreStats) -> str:
        if not score.n:
            return "–"
        if not reportable(score.n, self._min_n):
            return self.tr("too few to report")
        if score.sd is None:
            return number(score.mean)
        return self.tr("%1 (%2)").replace("%1", number(score.mean)).replace("%2", number(score.sd))

    def _stats_table(self, scores: Sequence[ScoreStats]) -> QTableWidget:
        header = [
            self.tr("Score"),
            self.tr("Range"),
            self.tr("n"),
            self.tr("Missing"),
            self.tr("Mean (SD)"),
        ]
        rows = [
            [s.name, self._range(s), str(s.n), str(s.missing), self._mean_sd(s)] for s in scores
        ]
        return figures_table(self, "scoresTable", header, rows)

    def _change_table(self, changes: Sequence[ScoreChange]) -> QTableWidget:
        words = PairedWords()
        header = [
            self.tr("Score"),
            self.tr("Range"),
            self.tr("n start"),
            self.tr("Mean (SD) start"),
            self.tr("n end"),
            self.tr("Mean (SD) end"),
            self.tr("Change in mean"),
            self.tr("Pairs"),
            self.tr("Mean paired change"),
            self.tr("p"),
        ]
        rows = []
        for change in changes:
            start, end, paired = change.start, change.end, change.paired
            shown = reportable(start.n, self._min_n) and reportable(end.n, self._min_n)
            pairs_shown = reportable(paired.pairs, self._min_n)
            rows.append(
                [
                    change.name,
                    self._range(start),
                    str(start.n),
                    self._mean_sd(start),
                    str(end.n),
                    self._mean_sd(end),
                    signed(change.mean_change) if shown else "–",
                    QLocale().toString(paired.pairs),
                    signed(paired.mean_change) if pairs_shown else "–",
                    words.p_text(paired) if pairs_shown else "–",
                ]
            )
        return figures_table(self, "scoresTable", header, rows)
