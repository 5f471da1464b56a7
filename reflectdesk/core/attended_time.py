"""How long a session ran and how many of its minutes one person attended.

The one rule behind a certificate of attendance, the appraisal evidence and any list of
hours: a session's length is its running time on the clock, from START to END with the
pauses left out (extensions are in it, as they were run); a session not run to its end
with the clock counts its planned length, and says so. A person's minutes follow their
attendance mark:

- present: the whole session;
- late or left early with the minutes away recorded: the session less those minutes,
  never below 0;
- late or left early without the minutes: not counted, reported as "time not recorded"
  so the facilitator can fill them in rather than the paper guessing;
- absent, excused or no mark: 0.

Everything is whole minutes: the session's running seconds are rounded to the minute
(halves up, as every paper does: ``phase_times.whole_minutes``) before anything is taken
off, so a certificate's hours add up to the lines printed above them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.errors import N_
from reflectdesk.core.model import AttendanceStatus, ClockEventKind
from reflectdesk.core.phase_times import whole_minutes

__all__ = [
    "ATTENDED_TIME_RULE",
    "AttendedKind",
    "AttendedTime",
    "LengthSource",
    "SessionLength",
    "minutes_attended",
    "running_seconds",
    "session_length",
    "total_minutes",
]

# The rule as printed on a certificate (translated where it is printed).
ATTENDED_TIME_RULE = N_(
    "Hours attended are the sessions' running time on the session clock, from start to "
    "end with pauses left out; a session not run with the clock counts its planned "
    "length. A late arrival or early leaver is counted for the session less the minutes "
    "they were away; when those minutes were not recorded, the session is listed as "
    "time not recorded and not counted. Absent and excused sessions count 0."
)


class LengthSource(StrEnum):
    """Where a session's length comes from."""

    CLOCK = "clock"  # started and ended with the clock: running time, pauses left out
    PLANNED = "planned"  # not run to its end with the clock: the sum of the planned phases


@dataclass(frozen=True, slots=True)
class SessionLength:
    minutes: int
    source: LengthSource


class AttendedKind(StrEnum):
    WHOLE = "whole"  # present: the whole session
    PART = "part"  # late or left early, minutes away recorded
    TIME_NOT_RECORDED = "time_not_recorded"  # late or left early, minutes away unknown
    NOT_ATTENDED = "not_attended"  # absent, excused or no mark


@dataclass(frozen=True, slots=True)
class AttendedTime:
    """One person at one session: ``minutes`` counted (0 unless WHOLE or PART)."""

    kind: AttendedKind
    minutes: int

    @property
    def attended(self) -> bool:
        """They were there, whether or not their time is known."""
        return self.kind is not AttendedKind.NOT_ATTENDED

    @property
    def counted(self) -> bool:
        return self.kind in (AttendedKind.WHOLE, AttendedKind.PART)


def running_seconds(events: Sequence[ClockEventRecord]) -> float | None:
    """Seconds the clock ran from START to END with the pauses left out; None unless
    the events hold both a START and an END (a clock never run, or never ended).

    Read from the events alone: an extension changes a phase's budget, not the time that
    passed, so it is in the running time exactly as long as the session really ran on.
    """
    ordered = sorted(events, key=lambda event: event.seq)
    start = next((e.elapsed for e in ordered if e.kind is ClockEventKind.START), None)
    end = next((e.elapsed for e in ordered if e.kind is ClockEventKind.END), None)
    if start is None or end is None:
        return None
    paused = 0.0
    paused_since: float | None = None
    for event in ordered:
        if event.kind is ClockEventKind.PAUSE and paused_since is None:
            paused_since = event.elapsed
        elif event.kind is ClockEventKind.RESUME and paused_since is not None:
            paused += event.elapsed - paused_since
            paused_since = None
        elif event.kind is ClockEventKind.END:
            if paused_since is not None:  # ended while paused: the pause is not run time
                paused += event.elapsed - paused_since
            break
    return max(0.0, end - start - paused)


def session_length(planned_seconds: int, events: Sequence[ClockEventRecord]) -> SessionLength:
    """The session's length in whole minutes: as run on the clock, else as planned."""
    run = running_seconds(events)
    if run is None:
        return SessionLength(whole_minutes(planned_seconds), LengthSource.PLANNED)
    return SessionLength(whole_minutes(run), LengthSource.CLOCK)


def minutes_attended(
    status: AttendanceStatus | None, minutes_missed: int | None, length_minutes: int
) -> AttendedTime:
    """One person's minutes at a session of ``length_minutes`` (the rule above)."""
    if status is AttendanceStatus.PRESENT:
        return AttendedTime(AttendedKind.WHOLE, length_minutes)
    if status in (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY):
        if minutes_missed is None:
            return AttendedTime(AttendedKind.TIME_NOT_RECORDED, 0)
        return AttendedTime(AttendedKind.PART, max(0, length_minutes - max(0, minutes_missed)))
    return AttendedTime(AttendedKind.NOT_ATTENDED, 0)


def total_minutes(times: Iterable[AttendedTime]) -> int:
    """The minutes that count, summed (time not recorded adds nothing)."""
    return sum(time.minutes for time in times if time.counted)
