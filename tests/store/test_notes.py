"""Notes in the database: private notes through the vault seam (and nothing else touching
their stored form), the autosave path, learning points with themes, actions, and the
hooks the full-text index will hang on."""

from __future__ import annotations

import io
import re
import sqlite3
import tokenize
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session as OrmSession

import reflectdesk
from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.events import Change
from reflectdesk.core.model import GroupDraft, GroupRecord, MemberDraft, MemberRecord, Role
from reflectdesk.core.notes import ActionDraft, LearningPointDraft, PrivateText
from reflectdesk.core.sessions import SessionDraft, SessionRecord
from reflectdesk.store import notes as notes_module
from reflectdesk.store import vault_seam
from reflectdesk.store.database import Store
from reflectdesk.store.errors import StoreError
from reflectdesk.store.groups import create_group
from reflectdesk.store.keyring import VaultLockedError
from reflectdesk.store.members import add_member
from reflectdesk.store.models.notes import Note
from reflectdesk.store.notes import (
    actions,
    add_action,
    add_learning_point,
    delete_note,
    group_learning_points,
    learning_points,
    member_notes,
    open_actions,
    open_actions_before,
    private_notes,
    save_member_note,
    save_private_note,
    set_action_done,
    update_action,
    update_learning_point,
)
from reflectdesk.store.sessions import plan_session
from reflectdesk.store.themes import archive_theme, list_themes, sync_builtin_themes
from reflectdesk.store.vault_seam import DamagedNoteError, seal, unseal

GREEK = "Η φοιτήτρια φάνηκε αναστατωμένη μετά τη νυχτερινή βάρδια."
TURKISH = "İlker'in gözleri ıslaktı; şüpheli bir ağrı, çok üzgündü."
DUTCH = "IJsbrand vond het slechtnieuwsgesprek met de coassistent één keer te snel gaan."
TUESDAY = datetime(2026, 2, 3, 12, 0, tzinfo=UTC)


@pytest.fixture
def group(store: Store) -> GroupRecord:
    with store.transaction() as session:
        sync_builtin_themes(session)
    return create_group(store, GroupDraft(name="Balint dinsdag"))


@pytest.fixture
def members(store: Store, group: GroupRecord) -> dict[str, MemberRecord]:
    typed = [("Eleni Papadopoulou", Role.MEMBER), ("Hüseyin İkiz", Role.MEMBER)]
    added = [add_member(store, group.id, MemberDraft(name, role)) for name, role in typed]
    return {record.display_name.split()[0]: record for record in added}


@pytest.fixture
def meeting(store: Store, group: GroupRecord) -> SessionRecord:
    return plan_session(store, group.id, SessionDraft(TUESDAY))


@pytest.fixture
def changes(store: Store) -> list[Change]:
    seen: list[Change] = []
    store.changes.subscribe(seen.append)
    return seen


@pytest.fixture
def writes(store: Store) -> Iterator[list[str]]:
    """Every INSERT, UPDATE or DELETE statement sent to the database from now on."""
    seen: list[str] = []

    def listen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().split()[0].upper() in {"INSERT", "UPDATE", "DELETE", "REPLACE"}:
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", listen)
    yield seen
    event.remove(store.engine, "before_cursor_execute", listen)


@pytest.fixture
def hook_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, tuple[object, ...]]]:
    calls: list[tuple[str, tuple[object, ...]]] = []
    monkeypatch.setattr(
        notes_module, "on_note_written", [lambda *args: calls.append(("written", args))]
    )
    monkeypatch.setattr(
        notes_module, "on_note_deleted", [lambda *args: calls.append(("deleted", args))]
    )
    return calls


def stored_columns(store: Store, note_id: str) -> tuple[str, str, bytes | None]:
    with sqlite3.connect(store.path) as connection:
        row = connection.execute(
            "SELECT title, body, sealed FROM notes WHERE id = ?", (note_id,)
        ).fetchone()
    assert row is not None
    return row[0], row[1], row[2]


def damage(store: Store, note_id: str, blob: bytes | None) -> None:
    with store.transaction() as session:
        session.execute(
            text("UPDATE notes SET sealed = :blob WHERE id = :id"), {"blob": blob, "id": note_id}
        )


