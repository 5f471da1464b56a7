"""The vault seam: the ONE module that reads or writes the private text of notes.

A private note (a facilitator's note on a session, or a follow-up note about a member)
keeps its title and body only in the ``notes.sealed`` column; its ``title`` and ``body``
columns stay empty (a CHECK constraint enforces it). Every read and write of that column
goes through this module, and a test greps the package to prove that nothing else names
it.

Envelope formats (``reflectdesk/core/note_envelope.py`` has the bytes)
    ``RDv2``: AES-256-GCM under the vault's data key, bound to the note's id and to its
    save counter, the plaintext (JSON {"title", "body"}) padded to 256-byte buckets.
    The row keeps the counter in the plain ``seal_counter`` column; every write raises
    it by one and seals with the new value. An envelope whose (authenticated) counter is
    not the row's is an older (or otherwise foreign) sealed text of the same note put
    back: RolledBackNoteError, never shown as the current text, never overwritten.
    Every note written by this version is v2.

    ``RDv1``: the same cipher, bound to the note id only, unpadded, with JSON {"note",
    "title", "body"}: what versions before schema 0010 wrote (their rows have counter 0).
    Still read; turned into v2 the next time the note is saved (that needs the key, so
    it happens then, not in the migration). A v1 envelope in a row whose counter is
    above 0 is a rollback too.

    ``RDv0``: the JSON {"note", "title", "body"}, NOT encrypted: what versions before the
    vault wrote. Still read; :func:`reseal_all` turns every v0 note into v2 when the
    vault is set up (and when a vault is unlocked that was given v0 notes by an archive
    import).

What this cannot see: the whole row put back (the sealed text AND its counter), or the
whole database (a restored backup). Those are a restore, which the app offers itself.

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

from reflectdesk.core.errors import NotFoundError, words
from reflectdesk.core.model import NoteKind
from reflectdesk.core.note_envelope import (
    ENVELOPE_V0,
    ENVELOPE_V1,
    ENVELOPE_V2,
    VERSION_BYTES,
    envelope_counter,
    open_v1,
    open_v2,
    seal_v2,
)
from reflectdesk.core.notes import PrivateText
from reflectdesk.core.vault_crypto import DecryptionError
from reflectdesk.store.errors import StoreError
from reflectdesk.store.keyring import Keyring, VaultLockedError
from reflectdesk.store.models.base import utcnow
from reflectdesk.store.models.notes import Note

__all__ = [
    "ENVELOPE_V0",
    "ENVELOPE_V1",
    "ENVELOPE_V2",
    "DamagedNoteError",
    "RolledBackNoteError",
    "copyable_columns",
    "count_private",
    "delete_all_private",
    "insert_copied_notes",
    "insert_private",
    "is_encrypted",
    "read_private",
    "reseal_all",
    "reseal_form",
    "seal",
    "stored_forms",
    "unseal",
    "update_private",
]

_VERSION_LENGTH = VERSION_BYTES
_KEYS = frozenset({"note", "title", "body"})  # v0 and v1
_KEYS_V2 = frozenset({"title", "body"})  # the note id is in the associated data

_notes = Note.__table__
_PRIVATE = NoteKind.PRIVATE.value


class DamagedNoteError(StoreError):
    """The stored form of a private note cannot be read back."""

    code = "damaged_note"

    def __init__(self, note_id: str, detail: str) -> None:
        super().__init__(
            words()
            .gettext(
                "A private note cannot be read because its stored text is damaged "
                "({detail}). The other notes are not affected; the note can be recovered "
                "from a backup in the 'backups' folder beside the database."
            )
            .format(detail=detail),
            note_id=note_id,
            detail=detail,
        )


class RolledBackNoteError(DamagedNoteError):
    """A private note's sealed text is intact but is not the one its row expects: an
    older sealed text of the same note was written back over the current one (by
    something other than ReflectDesk: a copy from a backup, a tool, a person)."""

    code = "rolled_back_note"

    def __init__(self, note_id: str, found: int, expected: int) -> None:
        StoreError.__init__(
            self,
            words()
            .gettext(
                "A private note cannot be shown: its stored text was replaced by an "
                "older version of it (save {found}; the database expects save "
                "{expected}). The file was changed outside ReflectDesk. The note is left "
                "as it is; its current text may be in a backup in the 'backups' folder "
                "beside the database."
            )
            .format(found=found, expected=expected),
            note_id=note_id,
            detail="rolled back",
            found=found,
            expected=expected,
        )


def is_encrypted(blob: bytes) -> bool:
    """Whether ``blob`` is an encrypted envelope (v1 or v2), not a v0 one."""
    return bytes(blob[:_VERSION_LENGTH]) in (ENVELOPE_V1, ENVELOPE_V2)


def seal(fields: PrivateText, *, note_id: str, key: bytes, counter: int) -> bytes:
    """The stored form (v2) of a private note's title and body, encrypted under ``key``
    at save ``counter`` (the value the row's ``seal_counter`` gets with it)."""
    payload = {"title": fields.title, "body": fields.body}
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return seal_v2(key, text.encode("utf-8"), note_id=note_id, counter=counter)


def unseal(blob: bytes | None, *, note_id: str, key: bytes | None, counter: int) -> PrivateText:
    """The title and body in ``blob``, stored in a row whose ``seal_counter`` is
    ``counter``. VaultLockedError when it is encrypted and ``key`` is None;
    RolledBackNoteError if it opens but is another save of the note than the row's;
    DamagedNoteError if it is not an intact envelope made for ``note_id`` under ``key``."""
    if not blob:
        raise DamagedNoteError(note_id, words().gettext("nothing is stored"))
    blob = bytes(blob)
    version = blob[:_VERSION_LENGTH]
    if version == ENVELOPE_V0:
        _check_counter(note_id, 0, counter)
        return _payload(blob[_VERSION_LENGTH:], note_id, _KEYS)
    if version not in (ENVELOPE_V1, ENVELOPE_V2):
        raise DamagedNoteError(note_id, words().gettext("unknown format"))
    if key is None:
        raise VaultLockedError()
    try:
        if version == ENVELOPE_V2:
            found, plain = open_v2(key, blob, note_id=note_id)
        else:
            found, plain = 0, open_v1(key, blob, note_id=note_id)
    except DecryptionError:
        # Right key (it unwrapped), so: changed bytes, another row's note, or a note
        # sealed under another vault's key (an archive from another laptop).
        raise DamagedNoteError(
            note_id, words().gettext("it does not open with this vault's key")
        ) from None
    _check_counter(note_id, found, counter)
    return _payload(plain, note_id, _KEYS_V2 if version == ENVELOPE_V2 else _KEYS)


def _check_counter(note_id: str, found: int, expected: int) -> None:
    # Every write seals with the counter it stores, so the two are equal unless one of
    # them was put back or changed from outside.
    if found != expected:
        raise RolledBackNoteError(note_id, found, expected)


def reseal_form(form: bytes, *, note_id: str, old_key: bytes | None, new_key: bytes) -> bytes:
    """``form`` (an archived note's stored form) sealed as v2 under ``new_key``, keeping
    the counter it carries, so that it still matches its row's ``seal_counter``."""
    try:
        counter = envelope_counter(form)
    except ValueError:
        raise DamagedNoteError(
            note_id, words().gettext("it does not open with this vault's key")
        ) from None
    text = unseal(form, note_id=note_id, key=old_key, counter=counter)
    return seal(text, note_id=note_id, key=new_key, counter=counter)


def _payload(plain: bytes, note_id: str, keys: frozenset[str]) -> PrivateText:
    try:
        payload = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise DamagedNoteError(note_id, words().gettext("unreadable contents")) from None
    if (
        not isinstance(payload, dict)
        or set(payload) != keys
        or not all(isinstance(value, str) for value in payload.values())
    ):
        raise DamagedNoteError(note_id, words().gettext("unexpected contents"))
    if payload.get("note", note_id) != note_id:
        raise DamagedNoteError(note_id, words().gettext("it belongs to another note"))
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
    group_id: str | None,
    person_id: str | None,
) -> None:
    """Insert a new private note row holding ``text`` (already validated), encrypted;
    VaultLockedError (nothing written) while the vault is locked."""
    sealed = seal(text, note_id=note_id, key=_key(session), counter=1)
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
            seal_counter=1,
            created_at=now,
            updated_at=now,
        )
    )


