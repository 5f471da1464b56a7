"""Undoing a clock action: the reverse is a new event, and replaying the record with it
brings the clock back to where it was."""

from __future__ import annotations

import pytest

from reflectdesk.core.clock import ClockError, SessionClock
from reflectdesk.core.clock_state import ClockEventRecord, ClockStatus, PlannedPhase
from reflectdesk.core.clock_undo import ClockAction, reverse_of
from reflectdesk.core.model import ClockEventKind as K
from tests.fakes import DEFAULT_WALL, FakeTime

PLAN = tuple(PlannedPhase(f"Phase {i + 1}", s) for i, s in enumerate((300, 600, 300)))


def event(kind: K, amount: int | None = None) -> ClockEventRecord:
    return ClockEventRecord(1, kind, 0.0, DEFAULT_WALL, amount)


@pytest.mark.parametrize(
    ("kind", "amount", "reverse"),
    [
        (K.NEXT, None, ClockAction(K.BACK)),
        (K.BACK, None, ClockAction(K.NEXT)),
        (K.PAUSE, None, ClockAction(K.RESUME)),
        (K.RESUME, None, ClockAction(K.PAUSE)),
        (K.EXTEND, 60, ClockAction(K.EXTEND, -60)),
        (K.EXTEND, 300, ClockAction(K.EXTEND, -300)),
        (K.START, None, None),
        (K.END, None, None),
    ],
)
def test_each_action_has_its_reverse_and_start_and_end_have_none(
    kind: K, amount: int | None, reverse: ClockAction | None
) -> None:
    assert reverse_of(event(kind, amount)) == reverse


def undo(clock: SessionClock) -> ClockEventRecord:
    """Take back the clock's last event, as the session page does."""
    reverse = reverse_of(clock.events[-1])
    assert reverse is not None
    undone = clock.prepare(reverse.kind, reverse.amount)
    clock.apply(undone)
    return undone


def started() -> tuple[SessionClock, FakeTime]:
    fake = FakeTime()
    clock = SessionClock(PLAN, fake)
    clock.start()
    return clock, fake


def test_a_mistaken_next_becomes_a_back_and_the_phase_is_as_it_was() -> None:
    clock, fake = started()
    fake.advance(100)
    clock.next()
    fake.advance(2)
    undo(clock)
    assert [e.kind for e in clock.events] == [K.START, K.NEXT, K.BACK]  # nothing deleted
    snap = clock.snapshot()
    assert (snap.phase_index, snap.phase_used, snap.remaining) == (0, 100, 200)
    replayed = SessionClock(PLAN, FakeTime(fake.wall(), 42.0), clock.events)
    assert replayed.snapshot().phase_index == 0  # a crash after the undo resumes right


def test_undoing_a_pause_resumes_and_undoing_a_resume_pauses() -> None:
    clock, _ = started()
    clock.pause()
    assert undo(clock).kind is K.RESUME
    assert clock.status is ClockStatus.RUNNING
    clock.pause()
    clock.resume()
    assert undo(clock).kind is K.PAUSE
    assert clock.status is ClockStatus.PAUSED


def test_an_extension_is_taken_back_by_a_negative_one() -> None:
    clock, fake = started()
    fake.advance(30)
    clock.extend(300)
    assert clock.snapshot().remaining == 570
    taken_back = undo(clock)
    assert (taken_back.kind, taken_back.amount) == (K.EXTEND, -300)
    assert clock.snapshot().remaining == 270
    replayed = SessionClock(PLAN, FakeTime(fake.wall(), 42.0), clock.events)
    assert replayed.snapshot().phase_budget == 300


def test_no_more_is_taken_back_than_the_phase_was_given() -> None:
    clock, _ = started()
    with pytest.raises(ClockError, match="Only time added"):
        clock.extend(-60)
    clock.extend(60)
    clock.next()
    with pytest.raises(ClockError, match="Only time added"):  # phase 2 was given nothing
        clock.extend(-60)
    clock.back()
    clock.extend(-60)
    assert clock.snapshot().phase_budget == 300


def test_undo_in_order_walks_back_several_actions() -> None:
    clock, fake = started()
    done = [clock.extend(60), clock.next(), clock.pause()]
    fake.advance(10)
    for action in reversed(done):
        reverse = reverse_of(action)
        assert reverse is not None
        clock.apply(clock.prepare(reverse.kind, reverse.amount))
    kinds = [e.kind for e in clock.events]
    assert kinds == [K.START, K.EXTEND, K.NEXT, K.PAUSE, K.RESUME, K.BACK, K.EXTEND]
    snap = clock.snapshot()
    assert (snap.status, snap.phase_index, snap.phase_budget) == (ClockStatus.RUNNING, 0, 300)
