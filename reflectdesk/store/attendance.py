"""Who took part in a session: the attendance register and the case presenter.

The register lists every active member of the session's group (all roles), plus anyone
who already has a status for the session, so a member removed later still appears on the
registers of the sessions they attended. Statuses can be recorded in every session
status: registers are often completed after the meeting. Mutations publish
Change("attendance", session_id) after they commit; a presenter change publishes
Change("sessions", session_id), as it changes the session record.

store/sessions.py re-exports these functions, so callers can use one module for sessions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from reflectdesk.core.errors import InvalidInputError, words
from reflectdesk.core.model import AttendanceStatus, Role, SessionStatus
from reflectdesk.core.names import sort_key
from reflectdesk.core.sessions import AttendanceRecord
from reflectdesk.core.validation import check_whole_number
from reflectdesk.store.attended_reads import longest_minutes
from reflectdesk.store.database import Store
from reflectdesk.store.models.base import utcnow
from reflectdesk.store.models.groups import Membership, Person
from reflectdesk.store.models.sessions import Attendance, Session
from reflectdesk.store.rows import get_or_gone, gone

_sessions = Session.__table__
_attendance = Attendance.__table__
_memberships = Membership.__table__
_persons = Person.__table__
_AWAY = (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)


@dataclass(slots=True)
class _Entry:
    display_name: str
    family_name: str
    role: Role
    active: bool
    status: AttendanceStatus | None = None
    minutes_missed: int | None = None


def attendance(store: Store, session_id: str) -> list[AttendanceRecord]:
    """The session's register, sorted by family name; status None where not recorded."""
    members_query = (
        select(
            _memberships.c.person_id,
            _memberships.c.role,
            _memberships.c.left_on,
            _persons.c.display_name,
            _persons.c.family_name,
        )
        .select_from(_memberships.join(_persons, _persons.c.id == _memberships.c.person_id))
        .where(_memberships.c.group_id == _sessions.c.group_id, _sessions.c.id == session_id)
    )
    recorded_query = (
        select(
            _attendance.c.person_id,
            _attendance.c.status,
            _attendance.c.minutes_missed,
            _persons.c.display_name,
            _persons.c.family_name,
        )
        .select_from(_attendance.join(_persons, _persons.c.id == _attendance.c.person_id))
        .where(_attendance.c.session_id == session_id)
    )
    with store.reading() as session:
        if session.scalar(select(_sessions.c.id).where(_sessions.c.id == session_id)) is None:
            raise gone("session")
        memberships = session.execute(members_query).all()
        recorded = session.execute(recorded_query).all()

    entries: dict[str, _Entry] = {}
    for row in memberships:
        entry = _Entry(row.display_name, row.family_name, Role(row.role), row.left_on is None)
        known = entries.get(row.person_id)
        # Someone who left and joined again has two memberships: the active one counts.
        if known is None or (entry.active and not known.active):
            entries[row.person_id] = entry
    for person_id, status, minutes_missed, display_name, family_name in recorded:
        entry = entries.setdefault(person_id, _Entry(display_name, family_name, Role.MEMBER, False))
        entry.status = AttendanceStatus(status)
        entry.minutes_missed = minutes_missed

    records = [
        (
            sort_key(entry.display_name, entry.family_name or None),
            AttendanceRecord(
                person_id, entry.display_name, entry.role, entry.status, entry.minutes_missed
            ),
        )
        for person_id, entry in entries.items()
        if entry.active or entry.status is not None
    ]
    records.sort(key=lambda item: (item[0], item[1].person_id))
    return [record for _, record in records]