def theme_ids(store: Store, *names: str) -> tuple[str, ...]:
    by_name = {theme.name: theme.id for theme in list_themes(store, include_archived=True)}
    return tuple(by_name[name] for name in names)


# -- private notes ----------------------------------------------------------------------


def test_private_note_round_trip_in_three_scripts(store: Store, meeting: SessionRecord) -> None:
    written = PrivateText(title="Na de sessie — Σημείωση", body=f"{GREEK}\n\n{TURKISH}\n{DUTCH}")

    saved = save_private_note(store, meeting.id, written)
    [read] = private_notes(store, meeting.id)

    assert saved == read
    assert read.text == written
    assert (read.session_id, read.group_id) == (meeting.id, meeting.group_id)
    assert (read.person_id, read.person_name) == (None, None)
    assert read.created_at == read.updated_at
    assert read.created_at.tzinfo is not None


def test_a_ten_thousand_character_note_round_trips(store: Store, meeting: SessionRecord) -> None:
    body = (GREEK + "\n" + TURKISH + "\n" + DUTCH + "\n") * 60
    body = body[:10_000].rstrip() + "ş" * (10_000 - len(body[:10_000].rstrip()))
    assert len(body) == 10_000

    saved = save_private_note(store, meeting.id, PrivateText("Lang", body))

    assert private_notes(store, meeting.id)[0].body == body
    assert saved.body == body


def test_private_text_never_lands_in_the_title_or_body_columns(
    store: Store, meeting: SessionRecord
) -> None:
    saved = save_private_note(store, meeting.id, PrivateText("Patient X", DUTCH))

    title, body, stored = stored_columns(store, saved.id)

    assert (title, body) == ("", "")
    assert stored is not None
    assert stored.startswith(vault_seam.ENVELOPE_V2)
    assert DUTCH.encode() not in stored and b"Patient X" not in stored


def test_the_database_refuses_private_text_in_clear(store: Store, meeting: SessionRecord) -> None:
    saved = save_private_note(store, meeting.id, PrivateText("", DUTCH))

    with pytest.raises(StoreError), store.transaction() as session:
        session.execute(
            text("UPDATE notes SET body = 'Patient X' WHERE id = :id"), {"id": saved.id}
        )


def test_unchanged_autosave_writes_nothing(
    store: Store,
    meeting: SessionRecord,
    changes: list[Change],
    hook_calls: list[tuple[str, tuple[object, ...]]],
    writes: list[str],
) -> None:
    first = save_private_note(store, meeting.id, PrivateText("Titel", DUTCH))
    changes.clear()
    hook_calls.clear()
    writes.clear()

    # The same text as typed: trailing spaces and a CRLF clean to what is stored.
    again = save_private_note(store, meeting.id, PrivateText("Titel ", DUTCH + "\r\n"), first.id)

    assert again == first
    assert again.updated_at == first.updated_at
    assert writes == []
    assert changes == []
    assert hook_calls == []
    assert private_notes(store, meeting.id)[0].updated_at == first.updated_at


def test_changed_autosave_updates_in_place(
    store: Store, meeting: SessionRecord, changes: list[Change]
) -> None:
    first = save_private_note(store, meeting.id, PrivateText("", "Eerste"))

    second = save_private_note(store, meeting.id, PrivateText("", "Eerste zin. Tweede"), first.id)

    assert second.id == first.id
    assert second.body == "Eerste zin. Tweede"
    assert second.created_at == first.created_at
    assert second.updated_at > first.updated_at
    assert [note.id for note in private_notes(store, meeting.id)] == [first.id]
    assert changes == [Change("notes", (first.id,)), Change("notes", (first.id,))]


def test_a_note_can_be_emptied(store: Store, meeting: SessionRecord) -> None:
    first = save_private_note(store, meeting.id, PrivateText("Titel", GREEK))

    emptied = save_private_note(store, meeting.id, PrivateText(), first.id)

    assert emptied.text == PrivateText("", "")
    assert private_notes(store, meeting.id)[0].text == PrivateText("", "")


def test_several_notes_per_session_oldest_first(store: Store, meeting: SessionRecord) -> None:
    made = [save_private_note(store, meeting.id, PrivateText(str(n), "")) for n in range(3)]

    assert [note.id for note in private_notes(store, meeting.id)] == [note.id for note in made]


