"""A leader's log as the database holds it: the finished sessions they led or co-led
(read from the groups' facilitator memberships, matched by the leader's folded name)
and the entries they added by hand, with each entry's private note kept by the vault.

One short transaction per call. Mutations publish Change("leader_log", entry id).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, delete, insert, select, update
from sqlalchemy.orm import Session as OrmSession

from reflectdesk.core.attended_time import running_seconds
from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.leader_entries import EntryDraft, clean_entry_draft, clean_leader_name
from reflectdesk.core.leader_log import (
    LedSession,
    LogEntry,
    cases_presented,
    leader_key,
    session_minutes,
)
from reflectdesk.core.local_text import stored_text, text_in
from reflectdesk.core.model import LeaderLogKind, Role, SessionStatus
from reflectdesk.core.notes import PrivateText
from reflectdesk.core.phase_times import whole_minutes
from reflectdesk.store import vault_seam
from reflectdesk.store.attended_reads import EVENT_COLUMNS, event_record
from reflectdesk.store.database import Store
from reflectdesk.store.models.base import new_id, utcnow
from reflectdesk.store.models.formats import Format
from reflectdesk.store.models.groups import Group, Membership, Person
from reflectdesk.store.models.leader_log import LeaderLogEntry
from reflectdesk.store.models.notes import Note
from reflectdesk.store.models.sessions import ClockEvent, Session
from reflectdesk.store.rows import gone

__all__ = [
    "add_entry",
    "delete_entry",
    "entries",
    "entry_note",
    "leader_names",
    "led_sessions",
    "update_entry",
]

_entries = LeaderLogEntry.__table__
_sessions = Session.__table__
_events = ClockEvent.__table__
_memberships = Membership.__table__
_persons = Person.__table__
_groups = Group.__table__
_formats = Format.__table__
_AREA = "leader_log"
_ROLES = {
    Role.FACILITATOR.value: LeaderLogKind.LED,
    Role.CO_FACILITATOR.value: LeaderLogKind.CO_LED,
}


def _facilitator_rows(store: Store) -> list[Row[Any]]:
    query = (
        select(
            _persons.c.display_name,
            _memberships.c.group_id,
            _memberships.c.role,
            _memberships.c.joined_on,
            _memberships.c.left_on,
        )
        .join(_persons, _persons.c.id == _memberships.c.person_id)
        .where(_memberships.c.role.in_(list(_ROLES)))
    )
    with store.reading() as session:
        return list(session.execute(query))


def leader_names(store: Store) -> list[str]:
    """Everyone who facilitates a group or has hand entries, one name per leader (the
    spelling used most often; on a tie the one with fewest capitals, as "ANNE DE VRIES"
    is more often a shout than a name), sorted by their folded name."""
    spellings: dict[str, Counter[str]] = {}
    with store.reading() as session:
        hand = list(session.scalars(select(_entries.c.leader_name)))
    for name in [row.display_name for row in _facilitator_rows(store)] + hand:
        spellings.setdefault(leader_key(name), Counter())[name] += 1
    return [min(spellings[key].items(), key=_preferred)[0] for key in sorted(spellings)]


def _preferred(spelling: tuple[str, int]) -> tuple[int, int, str]:
    name, count = spelling
    return (-count, sum(ch.isupper() for ch in name), name)


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def _within(day: date, joined: date | None, left: date | None) -> bool:
    return (joined is None or joined <= day) and (left is None or day <= left)


def led_sessions(store: Store, leader_name: str, language: str | None = None) -> list[LedSession]:
    """The finished sessions the leader led or co-led, oldest first: every group where a
    person of that name (folded) is facilitator or co-facilitator, counting the sessions
    held while their membership ran (joined and left dates included). Facilitator wins
    when one name holds both roles in a group. Format names in ``language`` (None: as
    LocalText, every language kept)."""
    key = leader_key(leader_name)
    roles: dict[str, list[tuple[LeaderLogKind, date | None, date | None]]] = {}
    for row in _facilitator_rows(store):
        if leader_key(row.display_name) == key:
            roles.setdefault(row.group_id, []).append(
                (_ROLES[row.role], row.joined_on, row.left_on)
            )
    if not roles:
        return []
    query = (
        select(
            _sessions.c.id,
            _sessions.c.group_id,
            _sessions.c.started_at,
            _sessions.c.ended_at,
            _sessions.c.presenter_id,
            # Stored debriefs are trimmed (core/debrief.clean_debrief): not empty is said.
            (
                (_sessions.c.debrief_went_well != "")
                | (_sessions.c.debrief_differently != "")
                | (_sessions.c.debrief_next_presenter != "")
            ).label("debriefed"),
            _groups.c.name.label("group_name"),
            _formats.c.key.label("format_key"),
            _formats.c.name.label("format_name"),
            _formats.c.family,
            _formats.c.texts.label("format_texts"),
        )
        .join(_groups, _groups.c.id == _sessions.c.group_id)
        .outerjoin(_formats, _formats.c.id == _sessions.c.format_id)
        .where(
            _sessions.c.group_id.in_(list(roles)),
            _sessions.c.status == SessionStatus.FINISHED.value,
            _sessions.c.started_at.is_not(None),
        )
        .order_by(_sessions.c.started_at, _sessions.c.id)
    )
    # The clock events of the same sessions, for their running time (pauses out), the
    # length certificates of attendance give the same session (core/attended_time.py).
    events = (
        select(*EVENT_COLUMNS)
        .join(_sessions, _sessions.c.id == _events.c.session_id)
        .where(
            _sessions.c.group_id.in_(list(roles)),
            _sessions.c.status == SessionStatus.FINISHED.value,
        )
        .order_by(_events.c.session_id, _events.c.seq)
    )
    with store.reading() as session:
        rows = session.execute(query).all()
        clock: dict[str, list[ClockEventRecord]] = {}
        for event in session.execute(events):
            clock.setdefault(event.session_id, []).append(event_record(event))
    found = []
    format_names: dict[tuple[str | None, str], str] = {}  # a log has few formats
    # Unpacked once per row: reading a Row's fields by name was most of this loop's time.
    for (
        session_id, group_id, started_at, ended_at, presenter_id, debriefed,
        group_name, format_key, format_name, family, format_texts,
    ) in rows:  # fmt: skip
        day = _local_day(started_at)
        held = [role for role, joined, left in roles[group_id] if _within(day, joined, left)]
        if not held:
            continue
        found.append(
            LedSession(
                session_id=session_id,
                on_date=day,
                group_name=group_name,
                format_name=_format_name(format_names, format_texts, format_name, language),
                role=LeaderLogKind.LED if LeaderLogKind.LED in held else LeaderLogKind.CO_LED,
                cases=cases_presented(format_key, family, presenter_id is not None),
                minutes=_minutes_run(clock.get(session_id, ()), started_at, ended_at),
                debriefed=bool(debriefed),
            )
        )
    return found


def _minutes_run(
    events: Sequence[ClockEventRecord], started_at: datetime, ended_at: datetime | None
) -> int:
    """The clock's running time, as certificates count it; from its start to its end when
    the events cannot say (a session whose clock was never ended)."""
    seconds = running_seconds(events)
    if seconds is None:
        return session_minutes(started_at, ended_at)
    return whole_minutes(seconds)


def _format_name(
    known: dict[tuple[str | None, str], str],
    texts: str | None,
    plain: str | None,
    language: str | None,
) -> str:
    key = (texts, plain or "")
    if key not in known:
        found = stored_text(texts, "name", plain or "")
        known[key] = found if language is None else text_in(found, language)
    return known[key]


def _record(row: Row[Any]) -> LogEntry:
    return LogEntry(
        id=row.id,
        leader_name=row.leader_name,
        kind=LeaderLogKind(row.kind),
        on_date=row.on_date,
        minutes=row.minutes,
        counterpart=row.counterpart,
        title=row.title,
        cases=row.cases,
        has_note=row.note_id is not None,
    )


def entries(store: Store, leader_name: str) -> list[LogEntry]:
    """The leader's hand entries (any spelling of the name), oldest first."""
    key = leader_key(leader_name)
    with store.reading() as session:
        rows = session.execute(select(_entries).order_by(_entries.c.on_date, _entries.c.id))
        return [_record(row) for row in rows if leader_key(row.leader_name) == key]


