"""The in-memory index of unlocked private notes: what it finds and how it ranks, that it
follows every edit, that it is gone on lock, and that nothing of it reaches the disk."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reflectdesk.core.model import GroupDraft, GroupRecord
from reflectdesk.core.notes import LearningPointDraft, PrivateText
from reflectdesk.core.search import HitKind
from reflectdesk.core.sessions import SessionDraft, SessionRecord
from reflectdesk.store import vault
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group
from reflectdesk.store.notes import add_learning_point, delete_note, save_private_note
from reflectdesk.store.private_search import PrivateNotes, PrivateNotesIndex, search_everything
from reflectdesk.store.sessions import delete_session, plan_session
from tests.fakes import open_vault

NOV_24 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
SECRET = "Zwartkrijtvogel"  # a word no other text in the database holds


@pytest.fixture
def group(store: Store) -> GroupRecord:
    return create_group(store, GroupDraft("Balint Dinsdag"))


@pytest.fixture
def meeting(store: Store, group: GroupRecord) -> SessionRecord:
    return plan_session(store, group.id, SessionDraft(planned_start=NOV_24))


@pytest.fixture
def index(store: Store) -> PrivateNotesIndex:
    made = PrivateNotesIndex(store)
    assert made.build()
    return made


def titles(index: PrivateNotesIndex, query: str) -> list[str]:
    hits = index.search(query)
    assert hits is not None
    return [hit.title for hit in hits]


def test_finds_folded_prefixes_and_ranks_titles_first(
    store: Store, meeting: SessionRecord, index: PrivateNotesIndex
) -> None:
    save_private_note(store, meeting.id, PrivateText("Over Hüseyin", "Twijfel bij de diagnose"))
    save_private_note(store, meeting.id, PrivateText("Diagnose", "Hüseyin twijfelde"))

    assert titles(index, "huseyin") == ["Over Hüseyin", "Diagnose"]
    assert titles(index, "h") == ["Over Hüseyin", "Diagnose"]  # a one-letter prefix
    [hit] = [hit for hit in index.search("twijfelde") or [] if hit.title == "Diagnose"]
    assert hit.kind is HitKind.PRIVATE
    assert hit.snippet_html == "Hüseyin <b>twijfelde</b>"


def test_follows_creating_editing_and_deleting(
    store: Store, meeting: SessionRecord, index: PrivateNotesIndex
) -> None:
    note = save_private_note(store, meeting.id, PrivateText(body="eerste versie"))
    assert titles(index, "eerste") == ["eerste versie"]  # untitled: its first words

    save_private_note(store, meeting.id, PrivateText(body="tweede versie"), note.id)
    assert titles(index, "eerste") == []
    assert titles(index, "tweede") == ["tweede versie"]

    delete_note(store, note.id)
    assert titles(index, "tweede") == []


def test_a_note_removed_with_its_session_is_not_shown(
    store: Store, meeting: SessionRecord, index: PrivateNotesIndex
) -> None:
    save_private_note(store, meeting.id, PrivateText(body="verdwijnt"))
    delete_session(store, meeting.id)  # a cascade: no Change("notes") for the note
    assert titles(index, "verdwijnt") == []


def test_lock_drops_the_index_and_unlock_builds_it_again(
    store: Store, meeting: SessionRecord, index: PrivateNotesIndex
) -> None:
    save_private_note(store, meeting.id, PrivateText(body=SECRET))
    vault.lock(store)
    assert not index.ready
    assert index.search(SECRET) is None

    open_vault(store)  # unlocking starts a build on a background thread
    assert titles(index, SECRET.lower()[:4]) == [SECRET]
    assert index.ready


def test_a_note_saved_while_the_index_is_built_is_not_missed(
    store: Store, meeting: SessionRecord
) -> None:
    index = PrivateNotesIndex(store)
    index.start_building()
    save_private_note(store, meeting.id, PrivateText(body="tijdens het bouwen"))
    assert titles(index, "bouwen") == ["tijdens het bouwen"]
    index.close()


def test_search_everything_merges_by_rank_and_says_when_locked(
    store: Store, group: GroupRecord, meeting: SessionRecord, index: PrivateNotesIndex
) -> None:
    save_private_note(store, meeting.id, PrivateText(body="Onzekerheid gedeeld"))
    add_learning_point(store, meeting.id, LearningPointDraft("Onzekerheid delen", True))

    found = search_everything(store, index, "onzeker")
    assert found.private is PrivateNotes.SEARCHED
    assert {hit.kind for hit in found.hits} == {HitKind.PRIVATE, HitKind.LEARNING_POINT}
    assert [hit.rank for hit in found.hits] == sorted(hit.rank for hit in found.hits)

    vault.lock(store)
    found = search_everything(store, index, "onzeker")
    assert found.private is PrivateNotes.LOCKED
    assert [hit.kind for hit in found.hits] == [HitKind.LEARNING_POINT]


def _open_files() -> set[str]:
    """The files this process holds open (Linux), apart from sockets and pipes."""
    folder = Path("/proc/self/fd")
    held: set[str] = set()
    for entry in folder.iterdir():
        try:
            target = str(entry.readlink())
        except OSError:
            continue  # closed between listing and reading
        if target.startswith("/"):
            held.add(target)
    return held


def test_nothing_of_the_index_reaches_the_disk(
    store: Store,
    db_path: Path,
    meeting: SessionRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A temporary folder of the test's own, so other programs' files do not count.
    temp = tmp_path / "temp"
    temp.mkdir()
    for name in ("TMPDIR", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    for number in range(200):  # enough to sort and merge: a sort that spilled would show
        save_private_note(store, meeting.id, PrivateText(f"Notitie {number}", f"{SECRET} {number}"))
    vault.lock(store)
    before = set(db_path.parent.iterdir()), set(temp.iterdir())
    held_before = _open_files() if Path("/proc/self/fd").is_dir() else set()

    open_vault(store)
    index = PrivateNotesIndex(store)
    assert index.build()
    hits = index.search(SECRET[:2], limit=500)
    assert hits is not None and len(hits) == 200
    save_private_note(store, meeting.id, PrivateText("Nog een", SECRET))

    assert (set(db_path.parent.iterdir()), set(temp.iterdir())) == before
    if held_before:
        assert _open_files() <= held_before | {str(db_path) + "-wal", str(db_path) + "-shm"}
    index.close()
    written = b"".join(
        path.read_bytes() for path in db_path.parent.iterdir() if path.name.startswith(db_path.name)
    )
    for form in (SECRET, SECRET.lower()):
        assert form.encode() not in written


def test_unlocking_builds_nothing_until_the_first_search(
    store: Store, meeting: SessionRecord
) -> None:
    # Unlocking to write must not cost seconds of a core mid-session, nor keep every
    # note decrypted in memory when nobody searches.
    save_private_note(store, meeting.id, PrivateText("Voor later", "eerste zoekactie"))
    vault.lock(store)
    index = PrivateNotesIndex(store)
    open_vault(store)
    assert not index.ready
    assert index._builder is None

    first = search_everything(store, index, "zoekactie")
    assert first.private is PrivateNotes.INDEXING
    assert index._builder is not None
    index._builder.join(10)
    again = search_everything(store, index, "zoekactie")
    assert again.private is PrivateNotes.SEARCHED
    assert [hit.title for hit in again.hits] == ["Voor later"]
    index.close()
