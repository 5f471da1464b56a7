"""Which backups to keep, and when an automatic backup is due. Pure: no files, no clock.

All times are naive local datetimes, as in the backup file names.

Thinning (:func:`keep`) works in tiers, newest first; each later tier only looks at
periods strictly older than every backup kept so far, so the tiers never overlap:

1. **Recent**: every backup dated today or yesterday is kept (and any dated after
   ``today``, e.g. after the clock was moved back: they cannot be placed, so they stay).
2. **Daily**: of the backups dated before yesterday, the 12 most recent calendar days
   that have a backup each keep their newest backup.
3. **Weekly**: of the ISO weeks strictly earlier than the ISO week of the oldest backup
   kept so far, the 10 most recent that have a backup each keep their newest backup.
4. **Monthly**: of the calendar months strictly earlier than the month of the oldest
   backup kept so far, the 9 most recent that have a backup each keep their newest one.

Everything else goes. Counting "days/weeks/months that have a backup" (rather than
calendar periods back from today) means a laptop left unused for a month still keeps
12 daily backups from before the gap.

An automatic backup is due (:func:`backup_due`) only when the data changed since the
last backup. How "changed" is known is up to the caller (reflectdesk.store.backups
compares file modification times with the moment the last backup began). Given a
change, a backup on close is always due; otherwise (the daily check while the app runs)
at most one per calendar day: due when the last backup is from an earlier day.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

RECENT_DAYS = 2  # today and yesterday
DAILY = 12
WEEKLY = 10
MONTHLY = 9

__all__ = ["DAILY", "MONTHLY", "RECENT_DAYS", "WEEKLY", "backup_due", "keep"]


Period = tuple[int, ...]  # compares in time order


def _day(moment: datetime) -> Period:
    return (moment.year, moment.month, moment.day)


def _iso_week(moment: datetime) -> Period:
    year, week, _weekday = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> Period:
    return (moment.year, moment.month)


def keep(backup_dates: Sequence[datetime], today: date) -> set[datetime]:
    """The subset of ``backup_dates`` to keep, by the tiers in the module docstring.

    Equal datetimes are one backup here: when one is kept, all with that time are.
    """
    yesterday = today - timedelta(days=1)
    newest_first = sorted(set(backup_dates), reverse=True)
    kept = {moment for moment in newest_first if moment.date() >= yesterday}
    older = [moment for moment in newest_first if moment.date() < yesterday]
    kept |= _newest_per_period(older, _day, DAILY)
    for key, count in ((_iso_week, WEEKLY), (_month, MONTHLY)):
        if not kept:
            break
        boundary = key(min(kept))
        candidates = [moment for moment in older if key(moment) < boundary]
        kept |= _newest_per_period(candidates, key, count)
    return kept


def _newest_per_period(
    newest_first: list[datetime], key: Callable[[datetime], Period], count: int
) -> set[datetime]:
    chosen: dict[Period, datetime] = {}
    for moment in newest_first:
        period = key(moment)
        if period not in chosen:
            if len(chosen) == count:
                break
            chosen[period] = moment
    return set(chosen.values())


def backup_due(
    last_backup: datetime | None,
    data_changed_since: bool,
    now: datetime,
    *,
    on_close: bool = False,
) -> bool:
    """Whether to make an automatic backup now.

    Never without a change since the last backup. With one: on close always; otherwise
    when there is no backup yet or the last one is from an earlier calendar day than
    ``now`` (so the daily check makes at most one backup a day).
    """
    if not data_changed_since:
        return False
    if on_close or last_backup is None:
        return True
    return last_backup.date() < now.date()