def _values(draft: EntryDraft) -> dict[str, Any]:
    return {
        "kind": draft.kind.value,
        "on_date": draft.on_date,
        "minutes": draft.minutes,
        "counterpart": draft.counterpart,
        "title": draft.title,
        "cases": draft.cases,
    }


def _one(session: OrmSession, entry_id: str) -> Row[Any]:
    row = session.execute(select(_entries).where(_entries.c.id == entry_id)).first()
    if row is None:
        raise gone("entry")
    return row


def add_entry(store: Store, leader_name: str, draft: EntryDraft) -> LogEntry:
    """Store a hand entry; its note (if any) sealed by the vault, so a locked vault
    refuses the whole entry (VaultLockedError) and nothing is written."""
    name = clean_leader_name(leader_name)
    clean = clean_entry_draft(draft)
    entry_id = new_id()
    with store.transaction() as session:
        note_id = None
        if clean.note:
            note_id = new_id()
            vault_seam.insert_private(
                session, note_id, PrivateText(body=clean.note), session_id=None,
                group_id=None, person_id=None,
            )  # fmt: skip
        now = utcnow()
        session.execute(
            insert(LeaderLogEntry).values(
                id=entry_id, leader_name=name, note_id=note_id, created_at=now, updated_at=now,
                **_values(clean),
            )
        )  # fmt: skip
        row = _one(session, entry_id)
    store.changes.publish(_AREA, entry_id)
    return _record(row)


