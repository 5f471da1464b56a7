"""The session clock: each action, protecting the end time, crash-resume, and replay."""

from __future__ import annotations

import math
import random
from dataclasses import fields
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflectdesk.core.clock import (
    ClockError,
    SessionClock,
    SystemTime,
    replay,
    share_out,
    snapshot_at,
)
from reflectdesk.core.clock_state import (
    ClockEventRecord,
    ClockSnapshot,
    ClockStatus,
    PhaseState,
    PlannedPhase,
    Thresholds,
    WarningLevel,
)
from reflectdesk.core.model import ClockEventKind as K
from tests.fakes import FakeTime


def make_plan(*seconds: int) -> tuple[PlannedPhase, ...]:
    return tuple(
        PlannedPhase(f"Phase {i + 1}", s, cue=f"cue {i + 1}") for i, s in enumerate(seconds)
    )


PLAN = make_plan(300, 600, 300)


def started(
    plan: tuple[PlannedPhase, ...] = PLAN,
    *,
    protect_end: bool = False,
    thresholds: Thresholds | None = None,
) -> tuple[SessionClock, FakeTime]:
    fake = FakeTime()
    clock = SessionClock(plan, fake, protect_end=protect_end, thresholds=thresholds or Thresholds())
    clock.start()
    return clock, fake


def budgets(snap: ClockSnapshot) -> list[float]:
    return [p.budget for p in snap.phases]


# --- each action -------------------------------------------------------------------------


def test_before_start_shows_the_first_phase_as_planned() -> None:
    fake = FakeTime()
    clock = SessionClock(PLAN, fake)
    fake.advance(30)
    snap = clock.snapshot()
    assert snap.status is ClockStatus.NOT_STARTED
    assert (snap.phase_index, snap.phase_count, snap.phase_name) == (0, 3, "Phase 1")
    assert (snap.remaining, snap.session_elapsed, snap.behind) == (300, 0, 0)
    assert snap.warning is WarningLevel.NORMAL
    assert snap.planned_total == 1200
    assert all(p.state is PhaseState.PENDING for p in snap.phases)
    assert clock.now() == 0
    assert clock.next_change_in() is None


def test_start_runs_the_first_phase_from_zero() -> None:
    clock, fake = started()
    event = clock.events[0]
    assert (event.seq, event.kind, event.elapsed, event.amount) == (1, K.START, 0.0, None)
    assert event.wall_time == fake.wall()
    fake.advance(100.5)
    snap = clock.snapshot()
    assert snap.status is ClockStatus.RUNNING
    assert snap.remaining == 199.5
    assert snap.session_elapsed == 100.5
    assert snap.role_cue == "cue 1"
    assert snap.phases[0].state is PhaseState.CURRENT
    assert snap.phases[0].started_at == 0


@pytest.mark.parametrize("kind", [K.PAUSE, K.RESUME, K.NEXT, K.BACK, K.END])
def test_actions_before_start_are_refused(kind: K) -> None:
    clock = SessionClock(PLAN, FakeTime())
    assert not clock.allowed(kind)
    with pytest.raises(ClockError, match="not been started"):
        clock.prepare(kind)
    with pytest.raises(ClockError):
        clock.extend(60)
    assert clock.events == ()


def test_start_twice_is_refused() -> None:
    clock, _ = started()
    assert not clock.allowed(K.START)
    with pytest.raises(ClockError, match="already started"):
        clock.start()


def test_pause_keeps_remaining_while_session_time_goes_on() -> None:
    clock, fake = started()
    fake.advance(100)
    clock.pause()
    fake.advance(250)
    snap = clock.snapshot()
    assert snap.status is ClockStatus.PAUSED
    assert snap.remaining == 200
    assert snap.session_elapsed == 350
    assert snap.phases[0].state is PhaseState.CURRENT
    clock.resume()
    fake.advance(50)
    assert clock.snapshot().remaining == 150
    assert clock.snapshot().session_elapsed == 400


def test_pause_when_paused_and_resume_when_running_are_refused() -> None:
    clock, _ = started()
    with pytest.raises(ClockError, match="already running"):
        clock.resume()
    clock.pause()
    with pytest.raises(ClockError, match="already paused"):
        clock.pause()
    assert clock.allowed(K.RESUME) and not clock.allowed(K.PAUSE)


