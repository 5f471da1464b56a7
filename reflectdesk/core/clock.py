"""The session clock: a state machine over ClockEvents, fed by an injected clock.

Everything shown about time comes from ``snapshot_at``, a pure function of the plan, the
events and the session time (seconds since START, pauses included); ``SessionClock`` only
adds "now" from a ``TimeSource``, so nothing is ever counted in ticks.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import takewhile
from typing import Protocol

from reflectdesk.core.clock_state import (
    ClockEventRecord,
    ClockSnapshot,
    ClockStatus,
    PhaseProgress,
    PhaseState,
    PlannedPhase,
    Thresholds,
    WarningLevel,
)
from reflectdesk.core.errors import ReflectDeskError, words
from reflectdesk.core.model import ClockEventKind

FLOOR_SECONDS = 60.0  # the least a protected phase is shrunk to
DEFAULT_THRESHOLDS = Thresholds()
_LIVE = (ClockStatus.RUNNING, ClockStatus.PAUSED)


class TimeSource(Protocol):
    """Where the clock reads time: a monotonic counter and the UTC wall clock."""

    def monotonic(self) -> float: ...

    def wall(self) -> datetime: ...


class SystemTime:
    """The real clocks of this computer."""

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> datetime:
        return datetime.now(UTC)


class ClockError(ReflectDeskError):
    """An action the clock cannot take in its current state, or an event out of order."""

    code = "clock_action_not_allowed"


def share_out(available: float, weights: Sequence[float]) -> list[float]:
    """Share ``available`` seconds over phases in proportion to ``weights``.

    Each gets at least ``min(FLOOR_SECONDS, weight)`` and at most its weight: phases that
    would fall below the floor get the floor and the others share the rest (water-filling).
    When not even the floors fit, every phase gets its floor.
    """
    lows = [min(FLOOR_SECONDS, w) for w in weights]
    if available >= sum(weights):
        return [float(w) for w in weights]
    if available <= sum(lows):
        return lows
    # Smallest weights reach the floor first, so the floored phases are a prefix of this
    # order; the first prefix whose proportional share clears the next floor is the one.
    order = sorted(range(len(weights)), key=lambda j: weights[j])
    floored, rest, ratio = 0.0, float(sum(weights)), 1.0
    for j in order:
        ratio = (available - floored) / rest
        if ratio * weights[j] >= lows[j]:
            break
        floored += lows[j]
        rest -= weights[j]
    return [min(float(w), max(ratio * w, lo)) for w, lo in zip(weights, lows, strict=True)]


@dataclass(slots=True)
class _Phase:
    base: float  # budget before extensions: the plan, or its protected share at first entry
    used: float = 0.0  # running seconds banked at the last event
    extension: int = 0
    started_at: float | None = None
    ended_at: float | None = None


class ClockRun:
    """The clock after a sequence of events: folds events in one by one (refusing any
    the state does not allow) and answers what it shows at any later session time.

    Each phase keeps its own running time, so BACK undoes a mistaken NEXT exactly. With
    "protect the end time" a phase's budget is fixed when first entered, as its share of
    the time left before the planned end; unreached phases shrink while one overruns.
    """

    def __init__(
        self,
        plan: Sequence[PlannedPhase],
        *,
        protect_end: bool = False,
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
    ) -> None:
        if not plan:
            raise ClockError(
                words().gettext("A session needs at least one phase before its clock can run.")
            )
        self.plan = tuple(plan)
        self.protect_end = protect_end
        self.thresholds = thresholds
        self.status = ClockStatus.NOT_STARTED
        self.index = 0
        self.last_elapsed = 0.0
        self._phases = [_Phase(float(p.planned_seconds)) for p in self.plan]
        self._reached = -1  # highest phase index ever entered
        self._running_since: float | None = None
        self._end: float | None = None
        self._planned = [float(p.planned_seconds) for p in self.plan]
        self._planned_end = sum(self._planned)

    def problem(self, kind: ClockEventKind, amount: int | None = None) -> str | None:
        """Why ``kind`` is not allowed now, in plain English; None when it is."""
        status = self.status
        if status is ClockStatus.FINISHED:
            return "The session has ended; its clock cannot be changed any more."
        if (kind is ClockEventKind.EXTEND) != (amount is not None):
            return "Only an extension adds time to a phase, and it needs an amount."
        if kind is ClockEventKind.START:
            return None if status is ClockStatus.NOT_STARTED else "The session is already started."
        if status is ClockStatus.NOT_STARTED:
            return "The session has not been started yet."
        if kind is ClockEventKind.PAUSE and status is ClockStatus.PAUSED:
            return "The clock is already paused."
        if kind is ClockEventKind.RESUME and status is ClockStatus.RUNNING:
            return "The clock is already running."
        if kind is ClockEventKind.EXTEND:
            return self._extension_problem(amount)
        if kind is ClockEventKind.NEXT and self.index == len(self.plan) - 1:
            return "This is the last phase; there is no next phase."
        if kind is ClockEventKind.BACK and self.index == 0:
            return "This is the first phase; there is no phase to go back to."
        return None

    def _extension_problem(self, amount: int | None) -> str | None:
        """A positive amount adds time; a negative one takes back time added before
        (how an extension is undone, see core/clock_undo.py), never more than the
        current phase was given, so a phase never falls below its budget."""
        if not isinstance(amount, int) or isinstance(amount, bool) or amount == 0:
            return "An extension must add or take back a whole number of seconds."
        if amount < 0 and -amount > self._phases[self.index].extension:
            return "Only time added to this phase can be taken back."
        return None

    def check(self, kind: ClockEventKind, amount: int | None = None) -> None:
        """Raise ClockError when ``kind`` is not allowed now."""
        if (message := self.problem(kind, amount)) is not None:
            raise ClockError(message, kind=kind.value, status=self.status.value)

    def apply(self, event: ClockEventRecord) -> None:
        """Fold one event in; raises ClockError (leaving the run unchanged) if refused."""
        self.check(event.kind, event.amount)
        # A stored time that runs backwards (a bad clock, a hand-edited file) must not
        # make a session unopenable, so it is taken as happening at the previous event.
        t = max(event.elapsed, self.last_elapsed)
        self.last_elapsed = t
        kind = event.kind
        if kind is ClockEventKind.START:
            self.status = ClockStatus.RUNNING
            self._enter(0, t)
            self._running_since = t
        elif kind is ClockEventKind.PAUSE:
            self._bank(t)
            self._running_since = None
            self.status = ClockStatus.PAUSED
        elif kind is ClockEventKind.RESUME:
            self._running_since = t
            self.status = ClockStatus.RUNNING
        elif kind is ClockEventKind.EXTEND:
            self._phases[self.index].extension += event.amount or 0
        else:  # NEXT, BACK and END leave the current phase
            self._bank(t)
            self._phases[self.index].ended_at = t
            if kind is ClockEventKind.END:
                self._running_since, self._end, self.status = None, t, ClockStatus.FINISHED
            else:
                self._enter(self.index + (1 if kind is ClockEventKind.NEXT else -1), t)

    def _bank(self, t: float) -> None:
        if self._running_since is not None:
            self._phases[self.index].used += t - self._running_since
            self._running_since = t

    def _enter(self, index: int, t: float) -> None:
        self.index = index
        phase = self._phases[index]
        if phase.started_at is None:
            phase.started_at = t
            if self.protect_end:  # first entry: all later phases are unreached, so unextended
                phase.base = share_out(self._planned_end - t, self._planned[index:])[0]
        self._reached = max(self._reached, index)

    def snapshot(self, t: float) -> ClockSnapshot:
        """What the clock shows at session time ``t`` (no earlier than the last event)."""
        status, cur, n = self.status, self.index, len(self.plan)
        t = max(t, self.last_elapsed) if self._end is None else self._end
        if status is ClockStatus.NOT_STARTED:
            t = 0.0
        used = [p.used for p in self._phases]
        if self._running_since is not None:
            used[cur] += t - self._running_since
        budgets = [p.base + p.extension for p in self._phases]
        live = status in _LIVE
        reserved = max(budgets[cur] - used[cur], 0.0) if live else 0.0
        first_unreached = self._reached + 1
        if self.protect_end and first_unreached < n:
            # Phases already entered once keep their budgets; the unreached ones share
            # what is left before the planned end, so they shrink as time is overrun.
            first_pending = cur + 1 if status is not ClockStatus.NOT_STARTED else 0
            kept = sum(budgets[first_pending:first_unreached])
            available = self._planned_end - t - reserved - kept
            budgets[first_unreached:] = share_out(available, self._planned[first_unreached:])
        remaining = budgets[cur] - used[cur]
        # Projected end minus planned end; when finished, t is the end itself.
        behind = t + reserved + sum(budgets[cur + 1 :]) - self._planned_end if live else 0.0
        if self._end is not None:
            behind = self._end - self._planned_end
        warning = WarningLevel.NORMAL
        if live and remaining <= 0:
            warning = WarningLevel.OVERRUN
        elif live and remaining <= self.thresholds.warning_seconds:
            warning = WarningLevel.WARNING
        current = self.plan[cur]
        return ClockSnapshot(
            status=status,
            phase_index=cur,
            phase_count=n,
            phase_name=current.name,
            role_cue=current.cue,
            deck=current.deck,
            phase_budget=budgets[cur],
            phase_used=used[cur],
            remaining=remaining,
            warning=warning,
            session_elapsed=t,
            planned_total=self._planned_end,
            behind=behind,
            phases=tuple(self._rows(budgets, used)),
        )

    def _rows(self, budgets: list[float], used: list[float]) -> list[PhaseProgress]:
        rows = []
        for j, (spec, phase) in enumerate(zip(self.plan, self._phases, strict=True)):
            state = PhaseState.DONE
            if self.status is ClockStatus.NOT_STARTED or j > self.index:
                state = PhaseState.PENDING
            elif j == self.index and self.status in _LIVE:
                state = PhaseState.CURRENT
            end = phase.ended_at if state is PhaseState.DONE else None
            row = (spec.name, self._planned[j], budgets[j], used[j], state, phase.started_at, end)
            rows.append(PhaseProgress(*row))
        return rows


def replay(
    plan: Sequence[PlannedPhase],
    events: Sequence[ClockEventRecord],
    *,
    protect_end: bool = False,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> ClockRun:
    """The clock rebuilt from its events (in seq order); raises ClockError on a
    sequence the clock would not have allowed."""
    run = ClockRun(plan, protect_end=protect_end, thresholds=thresholds)
    for event in events:
        run.apply(event)
    return run


def snapshot_at(
    plan: Sequence[PlannedPhase],
    events: Sequence[ClockEventRecord],
    t: float,
    *,
    protect_end: bool = False,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> ClockSnapshot:
    """What the clock showed at session time ``t``: events after ``t`` are ignored, and
    after END the state stays as it was at the end."""
    t = max(t, 0.0)
    # A prefix, not a filter: an event stored with a time that runs backwards must not
    # be replayed without the events before it.
    upto = list(takewhile(lambda event: event.elapsed <= t, events))
    return replay(plan, upto, protect_end=protect_end, thresholds=thresholds).snapshot(t)


def _to_next_whole(x: float) -> float:
    """Seconds until ``x``, rising at one per second, next reaches a whole number."""
    return (math.ceil(x) - x) or 1.0


class SessionClock:
    """The live clock of one session: the event fold plus "now" from a TimeSource.

    Built with stored events (a reopen after a crash or a close), the time the app was
    away counts as elapsed, measured on the wall clock; a paused session stays paused.
    """

    def __init__(
        self,
        plan: Sequence[PlannedPhase],
        time: TimeSource,
        events: Sequence[ClockEventRecord] = (),
        *,
        protect_end: bool = False,
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
    ) -> None:
        self._time = time
        self._run = replay(plan, events, protect_end=protect_end, thresholds=thresholds)
        self.plan = self._run.plan
        self._events = tuple(events)
        self._origin: float | None = None  # monotonic reading at session time 0
        if self._events:
            last = self._events[-1]
            # SQLite hands datetimes back without a zone; the store always writes UTC.
            stored = last.wall_time if last.wall_time.tzinfo else last.wall_time.replace(tzinfo=UTC)
            away = (time.wall() - stored).total_seconds()
            # The wall clock may have been set back while the app was closed; the
            # session never goes back in time.
            resumed_at = max(last.elapsed + away, self._run.last_elapsed)
            self._origin = time.monotonic() - resumed_at

    @property
    def events(self) -> tuple[ClockEventRecord, ...]:
        return self._events

    @property
    def status(self) -> ClockStatus:
        return self._run.status

    def now(self) -> float:
        """Session time in seconds: 0 before START, then real time since START."""
        return 0.0 if self._origin is None else self._time.monotonic() - self._origin

    def snapshot(self) -> ClockSnapshot:
        return self._run.snapshot(self.now())

    def allowed(self, kind: ClockEventKind, amount: int | None = None) -> bool:
        """Whether ``kind`` may be taken now (for enabling buttons); an EXTEND without an
        amount is asked about as adding a minute."""
        if kind is ClockEventKind.EXTEND and amount is None:
            amount = 60
        return self._run.problem(kind, amount) is None

    def prepare(self, kind: ClockEventKind, amount: int | None = None) -> ClockEventRecord:
        """The event for ``kind`` now, checked but NOT applied: the caller stores it first
        and then calls ``apply``, so a failed write leaves the clock unchanged."""
        self._run.check(kind, amount)
        return ClockEventRecord(len(self._events) + 1, kind, self.now(), self._time.wall(), amount)

    def apply(self, event: ClockEventRecord) -> None:
        """Append a prepared event; raises ClockError if it is stale or not allowed."""
        if event.seq != len(self._events) + 1:
            raise ClockError(words().gettext("This clock action is out of order."), seq=event.seq)
        self._run.apply(event)
        if event.kind is ClockEventKind.START:
            self._origin = self._time.monotonic() - event.elapsed
        self._events = (*self._events, event)

    def _act(self, kind: ClockEventKind, amount: int | None = None) -> ClockEventRecord:
        event = self.prepare(kind, amount)
        self.apply(event)
        return event

    def start(self) -> ClockEventRecord:
        return self._act(ClockEventKind.START)

    def pause(self) -> ClockEventRecord:
        return self._act(ClockEventKind.PAUSE)

    def resume(self) -> ClockEventRecord:
        return self._act(ClockEventKind.RESUME)

    def extend(self, seconds: int) -> ClockEventRecord:
        return self._act(ClockEventKind.EXTEND, seconds)

    def next(self) -> ClockEventRecord:
        return self._act(ClockEventKind.NEXT)

    def back(self) -> ClockEventRecord:
        return self._act(ClockEventKind.BACK)

    def end(self) -> ClockEventRecord:
        return self._act(ClockEventKind.END)

    def next_change_in(self) -> float | None:
        """Seconds until a shown whole-second value changes, so the ui can sleep till then.

        Remaining time (while running) and session time (also while paused, as it moves
        ahead/behind) change their shown text exactly at whole seconds, as countdowns
        round up and overrun rounds down. None before START and after END.
        """
        if self._run.status not in _LIVE:
            return None
        snap = self.snapshot()
        wait = _to_next_whole(snap.session_elapsed)
        if snap.status is ClockStatus.RUNNING:
            wait = min(wait, _to_next_whole(-snap.remaining))
        return wait
