"""The vault seam: the ONE module that reads or writes the private text of notes.

A private note (a facilitator's note on a session, or a follow-up note about a member)
keeps its title and body only in the ``notes.sealed`` column; its ``title`` and ``body``
columns stay empty (a CHECK constraint enforces it). Every read and write of that column
goes through this module, and a test greps the package to prove that nothing else names
it.

Envelope formats
    ``b"RDv1" + nonce(12) + AES-256-GCM(JSON {"note", "title", "body"}) + tag(16)``,
    under the vault's data key, with associated data ``b"reflectdesk/notes.sealed/" +
    note id``: a ciphertext copied to another row or column does not open. Every note
    written by this version is v1.

    ``b"RDv0" + the same JSON, NOT encrypted``: what versions before the vault wrote.
    It is still read, and :func:`reseal_all` turns every v0 note into v1 when the vault is
    set up (and when a vault is unlocked that was given v0 notes by an archive import).

The data key comes from the Store's Keyring, which every Session carries in
``session.info["keyring"]``; while it is locked, reading or writing a v1 note raises
VaultLockedError and nothing is written.

Nothing else may read private text: the full-text index gets note ids only and never
indexes private notes; the in-memory search over unlocked notes asks this module.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import cast

from sqlalchemy import Column, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from reflectdesk.core.errors import NotFoundError
from reflectdesk.core.model import NoteKind
from reflectdesk.core.notes import PrivateText
from reflectdesk.core.vault_crypto import DecryptionError, decrypt, encrypt
from reflectdesk.store.errors import StoreError
from reflectdesk.store.keyring import Keyring, VaultLockedError
from reflectdesk.store.models.base import utcnow
from reflectdesk.store.models.notes import Note

__all__ = [
    "ENVELOPE_V0",
    "ENVELOPE_V1",
    "DamagedNoteError",
    "copyable_columns",
    "count_private",
    "delete_all_private",
    "insert_copied_notes",
    "insert_private",
    "read_private",
    "reseal_all",
    "seal",
    "stored_forms",
    "unseal",
    "update_private",
]

ENVELOPE_V0 = b"RDv0"
ENVELOPE_V1 = b"RDv1"
_VERSION_LENGTH = 4
_KEYS = frozenset({"note", "title", "body"})
_ASSOCIATED = b"reflectdesk/notes.sealed/"

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


def _associated_data(note_id: str) -> bytes:
    return _ASSOCIATED + note_id.encode("utf-8")


def seal(fields: PrivateText, *, note_id: str, key: bytes) -> bytes:
    """The stored form of a private note's title and body, encrypted under ``key``."""
    payload = {"note": note_id, "title": fields.title, "body": fields.body}
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return ENVELOPE_V1 + encrypt(key, text.encode("utf-8"), _associated_data(note_id))


def unseal(blob: bytes | None, *, note_id: str, key: bytes | None) -> PrivateText:
    """The title and body in ``blob``. VaultLockedError when it is encrypted and ``key``
    is None; DamagedNoteError if it is not an intact envelope made for ``note_id``
    under ``key``."""
    if not blob:
        raise DamagedNoteError(note_id, "nothing is stored")
    version = bytes(blob[:_VERSION_LENGTH])
    if version == ENVELOPE_V1:
        if key is None:
            raise VaultLockedError()
        try:
            plain = decrypt(key, bytes(blob[_VERSION_LENGTH:]), _associated_data(note_id))
        except DecryptionError:
            # Right key (it unwrapped), so: changed bytes, another row's note, or a note
            # sealed under another vault's key (an archive from another laptop).
            raise DamagedNoteError(note_id, "it does not open with this vault's key") from None
    elif version == ENVELOPE_V0:
        plain = bytes(blob[_VERSION_LENGTH:])
    else:
        raise DamagedNoteError(note_id, "unknown format")
    return _payload(plain, note_id)


def _payload(plain: bytes, note_id: str) -> PrivateText:
    try:
        payload = json.loads(plain.decode("utf-8"))
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


def _keyring(session: Session) -> Keyring:
    keyring = session.info.get("keyring")
    if not isinstance(keyring, Keyring):
        raise VaultLockedError()
    return keyring


