"""The hours-attended rule: a session's length as run and a person's minutes, worked by hand."""

from __future__ import annotations

import pytest

from reflectdesk.core.attended_time import (
    ATTENDED_TIME_RULE,
    AttendedKind,
    AttendedTime,
    LengthSource,
    SessionLength,
    minutes_attended,
    running_seconds,
    session_length,
    total_minutes,
)
from reflectdesk.core.clock import SessionClock
from reflectdesk.core.clock_state import ClockEventRecord, PlannedPhase
from reflectdesk.core.model import AttendanceStatus as S
from tests.fakes import FakeTime

PLAN = (PlannedPhase("Case", 1800), PlannedPhase("Discussion", 3600))  # 90 minutes planned


def _run(*steps: tuple[str, float]) -> tuple[ClockEventRecord, ...]:
    """Drive a clock: each step waits its seconds, then acts ("extend:N" adds N seconds)."""
    fake = FakeTime()
    clock = SessionClock(PLAN, fake)
    clock.start()
    for action, wait in steps:
        fake.advance(wait)
        if action.startswith("extend:"):
            clock.extend(int(action.split(":")[1]))
        else:
            getattr(clock, action)()
    return clock.events


def test_a_session_run_straight_through_is_its_running_time() -> None:
    events = _run(("next", 1800), ("end", 3600))
    assert running_seconds(events) == pytest.approx(5400)
    assert session_length(5400, events) == SessionLength(90, LengthSource.CLOCK)


def test_pauses_are_left_out() -> None:
    # 30 min case, a 15 min coffee break, 50 min discussion, a 5 min pause, 10 min more.
    events = _run(
        ("next", 1800), ("pause", 0), ("resume", 900), ("pause", 3000), ("resume", 300),
        ("end", 600),
    )  # fmt: skip
    assert running_seconds(events) == pytest.approx(1800 + 3000 + 600)  # 90 minutes
    assert session_length(5400, events).minutes == 90


def test_ending_while_paused_leaves_the_last_pause_out() -> None:
    events = _run(("next", 1800), ("pause", 2400), ("end", 600))
    assert session_length(5400, events) == SessionLength(70, LengthSource.CLOCK)


def test_an_extension_counts_as_long_as_the_session_really_ran_on() -> None:
    # The discussion got 10 more minutes and used them: 30 + 70 = 100 minutes.
    events = _run(("next", 1800), ("extend:600", 1200), ("end", 3000))
    assert session_length(5400, events) == SessionLength(100, LengthSource.CLOCK)


def test_an_early_end_is_shorter_than_the_plan() -> None:
    events = _run(("next", 1500), ("end", 2730))  # 25 min + 45.5 min: 70.5 rounds up
    assert session_length(5400, events) == SessionLength(71, LengthSource.CLOCK)


def test_a_session_not_run_with_the_clock_counts_its_plan_and_says_so() -> None:
    assert session_length(5400, ()) == SessionLength(90, LengthSource.PLANNED)


def test_a_clock_started_but_never_ended_counts_the_plan() -> None:
    events = _run(("next", 1800))
    assert running_seconds(events) is None
    assert session_length(5400, events) == SessionLength(90, LengthSource.PLANNED)


@pytest.mark.parametrize(
    ("status", "missed", "expected"),
    [
        (S.PRESENT, None, AttendedTime(AttendedKind.WHOLE, 90)),
        (S.PRESENT, 20, AttendedTime(AttendedKind.WHOLE, 90)),  # stale minutes ignored
        (S.LATE, 15, AttendedTime(AttendedKind.PART, 75)),
        (S.LEFT_EARLY, 30, AttendedTime(AttendedKind.PART, 60)),
        (S.LATE, 0, AttendedTime(AttendedKind.PART, 90)),
        (S.LATE, 120, AttendedTime(AttendedKind.PART, 0)),  # never below 0
        (S.LATE, None, AttendedTime(AttendedKind.TIME_NOT_RECORDED, 0)),
        (S.LEFT_EARLY, None, AttendedTime(AttendedKind.TIME_NOT_RECORDED, 0)),
        (S.ABSENT, None, AttendedTime(AttendedKind.NOT_ATTENDED, 0)),
        (S.EXCUSED, None, AttendedTime(AttendedKind.NOT_ATTENDED, 0)),
        (None, None, AttendedTime(AttendedKind.NOT_ATTENDED, 0)),
    ],
)
def test_minutes_attended(status: S | None, missed: int | None, expected: AttendedTime) -> None:
    assert minutes_attended(status, missed, 90) == expected


def test_a_series_adds_up_to_the_minute() -> None:
    # Present at a paused 70-minute session, 15 min late to a 90-minute one, left early
    # without minutes recorded, absent once: 70 + 75 = 145 minutes, one not recorded.
    paused = session_length(5400, _run(("next", 1800), ("pause", 2400), ("end", 600)))
    times = [
        minutes_attended(S.PRESENT, None, paused.minutes),
        minutes_attended(S.LATE, 15, 90),
        minutes_attended(S.LEFT_EARLY, None, 90),
        minutes_attended(S.ABSENT, None, 90),
    ]
    assert total_minutes(times) == 145
    assert [t.attended for t in times] == [True, True, True, False]
    assert [t.kind for t in times if t.attended and not t.counted] == [
        AttendedKind.TIME_NOT_RECORDED
    ]


def test_the_rule_is_a_sentence_to_print() -> None:
    assert "pauses left out" in ATTENDED_TIME_RULE
    assert "time not recorded" in ATTENDED_TIME_RULE
