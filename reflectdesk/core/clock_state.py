"""What the session clock says at one moment: plain values for the run view, the
presenter window and the tests. Computed by reflectdesk.core.clock; never stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from reflectdesk.core.model import ClockEventKind


class ClockStatus(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class WarningLevel(StrEnum):
    """How urgent the current phase's time is. The ui shows it by colour AND by text."""

    NORMAL = "normal"
    WARNING = "warning"  # at or below the warning threshold, not yet over
    OVERRUN = "overrun"  # remaining time is zero or below: counting up


class PhaseState(StrEnum):
    PENDING = "pending"
    CURRENT = "current"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class PlannedPhase:
    """One phase as planned for a session (copied from a format, then editable)."""

    name: str
    planned_seconds: int
    cue: str = ""
    deck: str | None = None


@dataclass(frozen=True, slots=True)
class ClockEventRecord:
    """One action on the clock, as stored (ClockEvent table) and replayed.

    ``elapsed`` is session time in seconds since START (real time, pauses included);
    ``wall_time`` is the UTC moment; ``amount`` the seconds added by EXTEND (negative
    when an undo takes an extension back).
    """

    seq: int
    kind: ClockEventKind
    elapsed: float
    wall_time: datetime
    amount: int | None = None


@dataclass(frozen=True, slots=True)
class Thresholds:
    warning_seconds: int = 120


@dataclass(frozen=True, slots=True)
class PhaseProgress:
    name: str
    planned: float  # seconds, as planned
    budget: float  # seconds it has now: planned + extensions, shrunk when protecting the end
    used: float  # running seconds spent in it (pauses excluded)
    state: PhaseState
    started_at: float | None  # session time it was first entered
    ended_at: float | None  # session time it was last left (None while current/pending)


@dataclass(frozen=True, slots=True)
class ClockSnapshot:
    status: ClockStatus
    phase_index: int
    phase_count: int
    phase_name: str
    role_cue: str
    deck: str | None
    phase_budget: float
    phase_used: float
    remaining: float  # budget - used; negative while overrunning
    warning: WarningLevel
    session_elapsed: float  # seconds since START, pauses included
    planned_total: float  # seconds, sum of the planned phases
    behind: float  # projected end minus planned end: > 0 behind, < 0 ahead
    phases: tuple[PhaseProgress, ...]

    @property
    def overrun(self) -> float:
        return max(0.0, -self.remaining)