def update_entry(store: Store, entry_id: str, draft: EntryDraft) -> LogEntry:
    """Change a hand entry; ``draft.note`` None keeps its note, '' deletes it."""
    clean = clean_entry_draft(draft)
    with store.transaction() as session:
        note_id = _one(session, entry_id).note_id
        if clean.note == "" and note_id is not None:
            session.execute(
                update(LeaderLogEntry).where(_entries.c.id == entry_id).values(note_id=None)
            )
            session.execute(delete(Note).where(Note.id == note_id))
            note_id = None
        elif clean.note:
            if note_id is None:
                note_id = new_id()
                vault_seam.insert_private(
                    session, note_id, PrivateText(body=clean.note), session_id=None,
                    group_id=None, person_id=None,
                )  # fmt: skip
            else:
                vault_seam.update_private(session, note_id, PrivateText(body=clean.note))
        session.execute(
            update(LeaderLogEntry)
            .where(_entries.c.id == entry_id)
            .values(note_id=note_id, updated_at=utcnow(), **_values(clean))
        )
        row = _one(session, entry_id)
    store.changes.publish(_AREA, entry_id)
    return _record(row)


def delete_entry(store: Store, entry_id: str) -> None:
    """Delete a hand entry and its private note."""
    with store.transaction() as session:
        note_id = _one(session, entry_id).note_id
        session.execute(delete(LeaderLogEntry).where(_entries.c.id == entry_id))
        if note_id is not None:
            session.execute(delete(Note).where(Note.id == note_id))
    store.changes.publish(_AREA, entry_id)


def entry_note(store: Store, entry_id: str) -> str:
    """The text of the entry's private note ('' when none); VaultLockedError while the
    vault is locked."""
    with store.reading() as session:
        note_id = _one(session, entry_id).note_id
        if note_id is None:
            return ""
        text = vault_seam.read_private(session, [note_id]).get(note_id)
    return "" if text is None else text.body
