"""The days of a series, its clashes and past days, across summer time, month ends and
leap years."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from reflectdesk.core.session_series import (
    SERIES_MAX,
    Busy,
    Rhythm,
    SeriesPlan,
    checked_series,
    nth_weekday,
    series_days,
    start_of,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
LONDON = ZoneInfo("Europe/London")
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)


def plan(first: date, rhythm: Rhythm, count: int = 6, **kwargs: object) -> SeriesPlan:
    values: dict[str, object] = {
        "first_day": first,
        "at": time(19, 0),
        "rhythm": rhythm,
        "count": count,
        "minutes": 90,
        "zone": AMSTERDAM,
    }
    values.update(kwargs)
    return SeriesPlan(**values)  # type: ignore[arg-type]


def test_weekly_fortnightly_and_four_weekly_step_by_whole_weeks() -> None:
    first = date(2026, 9, 1)
    assert series_days(plan(first, Rhythm.WEEKLY, 3)) == [
        date(2026, 9, 1),
        date(2026, 9, 8),
        date(2026, 9, 15),
    ]
    assert series_days(plan(first, Rhythm.FORTNIGHTLY, 3))[-1] == date(2026, 9, 29)
    assert series_days(plan(first, Rhythm.FOUR_WEEKLY, 3))[-1] == date(2026, 10, 27)


def test_monthly_keeps_the_weekday_of_the_month() -> None:
    # 8 September 2026 is the second Tuesday.
    days = series_days(plan(date(2026, 9, 8), Rhythm.MONTHLY_WEEKDAY, 5))
    assert days == [
        date(2026, 9, 8),
        date(2026, 10, 13),
        date(2026, 11, 10),
        date(2026, 12, 8),
        date(2027, 1, 12),  # over the year's end
    ]
    assert all(day.weekday() == 1 and 8 <= day.day <= 14 for day in days)


def test_a_fifth_weekday_on_a_month_end_becomes_the_last_one() -> None:
    # Tuesday 31 March 2026 is the fifth Tuesday; April has four, so the last is the 28th.
    days = series_days(plan(date(2026, 3, 31), Rhythm.MONTHLY_WEEKDAY, 4))
    assert days == [date(2026, 3, 31), date(2026, 4, 28), date(2026, 5, 26), date(2026, 6, 30)]


def test_leap_years() -> None:
    # "The last Tuesday" from 30 November 2027 meets 29 February 2028, a leap day.
    days = series_days(plan(date(2027, 11, 30), Rhythm.MONTHLY_WEEKDAY, 4))
    assert days == [date(2027, 11, 30), date(2027, 12, 28), date(2028, 1, 25), date(2028, 2, 29)]
    weekly = series_days(plan(date(2028, 2, 22), Rhythm.WEEKLY, 3))
    assert weekly == [date(2028, 2, 22), date(2028, 2, 29), date(2028, 3, 7)]
    assert nth_weekday(2027, 2, 0, 5) == date(2027, 2, 22)  # no leap day: last Monday


def test_the_wall_clock_time_holds_across_summer_time_in_amsterdam() -> None:
    # Summer time begins on Sunday 29 March 2026 and ends on Sunday 25 October 2026.
    spring = checked_series(plan(date(2026, 3, 23), Rhythm.WEEKLY, 2), [], LONG_AGO)
    assert [d.start for d in spring] == [
        datetime(2026, 3, 23, 18, 0, tzinfo=UTC),
        datetime(2026, 3, 30, 17, 0, tzinfo=UTC),
    ]
    autumn = checked_series(plan(date(2026, 10, 19), Rhythm.WEEKLY, 2), [], LONG_AGO)
    assert [d.start.astimezone(AMSTERDAM).hour for d in autumn] == [19, 19]
    assert [d.start.hour for d in autumn] == [17, 18]


def test_london_is_an_hour_behind_amsterdam() -> None:
    london = checked_series(plan(date(2026, 7, 7), Rhythm.WEEKLY, 1, zone=LONDON), [], LONG_AGO)
    assert london[0].start == datetime(2026, 7, 7, 18, 0, tzinfo=UTC)
    assert london[0].end - london[0].start == timedelta(minutes=90)


def test_a_time_the_clocks_skip_lands_an_hour_later() -> None:
    start = start_of(date(2026, 3, 29), time(2, 30), AMSTERDAM)
    assert start.astimezone(AMSTERDAM).time() == time(3, 30)


def test_clashes_with_the_groups_sessions_and_within_the_series() -> None:
    busy = [Busy(datetime(2026, 9, 8, 18, 0, tzinfo=UTC), 60 * 60)]  # 20:00-21:00 there
    days = checked_series(plan(date(2026, 9, 1), Rhythm.WEEKLY, 3), busy, LONG_AGO)
    assert [d.clashes for d in days] == [0, 1, 0]
    chosen = (date(2026, 9, 1), date(2026, 9, 1), date(2026, 9, 3))
    repeated = checked_series(plan(date(2026, 9, 1), Rhythm.CHOSEN, chosen=chosen), [], LONG_AGO)
    assert [d.clashes for d in repeated] == [0, 1, 0]


def test_back_to_back_sessions_do_not_clash() -> None:
    busy = [Busy(datetime(2026, 9, 1, 15, 30, tzinfo=UTC), 90 * 60)]  # ends at 19:00 there
    days = checked_series(plan(date(2026, 9, 1), Rhythm.WEEKLY, 1), busy, LONG_AGO)
    assert days[0].clashes == 0 and days[0].fine


def test_days_before_now_are_flagged() -> None:
    now = datetime(2026, 9, 9, 12, 0, tzinfo=UTC)
    days = checked_series(plan(date(2026, 9, 1), Rhythm.WEEKLY, 3), [], now)
    assert [d.in_past for d in days] == [True, True, False]


def test_chosen_days_are_sorted_and_the_count_is_bounded() -> None:
    chosen = (date(2026, 11, 3), date(2026, 9, 1))
    assert series_days(plan(date(2026, 1, 1), Rhythm.CHOSEN, chosen=chosen)) == sorted(chosen)
    assert len(series_days(plan(date(2026, 1, 1), Rhythm.WEEKLY, 10_000))) == SERIES_MAX
    assert series_days(plan(date(2026, 1, 1), Rhythm.WEEKLY, 0)) == []


@pytest.mark.parametrize("nth", [1, 2, 3, 4])
def test_nth_weekday_is_in_its_week(nth: int) -> None:
    for month in range(1, 13):
        day = nth_weekday(2026, month, 3, nth)
        assert day.weekday() == 3 and (day.day - 1) // 7 + 1 == nth