def test_extend_adds_one_and_five_minutes_also_while_paused() -> None:
    clock, fake = started()
    fake.advance(100)
    event = clock.extend(60)
    assert (event.kind, event.amount, event.elapsed) == (K.EXTEND, 60, 100)
    assert clock.snapshot().remaining == 260
    clock.pause()
    clock.extend(300)
    snap = clock.snapshot()
    assert (snap.phase_budget, snap.remaining, snap.phases[0].planned) == (660, 560, 300)


@pytest.mark.parametrize("amount", [0, -60, None, True])
def test_extend_needs_a_whole_amount_and_takes_back_only_what_was_given(amount: int | None) -> None:
    clock, _ = started()
    with pytest.raises(ClockError):
        clock.prepare(K.EXTEND, amount)
    with pytest.raises(ClockError, match="Only an extension"):
        clock.prepare(K.PAUSE, 60)


def test_next_and_back_keep_each_phases_own_time() -> None:
    clock, fake = started()
    fake.advance(250)
    clock.next()
    fake.advance(40)
    snap = clock.snapshot()
    assert (snap.phase_index, snap.remaining) == (1, 560)
    assert snap.phases[0].state is PhaseState.DONE
    assert (snap.phases[0].started_at, snap.phases[0].ended_at) == (0, 250)
    clock.back()  # the NEXT was a mistake
    fake.advance(10)
    snap = clock.snapshot()
    assert (snap.phase_index, snap.remaining, snap.phase_used) == (0, 40, 260)
    assert snap.phases[1].state is PhaseState.PENDING
    assert snap.phases[1].used == 40
    assert (snap.phases[1].started_at, snap.phases[1].ended_at) == (250, None)
    assert snap.phases[0].ended_at is None
    clock.next()
    fake.advance(5)
    snap = clock.snapshot()
    assert (snap.phase_index, snap.phase_used, snap.phases[1].started_at) == (1, 45, 250)


def test_next_while_paused_stays_paused() -> None:
    clock, fake = started()
    clock.pause()
    clock.next()
    fake.advance(100)
    snap = clock.snapshot()
    assert (snap.status, snap.phase_index, snap.remaining) == (ClockStatus.PAUSED, 1, 600)


def test_no_next_on_the_last_phase_and_no_back_on_the_first() -> None:
    clock, _ = started()
    assert not clock.allowed(K.BACK)
    with pytest.raises(ClockError, match="first phase"):
        clock.back()
    clock.next()
    clock.next()
    assert not clock.allowed(K.NEXT)
    with pytest.raises(ClockError, match="last phase"):
        clock.next()
    assert len(clock.events) == 3


def test_overrun_counts_up_past_zero() -> None:
    clock, fake = started()
    fake.advance(300)
    assert clock.snapshot().warning is WarningLevel.OVERRUN  # zero counts as time up
    fake.advance(75.5)
    snap = clock.snapshot()
    assert (snap.remaining, snap.overrun, snap.warning) == (-75.5, 75.5, WarningLevel.OVERRUN)


def test_warning_at_two_minutes_and_at_custom_thresholds() -> None:
    clock, fake = started()
    fake.advance(179.5)
    assert clock.snapshot().warning is WarningLevel.NORMAL
    fake.advance(0.5)
    assert clock.snapshot().warning is WarningLevel.WARNING
    custom, fake = started(thresholds=Thresholds(warning_seconds=30))
    fake.advance(269)
    assert custom.snapshot().warning is WarningLevel.NORMAL
    fake.advance(1)
    assert custom.snapshot().warning is WarningLevel.WARNING


def test_behind_and_ahead_of_plan_by_hand() -> None:
    clock, fake = started()  # 300 + 600 + 300 = 1200 s planned
    fake.advance(100)
    assert clock.snapshot().behind == 0
    clock.pause()
    fake.advance(50)  # pausing costs the room 50 s
    assert clock.snapshot().behind == 50
    clock.resume()
    fake.advance(250)  # phase 1 at 350 of 300: 50 s over
    assert clock.snapshot().behind == 100
    clock.next()
    fake.advance(300)
    assert clock.snapshot().behind == 100  # on time in phase 2, still 100 behind
    clock.next()  # leaves phase 2 with 300 s unused
    assert clock.snapshot().behind == -200
    fake.advance(100)
    clock.end()
    assert clock.snapshot().behind == -400


