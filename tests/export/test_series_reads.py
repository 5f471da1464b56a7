"""The series report reads each table once for all the group's sessions, in one read
transaction: the same data as the per-session reads, in a number of queries that does
not grow with the series."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.model import AttendanceStatus, ClockEventKind, SessionStatus
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.demo.build import write_demo
from reflectdesk.export.series import build_series_report, held_sessions, phase_seconds
from reflectdesk.store import attendance, groups, members, sessions
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.series_reads import group_registers, group_timelines

# The series report of any group, however long its series: a bound, not a target.
MOST_QUERIES = 40


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "small.db"
    write_demo(path, "small")
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Store]:
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    with open_store(copy) as store:
        yield store


@contextmanager
def counted(store: Store) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def test_the_set_based_reads_give_what_the_per_session_reads_give(demo: Store) -> None:
    compared = 0
    for group in groups.list_groups(demo):
        held = held_sessions(demo, group.id)
        ids = [record.id for record in held]
        registers = group_registers(demo, group.id, ids)
        timelines = group_timelines(demo, group.id, ids)
        for record in held:
            one_by_one = {
                entry.person_id: entry.status
                for entry in attendance.attendance(demo, record.id)
                if entry.status is not None
            }
            assert registers[record.id] == one_by_one
            phases, events = timelines[record.id]
            assert phases == sessions.session_phases(demo, record.id)
            assert events == sessions.clock_events(demo, record.id)
            compared += bool(one_by_one) + bool(events)
    assert compared > 0  # the demo has registers and clock events to compare


def test_the_series_report_matches_the_per_session_path(demo: Store) -> None:
    for group in groups.list_groups(demo):
        report = build_series_report(demo, group.id)
        held = held_sessions(demo, group.id)
        # Timing the old way: one replay per finished session, read one by one.
        runs: dict[str, list[float]] = {}
        for record in held:
            if record.status is SessionStatus.FINISHED:
                for name, _planned, used in phase_seconds(demo, record):
                    if used is not None:
                        runs.setdefault(name, []).append(used)
        assert {line.phase: line.sessions for line in report.timing} == {
            name: len(used) for name, used in runs.items()
        }
        assert len(report.sessions) == len(held)
        for row in report.matrix:
            assert len(row.marks) == len(held)


def _hold_more_sessions(store: Store, group_id: str, count: int) -> None:
    """``count`` more finished sessions, each with a register and a run clock."""
    people = [m.person_id for m in members.list_members(store, group_id)]
    start = datetime(2027, 1, 5, 13, tzinfo=UTC)
    for week in range(count):
        when = start + timedelta(weeks=week)
        meeting = sessions.plan_session(store, group_id, SessionDraft(planned_start=when))
        for person in people:
            attendance.set_attendance(store, meeting.id, person, AttendanceStatus.PRESENT)
        run = ((ClockEventKind.START, 0), (ClockEventKind.NEXT, 900), (ClockEventKind.END, 3600))
        for seq, (kind, seconds) in enumerate(run, start=1):
            clock = ClockEventRecord(seq, kind, float(seconds), when + timedelta(seconds=seconds))
            sessions.record_clock_event(store, meeting.id, clock)


def test_the_series_report_runs_as_many_queries_for_a_long_series_as_for_a_short_one(
    demo: Store,
) -> None:
    group_id = groups.list_groups(demo)[0].id
    with counted(demo) as short:
        build_series_report(demo, group_id)
    _hold_more_sessions(demo, group_id, 12)
    with counted(demo) as long:
        report = build_series_report(demo, group_id)

    assert len(report.sessions) >= 15
    assert len(long) == len(short) <= MOST_QUERIES


def test_the_series_report_is_read_in_one_transaction(demo: Store) -> None:
    group_id = groups.list_groups(demo)[0].id
    with counted(demo) as statements:
        build_series_report(demo, group_id)

    assert sum(statement == "BEGIN" for statement in statements) == 1
