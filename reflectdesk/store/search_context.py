"""Where each search result is from: its group's name and, for a session or a note, the
session's date, so that nine "van den Eertwegh" results can be told apart.

Looked up after the ranking, for the (at most a few hundred) hits shown: three small
queries by id, never a join in the ranking query, which stays on the FTS table alone.
Private notes come from the in-memory index without a group; their group and session
are plain columns of the notes table (only the text is sealed).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reflectdesk.core.search import HitKind, SearchHit
from reflectdesk.store.database import Store
from reflectdesk.store.models.groups import Group
from reflectdesk.store.models.notes import Note
from reflectdesk.store.models.sessions import Session as Meeting

__all__ = ["context_in", "with_context"]

_NOTE_KINDS = frozenset({HitKind.LEARNING_POINT, HitKind.ACTION, HitKind.PRIVATE})


def with_context(store: Store, hits: list[SearchHit]) -> list[SearchHit]:
    """``hits`` in the same order, each with its group's name and its date filled in."""
    if not hits:
        return hits
    with store.reading() as session:
        return context_in(session, hits)


def context_in(session: Session, hits: list[SearchHit]) -> list[SearchHit]:
    """:func:`with_context` inside a read already open."""
    if not hits:
        return hits
    sessions = _sessions(session, {hit.ref_id for hit in hits if hit.kind is HitKind.SESSION})
    notes = _notes(session, {hit.ref_id for hit in hits if hit.kind in _NOTE_KINDS})
    groups = {hit.group_id for hit in hits if hit.group_id is not None}
    groups |= {group_id for group_id, _ in notes.values() if group_id is not None}
    names = _group_names(session, groups)
    placed: list[SearchHit] = []
    for hit in hits:
        group_id, when = hit.group_id, None
        if hit.kind is HitKind.SESSION:
            when = sessions.get(hit.ref_id)
        elif hit.kind in _NOTE_KINDS:
            group_id, when = notes.get(hit.ref_id, (group_id, None))
            group_id = group_id or hit.group_id
        name = names.get(group_id, "") if group_id is not None else ""
        placed.append(replace(hit, group_id=group_id, group_name=name, when=when))
    return placed


def _group_names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = session.execute(select(Group.id, Group.name).where(Group.id.in_(ids)))
    return {group_id: name for group_id, name in rows}


def _sessions(session: Session, ids: set[str]) -> dict[str, datetime | None]:
    if not ids:
        return {}
    rows = session.execute(select(Meeting.id, Meeting.planned_start).where(Meeting.id.in_(ids)))
    return {meeting_id: start for meeting_id, start in rows}


def _notes(session: Session, ids: set[str]) -> dict[str, tuple[str | None, datetime | None]]:
    """Per note: its group (its own, or its session's) and its date (its session's
    start; a note without a session or an unplanned one: when it was written)."""
    if not ids:
        return {}
    rows = session.execute(
        select(Note.id, Note.group_id, Meeting.group_id, Meeting.planned_start, Note.created_at)
        .outerjoin(Meeting, Meeting.id == Note.session_id)
        .where(Note.id.in_(ids))
    )
    return {
        note_id: (own_group or meeting_group, start or written)
        for note_id, own_group, meeting_group, start, written in rows
    }