def test_saving_a_note_that_is_gone_or_elsewhere_is_not_found(
    store: Store, group: GroupRecord, meeting: SessionRecord
) -> None:
    other = plan_session(store, group.id, SessionDraft(TUESDAY + timedelta(days=7)))
    saved = save_private_note(store, meeting.id, PrivateText("", GREEK))

    with pytest.raises(NotFoundError, match="no longer exists"):
        save_private_note(store, other.id, PrivateText("", "x"), saved.id)
    with pytest.raises(NotFoundError):
        save_private_note(store, meeting.id, PrivateText("", "x"), "no-such-note")
    with pytest.raises(NotFoundError, match="session"):
        save_private_note(store, "no-such-session", PrivateText("", "x"))
    with pytest.raises(NotFoundError, match="session"):
        private_notes(store, "no-such-session")
    assert private_notes(store, meeting.id)[0].body == GREEK


def test_too_long_a_note_is_refused_and_nothing_is_written(
    store: Store, meeting: SessionRecord
) -> None:
    with pytest.raises(InvalidInputError, match="20,000"):
        save_private_note(store, meeting.id, PrivateText("", "x" * 20_001))

    assert private_notes(store, meeting.id) == []


def test_member_follow_up_notes(
    store: Store, group: GroupRecord, members: dict[str, MemberRecord], meeting: SessionRecord
) -> None:
    eleni = members["Eleni"]
    save_private_note(store, meeting.id, PrivateText("Sessie", DUTCH))

    first = save_member_note(store, group.id, eleni.person_id, PrivateText("Follow-up", GREEK))
    second = save_member_note(store, group.id, eleni.person_id, PrivateText("", TURKISH))
    save_member_note(store, group.id, eleni.person_id, PrivateText("Follow-up", GREEK), first.id)

    listed = member_notes(store, group.id, eleni.person_id)
    assert [note.id for note in listed] == [first.id, second.id]
    assert listed[0].person_name == "Eleni Papadopoulou"
    assert listed[0].session_id is None
    assert listed[0].text == PrivateText("Follow-up", GREEK)
    assert member_notes(store, group.id, members["Hüseyin"].person_id) == []
    assert [note.title for note in private_notes(store, meeting.id)] == ["Sessie"]
    assert stored_columns(store, first.id)[:2] == ("", "")


def test_member_notes_only_about_members_of_the_group(
    store: Store, group: GroupRecord, members: dict[str, MemberRecord]
) -> None:
    other_group = create_group(store, GroupDraft(name="Intervisie"))
    outsider = add_member(store, other_group.id, MemberDraft("Sanne de Boer"))
    eleni = members["Eleni"]
    saved = save_member_note(store, group.id, eleni.person_id, PrivateText("", "x"))

    with pytest.raises(InvalidInputError, match="not in this group"):
        save_member_note(store, group.id, outsider.person_id, PrivateText("", "x"))
    with pytest.raises(NotFoundError, match="group"):
        save_member_note(store, "no-such-group", eleni.person_id, PrivateText("", "x"))
    with pytest.raises(NotFoundError):  # the note is about Eleni, not about Hüseyin
        save_member_note(
            store, group.id, members["Hüseyin"].person_id, PrivateText("", "y"), saved.id
        )


def test_delete_a_private_note(store: Store, meeting: SessionRecord, changes: list[Change]) -> None:
    saved = save_private_note(store, meeting.id, PrivateText("", GREEK))

    delete_note(store, saved.id)

    assert private_notes(store, meeting.id) == []
    assert changes[-1] == Change("notes", (saved.id,))
    with pytest.raises(NotFoundError):
        delete_note(store, saved.id)


# -- the vault seam ---------------------------------------------------------------------


KEY = bytes(range(32))


def test_seal_and_unseal_round_trip() -> None:
    written = PrivateText(title=TURKISH, body=f"{GREEK}\n{DUTCH}\n" + "ğ" * 10_000)

    blob = seal(written, note_id="note-1", key=KEY, counter=1)

    assert blob.startswith(b"RDv2")
    assert TURKISH.encode() not in blob
    assert unseal(blob, note_id="note-1", key=KEY, counter=1) == written


