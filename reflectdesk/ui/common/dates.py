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