def set_attendance(
    store: Store, session_id: str, person_id: str, status: AttendanceStatus | None
) -> None:
    """Record one person's attendance at the session; None clears it again.

    The person must be (or have been) a member of the session's group. Minutes away
    only go with late or left early: any other status clears them.
    """
    new_status = None if status is None else AttendanceStatus(status)
    with store.transaction() as session:
        group_id = session.scalar(select(_sessions.c.group_id).where(_sessions.c.id == session_id))
        if group_id is None:
            raise gone("session")
        existing = session.scalar(
            select(Attendance).where(
                Attendance.session_id == session_id, Attendance.person_id == person_id
            )
        )
        if new_status is None:
            if existing is not None:
                session.delete(existing)
        elif existing is not None:
            existing.status = new_status.value
            existing.recorded_at = utcnow()
            if new_status not in _AWAY:
                existing.minutes_missed = None
        else:
            member = session.scalar(
                select(_memberships.c.id)
                .where(
                    _memberships.c.group_id == group_id,
                    _memberships.c.person_id == person_id,
                )
                .limit(1)
            )
            if member is None:
                raise InvalidInputError(
                    "person_id", words().gettext("That person is not in this group.")
                )
            session.add(
                Attendance(session_id=session_id, person_id=person_id, status=new_status.value)
            )
    store.changes.publish("attendance", session_id)


def set_minutes_missed(store: Store, session_id: str, person_id: str, minutes: int | None) -> None:
    """Record the minutes a late arrival or early leaver was away (None: not recorded).

    The person must already be marked late or left early; the minutes run from 0 to the
    session's length (planned, or as run when that is longer).
    """
    with store.transaction() as session:
        existing = session.scalar(
            select(Attendance).where(
                Attendance.session_id == session_id, Attendance.person_id == person_id
            )
        )
        if existing is None or AttendanceStatus(existing.status) not in _AWAY:
            if session.get(Session, session_id) is None:
                raise gone("session")
            raise InvalidInputError(
                "minutes_missed",
                words().gettext(
                    "Minutes away can only be recorded for someone who arrived late or left early."
                ),
            )
        if minutes is not None:
            minutes = check_whole_number(
                minutes,
                field="minutes_missed",
                label=words().gettext("Minutes away"),
                low=0,
                high=longest_minutes(session, session_id),
            )
        existing.minutes_missed = minutes
        existing.recorded_at = utcnow()
    store.changes.publish("attendance", session_id)


# -- case presenter ---------------------------------------------------------------------


def set_presenter(store: Store, session_id: str, person_id: str | None) -> None:
    """Record who presents the case (None: nobody yet); they must be an active member
    of the group. Allowed in every status, so a presenter forgotten during the session
    can still be filled in afterwards. Read the result with store.sessions.get_session.
    """
    with store.transaction() as session:
        meeting = get_or_gone(session, Session, session_id, "session")
        if person_id is not None:
            member = session.scalar(
                select(_memberships.c.id)
                .where(
                    _memberships.c.group_id == meeting.group_id,
                    _memberships.c.person_id == person_id,
                    _memberships.c.left_on.is_(None),
                )
                .limit(1)
            )
            if member is None:
                raise InvalidInputError(
                    "presenter_id", words().gettext("That person is not in this group.")
                )
        meeting.presenter_id = person_id
    store.changes.publish("sessions", session_id)


def presenter_history(store: Store, group_id: str) -> list[tuple[str, date]]:
    """(person_id, date) of every running or finished session of the group that had a
    presenter, oldest first: the input of reflectdesk.core.rotation.presenter_stats.

    The date is the local date the clock started, else the planned one.
    """
    query = select(
        _sessions.c.presenter_id, _sessions.c.started_at, _sessions.c.planned_start
    ).where(
        _sessions.c.group_id == group_id,
        _sessions.c.presenter_id.is_not(None),
        _sessions.c.status.in_([SessionStatus.RUNNING.value, SessionStatus.FINISHED.value]),
    )
    with store.reading() as session:
        rows = session.execute(query).all()
    history = [
        (str(row.presenter_id), when.astimezone().date())
        for row in rows
        if (when := row.started_at or row.planned_start) is not None
    ]
    return sorted(history, key=lambda item: (item[1], item[0]))
