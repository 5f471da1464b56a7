"""The vault of private notes through the store: set up, unlock, lock, change the
passphrase, rotate the data key, recover, reset; and the canary scan proving that no
private text reaches the database file, its WAL, a backup, an archive or a default PDF."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reflectdesk.core.errors import InvalidInputError
from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.notes import LearningPointDraft, PrivateText
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.core.vault_crypto import KdfParams
from reflectdesk.store import notes, vault
from reflectdesk.store.backups import make_backup
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.groups import create_group, list_groups
from reflectdesk.store.keyring import VaultLockedError
from reflectdesk.store.members import add_member
from reflectdesk.store.sessions import plan_session
from reflectdesk.store.vault import (
    NoVaultError,
    TooSoonError,
    VaultExistsError,
    VaultStatus,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)

FAST = KdfParams.for_tests()
PASSPHRASE = "kettle harbour violet"
CANARY = "CANARY-c0ffee Patiënt X huilde; Ayşe bleef stil"
START = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


@pytest.fixture
def bare(tmp_path: Path) -> Iterator[Store]:
    """A database without a vault yet."""
    opened = open_store(tmp_path / "notes.db", seed=seed_builtins)
    yield opened
    opened.close()


def _meeting(store: Store) -> str:
    group = create_group(store, GroupDraft(name="Balint — blok 3"))
    return plan_session(store, group.id, SessionDraft(START)).id


def _sealed(path: Path) -> list[bytes]:
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT sealed FROM notes WHERE kind = 'private'").fetchall()
    return [bytes(row[0]) for row in rows]


def test_no_private_note_can_be_written_before_a_passphrase_is_set(bare: Store) -> None:
    meeting = _meeting(bare)
    assert vault.vault_status(bare) is VaultStatus.NONE
    with pytest.raises(VaultLockedError):
        notes.save_private_note(bare, meeting, PrivateText("", CANARY))
    assert _sealed(bare.path) == []


def test_create_unlocks_and_encrypts(bare: Store) -> None:
    meeting = _meeting(bare)
    assert vault.create_vault(bare, PASSPHRASE, params=FAST) is None
    assert vault.vault_status(bare) is VaultStatus.UNLOCKED
    saved = notes.save_private_note(bare, meeting, PrivateText("Titel", CANARY))

    [blob] = _sealed(bare.path)
    assert blob.startswith(b"RDv2")
    assert CANARY.encode() not in blob and b"Titel" not in blob
    assert notes.private_notes(bare, meeting)[0].id == saved.id


def test_notes_from_before_the_vault_are_encrypted_when_it_is_set_up(bare: Store) -> None:
    meeting = _meeting(bare)
    group_id = list_groups(bare)[0].id
    old = f'RDv0{{"note":"old-1","title":"","body":"{CANARY}"}}'.encode()
    with bare.transaction() as session:
        session.execute(
            notes.Note.__table__.insert().values(
                id="old-1",
                kind="private",
                session_id=meeting,
                group_id=group_id,
                title="",
                body="",
                sealed=old,
                created_at=START,
                updated_at=START,
            )
        )

    vault.create_vault(bare, PASSPHRASE, params=FAST)

    [blob] = _sealed(bare.path)
    assert blob.startswith(b"RDv2") and CANARY.encode() not in blob
    assert notes.private_notes(bare, meeting)[0].body == CANARY


def test_a_second_vault_and_a_short_passphrase_are_refused(bare: Store) -> None:
    with pytest.raises(InvalidInputError, match="at least 8"):
        vault.create_vault(bare, "  short  ", params=FAST)
    vault.create_vault(bare, PASSPHRASE, params=FAST)
    with pytest.raises(VaultExistsError):
        vault.create_vault(bare, "another passphrase", params=FAST)


def test_lock_drops_the_key_and_unlock_needs_the_right_passphrase(bare: Store) -> None:
    meeting = _meeting(bare)
    vault.create_vault(bare, PASSPHRASE, params=FAST)
    notes.save_private_note(bare, meeting, PrivateText("", CANARY))
    vault.lock(bare)

    assert vault.vault_status(bare) is VaultStatus.LOCKED
    with pytest.raises(VaultLockedError):
        notes.private_notes(bare, meeting)
    before = _sealed(bare.path)
    with pytest.raises(WrongPassphraseError, match="Nothing has changed"):
        vault.unlock(bare, "kettle harbour violeT")
    assert _sealed(bare.path) == before
    assert vault.vault_status(bare) is VaultStatus.LOCKED

    vault.unlock(bare, PASSPHRASE)
    assert notes.private_notes(bare, meeting)[0].body == CANARY


def test_repeated_wrong_passphrases_must_wait(bare: Store) -> None:
    vault.create_vault(bare, PASSPHRASE, params=FAST)
    vault.lock(bare)
    now = [100.0]
    bare.keyring._monotonic = lambda: now[0]  # an injected clock
    for _ in range(3):
        with pytest.raises(WrongPassphraseError):
            vault.unlock(bare, "wrong passphrase")
    with pytest.raises(TooSoonError):
        vault.unlock(bare, PASSPHRASE)  # even the right one waits
    now[0] += 2.5
    vault.unlock(bare, PASSPHRASE)
    assert bare.keyring.wait_before_attempt() == 0


def test_change_passphrase_rewraps_only_the_key(bare: Store) -> None:
    meeting = _meeting(bare)
    vault.create_vault(bare, PASSPHRASE, params=FAST)
    notes.save_private_note(bare, meeting, PrivateText("", CANARY))
    before = _sealed(bare.path)

    with pytest.raises(WrongPassphraseError):
        vault.change_passphrase(bare, "not the one at all", "new passphrase here")
    vault.change_passphrase(bare, PASSPHRASE, "new passphrase here")

    assert _sealed(bare.path) == before  # the notes were not touched
    vault.lock(bare)
    with pytest.raises(WrongPassphraseError):
        vault.unlock(bare, PASSPHRASE)
    vault.unlock(bare, "new passphrase here")
    assert notes.private_notes(bare, meeting)[0].body == CANARY


def test_rotation_re_encrypts_every_note_and_keeps_the_stamps(bare: Store) -> None:
    meeting = _meeting(bare)
    vault.create_vault(bare, PASSPHRASE, params=FAST)
    for number in range(30):
        notes.save_private_note(bare, meeting, PrivateText(str(number), f"{CANARY} {number}"))
    before = _sealed(bare.path)
    stamps = [(n.id, n.updated_at) for n in notes.private_notes(bare, meeting)]
    seen: list[tuple[int, int]] = []

    vault.rotate_data_key(bare, PASSPHRASE, progress=lambda done, total: seen.append((done, total)))

    after = _sealed(bare.path)
    assert not set(before) & set(after)
    assert seen[-1] == (30, 30)
    assert [(n.id, n.updated_at) for n in notes.private_notes(bare, meeting)] == stamps
    vault.lock(bare)
    vault.unlock(bare, PASSPHRASE)
    assert sorted(n.body for n in notes.private_notes(bare, meeting)) == sorted(
        f"{CANARY} {number}" for number in range(30)
    )


def test_a_rotation_that_fails_halfway_changes_nothing(bare: Store) -> None:
    meeting = _meeting(bare)
    vault.create_vault(bare, PASSPHRASE, params=FAST)
    for number in range(450):  # more than one batch of 200
        notes.save_private_note(bare, meeting, PrivateText("", f"note {number}"))
    before = _sealed(bare.path)

    def fail_after_the_first_batch(done: int, total: int) -> None:
        if done >= 200:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        vault.rotate_data_key(bare, PASSPHRASE, progress=fail_after_the_first_batch)

    assert _sealed(bare.path) == before
    assert len(notes.private_notes(bare, meeting)) == 450  # the old key still opens all


def test_recovery_key_sets_a_new_passphrase(bare: Store) -> None:
    meeting = _meeting(bare)
    recovery = vault.create_vault(bare, PASSPHRASE, params=FAST, with_recovery_key=True)
    assert recovery is not None
    notes.save_private_note(bare, meeting, PrivateText("", CANARY))
    vault.lock(bare)

    with pytest.raises(WrongRecoveryKeyError):
        vault.unlock_with_recovery_key(bare, "AAAA-" * 7 + "AAAA", "brand new passphrase")
    with pytest.raises(WrongRecoveryKeyError, match="32 letters"):
        vault.unlock_with_recovery_key(bare, "nonsense", "brand new passphrase")
    vault.unlock_with_recovery_key(bare, recovery.lower(), "brand new passphrase")

    assert notes.private_notes(bare, meeting)[0].body == CANARY
    vault.lock(bare)
    vault.unlock(bare, "brand new passphrase")


def test_rotation_replaces_the_recovery_key(bare: Store) -> None:
    old = vault.create_vault(bare, PASSPHRASE, params=FAST, with_recovery_key=True)
    new = vault.rotate_data_key(bare, PASSPHRASE)
    assert old and new and old != new
    vault.lock(bare)
    with pytest.raises(WrongRecoveryKeyError):
        vault.unlock_with_recovery_key(bare, old, "brand new passphrase")
    vault.unlock_with_recovery_key(bare, new, "brand new passphrase")


def test_reset_deletes_private_notes_only(bare: Store) -> None:
    meeting = _meeting(bare)
    group_id = list_groups(bare)[0].id
    add_member(bare, group_id, MemberDraft(display_name="IJsbrand van den Eertwegh"))
    vault.create_vault(bare, PASSPHRASE, params=FAST)
    notes.save_private_note(bare, meeting, PrivateText("", CANARY))
    notes.add_learning_point(bare, meeting, LearningPointDraft("Vraag om hulp", True))
    vault.lock(bare)

    assert vault.reset_private_notes(bare) == 1

    assert vault.vault_status(bare) is VaultStatus.NONE
    assert _sealed(bare.path) == []
    assert [p.text for p in notes.learning_points(bare, meeting)] == ["Vraag om hulp"]
    assert list_groups(bare)[0].member_count == 1
    with pytest.raises(NoVaultError):
        vault.unlock(bare, PASSPHRASE)
    vault.create_vault(bare, "a fresh passphrase", params=FAST)


def test_a_damaged_vault_row_is_a_clear_error(bare: Store) -> None:
    vault.create_vault(bare, PASSPHRASE, params=FAST)
    vault.lock(bare)
    with bare.transaction() as session:
        session.execute(vault.Vault.__table__.update().values(kdf_params='{"memory_kib": 1}'))
    with pytest.raises(vault.DamagedVaultError, match="backup"):
        vault.unlock(bare, PASSPHRASE)


# -- the canary -------------------------------------------------------------------------


def _bytes_of(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def test_the_canary_is_in_no_file_but_a_pdf_that_asks_for_private_notes(
    bare: Store, tmp_path: Path
) -> None:
    from reflectdesk.export.archive import export_archive
    from reflectdesk.export.pdf import write_session_summary
    from reflectdesk.export.summary import build_session_summary

    meeting = _meeting(bare)
    group_id = list_groups(bare)[0].id
    vault.create_vault(bare, PASSPHRASE, params=FAST)
    notes.save_private_note(bare, meeting, PrivateText("CANARY-title", CANARY))
    notes.save_member_note(
        bare,
        group_id,
        add_member(bare, group_id, MemberDraft(display_name="Hüseyin")).person_id,
        PrivateText("", CANARY),
    )
    # Check the WAL while it still holds the writes (before any checkpoint).
    wal = bare.path.with_name(bare.path.name + "-wal")
    files = {"db": _bytes_of(bare.path), "wal": _bytes_of(wal)}
    assert files["wal"], "the test must see a WAL with the writes in it"
    backup = make_backup(bare.path, "manual")
    files["backup"] = backup.read_bytes()
    archive = tmp_path / "all.zip"
    export_archive(bare, archive)
    import zipfile

    with zipfile.ZipFile(archive) as opened:
        files["archive"] = b"".join(opened.read(name) for name in opened.namelist())
    default_pdf, private_pdf = tmp_path / "summary.pdf", tmp_path / "private.pdf"
    write_session_summary(build_session_summary(bare, meeting), default_pdf)
    write_session_summary(build_session_summary(bare, meeting, include_private=True), private_pdf)
    files["default pdf"] = _pdf_text(default_pdf).encode()

    needles = [CANARY.encode(), b"CANARY-title", CANARY.encode("utf-16-le")]
    for name, content in files.items():
        assert not any(needle in content for needle in needles), name
    assert "CANARY-c0ffee" in _pdf_text(private_pdf)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages) + str(path.read_bytes())
