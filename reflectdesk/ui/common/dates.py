"""Dates and times as the user's language writes them, through QLocale.

Never strftime in the ui: Python's strftime follows the C locale that QApplication
switches, so it would write English names in a Dutch window (or the other way round).
The patterns keep the 24-hour clock that programme timetables use.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


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
