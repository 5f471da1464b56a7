"""The geometry and colours shared by the evaluation charts in the app (QPainter) and in
the PDF (reportlab graphics), so both draw the same picture. Pure Python.

- :func:`diverging_colours`: one colour per answer, from the least to the most
  favourable: orange for disagreeing, grey for the middle, purple for agreeing
  (ColorBrewer's PuOr, safe for the common colour-vision deficiencies, and light and
  dark enough on both a white and a dark background).
- :func:`diverging_segments`: where each answer's share of a diverging stacked bar lies,
  left (negative) or right (positive) of the centre line.
- :func:`ink_for`: black or white text on a colour.
- :func:`legend_scales`: the legends of a chart, one per scale its items use, each with
  that scale's own words and colours (a form mixing 5- and 7-point items has two).
- :func:`trend`: an item's mean or % agree per session, None where nobody answered (or
  fewer than the small-numbers threshold did).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reflectdesk.core.evaluation_stats import ItemStats, QuestionnaireStats
from reflectdesk.core.figure_rules import reportable
from reflectdesk.core.questionnaires import default_scale

__all__ = [
    "NEUTRAL",
    "LegendScale",
    "Segment",
    "diverging_colours",
    "diverging_segments",
    "ink_for",
    "legend_scales",
    "mean_colour",
    "trend",
]

NEUTRAL = "#a6a6a6"
# Least favourable first; the middle colour of an odd scale is NEUTRAL.
_DISAGREE = ("#b35806", "#e08214", "#fdb863")
_AGREE = ("#b2abd2", "#8073ac", "#542788")


@dataclass(frozen=True, slots=True)
class Segment:
    """One answer's part of a diverging bar: ``left`` and ``width`` are shares of n
    (the centre line is 0, the left edge of the whole bar is negative)."""

    point: int  # 1..points, scored (1 = least favourable)
    count: int
    left: float
    width: float
    colour: str


def diverging_colours(points: int) -> tuple[str, ...]:
    """``points`` colours, least favourable first: strong to weak orange, grey in the
    middle of an odd scale, weak to strong purple."""
    half = max(points, 0) // 2
    picks = {1: (1,), 2: (0, 2), 3: (0, 1, 2)}.get(half)
    if picks is None:  # wider scales repeat shades rather than invent new ones
        picks = tuple(min(i * 3 // half, 2) for i in range(half))
    disagree = tuple(_DISAGREE[i] for i in picks)
    agree = tuple(_AGREE[2 - i] for i in reversed(picks))
    middle = (NEUTRAL,) if points % 2 else ()
    return (*disagree, *middle, *agree)


def diverging_segments(distribution: Sequence[int]) -> list[Segment]:
    """The segments of a diverging stacked bar, least favourable first. Disagreeing
    answers lie left of the centre, agreeing ones right, and the middle answer of an odd
    scale straddles the centre. Empty when nobody answered."""
    n = sum(distribution)
    points = len(distribution)
    if not n:
        return []
    shares = [count / n for count in distribution]
    half = points // 2
    left = -sum(shares[:half]) - (shares[half] / 2 if points % 2 else 0.0)
    colours = diverging_colours(points)
    segments = []
    for index, (count, share) in enumerate(zip(distribution, shares, strict=True)):
        segments.append(Segment(index + 1, count, left, share, colours[index]))
        left += share
    return segments


@dataclass(frozen=True, slots=True)
class LegendScale:
    """One scale's legend: its answers' words and colours, least favourable first."""

    points: int
    labels: tuple[str, ...]
    colours: tuple[str, ...]

    def entries(self) -> list[tuple[str, str]]:
        return list(zip(self.labels, self.colours, strict=True))

    def numbered(self) -> LegendScale:
        """The same legend with each answer's number: "1 strongly disagree"."""
        labels = tuple(f"{i + 1} {label.lower()}" for i, label in enumerate(self.labels))
        return LegendScale(self.points, labels, self.colours)


def legend_scales(items: Iterable[ItemStats], fallback: Sequence[str] = ()) -> list[LegendScale]:
    """One legend per scale the ``items`` use, in the order first used. Each takes its
    words and its colours from the same scale (the item's own labels; else ``fallback``
    when it has as many; else the standard agreement words), so a 7-point item is never
    explained with a 5-point item's words."""
    legends: list[LegendScale] = []
    for item in items:
        labels = item.labels
        if len(labels) != item.points:
            labels = tuple(fallback)
        if len(labels) != item.points:
            labels = default_scale(item.points).labels
        legend = LegendScale(item.points, tuple(labels), diverging_colours(item.points))
        if legend not in legends:
            legends.append(legend)
    return legends


def ink_for(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` ("#rrggbb")."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    return "#000000" if luminance > 0.22 else "#ffffff"


def mean_colour(mean: float | None, points: int) -> str | None:
    """The colour of the answer nearest ``mean`` (for a heat strip); None without one."""
    if mean is None or points < 1:
        return None
    index = min(max(int(mean + 0.5) - 1, 0), points - 1)
    return diverging_colours(points)[index]


def trend(
    sessions: Sequence[QuestionnaireStats], key: str, measure: str, min_n: int = 1
) -> list[float | None]:
    """Per session, the item's ``measure`` ("agree": % agree; "mean"), None when fewer
    than ``min_n`` (at least one) answered it in that session."""
    if measure not in ("agree", "mean"):
        raise ValueError(f"measure must be 'agree' or 'mean', not {measure!r}")
    values: list[float | None] = []
    for stats in sessions:
        item: ItemStats | None = stats.item(key)
        if item is None or not reportable(item.n, min_n):
            values.append(None)
        else:
            values.append(item.agree_pct if measure == "agree" else item.mean)
    return values
