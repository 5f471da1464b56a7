"""The words and numbers of a series evaluation's paired change on the results page: the
table's header and rows (n pairs, mean and median change, the Wilcoxon p or why there is
none, forms without a partner) and the one-line explanation of the test. Numbers through
QLocale, so a Dutch window writes "+1,33".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale

from reflectdesk.core.paired_change import (
    MIN_PAIRS,
    NO_CHANGE,
    PairedChange,
    PairedItem,
)
from reflectdesk.ui.common.translation import Translates


def local_number(value: float, digits: int) -> str:
    return QLocale().toString(value, "f", digits)


def signed_change(value: float | None, digits: int = 2) -> str:
    """ "+1.33", "−0.50" (the minus sign), "0.00"; "–" without pairs."""
    if value is None:
        return "–"
    shown = local_number(abs(value), digits)
    if shown == local_number(0.0, digits):
        return shown
    return ("+" if value > 0 else "−") + shown


class PairedWords(Translates):
    """What the results page writes about the paired change."""

    def header(self) -> list[str]:
        return [
            self.tr("Statement"),
            self.tr("Pairs"),
            self.tr("Mean change"),
            self.tr("Median change"),
            self.tr("p"),
            self.tr("Forms without a partner"),
        ]

    def p_text(self, change: PairedChange) -> str:
        if change.p_value is not None:
            if change.p_value < 0.001:
                return "< " + local_number(0.001, 3)
            return local_number(change.p_value, 3)
        if change.no_test == NO_CHANGE:
            return self.tr("no change in any pair")
        return self.tr("not computed: fewer than %1 pairs").replace("%1", str(MIN_PAIRS))

    def rows(self, paired: Sequence[PairedItem]) -> list[list[str]]:
        return [
            [
                item.text,
                QLocale().toString(item.change.pairs),
                signed_change(item.change.mean_change),
                signed_change(item.change.median_change, 1),
                self.p_text(item.change),
                QLocale().toString(
                    item.change.start_only + item.change.end_only + item.change.uncoded
                ),
            ]
            for item in paired
        ]

    def note(self) -> str:
        return self.tr(
            "Paired: the same participant's start and end forms, matched by their "
            "respondent code. Change is end minus start in scale points. p: two-sided "
            "Wilcoxon signed-rank test (pairs without change left out); not computed with "
            "fewer than %1 pairs."
        ).replace("%1", str(MIN_PAIRS))