def update_private(session: Session, note_id: str, text: PrivateText) -> bool:
    """Store ``text`` as the private note's new text; False, writing nothing, when it is
    what is stored already (the autosave path)."""
    key = _key(session)
    row = session.execute(
        select(_notes.c.sealed, _notes.c.seal_counter).where(
            _notes.c.id == note_id, _notes.c.kind == _PRIVATE
        )
    ).first()
    if row is None:
        raise NotFoundError(words().gettext("That note no longer exists."))
    # A note that cannot be read (or was rolled back) is not overwritten: the stored
    # words must survive for whoever looks into it.
    if unseal(row.sealed, note_id=note_id, key=key, counter=row.seal_counter) == text:
        return False
    counter = row.seal_counter + 1
    session.execute(
        update(Note)
        .where(Note.id == note_id)
        .values(
            sealed=seal(text, note_id=note_id, key=key, counter=counter),
            seal_counter=counter,
            updated_at=utcnow(),
        )
    )
    return True


def read_private(session: Session, note_ids: Collection[str]) -> dict[str, PrivateText]:
    """The text of each private note in ``note_ids`` that exists, by id;
    VaultLockedError while locked."""
    if not note_ids:
        return {}
    key = _key_if_unlocked(session)
    rows = session.execute(
        select(_notes.c.id, _notes.c.sealed, _notes.c.seal_counter).where(
            _notes.c.id.in_(list(note_ids)), _notes.c.kind == _PRIVATE
        )
    )
    return {
        row.id: unseal(row.sealed, note_id=row.id, key=key, counter=row.seal_counter)
        for row in rows
    }


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
    """Seal every private note again (as v2, its counter raised by one) under
    ``new_key`` (v0 notes and, unless ``only_unencrypted``, v1 and v2 notes sealed under
    ``old_key``), in the caller's
    transaction, so that either every note changes or none does. The count resealed.

    A note that does not open with ``old_key`` raises DamagedNoteError and the caller's
    transaction rolls back: a rotation never leaves notes under two keys."""
    query = select(_notes.c.id, _notes.c.sealed, _notes.c.seal_counter).where(
        _notes.c.kind == _PRIVATE, _notes.c.sealed.is_not(None)
    )
    if only_unencrypted:
        query = query.where(func.substr(_notes.c.sealed, 1, _VERSION_LENGTH) == ENVELOPE_V0)
    rows = session.execute(query).all()
    total = len(rows)
    batch: list[dict[str, object]] = []
    for done, row in enumerate(rows, start=1):
        text = unseal(row.sealed, note_id=row.id, key=old_key, counter=row.seal_counter)
        counter = row.seal_counter + 1
        envelope = seal(text, note_id=row.id, key=new_key, counter=counter)
        batch.append({"note": row.id, "envelope": envelope, "counter": counter})
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
    .values(
        sealed=bindparam("envelope"),
        seal_counter=bindparam("counter"),
        updated_at=_notes.c.updated_at,
    )
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
    # Core, not the ORM's bulk insert: the rows are complete, and an import inserts tens
    # of thousands.
    session.execute(insert(cast(Table, Note.__table__)), values)
