from __future__ import annotations

import pytest

from reflectdesk.core.timefmt import clock_text, displayed_second, minutes_text, remaining_text


@pytest.mark.parametrize(
    ("remaining", "text"),
    [
        (600, "10:00"),
        (599.2, "10:00"),
        (59.2, "1:00"),
        (59.0, "0:59"),
        (0.4, "0:01"),
        (0.0, "+0:00"),
        (-0.6, "+0:00"),
        (-1.0, "+0:01"),
        (-83.9, "+1:23"),
        (3725, "1:02:05"),
    ],
)
def test_remaining_counts_down_then_up(remaining: float, text: str) -> None:
    assert remaining_text(remaining) == text


@pytest.mark.parametrize(
    ("remaining", "text"),
    [
        (600, "10"),
        (541, "10"),
        (540, "9"),
        (59, "1"),
        (0.5, "1"),
        (0, "+0"),
        (-59, "+0"),
        (-61, "+1"),
    ],
)
def test_quiet_mode_shows_whole_minutes(remaining: float, text: str) -> None:
    assert remaining_text(remaining, show_seconds=False) == text


def test_clock_and_minutes() -> None:
    assert clock_text(0) == "0:00"
    assert clock_text(-5) == "0:00"
    assert clock_text(3600) == "1:00:00"
    assert minutes_text(89) == "1"
    assert minutes_text(91) == "2"
    assert minutes_text(-3) == "0"


def test_displayed_second_changes_with_the_text() -> None:
    for value in [600, 599.5, 1.0, 0.5, 0.0, -0.5, -1.0, -61.2]:
        assert remaining_text(value).lstrip("+") == clock_text(abs(displayed_second(value)))


def test_iso_datetime_and_file_stamp_are_digits_in_every_language() -> None:
    from datetime import datetime

    from reflectdesk.core.timefmt import file_stamp, iso_datetime

    moment = datetime(2026, 11, 2, 9, 5, 7)
    assert iso_datetime(moment) == "2026-11-02 09:05"
    assert iso_datetime(moment, seconds=True) == "2026-11-02 09:05:07"
    assert file_stamp(moment) == "20261102-090507"
