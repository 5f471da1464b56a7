"""The shared chart geometry: where each answer's share lies around the centre line."""

from __future__ import annotations

import pytest

from reflectdesk.core.evaluation_charts import (
    NEUTRAL,
    diverging_colours,
    diverging_segments,
    ink_for,
    mean_colour,
)


def test_segments_put_disagree_left_agree_right_and_neutral_across_the_centre() -> None:
    segments = diverging_segments((1, 1, 2, 3, 3))

    assert [s.point for s in segments] == [1, 2, 3, 4, 5]
    assert [s.width for s in segments] == pytest.approx([0.1, 0.1, 0.2, 0.3, 0.3])
    assert segments[0].left == pytest.approx(-0.3)  # 0.1 + 0.1 + half of 0.2
    assert segments[2].left == pytest.approx(-0.1)
    assert segments[3].left == pytest.approx(0.1)
    assert segments[-1].left + segments[-1].width == pytest.approx(0.7)


def test_an_even_scale_splits_at_the_centre_and_nobody_gives_no_segments() -> None:
    segments = diverging_segments((0, 2, 2, 0))
    assert segments[2].left == pytest.approx(0.0)
    assert diverging_segments((0, 0, 0, 0, 0)) == []


@pytest.mark.parametrize("points", [2, 3, 4, 5, 7, 11])
def test_one_colour_per_answer_with_grey_in_the_middle_of_odd_scales(points: int) -> None:
    colours = diverging_colours(points)
    assert len(colours) == points
    assert (colours[points // 2] == NEUTRAL) == bool(points % 2)


def test_ink_and_heat_colours() -> None:
    assert ink_for("#542788") == "#ffffff"
    assert ink_for("#fdb863") == "#000000"
    assert mean_colour(None, 5) is None
    assert mean_colour(4.6, 5) == diverging_colours(5)[4]
    assert mean_colour(1.2, 5) == diverging_colours(5)[0]