def test_end_freezes_everything() -> None:
    clock, fake = started()
    fake.advance(200)
    clock.next()
    fake.advance(100)
    clock.end()
    frozen = clock.snapshot()
    fake.advance(5000)
    assert clock.snapshot() == frozen
    assert frozen.status is ClockStatus.FINISHED
    assert (frozen.session_elapsed, frozen.phase_index, frozen.remaining) == (300, 1, 500)
    assert frozen.warning is WarningLevel.NORMAL
    assert [p.state for p in frozen.phases] == [
        PhaseState.DONE,
        PhaseState.DONE,
        PhaseState.PENDING,
    ]
    assert frozen.phases[1].ended_at == 300
    assert clock.next_change_in() is None
    for kind in K:
        assert not clock.allowed(kind)
    with pytest.raises(ClockError, match="has ended"):
        clock.resume()
    with pytest.raises(ClockError, match="has ended"):
        clock.start()


# --- protect the end time ----------------------------------------------------------------


def test_share_out_fills_in_proportion_with_a_floor() -> None:
    assert share_out(780, [600, 300]) == pytest.approx([520, 260])
    assert share_out(300, [600, 120]) == pytest.approx([240, 60])
    assert share_out(10, [600, 300, 30]) == [60, 60, 30]
    assert share_out(5000, [600, 300]) == [600, 300]


def test_protect_end_shrinks_later_phases_in_proportion() -> None:
    clock, fake = started(protect_end=True)  # 300 / 600 / 300
    assert budgets(clock.snapshot()) == [300, 600, 300]
    fake.advance(360)  # 60 s over: later phases share 840 s
    assert budgets(clock.snapshot()) == pytest.approx([300, 560, 280])
    fake.advance(60)  # 120 s over
    assert budgets(clock.snapshot()) == pytest.approx([300, 520, 260])
    assert clock.snapshot().behind == pytest.approx(0)
    clock.next()
    snap = clock.snapshot()
    assert (snap.phase_budget, snap.remaining) == pytest.approx((520, 520))
    fake.advance(520)
    clock.next()
    assert clock.snapshot().phase_budget == pytest.approx(260)
    fake.advance(260)
    clock.end()
    assert clock.snapshot().session_elapsed == pytest.approx(1200)  # the end kept its place


def test_protect_end_shrinks_later_phases_while_paused() -> None:
    clock, fake = started(protect_end=True)
    fake.advance(100)
    clock.pause()
    fake.advance(200)  # 200 s still owed to phase 1; 700 s left for 900 s of plan
    snap = clock.snapshot()
    assert snap.remaining == 200
    assert budgets(snap) == pytest.approx([300, 1400 / 3, 700 / 3])


def test_protect_end_keeps_a_one_minute_floor() -> None:
    clock, fake = started(make_plan(300, 600, 120), protect_end=True)
    fake.advance(720)  # 420 s over: 300 s left for 600 + 120 planned
    clock.next()
    snap = clock.snapshot()
    assert budgets(snap) == pytest.approx([300, 240, 60])
    assert snap.behind == pytest.approx(0)


def test_protect_end_gives_floors_when_nothing_fits() -> None:
    clock, fake = started(protect_end=True)
    fake.advance(1150)
    clock.next()
    snap = clock.snapshot()
    assert budgets(snap) == [300, 60, 60]
    assert snap.behind == pytest.approx(1150 + 60 + 60 - 1200)


def test_protect_end_never_lengthens_a_phase() -> None:
    clock, fake = started(protect_end=True)
    fake.advance(100)
    clock.next()  # 200 s early
    snap = clock.snapshot()
    assert budgets(snap) == [300, 600, 300]
    assert snap.behind == -200


def test_protect_end_extension_eats_into_later_phases_and_back_keeps_budgets() -> None:
    clock, fake = started(protect_end=True)
    fake.advance(420)
    clock.next()
    clock.extend(300)
    assert budgets(clock.snapshot()) == pytest.approx([300, 820, 60])
    clock.back()
    fake.advance(10)
    snap = clock.snapshot()
    assert (snap.phase_budget, snap.remaining) == (300, -130)
    assert snap.phases[1].budget == pytest.approx(820)  # kept from its first entry
    assert snap.phases[2].budget == 60


# --- live clock plumbing -----------------------------------------------------------------


