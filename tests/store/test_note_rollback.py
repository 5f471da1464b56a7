"""A private note's save counter: an older sealed text written back over the current one
is reported, never shown as the note; old (v1) notes still read and become v2 on their
next save; sealed lengths come in buckets."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from reflectdesk.core.model import GroupDraft
from reflectdesk.core.notes import PrivateText
from reflectdesk.core.sessions import SessionDraft, SessionRecord
from reflectdesk.core.vault_crypto import encrypt
from reflectdesk.store import vault
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group
from reflectdesk.store.notes import private_notes, save_private_note
from reflectdesk.store.sessions import plan_session
from reflectdesk.store.vault_seam import DamagedNoteError, RolledBackNoteError
from tests.fakes import TEST_PASSPHRASE

TUESDAY = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


@pytest.fixture
def meeting(store: Store) -> SessionRecord:
    group = create_group(store, GroupDraft(name="Balint dinsdag"))
    return plan_session(store, group.id, SessionDraft(TUESDAY))


def stored(store: Store, note_id: str) -> tuple[bytes, int]:
    with sqlite3.connect(store.path) as connection:
        row = connection.execute(
            "SELECT sealed, seal_counter FROM notes WHERE id = ?", (note_id,)
        ).fetchone()
    return bytes(row[0]), int(row[1])


def write_back(store: Store, note_id: str, **columns: object) -> None:
    """What someone with the file could do: raw SQL, past every ReflectDesk rule."""
    assignments = ", ".join(f"{name} = :{name}" for name in columns)
    with store.transaction() as session:
        session.execute(
            text(f"UPDATE notes SET {assignments} WHERE id = :id"), {**columns, "id": note_id}
        )


def test_each_save_raises_the_counter(store: Store, meeting: SessionRecord) -> None:
    note = save_private_note(store, meeting.id, PrivateText("", "eerste"))
    assert stored(store, note.id)[1] == 1

    save_private_note(store, meeting.id, PrivateText("", "tweede"), note.id)
    save_private_note(store, meeting.id, PrivateText("", "tweede"), note.id)  # unchanged

    assert stored(store, note.id)[1] == 2


def test_an_older_envelope_written_back_is_reported_as_rolled_back(
    store: Store, meeting: SessionRecord
) -> None:
    note = save_private_note(store, meeting.id, PrivateText("", "Wat ik eerst dacht"))
    older, _ = stored(store, note.id)
    save_private_note(store, meeting.id, PrivateText("", "Wat ik nu weet"), note.id)
    current, _ = stored(store, note.id)

    write_back(store, note.id, sealed=older)

    with pytest.raises(RolledBackNoteError) as caught:
        private_notes(store, meeting.id)
    message = str(caught.value)
    assert "older version" in message and "outside ReflectDesk" in message
    assert "Wat ik eerst dacht" not in message
    assert caught.value.params == {
        "note_id": note.id,
        "detail": "rolled back",
        "found": 1,
        "expected": 2,
    }
    # Not overwritten either: whoever looks into it finds what was put there.
    with pytest.raises(RolledBackNoteError):
        save_private_note(store, meeting.id, PrivateText("", "nog iets"), note.id)
    assert stored(store, note.id) == (older, 2)

    write_back(store, note.id, sealed=current)
    assert private_notes(store, meeting.id)[0].body == "Wat ik nu weet"


def test_a_counter_changed_beside_the_envelope_is_reported(
    store: Store, meeting: SessionRecord
) -> None:
    note = save_private_note(store, meeting.id, PrivateText("", "tekst"))

    write_back(store, note.id, seal_counter=5)

    with pytest.raises(RolledBackNoteError, match="save 1; the database expects save 5"):
        private_notes(store, meeting.id)


def test_a_rolled_back_note_is_still_a_damaged_note_to_older_callers(
    store: Store, meeting: SessionRecord
) -> None:
    note = save_private_note(store, meeting.id, PrivateText("", "tekst"))
    write_back(store, note.id, seal_counter=0)

    with pytest.raises(DamagedNoteError):
        private_notes(store, meeting.id)


def v1_envelope(store: Store, note_id: str, body: str) -> bytes:
    """A note as ReflectDesk wrote it before schema 0010 (byte for byte)."""
    plaintext = f'{{"note":"{note_id}","title":"","body":"{body}"}}'.encode()
    associated = b"reflectdesk/notes.sealed/" + note_id.encode()
    return b"RDv1" + encrypt(store.keyring.data_key(), plaintext, associated)


def test_a_v1_note_reads_and_is_sealed_as_v2_on_its_next_save(
    store: Store, meeting: SessionRecord
) -> None:
    note = save_private_note(store, meeting.id, PrivateText("", "nieuw"))
    write_back(store, note.id, sealed=v1_envelope(store, note.id, "van vroeger"), seal_counter=0)

    assert private_notes(store, meeting.id)[0].body == "van vroeger"

    save_private_note(store, meeting.id, PrivateText("", "van vroeger, bijgewerkt"), note.id)

    blob, counter = stored(store, note.id)
    assert blob.startswith(b"RDv2") and counter == 1
    assert private_notes(store, meeting.id)[0].body == "van vroeger, bijgewerkt"


def test_a_v1_envelope_written_back_over_a_v2_note_is_a_rollback(
    store: Store, meeting: SessionRecord
) -> None:
    note = save_private_note(store, meeting.id, PrivateText("", "nieuw"))

    write_back(store, note.id, sealed=v1_envelope(store, note.id, "van vroeger"))

    with pytest.raises(RolledBackNoteError):
        private_notes(store, meeting.id)


def test_a_new_key_keeps_the_notes_readable_and_raises_their_counters(
    store: Store, meeting: SessionRecord
) -> None:
    note = save_private_note(store, meeting.id, PrivateText("", "tekst"))
    before, _ = stored(store, note.id)

    vault.rotate_data_key(store, TEST_PASSPHRASE)

    assert stored(store, note.id)[1] == 2
    assert private_notes(store, meeting.id)[0].body == "tekst"
    write_back(store, note.id, sealed=before)  # under the old key: does not open at all
    with pytest.raises(DamagedNoteError, match="does not open"):
        private_notes(store, meeting.id)


def test_sealed_notes_of_10_and_200_characters_are_the_same_length(
    store: Store, meeting: SessionRecord
) -> None:
    short = save_private_note(store, meeting.id, PrivateText("", "k" * 10))
    longer = save_private_note(store, meeting.id, PrivateText("", "l" * 200))
    long = save_private_note(store, meeting.id, PrivateText("", "m" * 300))

    assert len(stored(store, short.id)[0]) == len(stored(store, longer.id)[0])
    assert len(stored(store, long.id)[0]) == len(stored(store, short.id)[0]) + 256


def test_migration_0010_gives_older_notes_counter_0_and_they_still_read(store: Store) -> None:
    from alembic import command
    from alembic.config import Config

    from reflectdesk.store.database import open_store
    from reflectdesk.store.schema import HEAD_REVISION, migrations_location

    group = create_group(store, GroupDraft(name="Oud"))
    meeting = plan_session(store, group.id, SessionDraft(TUESDAY))
    note = save_private_note(store, meeting.id, PrivateText("", "nieuw"))
    write_back(store, note.id, sealed=v1_envelope(store, note.id, "van vroeger"), seal_counter=0)
    config = Config()
    config.set_main_option("script_location", str(migrations_location()))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
    path = store.path
    store.close()
    with sqlite3.connect(path) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(notes)")}
    assert "seal_counter" not in columns

    with open_store(path) as upgraded:
        assert upgraded.schema_revision() == HEAD_REVISION
        vault.unlock(upgraded, TEST_PASSPHRASE)
        assert stored(upgraded, note.id)[1] == 0
        assert private_notes(upgraded, meeting.id)[0].body == "van vroeger"
