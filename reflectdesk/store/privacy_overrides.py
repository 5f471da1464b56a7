"""Service functions for identifier overrides: recording that the facilitator kept a
likely patient identifier as written (when sharing a learning point or exporting note
text), and reading those records back.

The matched text is never stored, only a digest of it (see :func:`text_digest`), so a
finding kept once can be recognised again without keeping the identifier. A plain
SHA-256 of a short value such as a date or a ten-digit number could be found again by
trying every value, which for a private note would reveal what the vault encrypts; so
while the vault is unlocked the digest is an HMAC-SHA256 under a key derived from the
vault's data key (and private notes are only ever checked while unlocked). Learning
points and actions, stored in clear anyway, may get a plain SHA-256 when checked while
the vault is locked. A digest made under another key simply does not match: the
finding is asked about again, nothing worse.

:func:`record_overrides` publishes Change("identifier_overrides", *ids) after it commits.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, literal_column, select

from reflectdesk.core.identifiers import Finding, IdentifierKind
from reflectdesk.store.database import Store
from reflectdesk.store.errors import StoreError
from reflectdesk.store.models.base import new_id, utcnow
from reflectdesk.store.models.privacy import IdentifierOverride, OverrideContext
from reflectdesk.store.rows import from_row

__all__ = [
    "KeptFinding",
    "OverrideContext",
    "OverrideRecord",
    "digest_key",
    "kept_keys",
    "overrides_for_note",
    "record_overrides",
    "text_digest",
]

_overrides = IdentifierOverride.__table__


@dataclass(frozen=True, slots=True)
class KeptFinding:
    """A finding the facilitator chose to keep, in the text of ``note_id`` (None when the
    text belongs to no note yet)."""

    note_id: str | None
    finding: Finding


@dataclass(frozen=True, slots=True)
class OverrideRecord:
    id: str
    context: OverrideContext
    note_id: str | None
    kind: IdentifierKind
    text_sha256: str
    created_at: datetime


def digest_key(store: Store) -> bytes | None:
    """The HMAC key for :func:`text_digest` while the vault is unlocked, else None."""
    if not store.keyring.unlocked:
        return None
    try:
        data_key = store.keyring.data_key()
    except StoreError:  # locked in between
        return None
    return hmac.new(data_key, b"reflectdesk/identifier-overrides/v1", hashlib.sha256).digest()


def text_digest(text: str, key: bytes | None = None) -> str:
    """The HMAC-SHA256 of ``text`` (UTF-8) under ``key``, or its SHA-256 without one,
    as 64 hex digits."""
    data = text.encode("utf-8")
    if key is None:
        return hashlib.sha256(data).hexdigest()
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def record_overrides(
    store: Store, context: OverrideContext, kept: Iterable[KeptFinding]
) -> list[str]:
    """Record each kept finding in one transaction; returns the new ids."""
    now, key = utcnow(), digest_key(store)
    rows = [
        {
            "id": new_id(),
            "context": OverrideContext(context).value,
            "note_id": item.note_id,
            "kind": IdentifierKind(item.finding.kind).value,
            "text_sha256": text_digest(item.finding.text, key),
            "created_at": now,
        }
        for item in kept
    ]
    if not rows:
        return []
    with store.transaction() as session:
        session.execute(insert(IdentifierOverride), rows)
    ids = [str(row["id"]) for row in rows]
    store.changes.publish("identifier_overrides", *ids)
    return ids


def overrides_for_note(store: Store, note_id: str) -> list[OverrideRecord]:
    """The overrides recorded for one note, oldest first."""
    query = (
        select(_overrides)
        .where(_overrides.c.note_id == note_id)
        # rowid keeps the order of one batch, which shares its created_at.
        .order_by(_overrides.c.created_at, literal_column("identifier_overrides.rowid"))
    )
    with store.reading() as session:
        return [
            from_row(
                OverrideRecord,
                row,
                context=OverrideContext(row.context),
                kind=IdentifierKind(row.kind),
            )
            for row in session.execute(query)
        ]


def kept_keys(store: Store, note_ids: Collection[str]) -> set[tuple[str, IdentifierKind, str]]:
    """(note id, kind, digest) of every finding already kept in these notes, in any
    context: a finding kept once need not be asked about again."""
    if not note_ids:
        return set()
    query = select(_overrides.c.note_id, _overrides.c.kind, _overrides.c.text_sha256).where(
        _overrides.c.note_id.in_(list(note_ids))
    )
    with store.reading() as session:
        return {
            (str(row.note_id), IdentifierKind(row.kind), str(row.text_sha256))
            for row in session.execute(query)
        }


class KeptBefore:
    """Which findings in some notes were kept before, read in one query: a finding kept
    once (same note, kind and matched text, by digest) need not be asked about again.
    The one rule for every check, the exports' and the sharing of a learning point."""

    def __init__(self, store: Store, note_ids: Collection[str | None]) -> None:
        self._keys = kept_keys(store, {note_id for note_id in note_ids if note_id})
        self._key = digest_key(store)

    def __call__(self, note_id: str | None, kind: IdentifierKind, text: str) -> bool:
        if not note_id:
            return False  # a note not saved yet has no decisions
        digests = {text_digest(text, self._key)}
        if self._key is not None:
            # A choice made while the private notes were locked has a plain digest.
            digests.add(text_digest(text))
        return any((note_id, kind, digest) in self._keys for digest in digests)
