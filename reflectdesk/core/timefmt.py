"""How times read on the run view and the presenter screen.

Countdowns round up (a phase with 59.2 s left shows 1:00, and 0:00 exactly when time is
up), overrun rounds down (+0:01 after one whole second over). Returns plain strings
without words, so the ui can translate the text around them.
"""

from __future__ import annotations

import math
from datetime import datetime


def clock_text(seconds: float) -> str:
    """m:ss below an hour, h:mm:ss above; for non-negative durations."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def remaining_text(remaining: float, *, show_seconds: bool = True) -> str:
    """The big number: time left counting down, then "+m:ss" counting up past zero.

    Without seconds (quiet mode) whole minutes are shown: left time rounded up ("3 min"
    until exactly 2:00 is left), overrun rounded down.
    """
    if remaining > 0:
        left = math.ceil(remaining - 1e-9)
        if show_seconds:
            return clock_text(left)
        return str(math.ceil(left / 60))
    over = math.floor(-remaining + 1e-9)
    if show_seconds:
        return "+" + clock_text(over)
    return "+" + str(over // 60)


def minutes_text(seconds: float) -> str:
    """A duration in whole minutes, rounded to nearest (for planned vs actual tables)."""
    return str(round(max(0.0, seconds) / 60))


def displayed_second(remaining: float) -> int:
    """The whole-second value a countdown shows; changes exactly when the text does."""
    if remaining > 0:
        return math.ceil(remaining - 1e-9)
    return -math.floor(-remaining + 1e-9)


def iso_datetime(moment: datetime, *, seconds: bool = False) -> str:
    """'2026-11-02 12:05' (with seconds, '2026-11-02 12:05:09'): digits only, read the
    same in every language, for the command line's tables."""
    text = (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} "
        f"{moment.hour:02d}:{moment.minute:02d}"
    )
    return f"{text}:{moment.second:02d}" if seconds else text


def file_stamp(moment: datetime) -> str:
    """'20261102-120509': a moment in a file name, sorting as it reads."""
    return (
        f"{moment.year:04d}{moment.month:02d}{moment.day:02d}-"
        f"{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"
    )
