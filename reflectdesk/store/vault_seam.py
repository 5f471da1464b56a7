"""The vault seam: the ONE module that reads or writes the private text of notes.

A private note (a facilitator's note on a session, or a follow-up note about a member)
keeps its title and body only in the ``notes.sealed`` column; its ``title`` and ``body``
columns stay empty (a CHECK constraint enforces it). Every read and write of that column
goes through this module, and a test greps the package to prove that nothing else names
it, so that encryption can be switched on here without hunting for other readers.

Envelope format
    ``b"RDv0" + UTF-8 JSON {"note": <note id>, "title": ..., "body": ...}``.

    **Version 0 is NOT encrypted.** Anyone who can read the database file can read the
    notes. It exists so that the storage shape, the single choke point and the callers are
    in place before the encryption issue lands; the note id inside the envelope already
    makes :func:`unseal` refuse a blob copied to another row, as encryption will.

What the encryption issue changes (the design in the privacy reference)
    Only the bodies of :func:`seal` and :func:`unseal`. ``seal`` will write
    ``b"RDv1" + 12-byte random nonce + AES-256-GCM(ciphertext + tag)`` of the same JSON
    under the data key, with associated data ``b"reflectdesk/notes.sealed/" + note id``
    (row and field), so a ciphertext moved to another row or column fails to open.
    ``unseal`` dispatches on the 4-byte version: v1 is decrypted, v0 is still read so that
    existing notes can be re-sealed once a passphrase is set. The data key comes from the
    unlocked vault; while it is locked both functions raise a StoreError subclass
    ("the notes are locked"), which callers already handle like any StoreError. Callers
    pass plain :class:`PrivateText` and a note id today and will not change.

Nothing else may read private text: the full-text index gets note ids only and must not
index private notes from the database (a later search over unlocked notes asks this
module). New needs, such as copying envelopes into an archive or re-sealing every note
on a passphrase change, are added here as functions.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence

from sqlalchemy import Column, Table, insert, select, update
from sqlalchemy.orm import Session

from reflectdesk.core.errors import NotFoundError
from reflectdesk.core.model import NoteKind
from reflectdesk.core.notes import PrivateText
from reflectdesk.store.errors import StoreError
from reflectdesk.store.models.base import utcnow
from reflectdesk.store.models.notes import Note

__all__ = [
    "ENVELOPE_V0",
    "DamagedNoteError",
    "copyable_columns",
    "insert_copied_notes",
    "insert_private",
    "read_private",
    "seal",
    "stored_forms",
    "unseal",
    "update_private",
]

ENVELOPE_V0 = b"RDv0"
_VERSION_LENGTH = 4
_KEYS = frozenset({"note", "title", "body"})

_notes = Note.__table__
_PRIVATE = NoteKind.PRIVATE.value


class DamagedNoteError(StoreError):
    """The stored form of a private note cannot be read back."""

    code = "damaged_note"

    def __init__(self, note_id: str, detail: str) -> None:
        super().__init__(
            f"A private note cannot be read because its stored text is damaged ({detail}). "
            "The other notes are not affected; the note can be recovered from a backup in "
            "the 'backups' folder beside the database.",
            note_id=note_id,
            detail=detail,
        )


def seal(fields: PrivateText, *, note_id: str) -> bytes:
    """The stored form of a private note's title and body (v0: NOT encrypted)."""
    payload = {"note": note_id, "title": fields.title, "body": fields.body}
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return ENVELOPE_V0 + text.encode("utf-8")


def unseal(blob: bytes | None, *, note_id: str) -> PrivateText:
    """The title and body in ``blob``; DamagedNoteError if it is not an intact envelope
    made for ``note_id``."""
    if not blob:
        raise DamagedNoteError(note_id, "nothing is stored")
    version = bytes(blob[:_VERSION_LENGTH])
    if version != ENVELOPE_V0:
        raise DamagedNoteError(note_id, "unknown format")
    try:
        payload = json.loads(bytes(blob[_VERSION_LENGTH:]).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise DamagedNoteError(note_id, "unreadable contents") from None
    if (
        not isinstance(payload, dict)
        or set(payload) != _KEYS
        or not all(isinstance(value, str) for value in payload.values())
    ):
        raise DamagedNoteError(note_id, "unexpected contents")
    if payload["note"] != note_id:
        raise DamagedNoteError(note_id, "it belongs to another note")
    return PrivateText(title=payload["title"], body=payload["body"])


# -- the only statements that touch the column ------------------------------------------


def insert_private(
    session: Session,
    note_id: str,
    text: PrivateText,
    *,
    session_id: str | None,
    group_id: str,
    person_id: str | None,
) -> None:
    """Insert a new private note row holding ``text`` (already validated)."""
    now = utcnow()
    session.execute(
        insert(Note).values(
            id=note_id,
            kind=_PRIVATE,
            session_id=session_id,
            group_id=group_id,
            person_id=person_id,
            title="",
            body="",
            sealed=seal(text, note_id=note_id),
            created_at=now,
            updated_at=now,
        )
    )


def update_private(session: Session, note_id: str, text: PrivateText) -> bool:
    """Store ``text`` as the private note's new text; False, writing nothing, when it is
    what is stored already (the autosave path)."""
    blob = session.execute(
        select(_notes.c.sealed).where(_notes.c.id == note_id, _notes.c.kind == _PRIVATE)
    ).first()
    if blob is None:
        raise NotFoundError("That note no longer exists.")
    # A note that cannot be read is not overwritten: with encryption, that could be a
    # wrong key rather than damage, and the stored words must survive it.
    if unseal(blob[0], note_id=note_id) == text:
        return False
    session.execute(
        update(Note)
        .where(Note.id == note_id)
        .values(sealed=seal(text, note_id=note_id), updated_at=utcnow())
    )
    return True


def read_private(session: Session, note_ids: Collection[str]) -> dict[str, PrivateText]:
    """The text of each private note in ``note_ids`` that exists, by id."""
    if not note_ids:
        return {}
    rows = session.execute(
        select(_notes.c.id, _notes.c.sealed).where(
            _notes.c.id.in_(list(note_ids)), _notes.c.kind == _PRIVATE
        )
    )
    return {row.id: unseal(row.sealed, note_id=row.id) for row in rows}


# -- copying stored forms as they are (archives) ----------------------------------------


def copyable_columns(table: Table) -> list[Column[object]]:
    """Every column of ``table`` except the one holding private text: what an archive
    copies row by row; the stored forms travel through :func:`stored_forms`."""
    return [column for column in table.columns if column is not _notes.c.sealed]


def stored_forms(session: Session, note_ids: Collection[str] | None = None) -> dict[str, bytes]:
    """The stored form of each private note (of ``note_ids``, or all), by id, exactly as
    stored: never unsealed, so an archive carries what the database holds."""
    query = select(_notes.c.id, _notes.c.sealed).where(
        _notes.c.kind == _PRIVATE, _notes.c.sealed.is_not(None)
    )
    if note_ids is not None:
        query = query.where(_notes.c.id.in_(list(note_ids)))
    return {row.id: bytes(row.sealed) for row in session.execute(query)}


def insert_copied_notes(
    session: Session, rows: Sequence[Mapping[str, object]], forms: Mapping[str, bytes]
) -> None:
    """Insert note rows copied from an archive (every column of :func:`copyable_columns`),
    each private one with its stored form from ``forms`` as it is, without decoding it."""
    if not rows:
        return
    values = [
        {**row, "sealed": forms.get(str(row["id"])) if row["kind"] == _PRIVATE else None}
        for row in rows
    ]
    session.execute(insert(Note), values)
