"""Identifier overrides are recorded as kind and SHA-256 only, listed per note, and the
facilitator's place list round-trips through the settings."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from reflectdesk.core.errors import InvalidInputError
from reflectdesk.core.identifiers import Finding, IdentifierKind, find_identifiers
from reflectdesk.store.database import Store
from reflectdesk.store.privacy_overrides import (
    KeptFinding,
    OverrideContext,
    digest_key,
    kept_keys,
    overrides_for_note,
    record_overrides,
    text_digest,
)
from reflectdesk.store.settings import (
    PLACE_NAMES_KEY,
    _write,
    place_names,
    save_place_names,
)

NHS = "943 476 5919"  # passes the mod-11 check


def test_overrides_are_recorded_with_a_hash_and_no_plaintext(store: Store, db_path: Path) -> None:
    text = f"Mr Jansen, NHS {NHS}, seen on 12-03-2024"
    found = find_identifiers(text)
    assert [f.kind for f in found] == [
        IdentifierKind.TITLED_NAME,
        IdentifierKind.NHS_NUMBER,
        IdentifierKind.DATE,
    ]
    seen: list[tuple[str, tuple[str, ...]]] = []
    store.changes.subscribe(lambda change: seen.append((change.area, change.ids)))

    ids = record_overrides(
        store, OverrideContext.EXPORT, [KeptFinding("note-1", f) for f in found[:2]]
    )
    record_overrides(store, OverrideContext.SHAREABLE_POINT, [KeptFinding("note-2", found[2])])

    records = overrides_for_note(store, "note-1")
    assert [r.id for r in records] == ids
    assert [r.kind for r in records] == [IdentifierKind.TITLED_NAME, IdentifierKind.NHS_NUMBER]
    assert all(r.context is OverrideContext.EXPORT for r in records)
    # Unlocked: keyed by the vault, so the digest of a short number cannot be tried out.
    assert records[1].text_sha256 == text_digest(NHS, digest_key(store))
    assert records[1].text_sha256 != hashlib.sha256(NHS.encode()).hexdigest()
    assert records[0].created_at.tzinfo is not None
    assert seen[0] == ("identifier_overrides", tuple(ids))
    store.close()
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    for secret in ("Jansen", NHS, "12-03-2024"):
        assert secret.encode() not in raw


def test_kept_keys_name_note_kind_and_digest(store: Store) -> None:
    finding = Finding(IdentifierKind.AGE, 0, 11, "67-year-old")
    assert kept_keys(store, ["a"]) == set()
    record_overrides(store, OverrideContext.SHAREABLE_POINT, [KeptFinding("a", finding)])
    record_overrides(store, OverrideContext.EXPORT, [KeptFinding(None, finding)])

    key = digest_key(store)
    assert kept_keys(store, ["a", "b"]) == {
        ("a", IdentifierKind.AGE, text_digest("67-year-old", key))
    }
    assert kept_keys(store, []) == set()
    assert record_overrides(store, OverrideContext.EXPORT, []) == []


def test_the_table_refuses_an_unknown_kind_or_context(db_path: Path, store: Store) -> None:
    store.close()
    connection = sqlite3.connect(db_path)
    try:
        row = "INSERT INTO identifier_overrides VALUES (?, ?, ?, ?, '2026-01-01', ?)"
        digest = "0" * 64
        for context, kind in (("export", "shoe_size"), ("printout", "date")):
            with pytest.raises(sqlite3.IntegrityError):
                connection.execute(row, (context, None, kind, digest, "x"))
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(row, ("export", None, "date", "plain text", "y"))
    finally:
        connection.close()


# --- the place list --------------------------------------------------------------------


def test_place_names_round_trip_cleaned(store: Store) -> None:
    assert place_names(store) == ()
    saved = save_place_names(store, ["LUMC", "", "  St  Mary's ", "lumc", "Ziekenhuis Öst"])
    assert saved == ("LUMC", "St Mary's", "Ziekenhuis Öst")
    assert place_names(store) == saved
    assert save_place_names(store, []) == ()
    assert place_names(store) == ()


def test_place_names_refuse_an_overlong_name_and_survive_damage(store: Store) -> None:
    with pytest.raises(InvalidInputError):
        save_place_names(store, ["x" * 201])
    _write(store, PLACE_NAMES_KEY, "not a list")
    assert place_names(store) == ()
    _write(store, PLACE_NAMES_KEY, ["Ward 7B", 3, None])
    assert place_names(store) == ("Ward 7B",)


def test_kept_before_knows_keeps_made_unlocked_and_locked(store: Store) -> None:
    from reflectdesk.store import vault
    from reflectdesk.store.privacy_overrides import KeptBefore
    from tests.fakes import TEST_PASSPHRASE

    age = Finding(IdentifierKind.AGE, 0, 11, "67-year-old")
    date = Finding(IdentifierKind.DATE, 0, 10, "12-03-2026")
    record_overrides(store, OverrideContext.SHAREABLE_POINT, [KeptFinding("a", age)])
    vault.lock(store)  # kept while locked: a plain digest
    record_overrides(store, OverrideContext.EXPORT, [KeptFinding("a", date)])
    vault.unlock(store, TEST_PASSPHRASE)

    kept = KeptBefore(store, ["a", None])
    assert kept("a", IdentifierKind.AGE, "67-year-old")
    assert kept("a", IdentifierKind.DATE, "12-03-2026")
    assert not kept("b", IdentifierKind.AGE, "67-year-old")
    assert not kept("a", IdentifierKind.AGE, "68-year-old")
    assert not kept(None, IdentifierKind.AGE, "67-year-old")  # a note not saved yet
