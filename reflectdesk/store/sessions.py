"""Service functions for sessions: planning, their own phases, the clock's event log and
the case presenter. One short transaction per user action.

A session copies its format's phases when it is planned, so editing the format later never
rewrites a planned or past session. Date, place, title and phases change only while the
session is planned; once the clock has started, the event log (clock_events) is the record
the live clock is rebuilt from after a crash. Mutations publish Change("sessions", id)
after they commit. Attendance and the case presenter live in store/attendance.py.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from sqlalchemy import Row, Select, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession

from reflectdesk.core.clock_state import ClockEventRecord, PlannedPhase
from reflectdesk.core.errors import InvalidInputError, words
from reflectdesk.core.local_text import stored_in
from reflectdesk.core.model import ClockEventKind, SessionStatus
from reflectdesk.core.sessions import (
    SessionDraft,
    SessionPhaseRecord,
    SessionRecord,
    check_aware,
    clean_planned_phases,
    clean_session_draft,
)
from reflectdesk.i18n.texts import current_language
from reflectdesk.store.database import Store
from reflectdesk.store.errors import StoreError
from reflectdesk.store.groups import shown_language
from reflectdesk.store.models.formats import Format, FormatPhase
from reflectdesk.store.models.groups import Group, Person
from reflectdesk.store.models.sessions import ClockEvent, Session, SessionPhase
from reflectdesk.store.rows import first_or_gone, from_row, get_or_gone

__all__ = [
    "FIRST_SEQ",
    "SessionChangedElsewhereError",
    "clock_events",
    "delete_session",
    "get_session",
    "list_sessions",
    "plan_session",
    "record_clock_event",
    "replace_session_phases",
    "running_session",
    "session_phases",
    "update_session",
]

# The first event of a session (START) has this seq; each next one the previous + 1.
FIRST_SEQ = 1


class SessionChangedElsewhereError(StoreError):
    """The event log moved on since the clock last wrote: another window or program."""

    code = "changed_elsewhere"

    def __init__(self, expected: int, given: int) -> None:
        super().__init__(
            words().gettext(
                "The session was changed elsewhere (in another window or program) while "
                "its clock was running, so this step was not saved. Close the session "
                "and open it again to continue from what was saved."
            ),
            expected=expected,
            given=given,
        )


# Reads are Core selects returning plain records (see store/groups.py for why).
_sessions = Session.__table__
_phases = SessionPhase.__table__
_events = ClockEvent.__table__
_formats = Format.__table__
_format_phases = FormatPhase.__table__
_persons = Person.__table__


def _records_query() -> Select[Any]:
    def per_session(column: Any) -> Any:
        return (
            select(column)
            .where(_phases.c.session_id == _sessions.c.id)
            .correlate(_sessions)
            .scalar_subquery()
        )

    return select(
        _sessions.c.id,
        _sessions.c.group_id,
        _sessions.c.format_id,
        _formats.c.name.label("format_name"),
        _formats.c.texts.label("format_texts"),
        Group.__table__.c.language.label("group_language"),
        _sessions.c.title,
        _sessions.c.planned_start,
        _sessions.c.place,
        _sessions.c.status,
        _sessions.c.presenter_id,
        _persons.c.display_name.label("presenter_name"),
        _sessions.c.protect_end_time,
        _sessions.c.started_at,
        _sessions.c.ended_at,
        _sessions.c.accreditation_id,
        per_session(func.count(_phases.c.id)).label("phase_count"),
        per_session(func.coalesce(func.sum(_phases.c.planned_seconds), 0)).label("planned_seconds"),
    ).select_from(
        _sessions.outerjoin(_formats, _formats.c.id == _sessions.c.format_id)
        .outerjoin(_persons, _persons.c.id == _sessions.c.presenter_id)
        .join(Group.__table__, Group.__table__.c.id == _sessions.c.group_id)
    )


def _to_record(row: Row[Any]) -> SessionRecord:
    language = row.group_language or current_language()
    return from_row(
        SessionRecord,
        row,
        # The format's name in the language the group's sessions are shown in.
        format_name=None
        if row.format_name is None
        else stored_in(row.format_texts, "name", row.format_name, language),
        status=SessionStatus(row.status),
        protect_end_time=bool(row.protect_end_time),
        phase_count=int(row.phase_count),
        planned_seconds=int(row.planned_seconds),
    )


def _load_record(session: OrmSession, session_id: str) -> SessionRecord:
    query = _records_query().where(_sessions.c.id == session_id)
    return _to_record(first_or_gone(session, query, "session"))


def _get(session: OrmSession, session_id: str) -> Session:
    return get_or_gone(session, Session, session_id, "session")


def _require_planned(meeting: Session, done: str) -> None:
    """Refuse a change to a session whose clock has started; ``done`` completes
    "it can no longer be ..."."""
    status = SessionStatus(meeting.status)
    if status is SessionStatus.FINISHED:
        raise InvalidInputError(
            "status", words().gettext("This session has finished; finished sessions are read-only.")
        )
    if status is SessionStatus.RUNNING:
        raise InvalidInputError(
            "status",
            words()
            .gettext("This session has already started, so it can no longer be {done}.")
            .format(done=done),
        )


# -- planning ---------------------------------------------------------------------------


def plan_session(store: Store, group_id: str, draft: SessionDraft) -> SessionRecord:
    """Plan a session of the group, with a copy of the phases of ``draft.format_id`` (or
    of the group's format). Without any format the session starts with no phases; it
    needs at least one (replace_session_phases) before its clock can start."""
    clean = clean_session_draft(draft)
    with store.transaction() as session:
        group = get_or_gone(session, Group, group_id, "group")
        record = _load_record(session, add_planned_session(session, group, clean))
    store.changes.publish("sessions", record.id)
    return record


def add_planned_session(session: OrmSession, group: Group, clean: SessionDraft) -> str:
    """Add one planned session (a cleaned draft) inside the caller's transaction; its id.
    plan_session plans one, store/session_series.plan_sessions a series in one go."""
    if clean.format_id is not None and session.get(Format, clean.format_id) is None:
        raise InvalidInputError("format_id", words().gettext("The chosen format no longer exists."))
    format_id = clean.format_id or group.format_id
    meeting = Session(
        group_id=group.id,
        format_id=format_id,
        title=clean.title,
        planned_start=clean.planned_start,
        place=clean.place,
        status=SessionStatus.PLANNED.value,
        protect_end_time=clean.protect_end_time,
        accreditation_id=clean.accreditation_id,
    )
    session.add(meeting)
    session.flush()
    if format_id is not None:
        source = session.execute(
            select(
                _format_phases.c.name,
                _format_phases.c.planned_seconds,
                _format_phases.c.role_cue,
                _format_phases.c.deck_key,
                _format_phases.c.texts,
            )
            .where(_format_phases.c.format_id == format_id)
            .order_by(_format_phases.c.position)
        ).all()
        # The session keeps its own copy, in the group's language: what was planned
        # stays as it was whatever the group or the app switches to later.
        language = group.language or current_language()
        phases = [
            PlannedPhase(
                stored_in(row.texts, "name", row.name, language),
                row.planned_seconds,
                stored_in(row.texts, "cue", row.role_cue, language),
                row.deck_key,
            )
            for row in source
        ]
        _insert_phases(session, meeting.id, phases)
    return meeting.id


def _insert_phases(session: OrmSession, session_id: str, phases: Sequence[PlannedPhase]) -> None:
    # Positions are renumbered 0, 1, 2, ...: the clock and phase_times use list indexes.
    if phases:
        session.execute(
            insert(SessionPhase),
            [
                {
                    "session_id": session_id,
                    "position": position,
                    "name": phase.name,
                    "planned_seconds": phase.planned_seconds,
                    "role_cue": phase.cue,
                    "deck_key": phase.deck,
                }
                for position, phase in enumerate(phases)
            ],
        )


def list_sessions(store: Store, group_id: str) -> list[SessionRecord]:
    """The group's sessions by planned start, newest last; undated ones at the end."""
    query = (
        _records_query()
        .where(_sessions.c.group_id == group_id)
        .order_by(
            _sessions.c.planned_start.is_(None),
            _sessions.c.planned_start,
            _sessions.c.created_at,
            _sessions.c.id,
        )
    )
    with store.reading() as session:
        return [_to_record(row) for row in session.execute(query)]


def get_session(store: Store, session_id: str) -> SessionRecord:
    with store.reading() as session:
        return _load_record(session, session_id)


def update_session(store: Store, session_id: str, draft: SessionDraft) -> SessionRecord:
    """Change date, place, title and protect-end-time of a planned session.

    ``draft.format_id`` is ignored: the phases were copied at planning time and are
    changed with replace_session_phases.
    """
    clean = clean_session_draft(draft)
    with store.transaction() as session:
        meeting = _get(session, session_id)
        _require_planned(meeting, "changed")
        meeting.planned_start = clean.planned_start
        meeting.place = clean.place
        meeting.title = clean.title
        meeting.protect_end_time = clean.protect_end_time
        meeting.accreditation_id = clean.accreditation_id
        session.flush()
        record = _load_record(session, session_id)
    store.changes.publish("sessions", session_id)
    return record


def delete_session(store: Store, session_id: str) -> None:
    """Delete a planned session, with its phases and anything recorded for it."""
    with store.transaction() as session:
        meeting = _get(session, session_id)
        _require_planned(meeting, "deleted")
        session.execute(delete(Session).where(Session.id == session_id))
    store.changes.publish("sessions", session_id)


def session_phases(store: Store, session_id: str) -> list[SessionPhaseRecord]:
    """The session's own phases in order (position 0 first)."""
    # The record's fields are the table's column names, in the record's order.
    columns = [_phases.c[field.name] for field in fields(SessionPhaseRecord)]
    query = select(*columns).where(_phases.c.session_id == session_id).order_by(_phases.c.position)
    with store.reading() as session:
        records = [SessionPhaseRecord(*row) for row in session.execute(query)]
        if not records:
            _get(session, session_id)  # no phases, or no session at all?
    return records


def replace_session_phases(
    store: Store, session_id: str, phases: Sequence[PlannedPhase]
) -> list[SessionPhaseRecord]:
    """Replace all phases of a planned session (1 to 40, each 1 to 240 minutes)."""
    cleaned = clean_planned_phases(phases)
    with store.transaction() as session:
        _require_planned(_get(session, session_id), "given other phases")
        session.execute(delete(SessionPhase).where(SessionPhase.session_id == session_id))
        _insert_phases(session, session_id, cleaned)
    store.changes.publish("sessions", session_id)
    return session_phases(store, session_id)


# -- the clock's event log --------------------------------------------------------------


def clock_events(store: Store, session_id: str) -> list[ClockEventRecord]:
    """Every event recorded for the session, in seq order: the input of a replay."""
    query = (
        select(
            _events.c.seq,
            _events.c.kind,
            _events.c.elapsed,
            _events.c.wall_time,
            _events.c.amount_seconds,
        )
        .where(_events.c.session_id == session_id)
        .order_by(_events.c.seq)
    )
    with store.reading() as session:
        return [
            from_row(
                ClockEventRecord, row, kind=ClockEventKind(row.kind), amount=row.amount_seconds
            )
            for row in session.execute(query)
        ]


def record_clock_event(
    store: Store,
    session_id: str,
    event: ClockEventRecord,
    phase_times: Sequence[tuple[int, float | None, float | None]] = (),
) -> None:
    """Append one clock event and, in the same transaction, the session's status and the
    phases' actual times ((position, actual_start, actual_end), written as given).

    ``event.seq`` must be exactly one more than the last recorded (FIRST_SEQ for START);
    otherwise SessionChangedElsewhereError and nothing is written. START makes the session
    running (started_at = wall time), END finished (ended_at = wall time).
    """
    kind = ClockEventKind(event.kind)
    check_aware(event.wall_time, "wall_time")
    times = [value for _, start, end in phase_times for value in (start, end)]
    if not all(math.isfinite(value) for value in (event.elapsed, *times) if value is not None):
        raise ValueError("clock times must be finite numbers")
    with store.transaction() as session:
        meeting = _get(session, session_id)
        status = SessionStatus(meeting.status)
        if status is SessionStatus.FINISHED:
            raise InvalidInputError(
                "status",
                words().gettext("This session has finished; finished sessions are read-only."),
            )
        last = session.scalar(
            select(func.max(_events.c.seq)).where(_events.c.session_id == session_id)
        )
        expected = FIRST_SEQ if last is None else last + 1
        if event.seq != expected:
            raise SessionChangedElsewhereError(expected, event.seq)
        if kind is ClockEventKind.START and status is not SessionStatus.PLANNED:
            raise InvalidInputError("status", words().gettext("This session has already started."))
        if kind is not ClockEventKind.START and status is SessionStatus.PLANNED:
            raise InvalidInputError(
                "status", words().gettext("The session clock has not been started yet.")
            )
        if kind is ClockEventKind.START and not _has_phases(session, session_id):
            raise InvalidInputError(
                "phases", words().gettext("Add at least one phase before starting the session.")
            )
        session.add(
            ClockEvent(
                session_id=session_id,
                seq=event.seq,
                kind=kind.value,
                wall_time=event.wall_time,
                elapsed=event.elapsed,
                amount_seconds=event.amount,
            )
        )
        try:
            session.flush()
        except IntegrityError as error:
            # Another writer took this seq between our read and our insert.
            raise SessionChangedElsewhereError(expected, event.seq) from error
        if kind is ClockEventKind.START:
            meeting.status = SessionStatus.RUNNING.value
            meeting.started_at = event.wall_time
        elif kind is ClockEventKind.END:
            meeting.status = SessionStatus.FINISHED.value
            meeting.ended_at = event.wall_time
        positions = set(
            session.scalars(select(_phases.c.position).where(_phases.c.session_id == session_id))
        )
        for position, actual_start, actual_end in phase_times:
            if position not in positions:
                raise InvalidInputError(
                    "phase_times",
                    words()
                    .gettext("The session has no phase at position {position}.")
                    .format(position=position),
                )
            session.execute(
                update(SessionPhase)
                .where(SessionPhase.session_id == session_id, SessionPhase.position == position)
                .values(actual_start=actual_start, actual_end=actual_end)
            )
    store.changes.publish("sessions", session_id)


def _has_phases(session: OrmSession, session_id: str) -> bool:
    found = session.scalar(select(_phases.c.id).where(_phases.c.session_id == session_id).limit(1))
    return found is not None


def running_session(store: Store) -> SessionRecord | None:
    """The session whose clock is running (to resume after a crash); if there are
    several, the one started most recently."""
    query = (
        _records_query()
        .where(_sessions.c.status == SessionStatus.RUNNING.value)
        .order_by(_sessions.c.started_at.is_(None), _sessions.c.started_at.desc())
        .limit(1)
    )
    with store.reading() as session:
        row = session.execute(query).first()
        return None if row is None else _to_record(row)


def session_language(store: Store, session_id: str) -> str:
    """The language a session shows its cards and questionnaires in: its group's, else
    the app's (store/groups.shown_language)."""
    return shown_language(store, get_session(store, session_id).group_id)