def test_an_encrypted_note_needs_the_key() -> None:
    blob = seal(PrivateText("", DUTCH), note_id="note-1", key=KEY, counter=1)

    with pytest.raises(VaultLockedError):
        unseal(blob, note_id="note-1", key=None, counter=1)
    with pytest.raises(DamagedNoteError, match="does not open"):
        unseal(blob, note_id="note-1", key=bytes(32), counter=1)


def test_notes_from_before_the_vault_are_still_read() -> None:
    old = 'RDv0{"note":"note-1","title":"","body":"Hüseyin"}'.encode()

    assert unseal(old, note_id="note-1", key=None, counter=0) == PrivateText("", "Hüseyin")


@pytest.mark.parametrize(
    ("blob", "detail"),
    [
        (None, "nothing is stored"),
        (b"", "nothing is stored"),
        (b"RDv9{}", "unknown format"),
        (b'RDv0{"note": "note-1", "title": ', "unreadable"),
        (b"RDv0\xff\xfe", "unreadable"),
        (b"RDv0[1, 2]", "unexpected contents"),
        (b'RDv0{"note": "note-1", "title": "", "body": 3}', "unexpected contents"),
        (b'RDv0{"note": "note-1", "body": ""}', "unexpected contents"),
        (b"RDv1", "does not open"),
        (b"RDv1" + bytes(40), "does not open"),
        (b"RDv2", "does not open"),
        (b"RDv2" + bytes(60), "does not open"),
    ],
)
def test_a_damaged_blob_is_a_clear_error(blob: bytes | None, detail: str) -> None:
    with pytest.raises(DamagedNoteError) as caught:
        unseal(blob, note_id="note-1", key=KEY, counter=0)

    assert isinstance(caught.value, StoreError)
    assert detail in str(caught.value)
    assert "backup" in str(caught.value)
    assert caught.value.params["note_id"] == "note-1"


def test_a_blob_cannot_move_to_another_note() -> None:
    blob = seal(PrivateText("", DUTCH), note_id="note-1", key=KEY, counter=1)

    with pytest.raises(DamagedNoteError, match="does not open"):
        unseal(blob, note_id="note-2", key=KEY, counter=1)


def test_a_damaged_note_in_the_database_is_reported_and_not_overwritten(
    store: Store, meeting: SessionRecord
) -> None:
    saved = save_private_note(store, meeting.id, PrivateText("", GREEK))
    broken = seal(
        PrivateText("", GREEK), note_id=saved.id, key=store.keyring.data_key(), counter=1
    )[:-5]
    damage(store, saved.id, broken)

    with pytest.raises(DamagedNoteError, match="damaged"):
        private_notes(store, meeting.id)
    with pytest.raises(DamagedNoteError):
        save_private_note(store, meeting.id, PrivateText("", "nieuw"), saved.id)
    assert stored_columns(store, saved.id)[2] == broken


def test_a_blob_copied_from_another_note_is_refused(store: Store, meeting: SessionRecord) -> None:
    first = save_private_note(store, meeting.id, PrivateText("", GREEK))
    second = save_private_note(store, meeting.id, PrivateText("", DUTCH))
    damage(store, second.id, stored_columns(store, first.id)[2])

    with pytest.raises(DamagedNoteError, match="does not open"):
        private_notes(store, meeting.id)


PACKAGE = Path(reflectdesk.__file__).parent
SEAM = PACKAGE / "store" / "vault_seam.py"
# core/note_envelope.py names it only inside the associated data (core has no SQL).
MAY_NAME_THE_COLUMN = {
    SEAM,
    PACKAGE / "store" / "models" / "notes.py",
    PACKAGE / "core" / "note_envelope.py",
    # Names it only to leave it out of every row it publishes (NEVER_SENT).
    PACKAGE / "store" / "publish_tables.py",
}
# SQL keywords in capitals, so that prose in a docstring ("select ... sealed") does not count.
SQL_NAMING_IT = re.compile(r"(?s)\b(SELECT|UPDATE|INSERT|RETURNING)\b.*\bsealed\b|\.sealed\b")


