"""Finding notes from a search: every private note unsealed for an in-memory search
(while the notes are unlocked), and where a note lives, to open it."""

from __future__ import annotations

from sqlalchemy import select

from reflectdesk.core.errors import NotFoundError, words
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


def note_location(store: Store, note_id: str) -> tuple[str | None, str | None]:
    """(session_id, group_id) of a note, to open it from a search result."""
    with store.reading() as session:
        row = session.execute(
            select(_notes.c.session_id, _notes.c.group_id).where(_notes.c.id == note_id)
        ).first()
    if row is None:
        raise NotFoundError(words().gettext("That note no longer exists."))
    return row.session_id, row.group_id
