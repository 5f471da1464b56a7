"""What a CPD attendance list reads and records: the sessions listed, with who was there
and their registration numbers, the sessions whose list is still owed, and when a list
was exported.

Set-based: one read of the sessions, one of the groups' memberships and one of the
attendance, whatever the number of sessions listed. Registration numbers are read here
and in the member form only (personal data: an attendance list and nowhere else).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select, update

from reflectdesk.core.attendance_list import accreditation_of, reminder_due
from reflectdesk.core.attended_time import running_seconds
from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.model import (
    ATTENDED,
    FACILITATOR_ROLES,
    AttendanceStatus,
    Role,
    SessionStatus,
)
from reflectdesk.core.names import sort_key
from reflectdesk.core.sessions import clean_accreditation_id
from reflectdesk.store.attended_reads import EVENT_COLUMNS, event_record
from reflectdesk.store.database import Store
from reflectdesk.store.models.groups import Group, Membership, Person
from reflectdesk.store.models.sessions import Attendance, ClockEvent, Session, SessionPhase
from reflectdesk.store.rows import get_or_gone, gone

_sessions = Session.__table__
_groups = Group.__table__
_memberships = Membership.__table__
_persons = Person.__table__
_attendance = Attendance.__table__
_phases = SessionPhase.__table__
_events = ClockEvent.__table__


@dataclass(frozen=True, slots=True)
class ListedPerson:
    display_name: str
    family_name: str
    role: Role
    status: AttendanceStatus | None  # None: the session has no attendance recorded yet
    minutes_missed: int | None
    registration_number: str

    @property
    def leads(self) -> bool:
        return self.role in FACILITATOR_ROLES


@dataclass(frozen=True, slots=True)
class ListedSession:
    id: str
    group_id: str
    group_name: str
    title: str
    status: SessionStatus
    planned_start: datetime | None
    planned_seconds: int
    started_at: datetime | None
    ended_at: datetime | None
    accreditation_id: str  # its own, else its group's; '' when not accredited
    people: tuple[ListedPerson, ...]
    # The clock's running time, pauses out (core/attended_time.py); None: not run to its end.
    running_seconds: float | None = None


@dataclass(frozen=True, slots=True)
class OwedList:
    """An accredited session whose attendance list is overdue."""

    session_id: str
    group_id: str
    group_name: str
    finished_on: date


def _session_rows(session: Any, where: Any) -> list[Any]:
    total = (
        select(func.coalesce(func.sum(_phases.c.planned_seconds), 0))
        .where(_phases.c.session_id == _sessions.c.id)
        .correlate(_sessions)
        .scalar_subquery()
    )
    query = (
        select(
            _sessions.c.id,
            _sessions.c.group_id,
            _groups.c.name.label("group_name"),
            _sessions.c.title,
            _sessions.c.status,
            _sessions.c.planned_start,
            total.label("planned_seconds"),
            _sessions.c.started_at,
            _sessions.c.ended_at,
            _sessions.c.accreditation_id.label("own_id"),
            _groups.c.accreditation_id.label("group_id_text"),
        )
        .select_from(_sessions.join(_groups, _groups.c.id == _sessions.c.group_id))
        .where(where)
        .order_by(_sessions.c.planned_start, _sessions.c.started_at, _sessions.c.id)
    )
    return list(session.execute(query))


def listed_sessions(store: Store, session_ids: Sequence[str]) -> list[ListedSession]:
    """The sessions with the people their list names, by start. Raises NotFoundError
    when one of them is gone."""
    with store.reading() as session:
        rows = _session_rows(session, _sessions.c.id.in_(list(session_ids)))
        if len(rows) != len(set(session_ids)):
            raise gone("session")
        group_ids = {row.group_id for row in rows}
        members = session.execute(
            select(
                _memberships.c.group_id,
                _memberships.c.person_id,
                _memberships.c.role,
                _memberships.c.left_on,
                _persons.c.display_name,
                _persons.c.family_name,
                _persons.c.registration_number,
            )
            .select_from(_memberships.join(_persons, _persons.c.id == _memberships.c.person_id))
            .where(_memberships.c.group_id.in_(group_ids))
        ).all()
        marks = session.execute(
            select(
                _attendance.c.session_id,
                _attendance.c.person_id,
                _attendance.c.status,
                _attendance.c.minutes_missed,
            ).where(_attendance.c.session_id.in_([row.id for row in rows]))
        ).all()
        clock: dict[str, list[ClockEventRecord]] = {}
        for event in session.execute(
            select(*EVENT_COLUMNS)
            .where(_events.c.session_id.in_([row.id for row in rows]))
            .order_by(_events.c.session_id, _events.c.seq)
        ):
            clock.setdefault(event.session_id, []).append(event_record(event))
    return [
        replace(
            _listed(row, members, marks), running_seconds=running_seconds(clock.get(row.id, ()))
        )
        for row in rows
    ]


def _listed(row: Any, members: Iterable[Any], marks: Iterable[Any]) -> ListedSession:
    own_marks = {mark.person_id: mark for mark in marks if mark.session_id == row.id}
    people: dict[str, tuple[Any, bool]] = {}
    for member in members:
        if member.group_id != row.group_id:
            continue
        active = member.left_on is None
        known = people.get(member.person_id)
        # Someone who left and joined again has two memberships: the active one counts.
        if known is None or (active and not known[1]):
            people[member.person_id] = (member, active)
    listed = []
    for person_id, (member, active) in people.items():
        mark = own_marks.get(person_id)
        role = Role(member.role)
        status = None if mark is None else AttendanceStatus(mark.status)
        if own_marks:
            # Recorded: those who were there; facilitators who are still in the group.
            if status not in ATTENDED and not (role in FACILITATOR_ROLES and active):
                continue
        elif not active:
            continue  # nothing recorded yet: a sheet for today's members to sign
        listed.append(
            ListedPerson(
                member.display_name,
                member.family_name,
                role,
                status,
                None if mark is None else mark.minutes_missed,
                member.registration_number,
            )
        )
    listed.sort(key=lambda p: (p.role not in FACILITATOR_ROLES, *_name_key(p)))
    return ListedSession(
        id=row.id,
        group_id=row.group_id,
        group_name=row.group_name,
        title=row.title,
        status=SessionStatus(row.status),
        planned_start=row.planned_start,
        planned_seconds=int(row.planned_seconds),
        started_at=row.started_at,
        ended_at=row.ended_at,
        accreditation_id=accreditation_of(row.own_id, row.group_id_text),
        people=tuple(listed),
    )


def _name_key(person: ListedPerson) -> tuple[str, ...]:
    return sort_key(person.display_name, person.family_name or None)


def accredited_sessions(
    store: Store, group_id: str, *, first: date | None = None, last: date | None = None
) -> list[str]:
    """The group's finished, accredited sessions from ``first`` to ``last`` (local dates,
    both included), by start. Raises NotFoundError when the group is gone."""
    with store.reading() as session:
        get_or_gone(session, Group, group_id, "group")
        rows = _session_rows(
            session,
            (_sessions.c.group_id == group_id)
            & (_sessions.c.status == SessionStatus.FINISHED.value),
        )
    chosen = []
    for row in rows:
        if not accreditation_of(row.own_id, row.group_id_text):
            continue
        when = row.started_at or row.planned_start
        day = None if when is None else when.astimezone().date()
        if day is not None and (
            (first is not None and day < first) or (last is not None and day > last)
        ):
            continue
        chosen.append(row.id)
    return chosen


def owed_lists(store: Store, today: date, *, group_id: str | None = None) -> list[OwedList]:
    """Accredited sessions (of active groups, or of ``group_id``) that finished
    REMINDER_DAYS or more days before ``today`` and whose list was never exported."""
    where = (
        (_sessions.c.status == SessionStatus.FINISHED.value)
        & _sessions.c.attendance_list_exported_at.is_(None)
        & or_(_sessions.c.accreditation_id != "", _groups.c.accreditation_id != "")
        & _groups.c.archived_at.is_(None)
    )
    if group_id is not None:
        where = where & (_sessions.c.group_id == group_id)
    with store.reading() as session:
        rows = _session_rows(session, where)
    owed = []
    for row in rows:
        finished = row.ended_at or row.started_at or row.planned_start
        finished_on = None if finished is None else finished.astimezone().date()
        if finished_on is not None and reminder_due(
            accreditation_id=accreditation_of(row.own_id, row.group_id_text),
            finished_on=finished_on,
            exported_at=None,
            today=today,
        ):
            owed.append(OwedList(row.id, row.group_id, row.group_name, finished_on))
    return owed


def mark_exported(store: Store, session_ids: Iterable[str], at: datetime) -> None:
    """Record that the list of these sessions was written at ``at`` (finished ones only:
    a list printed before a session to sign in does not settle what it owes)."""
    ids = list(session_ids)
    with store.transaction() as session:
        session.execute(
            update(Session)
            .where(Session.id.in_(ids), Session.status == SessionStatus.FINISHED.value)
            .values(attendance_list_exported_at=at)
        )
    for session_id in ids:
        store.changes.publish("sessions", session_id)


def set_session_accreditation(store: Store, session_id: str, accreditation_id: str) -> None:
    """The session's own accreditation id ('' to follow its group's), in any status: an
    id often arrives after the session was held."""
    clean = clean_accreditation_id(accreditation_id)
    with store.transaction() as session:
        get_or_gone(session, Session, session_id, "session").accreditation_id = clean
    store.changes.publish("sessions", session_id)