def column_mentions(source: str) -> list[str]:
    """Code that names the ``sealed`` column: the name itself (``Note.sealed``,
    ``c.sealed``, ``sealed=``), a string that is just "sealed", or SQL naming it."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.NAME and token.string == "sealed":
            found.append(token.line.strip())
        elif token.type == tokenize.STRING:
            value = token.string.lstrip("rRbBuUfF")
            inner = value.strip("'\"")
            if inner == "sealed" or SQL_NAMING_IT.search(inner):
                found.append(token.line.strip())
    return found


def test_the_grep_finds_every_way_of_naming_the_column() -> None:
    assert column_mentions("x = Note.sealed\n")
    assert column_mentions("x = _notes.c.sealed\n")
    assert column_mentions("stmt.values(sealed=blob)\n")
    assert column_mentions("x = table.c['sealed']\n")
    assert column_mentions('getattr(row, "sealed")\n')
    assert column_mentions('text("SELECT id, sealed FROM notes")\n')
    assert column_mentions('text("UPDATE notes SET sealed = :b")\n')
    assert not column_mentions('"""Private notes are sealed by the vault seam."""\n')
    assert not column_mentions("# the sealed envelope\nx = 1\n")
    assert column_mentions('text("select n.sealed from notes n")\n')
    assert column_mentions(SEAM.read_text(encoding="utf-8"))


def test_only_the_vault_seam_touches_the_sealed_column() -> None:
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in MAY_NAME_THE_COLUMN or "migrations" in path.relative_to(PACKAGE).parts:
            continue
        found = column_mentions(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(PACKAGE))] = found

    assert offenders == {}, "only reflectdesk/store/vault_seam.py may read or write it"


def test_the_note_model_still_has_the_column_the_seam_writes() -> None:
    assert "sealed" in Note.__table__.c


# -- hooks for the full-text index ------------------------------------------------------


def test_hooks_get_the_session_and_the_id_only(
    store: Store,
    group: GroupRecord,
    members: dict[str, MemberRecord],
    meeting: SessionRecord,
    hook_calls: list[tuple[str, tuple[object, ...]]],
) -> None:
    note = save_private_note(store, meeting.id, PrivateText("Patient X", GREEK))
    follow_up = save_member_note(store, group.id, members["Eleni"].person_id, PrivateText("", "y"))
    point = add_learning_point(store, meeting.id, LearningPointDraft(DUTCH))
    point = update_learning_point(store, point.id, LearningPointDraft(TURKISH))
    action = add_action(store, meeting.id, ActionDraft("Bel de opleider"))
    action = set_action_done(store, action.id, True)
    action = update_action(store, action.id, ActionDraft("Mail de opleider"))
    delete_note(store, point.id)

    expected_ids = [note.id, follow_up.id, point.id, point.id]
    expected_ids += [action.id, action.id, action.id, point.id]
    assert [args[1] for _, args in hook_calls] == expected_ids
    assert [kind for kind, _ in hook_calls] == ["written"] * 7 + ["deleted"]
    for _, args in hook_calls:
        assert len(args) == 2
        assert isinstance(args[0], OrmSession)
        assert isinstance(args[1], str)


def test_hooks_run_inside_the_transaction(
    store: Store, meeting: SessionRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, str | None, int]] = []

    def written(session: OrmSession, note_id: str) -> None:
        kind = session.scalar(select(Note.kind).where(Note.id == note_id))
        with sqlite3.connect(store.path) as outside:  # sees only what is committed
            (committed,) = outside.execute(
                "SELECT count(*) FROM notes WHERE id = ?", (note_id,)
            ).fetchone()
        seen.append((note_id, kind, committed))

    def deleted(session: OrmSession, note_id: str) -> None:
        seen.append((note_id, session.scalar(select(Note.kind).where(Note.id == note_id)), -1))

    monkeypatch.setattr(notes_module, "on_note_written", [written])
    monkeypatch.setattr(notes_module, "on_note_deleted", [deleted])

    point = add_learning_point(store, meeting.id, LearningPointDraft(DUTCH))
    note = save_private_note(store, meeting.id, PrivateText("", GREEK))
    delete_note(store, note.id)

    assert seen == [
        (point.id, "learning_point", 0),
        (note.id, "private", 0),
        (note.id, "private", -1),  # still there when the hook runs
    ]


def test_a_failing_hook_rolls_the_write_back(
    store: Store, meeting: SessionRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_session: OrmSession, _note_id: str) -> None:
        raise RuntimeError("index unavailable")

    monkeypatch.setattr(notes_module, "on_note_written", [broken])

    with pytest.raises(RuntimeError):
        add_learning_point(store, meeting.id, LearningPointDraft(DUTCH))
    with pytest.raises(RuntimeError):
        save_private_note(store, meeting.id, PrivateText("", GREEK))

    assert learning_points(store, meeting.id) == []
    assert private_notes(store, meeting.id) == []


# -- learning points --------------------------------------------------------------------


def test_learning_points_with_themes_and_shareable_flag(
    store: Store, meeting: SessionRecord, changes: list[Change]
) -> None:
    gain, experience = theme_ids(store, "Communication skills", "Interactions with patients")

    point = add_learning_point(
        store, meeting.id, LearningPointDraft(f" {GREEK} ", True, (gain, experience, gain))
    )

    assert point.text == GREEK
    assert point.shareable is True
    assert point.theme_ids == (experience, gain)  # theme order: experience themes first
    assert learning_points(store, meeting.id) == [point]
    assert changes[-1] == Change("learning_points", (point.id,))
    assert stored_columns(store, point.id) == ("", GREEK, None)


def test_update_a_learning_point(store: Store, meeting: SessionRecord, writes: list[str]) -> None:
    (gain,) = theme_ids(store, "Self-regulation")
    point = add_learning_point(store, meeting.id, LearningPointDraft(DUTCH, False, (gain,)))

    writes.clear()
    assert update_learning_point(store, point.id, point.to_draft()) == point
    assert writes == []

    changed = update_learning_point(store, point.id, LearningPointDraft(TURKISH, True, ()))
    assert (changed.text, changed.shareable, changed.theme_ids) == (TURKISH, True, ())
    assert changed.updated_at > point.updated_at
    assert learning_points(store, meeting.id) == [changed]
    with pytest.raises(NotFoundError, match="learning point"):
        update_learning_point(store, "gone", LearningPointDraft("x"))


def test_learning_point_themes_must_exist_and_not_be_archived(
    store: Store, meeting: SessionRecord
) -> None:
    kept, archived = theme_ids(store, "Learning about learning", "Good documentation")
    point = add_learning_point(store, meeting.id, LearningPointDraft(DUTCH, False, (kept,)))
    old = add_learning_point(store, meeting.id, LearningPointDraft(GREEK, False, (archived,)))
    archive_theme(store, archived)

    with pytest.raises(InvalidInputError, match="no longer exists"):
        add_learning_point(store, meeting.id, LearningPointDraft("x", False, ("nope",)))
    with pytest.raises(InvalidInputError, match="archived"):
        add_learning_point(store, meeting.id, LearningPointDraft("x", False, (archived,)))
    with pytest.raises(InvalidInputError, match="archived"):
        update_learning_point(store, point.id, LearningPointDraft(DUTCH, False, (archived,)))
    # A learning point tagged before the theme was archived keeps its tag when edited.
    edited = update_learning_point(store, old.id, LearningPointDraft(TURKISH, True, (archived,)))
    assert edited.theme_ids == (archived,)
    assert len(learning_points(store, meeting.id)) == 2


def test_group_learning_points_session_by_session(store: Store, group: GroupRecord) -> None:
    later = plan_session(store, group.id, SessionDraft(TUESDAY + timedelta(days=14)))
    earlier = plan_session(store, group.id, SessionDraft(TUESDAY))
    undated = plan_session(store, group.id, SessionDraft(None))
    other_group = create_group(store, GroupDraft(name="Andere groep"))
    elsewhere = plan_session(store, other_group.id, SessionDraft(TUESDAY))
    a = add_learning_point(store, undated.id, LearningPointDraft("a", True))
    b = add_learning_point(store, later.id, LearningPointDraft("b", False))
    c = add_learning_point(store, earlier.id, LearningPointDraft("c", True))
    d = add_learning_point(store, earlier.id, LearningPointDraft("d", False))
    add_learning_point(store, elsewhere.id, LearningPointDraft("e", True))

    assert group_learning_points(store, group.id) == [c, d, b, a]
    assert group_learning_points(store, group.id, shareable_only=True) == [c, a]
    with pytest.raises(NotFoundError, match="group"):
        group_learning_points(store, "no-such-group")


# -- actions ----------------------------------------------------------------------------


def test_actions_for_a_member_and_for_the_facilitator(
    store: Store, members: dict[str, MemberRecord], meeting: SessionRecord, changes: list[Change]
) -> None:
    huseyin = members["Hüseyin"]

    mine = add_action(store, meeting.id, ActionDraft("Navragen bij de opleider"))
    theirs = add_action(
        store, meeting.id, ActionDraft(TURKISH[:60], huseyin.person_id, date(2026, 2, 10))
    )

    assert (mine.owner_id, mine.owner_name, mine.due_on, mine.done) == (None, None, None, False)
    assert theirs.owner_id == huseyin.person_id
    assert theirs.owner_name == "Hüseyin İkiz"
    assert theirs.due_on == date(2026, 2, 10)
    assert theirs.text == TURKISH[:60]
    assert actions(store, meeting.id) == [mine, theirs]
    assert changes[-1] == Change("actions", (theirs.id,))


def test_update_and_finish_an_action(
    store: Store, members: dict[str, MemberRecord], meeting: SessionRecord
) -> None:
    eleni = members["Eleni"]
    action = add_action(store, meeting.id, ActionDraft("Stuur het artikel", eleni.person_id))

    done = set_action_done(store, action.id, True)
    moved = update_action(
        store, action.id, ActionDraft("Stuur beide artikelen", None, date(2026, 3, 3))
    )

    assert done.done is True
    assert moved.done is True  # editing keeps it done
    assert (moved.text, moved.owner_id, moved.owner_name) == ("Stuur beide artikelen", None, None)
    assert moved.due_on == date(2026, 3, 3)
    assert set_action_done(store, action.id, False).done is False
    with pytest.raises(NotFoundError, match="action"):
        set_action_done(store, "gone", True)


def test_action_owners_must_be_in_the_group(
    store: Store, members: dict[str, MemberRecord], meeting: SessionRecord
) -> None:
    other_group = create_group(store, GroupDraft(name="Andere groep"))
    outsider = add_member(store, other_group.id, MemberDraft("Sanne de Boer"))
    action = add_action(store, meeting.id, ActionDraft("x"))

    with pytest.raises(InvalidInputError, match="not in this group") as caught:
        add_action(store, meeting.id, ActionDraft("x", outsider.person_id))
    assert caught.value.field == "owner_id"
    with pytest.raises(InvalidInputError, match="not in this group"):
        update_action(store, action.id, ActionDraft("x", outsider.person_id))
    assert actions(store, meeting.id) == [action]


def test_open_actions_soonest_first(
    store: Store, group: GroupRecord, meeting: SessionRecord
) -> None:
    later = plan_session(store, group.id, SessionDraft(TUESDAY + timedelta(days=7)))
    undated = add_action(store, meeting.id, ActionDraft("zonder datum"))
    march = add_action(store, later.id, ActionDraft("maart", due_on=date(2026, 3, 1)))
    february = add_action(store, meeting.id, ActionDraft("februari", due_on=date(2026, 2, 1)))
    finished = add_action(store, meeting.id, ActionDraft("klaar", due_on=date(2026, 1, 1)))
    set_action_done(store, finished.id, True)

    assert open_actions(store, group.id) == [february, march, undated]
    delete_note(store, march.id)
    assert open_actions(store, group.id) == [february, undated]
    assert actions(store, later.id) == []


def test_open_actions_before_a_session_are_the_other_sessions_open_ones(
    store: Store, group: GroupRecord, meeting: SessionRecord
) -> None:
    earlier = add_action(store, meeting.id, ActionDraft("brief aan de huisarts"))
    done = add_action(store, meeting.id, ActionDraft("al gedaan"))
    set_action_done(store, done.id, True)
    next_week = plan_session(store, group.id, SessionDraft(TUESDAY + timedelta(days=7)))
    add_action(store, next_week.id, ActionDraft("vandaag afgesproken"))
    other_group = create_group(store, GroupDraft(name="Andere groep"))
    elsewhere = plan_session(store, other_group.id, SessionDraft(TUESDAY))
    add_action(store, elsewhere.id, ActionDraft("van een andere groep"))

    assert open_actions_before(store, next_week.id) == [earlier]
    set_action_done(store, earlier.id, True)
    assert open_actions_before(store, next_week.id) == []
    with pytest.raises(NotFoundError):
        open_actions_before(store, "no-such-session")
