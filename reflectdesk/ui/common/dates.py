"""Dates and times as the user's language writes them, through QLocale.

Never strftime in the ui: Python's strftime follows the C locale that QApplication
switches, so it would write English names in a Dutch window (or the other way round).
The patterns keep the 24-hour clock that programme timetables use.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


def clock_time(moment: datetime) -> str:
    """'14:05': the time of day, in local time."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def day_and_month(day: date) -> str:
    """'2 Nov' (or '2 nov.' in Dutch): a due date within the year."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def session_start(moment: datetime) -> str:
    """'Mon 2 Nov 2026, 12:00' (or 'ma 2 nov. 2026, 12:00'): when a session starts."""
    local = moment.astimezone()
    when = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(when, "ddd d MMM yyyy, HH:mm")


def session_day(moment: datetime) -> str:
    """'Mon 2 Nov 2026' (or 'ma 2 nov. 2026'): the day a session is on."""
    local = moment.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy")


def day_with_weekday(day: date) -> str:
    """'Tue 8 Sep 2026' (or 'di 8 sep. 2026'): a chosen day."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def short_day(day: date) -> str:
    """'12 Oct 2026' (or '12 okt 2026'): a day in a table column."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def _as_shown(moment: datetime, pattern: str) -> str:
    """``moment`` as it is (no time zone change) in ``pattern``."""
    when = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    return QLocale().toString(when, pattern)


def long_moment(moment: datetime) -> str:
    """'Tuesday 17 November 2026, 18:05' (or 'dinsdag 17 november 2026, 18:05')."""
    return _as_shown(moment, "dddd d MMMM yyyy, HH:mm")


def short_moment_with_seconds(moment: datetime) -> str:
    """'Tue 17 Nov 2026, 18:05:09' (or 'di 17 nov 2026, 18:05:09')."""
    return _as_shown(moment, "ddd d MMM yyyy, HH:mm:ss")


def start_as_shown(moment: datetime) -> str:
    """'Tue 17 Nov 2026, 18:05' (or 'di 17 nov. 2026, 18:05'): a start in the zone it
    carries (a series' own zone), not converted to the computer's."""
    return _as_shown(moment, "ddd d MMM yyyy, HH:mm")


def system_zone_name() -> str | None:
    """The computer's IANA time zone ("Europe/Amsterdam"; Qt maps Windows' own names to
    these), or None when Python has no data for it."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def system_zone() -> tzinfo:
    """The computer's time zone with its summer-time rules; the current offset alone
    when its rules are unknown."""
    name = system_zone_name()
    if name is not None:
        return ZoneInfo(name)
    return datetime.now().astimezone().tzinfo or ZoneInfo("UTC")
