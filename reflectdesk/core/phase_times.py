"""Planned against actual, per phase: what each phase of a session really took.

One place for the arithmetic the run view stores, the PDFs print and the CSV tables
write. It is read off the clock rather than worked out again: ``snapshot_at`` replays the
clock events exactly as the clock on screen showed them, so a phase's actual time here is
the running time the facilitator saw (pauses left out), and a change to the clock's rules
reaches every export at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reflectdesk.core.clock import DEFAULT_THRESHOLDS, snapshot_at
from reflectdesk.core.clock_state import ClockEventRecord, PlannedPhase, Thresholds

__all__ = ["PhaseTime", "phase_times", "whole_minutes"]


@dataclass(frozen=True, slots=True)
class PhaseTime:
    """One phase, planned and as run.

    ``started_at`` and ``ended_at`` are session times (seconds since START, pauses
    included) at which the phase was first entered and last left; ``used`` is its running
    seconds, 0 for a phase never reached. ``budget`` is the time the clock gave it as run:
    the plan plus its extensions (less, when protecting the end shrank it).
    """

    name: str
    planned_seconds: int
    used: float
    started_at: float | None
    ended_at: float | None
    budget: float | None = None

    @property
    def reached(self) -> bool:
        return self.started_at is not None

    @property
    def actual_seconds(self) -> float | None:
        """The running seconds, or None for a phase the clock never reached."""
        return self.used if self.reached else None

    @property
    def given_seconds(self) -> float | None:
        """The seconds the phase had as run (extensions included), or None when the clock
        never reached it: an unreached phase only has its plan."""
        return self.budget if self.reached else None


def phase_times(
    plan: Sequence[PlannedPhase],
    events: Sequence[ClockEventRecord],
    *,
    at: float | None = None,
    protect_end: bool = False,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> tuple[PhaseTime, ...]:
    """Each planned phase with its actual times as the clock showed them at session time
    ``at`` (default: the last event, i.e. now for a finished session).

    Without events (a clock that never ran) or without phases, every phase is unreached.
    Raises ClockError for events the clock would not have allowed, as ``snapshot_at``
    does: a caller decides whether a damaged record fails its work or is left blank.
    """
    if not events or not plan:
        return tuple(PhaseTime(p.name, p.planned_seconds, 0.0, None, None) for p in plan)
    when = events[-1].elapsed if at is None else at
    snapshot = snapshot_at(plan, events, when, protect_end=protect_end, thresholds=thresholds)
    return tuple(
        PhaseTime(
            planned.name,
            planned.planned_seconds,
            row.used,
            row.started_at,
            row.ended_at,
            row.budget,
        )
        for planned, row in zip(plan, snapshot.phases, strict=True)
    )


def whole_minutes(seconds: float) -> int:
    """Seconds as the whole minutes printed on paper, halves rounded up (90 s is 2)."""
    return int(seconds / 60 + 0.5)