def _key(session: Session) -> bytes:
    return _keyring(session).data_key()


def _key_if_unlocked(session: Session) -> bytes | None:
    keyring = session.info.get("keyring")
    if isinstance(keyring, Keyring) and keyring.unlocked:
        try:
            return keyring.data_key()
        except VaultLockedError:  # locked between the two calls
            return None
    return None


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
    """Insert a new private note row holding ``text`` (already validated), encrypted;
    VaultLockedError (nothing written) while the vault is locked."""
    sealed = seal(text, note_id=note_id, key=_key(session))
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
            sealed=sealed,
            created_at=now,
            updated_at=now,
        )
    )


def update_private(session: Session, note_id: str, text: PrivateText) -> bool:
    """Store ``text`` as the private note's new text; False, writing nothing, when it is
    what is stored already (the autosave path)."""
    key = _key(session)
    blob = session.execute(
        select(_notes.c.sealed).where(_notes.c.id == note_id, _notes.c.kind == _PRIVATE)
    ).first()
    if blob is None:
        raise NotFoundError("That note no longer exists.")
    # A note that cannot be read is not overwritten: the stored words must survive.
    if unseal(blob[0], note_id=note_id, key=key) == text:
        return False
    session.execute(
        update(Note)
        .where(Note.id == note_id)
        .values(sealed=seal(text, note_id=note_id, key=key), updated_at=utcnow())
    )
    return True


def read_private(session: Session, note_ids: Collection[str]) -> dict[str, PrivateText]:
    """The text of each private note in ``note_ids`` that exists, by id;
    VaultLockedError while locked."""
    if not note_ids:
        return {}
    key = _key_if_unlocked(session)
    rows = session.execute(
        select(_notes.c.id, _notes.c.sealed).where(
            _notes.c.id.in_(list(note_ids)), _notes.c.kind == _PRIVATE
        )
    )
    return {row.id: unseal(row.sealed, note_id=row.id, key=key) for row in rows}


def count_private(session: Session) -> int:
    return int(session.scalar(select(func.count()).where(_notes.c.kind == _PRIVATE)) or 0)


def reseal_all(
    session: Session,
    *,
    old_key: bytes | None,
    new_key: bytes,
    progress: Callable[[int, int], None] | None = None,
    only_unencrypted: bool = False,
) -> int:
    """Seal every private note again under ``new_key`` (v0 notes and, unless
    ``only_unencrypted``, v1 notes sealed under ``old_key``), in the caller's
    transaction, so that either every note changes or none does. The count resealed.

    A note that does not open with ``old_key`` raises DamagedNoteError and the caller's
    transaction rolls back: a rotation never leaves notes under two keys."""
    query = select(_notes.c.id, _notes.c.sealed).where(
        _notes.c.kind == _PRIVATE, _notes.c.sealed.is_not(None)
    )
    if only_unencrypted:
        query = query.where(func.substr(_notes.c.sealed, 1, _VERSION_LENGTH) == ENVELOPE_V0)
    rows = session.execute(query).all()
    total = len(rows)
    batch: list[dict[str, object]] = []
    for done, row in enumerate(rows, start=1):
        text = unseal(row.sealed, note_id=row.id, key=old_key)
        batch.append({"note": row.id, "envelope": seal(text, note_id=row.id, key=new_key)})
        if len(batch) == 200 or done == total:
            session.execute(_reseal_statement, batch)
            batch = []
            if progress is not None:
                progress(done, total)
    return total


# Core executemany; updated_at is set to itself so that re-sealing is not an "edit".
_reseal_statement = (
    cast(Table, _notes)
    .update()
    .where(_notes.c.id == bindparam("note"))
    .values(sealed=bindparam("envelope"), updated_at=_notes.c.updated_at)
)


def delete_all_private(session: Session) -> int:
    """Delete every private note (resetting a vault whose passphrase is lost)."""
    result = session.execute(delete(Note).where(Note.kind == _PRIVATE))
    return int(getattr(result, "rowcount", 0) or 0)


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
