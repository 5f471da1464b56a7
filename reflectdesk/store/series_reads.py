"""What a group's series report reads about its sessions, for all of them at once.

The per-session reads (``attendance.attendance``, ``sessions.session_phases``,
``sessions.clock_events``) cost a few queries per session: a ten-year group made the
series report run hundreds of them. These read the same for every session of a group in
one query per table (the sessions found by ``sessions(group_id)``, the rows by each
table's ``(session_id, …)`` index). Run inside ``Store.snapshot()`` they see the same
state as the report's other reads.

Public API: :func:`group_registers`, :func:`group_timelines`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import fields

from sqlalchemy import select

from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.model import AttendanceStatus, ClockEventKind
from reflectdesk.core.sessions import SessionPhaseRecord
from reflectdesk.store.database import Store
from reflectdesk.store.models.sessions import Attendance, ClockEvent, Session, SessionPhase
from reflectdesk.store.rows import from_row

_sessions = Session.__table__
_attendance = Attendance.__table__
_phases = SessionPhase.__table__
_events = ClockEvent.__table__

Register = dict[str, AttendanceStatus]  # person id -> recorded status


def group_registers(
    store: Store, group_id: str, session_ids: Collection[str]
) -> dict[str, Register]:
    """The recorded statuses of ``session_ids`` (sessions of the group), per session: the
    same as ``{e.person_id: e.status for e in attendance(store, id)}`` without the people
    nothing was recorded for (their status there is None). One query."""
    query = (
        select(_attendance.c.session_id, _attendance.c.person_id, _attendance.c.status)
        .join(_sessions, _sessions.c.id == _attendance.c.session_id)
        .where(_sessions.c.group_id == group_id)
    )
    wanted = set(session_ids)
    registers: dict[str, Register] = {session_id: {} for session_id in session_ids}
    with store.reading() as session:
        for session_id, person_id, status in session.execute(query):
            if session_id in wanted:
                registers[session_id][person_id] = AttendanceStatus(status)
    return registers


def group_timelines(
    store: Store, group_id: str, session_ids: Collection[str]
) -> dict[str, tuple[list[SessionPhaseRecord], list[ClockEventRecord]]]:
    """The phases (in order) and clock events (in seq order) of ``session_ids`` (sessions
    of the group), per session: what ``session_phases`` and ``clock_events`` return for
    each. Two queries."""
    phase_columns = [_phases.c[field.name] for field in fields(SessionPhaseRecord)]
    phases_query = (
        select(_phases.c.session_id, *phase_columns)
        .join(_sessions, _sessions.c.id == _phases.c.session_id)
        .where(_sessions.c.group_id == group_id)
        .order_by(_phases.c.session_id, _phases.c.position)
    )
    events_query = (
        select(
            _events.c.session_id,
            _events.c.seq,
            _events.c.kind,
            _events.c.elapsed,
            _events.c.wall_time,
            _events.c.amount_seconds,
        )
        .join(_sessions, _sessions.c.id == _events.c.session_id)
        .where(_sessions.c.group_id == group_id)
        .order_by(_events.c.session_id, _events.c.seq)
    )
    timelines: dict[str, tuple[list[SessionPhaseRecord], list[ClockEventRecord]]] = {
        session_id: ([], []) for session_id in session_ids
    }
    with store.reading() as session:
        for session_id, *phase in session.execute(phases_query):
            if session_id in timelines:
                timelines[session_id][0].append(SessionPhaseRecord(*phase))
        for row in session.execute(events_query):
            if row.session_id in timelines:
                timelines[row.session_id][1].append(
                    from_row(
                        ClockEventRecord,
                        row,
                        kind=ClockEventKind(row.kind),
                        amount=row.amount_seconds,
                    )
                )
    return timelines
