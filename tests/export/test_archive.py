"""Archives: a round trip keeps every row, imports merge by id without duplicates,
built-ins are matched by key, private notes travel sealed, and a bad archive is refused
with the database left as it was."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from reflectdesk.core.errors import NotFoundError, ReflectDeskError
from reflectdesk.demo.build import DEMO_PASSPHRASE
from reflectdesk.export.archive import ArchiveError, export_archive, import_archive
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.notes import private_notes
from reflectdesk.store.schema import HEAD_REVISION
from reflectdesk.store.search_index import index_stale, search
from reflectdesk.store.vault import unlock
from tests.export.rich import (
    CANARY,
    GREEK_GROUP,
    TABLES,
    Rich,
    dump,
    empty_store,
    file_digest,
    private_blob,
    seeded_store,
)


@pytest.fixture
def everything(rich: Rich, tmp_path: Path) -> Path:
    """An archive of the whole rich database."""
    out = tmp_path / "everything.rdarchive"
    with open_store(rich.path) as store:
        export_archive(store, out)
    return out


def _import(db: Path, archive: Path, opener: Callable[[Path], Store] = seeded_store) -> None:
    with opener(db) as store:
        import_archive(store, archive)


def test_round_trip_into_an_empty_database_keeps_every_row(
    rich: Rich, everything: Path, tmp_path: Path
) -> None:
    target = tmp_path / "target.db"
    with empty_store(target) as store:
        summary = import_archive(store, everything)
        assert not index_stale(store)
        hits = search(store, "Ηρακλείου")
    source, copied = dump(rich.path), dump(target)
    assert set(copied) == set(TABLES)
    for table in TABLES:
        assert copied[table] == source[table], table
    assert summary.total_kept == 0
    assert summary.added["notes"] == len(source["notes"])
    assert any(hit.title == GREEK_GROUP for hit in hits)
    assert private_blob(target, rich.private_note_id) == private_blob(
        rich.path, rich.private_note_id
    )


def test_the_private_note_is_in_the_archive_as_stored_and_reads_back(
    rich: Rich, everything: Path, tmp_path: Path
) -> None:
    stored = private_blob(rich.path, rich.private_note_id)
    with zipfile.ZipFile(everything) as archive:
        names = archive.namelist()
        notes = json.loads(archive.read("notes.json"))
        envelopes = json.loads(archive.read("private_envelopes.json"))
        manifest = json.loads(archive.read("manifest.json"))
    assert "settings.json" not in names and "identifier_overrides.json" not in names
    assert "vault.json" in names  # the wrapped key only: the notes open with the passphrase
    assert not any(name.startswith("search") for name in names)
    assert manifest["format"] == "reflectdesk-archive"
    assert manifest["version"] == 1 and manifest["schema"] == HEAD_REVISION
    assert all("sealed" not in row for row in notes)
    # The save counter travels in clear beside the envelope, which is bound to it.
    (archived,) = [row for row in notes if row["id"] == rich.private_note_id]
    assert archived["seal_counter"] >= 1 and stored[4:12] == archived["seal_counter"].to_bytes(
        8, "big"
    )
    import base64

    by_id = {row["note_id"]: base64.b64decode(row["envelope"]) for row in envelopes}
    assert by_id[rich.private_note_id] == stored
    target = tmp_path / "target.db"
    with seeded_store(target) as store:
        import_archive(store, everything)
        unlock(store, DEMO_PASSPHRASE)  # the laptop without a vault took the archive's
        texts = [note.text.body for note in private_notes(store, rich.session_id)]
    assert texts == [CANARY]
    assert private_blob(target, rich.private_note_id) == stored


def test_importing_the_same_archive_twice_adds_nothing(everything: Path, tmp_path: Path) -> None:
    target = tmp_path / "target.db"
    _import(target, everything)
    once = dump(target)
    with seeded_store(target) as store:
        again = import_archive(store, everything)
    assert again.total_added == 0
    assert dump(target) == once


def test_builtins_are_matched_by_key_and_references_repointed(
    rich: Rich, everything: Path, tmp_path: Path
) -> None:
    target = tmp_path / "target.db"
    with seeded_store(target):
        pass
    builtin_before = dump(target)
    _import(target, everything)
    after = dump(target)
    with closing(sqlite3.connect(target)) as db:
        for table in ("formats", "decks", "themes"):
            keys = [row[0] for row in db.execute(f"SELECT key FROM {table}")]
            assert len(keys) == len(set(keys)), table
        # Every built-in keeps the target's own id, and nothing else has its key.
        for table in ("formats", "decks", "themes"):
            for key, row in builtin_before[table].items():
                assert after[table][key] == row
        dangling = db.execute("PRAGMA foreign_key_check").fetchall()
        assert dangling == []
        # The card shown from a built-in deck now points at this laptop's card.
        shown = db.execute(
            "SELECT decks.builtin FROM cards_shown JOIN cards ON cards.id = cards_shown.card_id"
            " JOIN decks ON decks.id = cards.deck_id WHERE cards_shown.session_id = ?",
            (rich.session_id,),
        ).fetchall()
    assert sorted(builtin for (builtin,) in shown) == [0, 1]
    source = dump(rich.path)
    # Every record that is not a built-in arrived with its own id.
    for table in ("groups", "persons", "sessions", "notes", "clock_events", "attendance"):
        assert set(source[table]) <= set(after[table]), table


def test_one_group_into_a_database_with_other_data(rich: Rich, tmp_path: Path) -> None:
    out = tmp_path / "greek.rdarchive"
    with open_store(rich.path) as store:
        summary = export_archive(store, out, rich.group_id)
    assert summary.rows["groups"] == 1
    assert summary.private_notes == 1
    other = tmp_path / "other.db"
    with seeded_store(other) as store:
        from reflectdesk.core.model import GroupDraft
        from reflectdesk.store.groups import create_group

        create_group(store, GroupDraft("Intervisiegroep Utrecht"))
    before = dump(other)
    _import(other, out)
    after = dump(other)
    source = dump(rich.path)
    assert len(after["groups"]) == len(before["groups"]) + 1
    assert (rich.group_id,) in after["groups"]
    greek_sessions = {key for key, row in source["sessions"].items() if rich.group_id in row}
    assert greek_sessions <= set(after["sessions"])
    for key, row in before["groups"].items():
        assert after["groups"][key] == row
    with closing(sqlite3.connect(other)) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        names = {name for (name,) in db.execute("SELECT display_name FROM persons")}
    assert {"İlker Şahin", "IJsbrand van 't Eertwegh", "Νίκος Γεωργίου"} <= names
    # Persons of the other demo groups did not come along.
    assert len(after["persons"]) == 4
    assert private_blob(other, rich.private_note_id) == private_blob(
        rich.path, rich.private_note_id
    )


def test_a_user_format_with_the_same_key_stays_and_the_archived_one_gets_a_free_key(
    rich: Rich, tmp_path: Path
) -> None:
    from reflectdesk.store.user_formats import copy_format, list_format_definitions

    out = tmp_path / "greek.rdarchive"
    with open_store(rich.path) as store:
        export_archive(store, out, rich.group_id)
        (theirs,) = [s for s, _ in list_format_definitions(store) if s.name.startswith("Balint ισ")]
    other = tmp_path / "other.db"
    with seeded_store(other) as store:
        builtin = next(s for s, _ in list_format_definitions(store) if s.builtin)
        ours = copy_format(store, builtin.id, "Balint ισχυρή παραλλαγή")
        import_archive(store, out)
        formats = {s.id: s for s, _ in list_format_definitions(store)}
    assert ours.key == theirs.key and ours.id != theirs.id
    assert formats[ours.id].key == ours.key
    assert formats[theirs.id].key == f"{theirs.key}-2"
    with closing(sqlite3.connect(other)) as db:
        (format_id,) = db.execute("SELECT format_id FROM groups WHERE id = ?", (rich.group_id,))
    assert format_id == (theirs.id,)


def test_exporting_an_unknown_group_is_not_found(rich: Rich, tmp_path: Path) -> None:
    with open_store(rich.path) as store, pytest.raises(NotFoundError):
        export_archive(store, tmp_path / "x.rdarchive", "no-such-group")
    assert not (tmp_path / "x.rdarchive").exists()


# -- bad archives ------------------------------------------------------------------------


def _rewrite(source: Path, out: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    with zipfile.ZipFile(source) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    change(files)
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out


def _manifest(change: Callable[[dict[str, object]], None]) -> Callable[[dict[str, bytes]], None]:
    def edit(files: dict[str, bytes]) -> None:
        manifest = json.loads(files["manifest.json"])
        change(manifest)
        files["manifest.json"] = json.dumps(manifest).encode()

    return edit


def _table(
    name: str, change: Callable[[list[dict[str, object]]], None], fix_sum: bool = True
) -> Callable[[dict[str, bytes]], None]:
    def edit(files: dict[str, bytes]) -> None:
        import hashlib

        rows = json.loads(files[f"{name}.json"])
        change(rows)
        data = json.dumps(rows).encode()
        files[f"{name}.json"] = data
        if fix_sum:
            manifest = json.loads(files["manifest.json"])
            manifest["tables"][name]["sha256"] = hashlib.sha256(data).hexdigest()
            files["manifest.json"] = json.dumps(manifest).encode()

    return edit


def _truncated(source: Path, out: Path) -> Path:
    data = source.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    return out


def _text_file(source: Path, out: Path) -> Path:
    out.write_text("group,name\n1,Ομάδα\n", encoding="utf-8")
    return out


def _drop_column(rows: list[dict[str, object]]) -> None:
    del rows[0]["display_name"]


def _tamper(rows: list[dict[str, object]]) -> None:
    rows[0]["display_name"] = "Mallory"


def _bad_value(rows: list[dict[str, object]]) -> None:
    rows[0]["planned_start"] = "next Tuesday"


def _dangling(rows: list[dict[str, object]]) -> None:
    rows[-1]["group_id"] = "00000000-0000-0000-0000-000000000000"


def _drop_file(files: dict[str, bytes]) -> None:
    del files["sessions.json"]


def _no_manifest(files: dict[str, bytes]) -> None:
    del files["manifest.json"]


def _zip_headers(source: Path, out: Path, change: Callable[[bytearray, int, int], None]) -> Path:
    """A copy of the zip at ``source`` with ``change(data, offset, field)`` applied to
    every local (field offsets 6 flags, 8 method) and central header (8 and 10)."""
    data = bytearray(source.read_bytes())
    for signature, shift in ((b"PK\x03\x04", 0), (b"PK\x01\x02", 2)):
        start = data.find(signature)
        while start != -1:
            change(data, start, shift)
            start = data.find(signature, start + 4)
    out.write_bytes(bytes(data))
    return out


def _unknown_method(data: bytearray, start: int, shift: int) -> None:
    data[start + 8 + shift : start + 10 + shift] = (99).to_bytes(2, "little")  # AES (WinZip)


def _encrypted(data: bytearray, start: int, shift: int) -> None:
    data[start + 6 + shift] |= 0x01  # "encrypted, password required"


BAD_ARCHIVES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "unknown compression method": (
        lambda s, o: _zip_headers(s, o, _unknown_method),
        "damaged or incomplete",
    ),
    "encrypted zip": (lambda s, o: _zip_headers(s, o, _encrypted), "damaged or incomplete"),
    "truncated zip": (_truncated, "damaged or incomplete"),
    "a text file": (_text_file, "not a ReflectDesk archive"),
    "no manifest": (
        lambda s, o: _rewrite(s, o, _no_manifest),
        "not a ReflectDesk archive",
    ),
    "wrong format": (
        lambda s, o: _rewrite(s, o, _manifest(lambda m: m.update(format="zip-of-stuff"))),
        "not a ReflectDesk archive",
    ),
    "wrong version": (
        lambda s, o: _rewrite(s, o, _manifest(lambda m: m.update(version=2))),
        "version 2",
    ),
    "wrong schema": (
        lambda s, o: _rewrite(s, o, _manifest(lambda m: m.update(schema="0099"))),
        "made by a different ReflectDesk version",
    ),
    "bad checksum": (
        lambda s, o: _rewrite(s, o, _table("persons", _tamper, fix_sum=False)),
        "checksum of table persons does not match",
    ),
    "missing table file": (
        lambda s, o: _rewrite(s, o, _drop_file),
        "file of table sessions is missing",
    ),
    "row with a missing column": (
        lambda s, o: _rewrite(s, o, _table("persons", _drop_column)),
        "missing ['display_name'] columns",
    ),
    "value of the wrong kind": (
        lambda s, o: _rewrite(s, o, _table("sessions", _bad_value)),
        "row 1 of table sessions",
    ),
    "reference to nothing": (
        lambda s, o: _rewrite(s, o, _table("sessions", _dangling)),
        "refers to records",
    ),
}


@pytest.mark.parametrize("case", list(BAD_ARCHIVES))
def test_a_bad_archive_is_refused_and_the_database_is_unchanged(
    case: str, everything: Path, tmp_path: Path
) -> None:
    make, expected = BAD_ARCHIVES[case]
    bad = make(everything, tmp_path / "bad.rdarchive")
    target = tmp_path / "target.db"
    with seeded_store(target) as store:
        from reflectdesk.core.model import GroupDraft
        from reflectdesk.store.groups import create_group

        create_group(store, GroupDraft("Reflectiegroep Nijmegen"))
    before = file_digest(target)
    with seeded_store(target) as store, pytest.raises(ArchiveError) as caught:
        import_archive(store, bad)
    assert file_digest(target) == before
    message = str(caught.value)
    assert expected in message
    assert "has not been changed" in message
    assert "\n" not in message
    assert isinstance(caught.value, ReflectDeskError)


def test_a_missing_archive_is_an_archive_error(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "t.db") as store, pytest.raises(ArchiveError):
        import_archive(store, tmp_path / "nowhere.rdarchive")


# -- private notes from another laptop's vault ------------------------------------------


def test_notes_from_another_vault_are_sealed_again_with_the_archives_passphrase(
    everything: Path, rich: Rich, tmp_path: Path
) -> None:
    from reflectdesk.core.vault_crypto import KdfParams
    from reflectdesk.export.archive import ArchivePassphraseNeededError
    from reflectdesk.store.vault import WrongPassphraseError, create_vault, lock

    target = tmp_path / "own-vault.db"
    with seeded_store(target) as store:
        create_vault(store, "this laptop's passphrase", params=KdfParams.for_tests())
    before = file_digest(target)

    with seeded_store(target) as store:
        unlock(store, "this laptop's passphrase")
        with pytest.raises(ArchivePassphraseNeededError, match="another laptop"):
            import_archive(store, everything)
        with pytest.raises(WrongPassphraseError):
            import_archive(store, everything, archive_passphrase="not the demo's")
    assert file_digest(target) == before

    with seeded_store(target) as store:
        unlock(store, "this laptop's passphrase")
        import_archive(store, everything, archive_passphrase=DEMO_PASSPHRASE)
        lock(store)
        unlock(store, "this laptop's passphrase")  # still this laptop's own vault
        texts = [note.text.body for note in private_notes(store, rich.session_id)]
    assert texts == [CANARY]
    assert private_blob(target, rich.private_note_id) != private_blob(
        rich.path, rich.private_note_id
    )


def test_an_archive_of_the_same_vault_needs_no_passphrase(
    everything: Path, rich: Rich, tmp_path: Path
) -> None:
    target = tmp_path / "copy.db"
    shutil.copyfile(rich.path, target)
    with seeded_store(target) as store:
        unlock(store, DEMO_PASSPHRASE)
        summary = import_archive(store, everything)
    assert summary.total_added == 0
