"""A series of sessions: the days of N sessions from a first day and a rhythm, each at
the same time of day where the group meets, and what is wrong with any of them (a clash
with another session of the group, a day already past).

Pure Python: the caller hands in the time zone (a ``tzinfo``: the computer's IANA zone in
the window, ``zoneinfo.ZoneInfo`` below it) and "now". Times are kept as wall-clock time
in that zone and turned into UTC one by one, so a series at 19:00 stays at 19:00 across
the change to and from summer time (its UTC hour moves instead).

"Monthly" keeps the weekday of the month, not the day of the month: Balint groups and
intervision meet "every second Tuesday", and a day of the month would wander over the
week (the 12th is a Tuesday one month, a Saturday another). A first day in the last week
of its month that is its weekday's fifth occurrence (the 29th to 31st) becomes "the last
<weekday>", as not every month has a fifth one.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import Enum

__all__ = [
    "SERIES_MAX",
    "Busy",
    "Rhythm",
    "SeriesDay",
    "SeriesPlan",
    "checked_series",
    "nth_weekday",
    "series_days",
]

# A series longer than this is a typing mistake (ten years of monthly sessions is 120).
SERIES_MAX = 120


class Rhythm(Enum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    FOUR_WEEKLY = "four-weekly"
    MONTHLY_WEEKDAY = "monthly-weekday"
    CHOSEN = "chosen"


_WEEKS = {Rhythm.WEEKLY: 1, Rhythm.FORTNIGHTLY: 2, Rhythm.FOUR_WEEKLY: 4}


@dataclass(frozen=True, slots=True)
class SeriesPlan:
    """What the facilitator chose. ``chosen`` holds the days of a CHOSEN series (the
    first day and ``count`` are not used then); ``minutes`` is the format's length."""

    first_day: date
    at: time
    rhythm: Rhythm
    count: int
    minutes: int
    zone: tzinfo
    chosen: tuple[date, ...] = ()


@dataclass(frozen=True, slots=True)
class Busy:
    """A session of the group already planned or held: when it starts and how long."""

    start: datetime
    seconds: int


@dataclass(frozen=True, slots=True)
class SeriesDay:
    """One session of the series: its start (UTC) and what speaks against it."""

    start: datetime
    end: datetime
    in_past: bool
    clashes: int  # sessions of the group (planned before, or earlier in this series) it overlaps

    @property
    def fine(self) -> bool:
        return not self.in_past and not self.clashes


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` (1-4) ``weekday`` (Monday 0) of the month; ``nth`` 5 or more: the
    last one."""
    days = [
        day
        for day in calendar.Calendar().itermonthdates(year, month)
        if day.month == month and day.weekday() == weekday
    ]
    return days[min(nth, len(days)) - 1]


def _monthly(first: date, count: int) -> list[date]:
    nth = (first.day - 1) // 7 + 1  # 1..5; 5 means "the last" (see the module's note)
    days = []
    for step in range(count):
        month_index = first.month - 1 + step
        year, month = first.year + month_index // 12, month_index % 12 + 1
        days.append(nth_weekday(year, month, first.weekday(), nth))
    return days


def series_days(plan: SeriesPlan) -> list[date]:
    """The days of the series in order (chosen days sorted, repeats kept: a repeat is a
    clash the facilitator should see)."""
    if plan.rhythm is Rhythm.CHOSEN:
        return sorted(plan.chosen)[:SERIES_MAX]
    count = max(0, min(plan.count, SERIES_MAX))
    if plan.rhythm is Rhythm.MONTHLY_WEEKDAY:
        return _monthly(plan.first_day, count)
    step = timedelta(weeks=_WEEKS[plan.rhythm])
    return [plan.first_day + step * n for n in range(count)]


def start_of(day: date, at: time, zone: tzinfo) -> datetime:
    """``at`` on ``day`` in ``zone``, as UTC. A time the clocks skip (02:30 on the
    Sunday summer time begins) is read with the offset before the change, so it lands an
    hour later, as the calendars do."""
    local = datetime.combine(day, at.replace(tzinfo=None, fold=0), tzinfo=zone)
    return local.astimezone(UTC)


def _overlaps(start: datetime, end: datetime, other_start: datetime, other_end: datetime) -> bool:
    # Two sessions with no length (no phases yet) clash when they start together.
    if start == other_start:
        return True
    return start < other_end and other_start < end


def checked_series(plan: SeriesPlan, busy: Iterable[Busy], now: datetime) -> list[SeriesDay]:
    """The series' sessions, each with its warnings: in the past (it starts before
    ``now``) and clashes (how many of the group's sessions, or of this series' earlier
    ones, overlap it)."""
    length = timedelta(minutes=max(0, plan.minutes))
    taken = [(b.start, b.start + timedelta(seconds=max(0, b.seconds))) for b in busy]
    result: list[SeriesDay] = []
    for day in series_days(plan):
        start = start_of(day, plan.at, plan.zone)
        end = start + length
        clashes = sum(1 for other in taken if _overlaps(start, end, *other))
        result.append(SeriesDay(start, end, start < now, clashes))
        taken.append((start, end))
    return result


def clash_count(days: Sequence[SeriesDay]) -> int:
    return sum(1 for day in days if day.clashes)
