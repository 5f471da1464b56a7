"""The rules of printed evaluation figures, against hand-computed values: rounding half up
at .5, changes from the rounded figures, which answers count as agreeing (5 and 7
points, the default and a questionnaire's own), median (Q1–Q3), the SD with n − 1, the
legends of a questionnaire mixing 5- and 7-point items, and the small-numbers rule."""

from __future__ import annotations

import math

import pytest

from reflectdesk.core.evaluation_charts import diverging_colours, legend_scales, trend
from reflectdesk.core.evaluation_stats import (
    ResponseData,
    item_stats,
    start_end_change,
    summarise,
)
from reflectdesk.core.figure_rules import (
    agree_points,
    default_agree_from,
    half_up,
    reportable,
    shown_difference,
)
from reflectdesk.core.model import QuestionKind
from reflectdesk.core.questionnaires import (
    QuestionnaireSpec,
    QuestionSpec,
    ScaleSpec,
    default_scale,
)
from reflectdesk.i18n.texts import Texts

FIVE = QuestionSpec("five", "Five", QuestionKind.LIKERT, default_scale(5))
SEVEN = QuestionSpec("seven", "Seven", QuestionKind.LIKERT, default_scale(7))
STRICT_SEVEN = ScaleSpec("strict-7", 7, default_scale(7).labels, agree_from=6)


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (62.5, 0, 63.0),
        (87.5, 0, 88.0),
        (0.5, 0, 1.0),
        (2.5, 0, 3.0),
        (2.675, 2, 2.68),
        (3.125, 2, 3.13),
        (-0.5, 0, -1.0),
        (62.4999, 0, 62.0),
    ],
)
def test_half_up_rounds_halves_up(value: float, places: int, shown: float) -> None:
    assert half_up(value, places) == shown
    assert round(62.5) == 62  # why the rule exists: Python rounds half to even


def test_printed_percentages_round_half_up() -> None:
    english = Texts("en")
    assert english.percent(0.625) == "63%" and english.percent(0.875) == "88%"
    assert english.decimal(2.675, 2) == "2.68"


def test_change_is_the_difference_of_the_printed_figures() -> None:
    # 3 of 9 agree at the start (33.33…%, printed 33%), 7 of 8 at the end (87.5%,
    # printed 88%): the change printed beside them is +55, not +54 (54.17 unrounded).
    assert shown_difference(87.5, 100 * 3 / 9, 0) == 55.0
    assert shown_difference(None, 10.0, 0) is None
    start = [
        ResponseData(f"s{i}", {"five": 5 if i < 3 else 2}, timepoint="start") for i in range(9)
    ]
    end = [ResponseData(f"e{i}", {"five": 4 if i < 7 else 1}, timepoint="end") for i in range(8)]
    spec = QuestionnaireSpec("form", "Form", "series", (FIVE,))
    change = start_end_change(spec, [*start, *end]).items[0]
    assert change.agree_change == 55.0
    # Means 3.0 and (7 × 4 + 1) / 8 = 3.625, printed 3.00 and 3.63: change +0.63.
    assert change.mean_change == pytest.approx(0.63)


def test_agree_on_five_points_is_the_top_two_by_default() -> None:
    assert default_agree_from(5) == 4 and agree_points(5, None) == (4, 5)
    stats = item_stats(FIVE, [5, 4, 3, 2, 1, 4, None])  # 5, 4, 4 of 6
    assert stats.agree_pct == 50.0 and stats.agree_from == 4


def test_agree_on_seven_points_is_the_top_three_by_default() -> None:
    assert default_agree_from(7) == 5 and agree_points(7, None) == (5, 6, 7)
    stats = item_stats(SEVEN, [7, 6, 5, 4, 3, 2, 1, 5])  # 7, 6, 5, 5 of 8
    assert stats.agree_pct == 50.0 and stats.agree_from == 5


def test_agree_follows_the_questionnaires_scale() -> None:
    strict = QuestionSpec("strict", "Strict", QuestionKind.LIKERT, STRICT_SEVEN)
    stats = item_stats(strict, [7, 6, 5, 5])  # only 6 and 7 agree: 2 of 4
    assert stats.agree_pct == 50.0 and stats.agree_from == 6
    reverse = QuestionSpec("rev", "Rev", QuestionKind.LIKERT, STRICT_SEVEN, reverse_coded=True)
    # Reverse-worded: ticked 1 and 2 score 7 and 6, so 1 of 3 ticked 1 or 2 → 2 of 3.
    assert item_stats(reverse, [1, 2, 7]).agree_pct == pytest.approx(200 / 3)


def test_median_with_quartiles_and_sd_with_n_minus_one() -> None:
    stats = item_stats(FIVE, [1, 2, 4, 5])
    # Inclusive, interpolated: Q1 at position 1 + 0.25 × 3 = 1.75 → 1 + 0.75 × (2 − 1);
    # median 3; Q3 at 3.25 → 4 + 0.25 × (5 − 4).
    assert (stats.q1, stats.median, stats.q3) == (1.75, 3.0, 4.25)
    # Mean 3; squares 4 + 1 + 1 + 4 = 10 over n − 1 = 3.
    assert stats.sd == pytest.approx(math.sqrt(10 / 3))


def test_mixed_questionnaire_has_a_legend_per_scale() -> None:
    spec = QuestionnaireSpec("mixed", "Mixed", "session", (FIVE, SEVEN))
    stats = summarise(spec, [ResponseData("r", {"five": 4, "seven": 6})])
    five, seven = stats.items
    assert five.labels == default_scale(5).labels and seven.labels == default_scale(7).labels
    legends = legend_scales(stats.items, fallback=default_scale(5).labels)
    assert [(legend.points, legend.labels, legend.colours) for legend in legends] == [
        (5, default_scale(5).labels, diverging_colours(5)),
        (7, default_scale(7).labels, diverging_colours(7)),
    ]
    # An item with the first item's labels (the old bug) is never given them.
    assert "Somewhat agree" in dict(legends[1].entries())


def test_small_numbers_rule() -> None:
    assert not reportable(4, 5)
    assert reportable(5, 5)
    assert reportable(1, 1) and reportable(0, 0) is False
    spec = QuestionnaireSpec("form", "Form", "session", (FIVE,))
    four = summarise(spec, [ResponseData(f"r{i}", {"five": 5}) for i in range(4)])
    five = summarise(spec, [ResponseData(f"r{i}", {"five": 5}) for i in range(5)])
    assert trend([four, five], "five", "agree", min_n=5) == [None, 100.0]
    assert trend([four, five], "five", "agree") == [100.0, 100.0]
