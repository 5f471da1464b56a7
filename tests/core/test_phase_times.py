"""Planned against actual per phase, replayed from the clock events."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reflectdesk.core.clock import ClockError, SessionClock
from reflectdesk.core.clock_state import ClockEventRecord, PlannedPhase
from reflectdesk.core.model import ClockEventKind as K
from reflectdesk.core.phase_times import PhaseTime, phase_times, whole_minutes
from tests.fakes import FakeTime

PLAN = (PlannedPhase("Case", 300), PlannedPhase("Questions", 600), PlannedPhase("Round", 300))


def _ran() -> tuple[ClockEventRecord, ...]:
    """Case 200 s, a 100 s pause, then Questions 700 s; Round never reached."""
    fake = FakeTime()
    clock = SessionClock(PLAN, fake)
    clock.start()
    fake.advance(200)
    clock.next()
    fake.advance(300)
    clock.pause()
    fake.advance(100)
    clock.resume()
    fake.advance(400)
    clock.end()
    return clock.events


def test_actual_against_planned_from_the_events() -> None:
    times = phase_times(PLAN, _ran())

    assert [(t.name, t.planned_seconds) for t in times] == [
        ("Case", 300),
        ("Questions", 600),
        ("Round", 300),
    ]
    assert times[0].used == pytest.approx(200)
    assert times[1].used == pytest.approx(700)  # the pause is left out
    assert (times[0].started_at, times[0].ended_at) == (pytest.approx(0), pytest.approx(200))
    assert times[1].started_at == pytest.approx(200)
    assert not times[2].reached
    assert times[2].actual_seconds is None
    assert times[2].used == 0


def test_at_an_earlier_moment_shows_what_the_clock_showed_then() -> None:
    times = phase_times(PLAN, _ran(), at=100)

    assert times[0].used == pytest.approx(100)
    assert times[0].ended_at is None  # still the current phase at 100 s
    assert not times[1].reached


def test_a_clock_that_never_ran_leaves_every_phase_unreached() -> None:
    assert phase_times(PLAN, ()) == tuple(
        PhaseTime(p.name, p.planned_seconds, 0.0, None, None) for p in PLAN
    )
    assert phase_times((), _ran()) == ()


def test_impossible_events_raise_for_the_caller_to_decide() -> None:
    wall = datetime(2026, 3, 3, 13, 0, tzinfo=UTC)
    events = (ClockEventRecord(1, K.NEXT, 0.0, wall),)  # NEXT before START
    with pytest.raises(ClockError):
        phase_times(PLAN, events)


@pytest.mark.parametrize(("seconds", "minutes"), [(0, 0), (29, 0), (30, 1), (90, 2), (600, 10)])
def test_whole_minutes_round_halves_up(seconds: float, minutes: int) -> None:
    assert whole_minutes(seconds) == minutes
