"""Finding notes from a search: private notes unsealed for the in-memory index of
unlocked notes (store/private_search.py), whether they still exist, and where a note
lives, to open it."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from reflectdesk.core.errors import NotFoundError, words
from reflectdesk.core.model import NoteKind
from reflectdesk.core.notes import PrivateNoteRecord
from reflectdesk.store.database import Store
from reflectdesk.store.models.notes import Note
from reflectdesk.store.notes import private_records_where

_notes = Note.__table__


def all_private_notes(store: Store) -> list[PrivateNoteRecord]:
    """Every private note, unsealed through the vault seam. The text is held in memory
    for the caller only; nothing is written anywhere."""
    with store.reading() as session:
        return private_records_where(session, _notes.c.id.is_not(None))


def private_note_ids(store: Store) -> list[str]:
    """The ids of every private note of a group or session, oldest first (to unseal
    them a batch at a time). A leader-log entry's note (no group: migration 0016) is left
    out: a search hit could not open it, the log shows it with its entry."""
    with store.reading() as session:
        return list(
            session.scalars(
                select(_notes.c.id)
                .where(_notes.c.kind == NoteKind.PRIVATE.value, _notes.c.group_id.is_not(None))
                .order_by(_notes.c.created_at, _notes.c.id)
            )
        )


def private_notes_with_ids(store: Store, note_ids: Iterable[str]) -> list[PrivateNoteRecord]:
    """The private notes among ``note_ids`` that exist, unsealed (as above)."""
    wanted = list(note_ids)
    if not wanted:
        return []
    with store.reading() as session:
        return private_records_where(session, _notes.c.id.in_(wanted))


def existing_note_ids(store: Store, note_ids: Iterable[str]) -> set[str]:
    """Which of ``note_ids`` are still notes (a cascade from deleting a session or a group
    removes notes without announcing each)."""
    wanted = list(note_ids)
    if not wanted:
        return set()
    with store.reading() as session:
        return set(session.scalars(select(_notes.c.id).where(_notes.c.id.in_(wanted))))


def note_location(store: Store, note_id: str) -> tuple[str | None, str | None]:
    """(session_id, group_id) of a note, to open it from a search result."""
    with store.reading() as session:
        row = session.execute(
            select(_notes.c.session_id, _notes.c.group_id).where(_notes.c.id == note_id)
        ).first()
    if row is None:
        raise NotFoundError(words().gettext("That note no longer exists."))
    return row.session_id, row.group_id
