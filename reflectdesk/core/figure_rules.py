"""The rules every printed evaluation figure follows, pure Python, in one place so the
app, the PDFs and the CSV agree with each other:

- :func:`half_up`: rounding as people (and SPSS and Excel) round: 62.5 → 63, 87.5 → 88.
  Python's ``round()`` and ``f"{x:.0f}"`` round half to even (62.5 → 62) and are never
  used for a figure a person reads.
- :func:`shown_difference`: a change computed from the two figures *as printed*, so
  "33 % → 88 %" stands beside "+55", never "+54".
- :func:`default_agree_from` / :func:`agree_points`: which answers count as agreeing on a
  scale: the top two of 5 points (4–5), the top three of 7 (5–7), unless a
  questionnaire's scale says otherwise (``agree_from``).
- :data:`SMALL_N_DEFAULT`, :data:`SMALL_N_RANGE` and :func:`reportable`: a percentage or a
  chart for fewer respondents than the threshold is not shown (the count is), so no
  answer can be traced to one of a handful of people.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

__all__ = [
    "MEAN_PLACES",
    "PERCENT_PLACES",
    "SMALL_N_DEFAULT",
    "SMALL_N_RANGE",
    "agree_points",
    "default_agree_from",
    "half_up",
    "reportable",
    "shown_difference",
]

MEAN_PLACES = 2  # means, SDs and their changes are printed with two decimals
PERCENT_PLACES = 0  # % agree and its change in whole percentage points
SMALL_N_DEFAULT = 5
SMALL_N_RANGE = (1, 20)


def half_up(value: float, places: int = 0) -> float:
    """``value`` rounded to ``places`` decimals, halves away from zero (62.5 → 63.0,
    −0.5 → −1.0), from the shortest decimal text of the float, so 2.675 (stored as
    2.67499…) rounds to 2.68 as it is written (``Texts.decimal`` rounds the same way)."""
    step = Decimal(1).scaleb(-places)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


def shown_difference(end: float | None, start: float | None, places: int) -> float | None:
    """``end - start`` of the two figures rounded as printed (None if either is None)."""
    if end is None or start is None:
        return None
    return half_up(half_up(end, places) - half_up(start, places), places)


def default_agree_from(points: int) -> int:
    """The lowest answer that counts as agreeing when a scale does not say: the top two
    points of a 5-point scale (4), the top three of a 7-point scale (5); above the middle
    on any other."""
    return {5: 4, 7: 5}.get(points, points // 2 + 2)


def agree_points(points: int, agree_from: int | None) -> tuple[int, ...]:
    """The answers (scored, 1..points) that count as agreeing."""
    start = default_agree_from(points) if agree_from is None else agree_from
    return tuple(range(start, points + 1))


def reportable(n: int, threshold: int) -> bool:
    """Whether a figure over ``n`` respondents may be shown (n ≥ threshold)."""
    return n >= max(threshold, 1)