def test_prepare_does_not_apply_and_apply_checks_order() -> None:
    clock, fake = started()
    fake.advance(12)
    event = clock.prepare(K.PAUSE)
    assert (event.seq, event.elapsed) == (2, 12)
    assert clock.snapshot().status is ClockStatus.RUNNING and len(clock.events) == 1
    clock.apply(event)
    assert clock.snapshot().status is ClockStatus.PAUSED
    with pytest.raises(ClockError, match="out of order"):
        clock.apply(event)
    stale = ClockEventRecord(3, K.PAUSE, 12, fake.wall())
    with pytest.raises(ClockError, match="already paused"):
        clock.apply(stale)
    assert len(clock.events) == 2


def test_next_change_in_follows_whole_seconds() -> None:
    clock, fake = started()
    fake.advance(0.25)
    assert clock.next_change_in() == pytest.approx(0.75)
    clock.pause()
    fake.advance(0.5)  # remaining stays 299.75; session time at 0.75
    assert clock.next_change_in() == pytest.approx(0.25)
    fake.advance(0.25)
    assert clock.next_change_in() == pytest.approx(1.0)
    clock.resume()  # remaining 299.75 reaches 299 in 0.75, elapsed 1.0 reaches 2 in 1.0
    assert clock.next_change_in() == pytest.approx(0.75)


def test_snapshot_at_shows_history_and_rejects_impossible_sequences() -> None:
    clock, fake = started()
    fake.advance(100)
    clock.next()
    fake.advance(50)
    clock.end()
    past = snapshot_at(PLAN, clock.events, 60)
    assert (past.phase_index, past.remaining, past.status) == (0, 240, ClockStatus.RUNNING)
    later = snapshot_at(PLAN, clock.events, 9999)
    assert later == clock.snapshot()
    bad = (*clock.events[:1], ClockEventRecord(2, K.RESUME, 5, fake.wall()))
    with pytest.raises(ClockError):
        replay(PLAN, bad)
    with pytest.raises(ClockError, match="at least one phase"):
        SessionClock((), fake)


def test_system_time_reads_real_clocks() -> None:
    source = SystemTime()
    assert source.wall().tzinfo is not None
    assert source.monotonic() <= source.monotonic()


# --- crash and reopen --------------------------------------------------------------------


def reopen(clock: SessionClock, fake: FakeTime, closed_for: float) -> SessionClock:
    later = FakeTime(fake.wall() + timedelta(seconds=closed_for), start_monotonic=42.0)
    return SessionClock(clock.plan, later, clock.events)


def test_reopen_counts_the_time_the_app_was_closed() -> None:
    clock, fake = started()
    fake.advance(200)
    clock.next()
    fake.advance(400)
    assert clock.now() == 600
    again = reopen(clock, fake, closed_for=900)
    snap = again.snapshot()
    assert again.now() == 1500
    assert (snap.status, snap.phase_index, snap.phase_used) == (ClockStatus.RUNNING, 1, 1300)


def test_reopen_a_paused_session_stays_paused() -> None:
    clock, fake = started()
    fake.advance(100)
    clock.pause()
    fake.advance(500)
    again = reopen(clock, fake, closed_for=900)
    snap = again.snapshot()
    assert (snap.status, snap.remaining, snap.session_elapsed) == (ClockStatus.PAUSED, 200, 1500)


def test_reopen_tolerates_zone_less_times_and_a_wall_clock_set_back() -> None:
    clock, fake = started()
    fake.advance(100)
    clock.pause()
    naive = [
        ClockEventRecord(e.seq, e.kind, e.elapsed, e.wall_time.replace(tzinfo=None))
        for e in clock.events
    ]
    assert SessionClock(PLAN, fake, naive).now() == 100
    earlier = FakeTime(fake.wall() - timedelta(hours=1))
    assert SessionClock(PLAN, earlier, clock.events).now() == 100


# --- replay equals live, by hypothesis ---------------------------------------------------

ACTIONS: list[tuple[K, int | None] | None] = [
    None,
    (K.START, None),
    (K.PAUSE, None),
    (K.RESUME, None),
    (K.EXTEND, 60),
    (K.EXTEND, 300),
    (K.EXTEND, -60),  # an undone +1 min, refused unless the phase was given it
    (K.NEXT, None),
    (K.BACK, None),
    (K.END, None),
]


