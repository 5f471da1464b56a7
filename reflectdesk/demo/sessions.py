"""Plans for the demo sessions: dates, phases, clock histories, attendance and presenters.

Pure Python and deterministic for a given random.Random, like plans.py; the demo's
writers (reflectdesk/demo/build.py) turn these plans into rows. Every session copies
its group's built-in format. A finished session's clock history is made by driving a real
SessionClock on a fake time source that moves only when the plan says so, so it replays
exactly as one the app recorded; its phases' actual times are read from snapshot_at at
the END, as the ui stores them, into the bulk path's own BulkPhase records (plain data,
store/bulk_records.py). Presenters are chosen with the rotation the ui suggests.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from reflectdesk.core.clock import SessionClock, snapshot_at
from reflectdesk.core.clock_state import ClockEventRecord, PlannedPhase
from reflectdesk.core.formats import load_builtin_formats
from reflectdesk.core.model import AttendanceStatus, Role, SessionStatus
from reflectdesk.core.rotation import presenter_stats, suggest_presenter
from reflectdesk.demo.plans import DEMO_TODAY, GroupPlan, MemberPlan, PersonPlan
from reflectdesk.store.bulk_records import BulkPhase

LARGE_SESSIONS_PER_GROUP = (46, 56)  # inclusive: about 3,000 over the sixty groups
SMALL_FINISHED_SESSIONS = 3  # then one planned for DEMO_TODAY

# Start times in UTC: mornings, lunch breaks and the end of a clinical day in the NL.
START_TIMES = (time(7, 30), time(11, 0), time(12, 0), time(13, 0), time(14, 30), time(15, 0))
PLACES = (
    "Seminar room 2.14",
    "Room B-1.07, education centre",
    "Library study room 3",
    "Huisartsenpraktijk, vergaderruimte",
    "Skills lab, room 4",
    "Online (video call)",
)
# Phases where the group talks freely run over more often than the framing ones.
REFLECTIVE_WORDS = ("reflect", "analysis", "exploring", "gossip", "answering", "awareness")
PAUSE_CHANCE = 0.05  # per phase: a pager, a fire drill, a student feeling unwell
EXTEND_CHANCE = 0.75  # a phase running clearly over is extended rather than let run
BACK_CHANCE = 0.03  # per NEXT: pressed too early and taken back
DEVIATION_CHANCE = 0.08  # someone else presents than the rotation suggests
POOR_ATTENDER_CHANCE = 0.12  # per member: attends two sessions in three or so


@dataclass(frozen=True, slots=True)
class SessionPlan:
    """One session of the group at ``group`` (an index into the group plans).

    Planned sessions have phases only; finished ones the clock's events, the phases'
    actual times, a register (members who had joined by then) and usually a presenter.
    """

    group: int
    planned_start: datetime
    place: str
    protect_end_time: bool
    phases: tuple[BulkPhase, ...]
    events: tuple[ClockEventRecord, ...] = ()
    presenter: PersonPlan | None = None
    attendance: tuple[tuple[PersonPlan, AttendanceStatus], ...] = ()

    @property
    def status(self) -> SessionStatus:
        return SessionStatus.FINISHED if self.events else SessionStatus.PLANNED

    @property
    def started_at(self) -> datetime | None:
        return self.events[0].wall_time if self.events else None

    @property
    def ended_at(self) -> datetime | None:
        return self.events[-1].wall_time if self.events else None


class DemoTime:
    """A TimeSource that moves only when told: monotonic and wall clock advance together,
    the wall clock from ``wall`` (aware), the monotonic one from an arbitrary origin."""

    def __init__(self, wall: datetime) -> None:
        self._wall = wall
        self._offset = 0.0

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time only moves forward")
        self._offset += round(seconds, 3)

    def monotonic(self) -> float:
        return 10_000.0 + self._offset

    def wall(self) -> datetime:
        return self._wall + timedelta(seconds=self._offset)


def builtin_phases() -> dict[str, tuple[PlannedPhase, ...]]:
    """The phases of every built-in format by key, as a session copies them."""
    return {
        fmt.key: tuple(PlannedPhase(p.name, p.minutes * 60, p.cue, p.deck) for p in fmt.phases)
        for fmt in load_builtin_formats()
    }


# --- the two demos ---------------------------------------------------------------------


def plan_large_sessions(groups: Sequence[GroupPlan], rng: random.Random) -> list[SessionPlan]:
    """About fifty sessions a group, weekly or fortnightly from its start, school
    holidays skipped; those before DEMO_TODAY finished, the rest planned. Archived groups
    met weekly and have only finished sessions."""

    def dates(group: GroupPlan) -> list[date]:
        archived = group.archived_at is not None
        cadence = 7 if archived else rng.choice((7, 7, 14))
        count = rng.randint(*LARGE_SESSIONS_PER_GROUP)
        first = group.starts_on + timedelta(days=rng.randrange(5))  # Monday to Friday
        found = _dates(first, cadence, count)
        return [day for day in found if day < DEMO_TODAY] if archived else found

    return _plan_groups(groups, dates, rng)


def plan_small_sessions(groups: Sequence[GroupPlan], rng: random.Random) -> list[SessionPlan]:
    """Three finished sessions a group, evenly spread from its start, and one planned for
    DEMO_TODAY: enough to show a history, a rotation and a session to run on first use."""

    def dates(group: GroupPlan) -> list[date]:
        weeks = (DEMO_TODAY - group.starts_on).days // 7
        cadence = 7 * max(1, weeks // SMALL_FINISHED_SESSIONS)
        return [
            group.starts_on + timedelta(days=cadence * n)
            for n in range(SMALL_FINISHED_SESSIONS + 1)
        ]

    return _plan_groups(groups, dates, rng)


def _plan_groups(
    groups: Sequence[GroupPlan],
    dates: Callable[[GroupPlan], list[date]],
    rng: random.Random,
) -> list[SessionPlan]:
    """Each group's series in turn, on the dates ``dates`` gives it, with the phases of
    its built-in format."""
    formats = builtin_phases()
    plans: list[SessionPlan] = []
    for index, group in enumerate(groups):
        plans += _plan_series(index, group, dates(group), formats.get(group.format_key, ()), rng)
    return plans


def _holiday(day: date) -> bool:
    """Christmas and summer breaks, when no group meets."""
    if day.month == 12:
        return day.day >= 21
    if day.month == 1:
        return day.day <= 3
    return (day.month, day.day) >= (7, 20) and (day.month, day.day) <= (8, 16)


def _dates(first: date, cadence_days: int, count: int) -> list[date]:
    dates: list[date] = []
    day = first
    while len(dates) < count:
        if not _holiday(day):
            dates.append(day)
        day += timedelta(days=cadence_days)
    return dates


# --- one group's series ----------------------------------------------------------------


def _plan_series(
    index: int,
    group: GroupPlan,
    dates: Sequence[date],
    phases: tuple[PlannedPhase, ...],
    rng: random.Random,
) -> list[SessionPlan]:
    if not phases:
        return []  # a format a later version renamed: the group simply has no sessions
    at = rng.choice(START_TIMES)
    usual_place = rng.choice(PLACES)
    protect = rng.random() < 0.2
    rates = {member.person: _attendance_rate(member, rng) for member in group.members}
    history: list[tuple[str, date]] = []
    plans: list[SessionPlan] = []
    for day in dates:
        start = datetime.combine(day, at, tzinfo=UTC)
        place = usual_place if rng.random() > 0.06 else rng.choice(PLACES)
        if day >= DEMO_TODAY:
            plan = tuple(BulkPhase(phase) for phase in phases)
            plans.append(SessionPlan(index, start, place, protect, plan))
            continue
        register = _register(group.members, day, rates, rng)
        presenter = _presenter(group.members, day, register, history, rng)
        if presenter is not None:
            history.append((presenter.display_name, day))
        events, runs = run_clock(phases, start, protect, rng)
        plans.append(SessionPlan(index, start, place, protect, runs, events, presenter, register))
    return plans


def _attendance_rate(member: MemberPlan, rng: random.Random) -> float:
    if member.role is Role.FACILITATOR:
        return 0.99
    if member.role is Role.CO_FACILITATOR:
        return 0.92
    if rng.random() < POOR_ATTENDER_CHANCE:
        return rng.uniform(0.55, 0.75)
    return rng.uniform(0.88, 0.99)


def _register(
    members: Sequence[MemberPlan],
    day: date,
    rates: Mapping[PersonPlan, float],
    rng: random.Random,
) -> tuple[tuple[PersonPlan, AttendanceStatus], ...]:
    """A status for everyone who had joined by ``day``; the later joiners have none."""
    register: list[tuple[PersonPlan, AttendanceStatus]] = []
    for member in members:
        if member.joined_on > day:
            continue
        if rng.random() < rates[member.person]:
            roll = rng.random()
            status = (
                AttendanceStatus.LATE
                if roll < 0.06
                else AttendanceStatus.LEFT_EARLY
                if roll < 0.09
                else AttendanceStatus.PRESENT
            )
        else:
            status = AttendanceStatus.EXCUSED if rng.random() < 0.6 else AttendanceStatus.ABSENT
        register.append((member.person, status))
    return tuple(register)


def _presenter(
    members: Sequence[MemberPlan],
    day: date,
    register: Sequence[tuple[PersonPlan, AttendanceStatus]],
    history: Sequence[tuple[str, date]],
    rng: random.Random,
) -> PersonPlan | None:
    """Whom the rotation suggests (as the session page does), or now and then someone
    else who is there. Display names stand in for ids: they are unique in a group."""
    roster = {
        member.person.display_name: member.person
        for member in members
        if member.role is Role.MEMBER and member.joined_on <= day
    }
    away = {
        person.display_name
        for person, status in register
        if status in (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)
    }
    stats = presenter_stats([(name, name) for name in roster], history)
    suggestion = suggest_presenter(stats, absent=away)
    if suggestion is None:
        return None
    there = sorted(name for name in roster if name not in away and name != suggestion.person_id)
    if there and rng.random() < DEVIATION_CHANCE:
        return roster[rng.choice(there)]
    return roster[suggestion.person_id]


# --- the clock -------------------------------------------------------------------------


def run_clock(
    phases: Sequence[PlannedPhase], planned_start: datetime, protect_end: bool, rng: random.Random
) -> tuple[tuple[ClockEventRecord, ...], tuple[BulkPhase, ...]]:
    """A whole session on a SessionClock, from a START a little before or after the
    planned start to the END in the last phase; returns the events and the phases with
    their actual times as snapshot_at gives them at the END."""
    source = DemoTime(planned_start + timedelta(seconds=rng.uniform(-60, 420)))
    clock = SessionClock(phases, source, protect_end=protect_end)
    clock.start()
    last = len(phases) - 1
    for index, phase in enumerate(phases):
        _spend(clock, source, phase, rng)
        if index == last:
            clock.end()
            break
        clock.next()
        if rng.random() < BACK_CHANCE:
            source.advance(rng.uniform(2, 12))
            clock.back()
            source.advance(rng.uniform(10, 60))  # the group finishes what it was doing
            clock.next()
    events = clock.events
    end = snapshot_at(phases, events, events[-1].elapsed, protect_end=protect_end)
    runs = tuple(
        BulkPhase(phase, row.started_at, row.ended_at)
        for phase, row in zip(phases, end.phases, strict=True)
    )
    return events, runs


def _spend(clock: SessionClock, source: DemoTime, phase: PlannedPhase, rng: random.Random) -> None:
    """Run the current phase until it has used about its budget give or take some noise,
    with the occasional pause, and extensions when it clearly runs over."""
    snapshot = clock.snapshot()
    used, budget = snapshot.phase_used, snapshot.phase_budget
    reflective = any(word in phase.name.casefold() for word in REFLECTIVE_WORDS)
    mean, spread = (1.10, 0.18) if reflective else (0.98, 0.15)
    target = max(budget * min(max(rng.gauss(mean, spread), 0.5), 1.8), used + 20.0)
    steps: list[tuple[float, int]] = []  # (phase seconds used, 0 for a pause or seconds added)
    if rng.random() < PAUSE_CHANCE:
        steps.append((rng.uniform(used, target), 0))
    if rng.random() < EXTEND_CHANCE:
        mark = budget
        while target - mark > 45:
            amount = 60 if target - mark < 150 else 300
            # The facilitator reacts when the time is up, within half a minute.
            steps.append((mark + rng.uniform(0, 25), amount))
            mark += amount
    for at, amount in sorted(steps):
        if at >= target:
            break
        source.advance(max(at - used, 0.0))
        used = max(at, used)
        if amount:
            clock.extend(amount)
        else:
            clock.pause()
            source.advance(rng.uniform(30, 240))
            clock.resume()
    source.advance(max(target - used, 0.0))
