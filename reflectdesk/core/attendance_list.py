"""The rules of a CPD attendance list (presentielijst): which accreditation id a session
carries, what its start, end and duration are, how a registration number looks, and when
the app reminds a facilitator that a list is still owed.

Pure Python: the store hands in plain values, the caller hands in today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from reflectdesk.core.figure_rules import half_up
from reflectdesk.core.phase_times import whole_minutes

# Dutch GAIA asks for the signed list within two weeks; the reminder comes after ten
# days so there is time left to collect the signatures.
REMINDER_DAYS = 10
REGISTRATION_NUMBER_MAX_LENGTH = 40
ACCREDITATION_ID_MAX_LENGTH = 60


class RegistrationKind(StrEnum):
    NONE = "none"
    BIG = "big"  # Dutch BIG register: 11 digits
    GMC = "gmc"  # UK General Medical Council: 7 digits
    OTHER = "other"  # kept as typed, with a soft warning


def registration_kind(number: str) -> RegistrationKind:
    """What a registration number looks like. Spaces and dots people type between
    groups of digits are ignored; anything else is OTHER, never refused."""
    digits = number.replace(" ", "").replace(".", "")
    if not digits:
        return RegistrationKind.NONE
    if digits.isascii() and digits.isdigit():
        if len(digits) == 11:
            return RegistrationKind.BIG
        if len(digits) == 7:
            return RegistrationKind.GMC
    return RegistrationKind.OTHER


def accreditation_of(session_own: str, group_own: str) -> str:
    """The accreditation id a session is listed with: its own, else its group's; ''
    when neither has one (the session is not accredited)."""
    return session_own.strip() or group_own.strip()


class TimesSource(StrEnum):
    CLOCK = "clock"  # started and ended on the session clock
    PLANNED = "planned"  # planned start plus the planned length of its phases


@dataclass(frozen=True, slots=True)
class SessionTimes:
    start: datetime
    end: datetime
    source: TimesSource
    # The clock's running time in whole minutes, pauses left out (core/attended_time.py,
    # as certificates and the leader log count the session); None: from start to end.
    minutes_run: int | None = None

    @property
    def minutes(self) -> int:
        """The session's length: as run on the clock with pauses left out when known,
        else whole minutes from start to end (seconds dropped, as the clock shows them)."""
        if self.minutes_run is not None:
            return self.minutes_run
        return max(0, int((self.end - self.start).total_seconds() // 60))

    @property
    def hours(self) -> float:
        """The duration in decimal hours, two places, rounded half up (as GAIA asks)."""
        return hours_of(self.minutes)


def hours_of(minutes: int) -> float:
    return half_up(minutes / 60, 2)


def session_times(
    started_at: datetime | None,
    ended_at: datetime | None,
    planned_start: datetime | None,
    planned_seconds: int,
    running_seconds: float | None = None,
) -> SessionTimes | None:
    """The times the list shows: as run when the clock ran the session from start to
    end (its length the clock's ``running_seconds``, pauses out, when given), else the
    planned start plus the planned length; None when neither is known."""
    if started_at is not None and ended_at is not None and ended_at >= started_at:
        run = None if running_seconds is None else whole_minutes(running_seconds)
        return SessionTimes(started_at, ended_at, TimesSource.CLOCK, run)
    if planned_start is not None:
        end = planned_start + timedelta(seconds=planned_seconds)
        return SessionTimes(planned_start, end, TimesSource.PLANNED)
    return None


def reminder_due(
    *,
    accreditation_id: str,
    finished_on: date | None,
    exported_at: datetime | None,
    today: date,
) -> bool:
    """Whether to remind: an accredited session that finished ``REMINDER_DAYS`` or more
    days ago and whose list was never exported."""
    if not accreditation_id or finished_on is None or exported_at is not None:
        return False
    return (today - finished_on).days >= REMINDER_DAYS
