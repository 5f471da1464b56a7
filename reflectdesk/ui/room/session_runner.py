"""Drives one session's clock: every action is written to the database first, then
applied, so the clock on screen never gets ahead of what a crash would bring back."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reflectdesk.core.clock import SessionClock, TimeSource
from reflectdesk.core.clock_state import (
    ClockEventRecord,
    ClockSnapshot,
    PlannedPhase,
    Thresholds,
)
from reflectdesk.core.clock_undo import reverse_of
from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.model import ClockEventKind
from reflectdesk.core.phase_times import phase_times
from reflectdesk.store import sessions
from reflectdesk.store.database import Store
from reflectdesk.store.settings import clock_preferences


class SessionRunner(QObject):
    """Emits ``changed`` after every applied action and ``failed(message)`` when an
    action could not be stored (the clock is then left as it was); ``acted(event)`` after
    an action a person took (not after an undo), so it can be offered for undoing."""

    changed = Signal()
    failed = Signal(str)
    acted = Signal(object)  # ClockEventRecord

    def __init__(
        self,
        store: Store,
        session_id: str,
        time: TimeSource,
        thresholds: Thresholds | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.session_id = session_id
        record = sessions.get_session(store, session_id)
        self.plan = tuple(
            PlannedPhase(p.name, p.planned_seconds, p.role_cue, p.deck_key)
            for p in sessions.session_phases(store, session_id)
        )
        self.protect_end = record.protect_end_time
        self.thresholds = thresholds or clock_preferences(store).thresholds()
        self.clock = SessionClock(
            self.plan,
            time,
            sessions.clock_events(store, session_id),
            protect_end=self.protect_end,
            thresholds=self.thresholds,
        )

    def snapshot(self) -> ClockSnapshot:
        return self.clock.snapshot()

    def allowed(self, kind: ClockEventKind) -> bool:
        return self.clock.allowed(kind)

    def act(self, kind: ClockEventKind, amount: int | None = None) -> bool:
        """Carry out one action; returns False (and emits ``failed``) when refused."""
        problem = self._record(kind, amount)
        if problem is not None:
            self.failed.emit(problem)
            return False
        self.acted.emit(self.clock.events[-1])
        return True

    def undo(self, event: ClockEventRecord) -> str | None:
        """Take ``event`` back with a new event (core/clock_undo.py); None when done,
        else why not, for the caller to say without a dialog."""
        reverse = reverse_of(event)
        if reverse is None:
            return "The start and the end of a session cannot be undone."
        return self._record(reverse.kind, reverse.amount)

    def _record(self, kind: ClockEventKind, amount: int | None) -> str | None:
        """Store the event, then apply it: None when done, else why it was refused."""
        try:
            event = self.clock.prepare(kind, amount)
            sessions.record_clock_event(
                self._store, self.session_id, event, self._phase_times(event)
            )
        except ReflectDeskError as error:  # ClockError is one too
            return str(error)
        self.clock.apply(event)
        self.changed.emit()
        return None

    def _phase_times(self, event: ClockEventRecord) -> list[tuple[int, float | None, float | None]]:
        after = phase_times(
            self.plan,
            (*self.clock.events, event),
            at=event.elapsed,
            protect_end=self.protect_end,
            thresholds=self.thresholds,
        )
        return [(index, phase.started_at, phase.ended_at) for index, phase in enumerate(after)]
