"""The note "How these figures are computed" under every report's statistics (the series
report and the session summary; the app's Results page says the same in its own words,
ui/evaluation/how_computed.py): SD with n − 1, median (Q1–Q3) and the quartile method,
which answers count as agreeing, n and missing, the rounding rule and the small-numbers
rule. The definitions are core's (core/evaluation_stats.py, core/figure_rules.py); this
module only says them, in the language of the Texts handed in.
"""

from __future__ import annotations

from collections.abc import Iterable

from reflectdesk.core.evaluation_stats import ItemStats
from reflectdesk.core.figure_rules import default_agree_from
from reflectdesk.i18n.texts import Texts

__all__ = ["agree_answers", "how_computed", "how_computed_title"]


def how_computed_title(texts: Texts) -> str:
    return texts.gettext("How these figures are computed")


def _scales(items: Iterable[ItemStats]) -> list[tuple[int, int]]:
    """(points, lowest agreeing answer) of each scale used, in the order first used."""
    seen: list[tuple[int, int]] = []
    for item in items:
        scale = (item.points, item.agree_from or default_agree_from(item.points))
        if scale not in seen:
            seen.append(scale)
    return seen or [(5, 4)]


def agree_answers(items: Iterable[ItemStats], texts: Texts) -> str:
    """Which answers count as agreeing, per scale used: "4–5 of 5 and 5–7 of 7"."""
    parts = [
        texts.gettext("{lowest}–{points} of {points}").format(
            lowest=texts.integer(lowest), points=texts.integer(points)
        )
        for points, lowest in _scales(items)
    ]
    if len(parts) == 1:
        return parts[0]
    return texts.gettext("{some} and {last}").format(some=", ".join(parts[:-1]), last=parts[-1])


def how_computed(items: Iterable[ItemStats], min_n: int, texts: Texts) -> tuple[str, ...]:
    """The note's sentences, one paragraph each."""
    t = texts
    lines = [
        t.gettext(
            "n counts the forms that answered a statement; missing counts those that left it "
            "blank, and they are left out of every figure."
        ),
        t.gettext(
            "Mean and SD are in scale points; the SD is the sample standard deviation "
            "(n − 1 in the denominator, as SPSS and Excel's STDEV.S)."
        ),
        t.gettext(
            "Median (Q1–Q3): the middle answer and the first and third quartiles, by the "
            "inclusive method with linear interpolation (Excel's QUARTILE.INC); SPSS's "
            "default method can give other quartiles."
        ),
        t.gettext(
            "% agree: the share of n whose answer is {answers} (as the questionnaire "
            "defines agreeing). Reverse-worded statements are scored the other way round "
            "first, so higher is always better."
        ).format(answers=agree_answers(items, t)),
        t.gettext(
            "Figures are rounded half up, as SPSS and Excel show them ({example}). A "
            "change is the difference of the rounded figures shown: for % agree in "
            "percentage points."
        ).format(example=f"{t.percent(0.625, 1)} → {t.percent(0.625)}"),
    ]
    if min_n > 1:
        lines.append(
            t.ngettext(
                "Small numbers: with fewer than {n} respondent, percentages and charts are "
                'not shown, only the count ("too few to report"), so no answer can be '
                "traced to a person.",
                "Small numbers: with fewer than {n} respondents, percentages and charts are "
                'not shown, only the count ("too few to report"), so no answer can be '
                "traced to a person.",
                min_n,
            ).format(n=t.integer(min_n))
        )
    return tuple(lines)
