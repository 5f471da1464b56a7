"""A private note saved elsewhere as an encrypted file, when the database's disk is full:
sealed under the vault's data key, readable back only with it (issue 13, item 1)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from reflectdesk.store import vault
from reflectdesk.store.database import Store
from reflectdesk.store.errors import DiskFullError
from reflectdesk.store.keyring import VaultLockedError
from reflectdesk.store.note_copy import MAGIC, NoteCopyError, read_note_copy, write_note_copy
from tests.fakes import TEST_PASSPHRASE

TEXT = "CANARY-0c3d Meneer Visser belde over zijn dochter."


def test_a_copy_is_sealed_private_and_reads_back(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "note.rdnote"

    write_note_copy(store, path, TEXT)

    data = path.read_bytes()
    assert data.startswith(MAGIC)
    assert b"CANARY" not in data and b"Visser" not in data
    assert path.stat().st_mode & 0o777 == 0o600
    assert read_note_copy(store, path) == TEXT


def test_nothing_is_written_while_locked(store: Store, tmp_path: Path) -> None:
    vault.lock(store)
    with pytest.raises(VaultLockedError):
        write_note_copy(store, tmp_path / "note.rdnote", TEXT)
    assert not (tmp_path / "note.rdnote").exists()
    vault.unlock(store, TEST_PASSPHRASE)


def test_a_copy_does_not_open_under_another_key_or_as_another_file(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "note.rdnote"
    write_note_copy(store, path, TEXT)
    vault.rotate_data_key(store, TEST_PASSPHRASE)

    with pytest.raises(NoteCopyError, match="does not open with this database's key"):
        read_note_copy(store, path)
    other = tmp_path / "holiday.jpg"
    other.write_bytes(b"\xff\xd8\xff" + bytes(100))
    with pytest.raises(NoteCopyError, match="not a private note"):
        read_note_copy(store, other)


def test_a_full_disk_where_the_copy_goes_says_full(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("reflectdesk.store.note_copy.write_atomically", no_space)

    with pytest.raises(DiskFullError):
        write_note_copy(store, tmp_path / "note.rdnote", TEXT)
