"""Thinning backups and the "at most daily while data changed" rule, with an injected today."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from reflectdesk.core.backup_policy import backup_due, keep

TODAY = date(2026, 11, 22)  # a Sunday


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def three_a_day(days: int) -> list[datetime]:
    return [at(TODAY - timedelta(days=back), hour) for back in range(days) for hour in (9, 13, 18)]


def test_five_hundred_days_of_backups_thin_to_the_expected_survivors() -> None:
    survivors = keep(three_a_day(500), TODAY)

    recent = {at(day, hour) for day in (TODAY, TODAY - timedelta(days=1)) for hour in (9, 13, 18)}
    daily = {at(TODAY - timedelta(days=back), 18) for back in range(2, 14)}  # Nov 20 .. Nov 9
    # ISO weeks before the week of Monday 9 November: the Sundays are the newest of each.
    sundays = ((11, 8), (11, 1), (10, 25), (10, 18), (10, 11), (10, 4), (9, 27), (9, 20))
    weekly = {at(date(2026, month, day), 18) for month, day in (*sundays, (9, 13), (9, 6))}
    # Months before September (the month of the oldest weekly one): the last days.
    monthly = {
        at(date(year, month, day), 18)
        for year, month, day in (
            (2026, 8, 31),
            (2026, 7, 31),
            (2026, 6, 30),
            (2026, 5, 31),
            (2026, 4, 30),
            (2026, 3, 31),
            (2026, 2, 28),
            (2026, 1, 31),
            (2025, 12, 31),
        )
    }
    assert len(survivors) == 6 + 12 + 10 + 9
    assert survivors == recent | daily | weekly | monthly


def test_days_without_backups_do_not_use_up_the_daily_tier() -> None:
    gap = [at(TODAY - timedelta(days=back), 12) for back in range(40, 60)]

    survivors = keep(gap, TODAY)

    assert {at(TODAY - timedelta(days=back), 12) for back in range(40, 52)} <= survivors


def test_no_backups_keep_nothing() -> None:
    assert keep([], TODAY) == set()


def test_a_single_old_backup_is_kept() -> None:
    old = datetime(2020, 1, 1, 8)
    assert keep([old], TODAY) == {old}


def test_backups_of_today_only_are_all_kept() -> None:
    today = [at(TODAY, hour) for hour in range(24)]
    assert keep(today, TODAY) == set(today)


def test_a_backup_dated_after_today_is_kept() -> None:
    later = at(TODAY + timedelta(days=3), 10)
    assert later in keep([later, at(TODAY, 9)], TODAY)


def test_backup_due_only_when_data_changed() -> None:
    now = datetime(2026, 11, 22, 17)
    assert not backup_due(None, False, now)
    assert not backup_due(datetime(2026, 1, 1), False, now, on_close=True)


def test_backup_due_at_most_daily_but_always_on_close() -> None:
    now = datetime(2026, 11, 22, 17)
    assert backup_due(None, True, now)
    assert backup_due(datetime(2026, 11, 21, 23, 59), True, now)
    assert not backup_due(datetime(2026, 11, 22, 0, 1), True, now)
    assert backup_due(datetime(2026, 11, 22, 16, 59), True, now, on_close=True)