def assert_close(a: ClockSnapshot, b: ClockSnapshot, thresholds: Thresholds) -> None:
    """Equal up to the microseconds that wall times are stored with."""
    for f in fields(ClockSnapshot):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if isinstance(x, float):
            assert math.isclose(x, y, abs_tol=1e-5), f.name
        elif f.name == "warning":
            edges = (0.0, float(thresholds.warning_seconds))
            assert x == y or any(abs(a.remaining - e) < 1e-5 for e in edges)
        elif f.name != "phases":
            assert x == y, f.name
    for p, q in zip(a.phases, b.phases, strict=True):
        assert (p.name, p.state) == (q.name, q.state)
        for name in ("planned", "budget", "used", "started_at", "ended_at"):
            u, v = getattr(p, name), getattr(q, name)
            assert (u is None) == (v is None)
            assert u is None or math.isclose(u, v, abs_tol=1e-5), name


@settings(max_examples=400, deadline=None)
@given(
    plan_seconds=st.lists(st.integers(60, 3600), min_size=1, max_size=8),
    protect_end=st.booleans(),
    warning_seconds=st.sampled_from([30, 120]),
    steps=st.lists(
        st.tuples(
            st.floats(0, 900, allow_nan=False, allow_infinity=False),
            st.sampled_from(ACTIONS),
        ),
        max_size=30,
    ),
)
def test_replay_equals_the_live_clock(
    plan_seconds: list[int],
    protect_end: bool,
    warning_seconds: int,
    steps: list[tuple[float, tuple[K, int | None] | None]],
) -> None:
    plan = make_plan(*plan_seconds)
    thresholds = Thresholds(warning_seconds)
    fake = FakeTime()
    clock = SessionClock(plan, fake, protect_end=protect_end, thresholds=thresholds)
    running_total = 0.0
    for seconds, action in [(0.0, (K.START, None)), *steps]:
        if clock.status is ClockStatus.RUNNING:
            running_total += seconds
        fake.advance(seconds)
        if action is not None:
            kind, amount = action
            if clock.allowed(kind, amount):
                clock.apply(clock.prepare(kind, amount))
            else:
                with pytest.raises(ClockError):
                    clock.prepare(kind, amount)
        t = clock.now()
        snap = clock.snapshot()
        assert (
            snapshot_at(plan, clock.events, t, protect_end=protect_end, thresholds=thresholds)
            == snap
        )
        rebuilt = SessionClock(
            plan,
            FakeTime(fake.wall(), 777.0),
            clock.events,
            protect_end=protect_end,
            thresholds=thresholds,
        )
        assert_close(rebuilt.snapshot(), snap, thresholds)

        assert sum(p.used for p in snap.phases) == pytest.approx(running_total, abs=1e-6)
        assert snap.remaining == snap.phase_budget - snap.phase_used
        assert snap.phases[snap.phase_index].budget == snap.phase_budget
        if snap.status is not ClockStatus.FINISHED:
            assert snap.session_elapsed == t
        if protect_end:
            assert all(p.budget >= 60 for p in snap.phases)
            added = sum(e.amount or 0 for e in clock.events)
            assert all(p.budget <= p.planned + added + 1e-9 for p in snap.phases)
        wait = clock.next_change_in()
        if snap.status in (ClockStatus.RUNNING, ClockStatus.PAUSED):
            assert wait is not None and 0 < wait <= 1
        else:
            assert wait is None


# --- no drift over a long session ---------------------------------------------------------


def test_three_hours_of_irregular_repaints_do_not_drift() -> None:
    rng = random.Random(20250304)
    plan = make_plan(900, 600, 1200, 600, 300)
    fake = FakeTime(datetime(2025, 3, 4, 13, 0, tzinfo=UTC))
    clock = SessionClock(plan, fake)
    clock.start()
    index, used, extra, elapsed, running = 0, [0.0] * 5, [0] * 5, 0.0, True
    while elapsed < 3 * 3600:
        dt = rng.uniform(0.05, 2.0)  # a repaint late by an event-loop stall
        fake.advance(dt)
        elapsed += dt
        if running:
            used[index] += dt
        roll = rng.random()
        if roll < 0.01:
            (clock.resume if not running else clock.pause)()
            running = not running
        elif roll < 0.012 and index < len(plan) - 1:
            clock.next()
            index += 1
        elif roll < 0.013:
            clock.extend(60)
            extra[index] += 60
        snap = clock.snapshot()
        truth = plan[index].planned_seconds + extra[index] - used[index]
        assert abs(snap.remaining - truth) < 1e-6
        assert abs(snap.session_elapsed - elapsed) < 1e-6
