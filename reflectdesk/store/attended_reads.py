"""What the hours-attended rule (core/attended_time.py) needs, read for a whole group at
once: each session's planned length and clock events, and every attendance mark with its
minutes away. Three queries per group whatever its size, so a certificate for every
member of a long series costs what one does.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from reflectdesk.core.attended_time import SessionLength, session_length
from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.model import AttendanceStatus, ClockEventKind
from reflectdesk.core.sessions import SessionRecord
from reflectdesk.store.database import Store
from reflectdesk.store.models.groups import Group
from reflectdesk.store.models.sessions import Attendance, ClockEvent, Session, SessionPhase
from reflectdesk.store.sessions import list_sessions

__all__ = [
    "EVENT_COLUMNS",
    "Mark",
    "SessionTimes",
    "event_record",
    "group_accreditation_id",
    "group_session_times",
    "longest_minutes",
]

_sessions = Session.__table__
_phases = SessionPhase.__table__
_events = ClockEvent.__table__
_attendance = Attendance.__table__


@dataclass(frozen=True, slots=True)
class Mark:
    """One person's attendance mark at one session."""

    status: AttendanceStatus
    minutes_missed: int | None


@dataclass(frozen=True, slots=True)
class SessionTimes:
    """A session of the group with its length by the rule and everyone's marks."""

    record: SessionRecord
    length: SessionLength
    marks: dict[str, Mark] = field(default_factory=dict)  # by person id


def event_record(row: Any) -> ClockEventRecord:
    """A clock event row (of :data:`EVENT_COLUMNS`) as the core reads it."""
    return ClockEventRecord(
        seq=row.seq,
        kind=ClockEventKind(row.kind),
        elapsed=row.elapsed,
        wall_time=row.wall_time,
        amount=row.amount_seconds,
    )


EVENT_COLUMNS = (
    _events.c.session_id,
    _events.c.seq,
    _events.c.kind,
    _events.c.elapsed,
    _events.c.wall_time,
    _events.c.amount_seconds,
)


def group_session_times(store: Store, group_id: str) -> list[SessionTimes]:
    """Every session of the group (as list_sessions orders them) with its length and marks,
    read in one read transaction."""
    in_group = select(_sessions.c.id).where(_sessions.c.group_id == group_id)
    events_query = (
        select(*EVENT_COLUMNS)
        .where(_events.c.session_id.in_(in_group))
        .order_by(_events.c.session_id, _events.c.seq)
    )
    marks_query = select(
        _attendance.c.session_id,
        _attendance.c.person_id,
        _attendance.c.status,
        _attendance.c.minutes_missed,
    ).where(_attendance.c.session_id.in_(in_group))
    with store.snapshot():
        records = list_sessions(store, group_id)
        with store.reading() as session:
            events: dict[str, list[ClockEventRecord]] = defaultdict(list)
            for row in session.execute(events_query):
                events[row.session_id].append(event_record(row))
            marks: dict[str, dict[str, Mark]] = defaultdict(dict)
            for mark in session.execute(marks_query):
                marks[mark.session_id][mark.person_id] = Mark(
                    AttendanceStatus(mark.status), mark.minutes_missed
                )
    return [
        SessionTimes(
            record,
            session_length(record.planned_seconds, events.get(record.id, ())),
            marks.get(record.id, {}),
        )
        for record in records
    ]


def longest_minutes(session: OrmSession, session_id: str) -> int:
    """The most minutes anyone can have missed of the session: its planned length, or its
    length as run when that is longer (an extended session)."""
    planned = session.scalar(
        select(func.coalesce(func.sum(_phases.c.planned_seconds), 0)).where(
            _phases.c.session_id == session_id
        )
    )
    rows = session.execute(
        select(*EVENT_COLUMNS).where(_events.c.session_id == session_id).order_by(_events.c.seq)
    )
    events = [event_record(row) for row in rows]
    planned_minutes = session_length(int(planned or 0), ()).minutes
    return max(planned_minutes, session_length(int(planned or 0), events).minutes)


def group_accreditation_id(store: Store, group_id: str) -> str:
    """The group's accreditation id ("" when it has none)."""
    table = Group.__table__
    with store.reading() as session:
        found = session.scalar(select(table.c.accreditation_id).where(table.c.id == group_id))
    return str(found or "")
