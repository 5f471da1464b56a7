"""Files ReflectDesk must refuse, each left exactly as it was found."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from reflectdesk.store.database import open_store
from reflectdesk.store.errors import (
    CorruptDatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyLocationError,
    StoreError,
)
from reflectdesk.store.instance_lock import InstanceLock
from reflectdesk.store.schema import HEAD_REVISION

running_as_root = hasattr(os, "geteuid") and os.geteuid() == 0


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


def assert_user_facing(error: StoreError, path: Path) -> None:
    message = str(error)
    assert str(path) in message
    assert "Traceback" not in message
    assert "\n" not in message
    assert error.params["path"] == str(path)


def set_revision(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.commit()
    finally:
        connection.close()


# --- each kind of bad file -----------------------------------------------------------


def _text_file(folder: Path, _real: Path) -> Path:
    path = folder / "notes.db"
    path.write_text("Balint group, Tuesday\nThese are not the notes you are looking for.\n")
    return path


def _png_file(folder: Path, _real: Path) -> Path:
    path = folder / "picture.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    return path


def _truncated_1024(folder: Path, real: Path) -> Path:
    path = folder / "truncated-1024.db"
    path.write_bytes(real.read_bytes()[:1024])
    return path


def _truncated_50(folder: Path, real: Path) -> Path:
    path = folder / "truncated-50.db"
    path.write_bytes(real.read_bytes()[:50])
    return path


def _other_program(folder: Path, _real: Path) -> Path:
    path = folder / "places.sqlite"
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
        connection.commit()
    finally:
        connection.close()
    return path


def altered_copy(folder: Path, real: Path, name: str, *statements: str) -> Path:
    """A copy of the real database changed by ``statements`` (through plain SQLite)."""
    path = folder / name
    path.write_bytes(real.read_bytes())
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return path


def _table_dropped(folder: Path, real: Path) -> Path:
    return altered_copy(folder, real, "table-dropped.db", "DROP TABLE settings")


def _column_dropped(folder: Path, real: Path) -> Path:
    dropped = "ALTER TABLE groups DROP COLUMN archived_at"
    return altered_copy(folder, real, "column-dropped.db", dropped)


def _index_dropped(folder: Path, real: Path) -> Path:
    return altered_copy(folder, real, "index-dropped.db", "DROP INDEX ix_memberships_group_id")


def _older_file_with_a_table_dropped(folder: Path, real: Path) -> Path:
    # Made before the application id existed (0): still recognisably ours, so damaged.
    return altered_copy(
        folder, real, "old-damaged.db", "PRAGMA application_id = 0", "DROP TABLE settings"
    )


def _alembic_file_of_another_program(folder: Path, _real: Path, revision: str) -> Path:
    path = folder / f"inventory-{revision}.sqlite"
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        connection.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT)")
        connection.commit()
    finally:
        connection.close()
    return path


def _alembic_file_at_our_revision(folder: Path, real: Path) -> Path:
    return _alembic_file_of_another_program(folder, real, "0008")


def _alembic_file_at_an_unknown_revision(folder: Path, real: Path) -> Path:
    # Not "written by a newer ReflectDesk": a newer ReflectDesk marks its files.
    return _alembic_file_of_another_program(folder, real, "9f3c2a1b")


def _our_schema_with_another_programs_id(folder: Path, real: Path) -> Path:
    return altered_copy(folder, real, "marked-by-another.db", "PRAGMA application_id = 1234")


BAD_FILES: dict[str, tuple[Callable[[Path, Path], Path], type[StoreError]]] = {
    "text file": (_text_file, NotADatabaseError),
    "PNG image": (_png_file, NotADatabaseError),
    "database cut to 1024 bytes": (_truncated_1024, CorruptDatabaseError),
    "database cut to 50 bytes": (_truncated_50, CorruptDatabaseError),
    "SQLite file of another program": (_other_program, ForeignDatabaseError),
    "database with a table dropped": (_table_dropped, CorruptDatabaseError),
    "database with a column dropped": (_column_dropped, CorruptDatabaseError),
    "database with an index dropped": (_index_dropped, CorruptDatabaseError),
    "older database with a table dropped": (_older_file_with_a_table_dropped, CorruptDatabaseError),
    "Alembic file of another program at 0008": (
        _alembic_file_at_our_revision,
        ForeignDatabaseError,
    ),
    "Alembic file of another program, unknown revision": (
        _alembic_file_at_an_unknown_revision,
        ForeignDatabaseError,
    ),
    "our schema marked with another program's id": (
        _our_schema_with_another_programs_id,
        ForeignDatabaseError,
    ),
}

# What the message names, for the kinds where it must say what is missing.
SAID: dict[str, tuple[str, ...]] = {
    "database with a table dropped": ("damaged", "missing table settings"),
    "database with a column dropped": ("damaged", "missing column groups.archived_at"),
    "database with an index dropped": ("damaged", "missing index ix_memberships_group_id"),
    "older database with a table dropped": ("damaged", "missing table settings"),
    "Alembic file of another program at 0008": ("not a ReflectDesk database", "0008"),
    "Alembic file of another program, unknown revision": ("not a ReflectDesk database",),
    "our schema marked with another program's id": ("another program's", "1234"),
}


@pytest.fixture
def real_database(make_db: Callable[..., Path]) -> Path:
    return make_db("real.db", groups=("Balint Tuesday",))


@pytest.fixture
def bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "bad"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_file_is_refused_and_left_byte_identical(
    kind: str, real_database: Path, bad_folder: Path
) -> None:
    make, expected = BAD_FILES[kind]
    path = make(bad_folder, real_database)
    before = file_digest(path)

    with pytest.raises(StoreError) as caught:
        open_store(path)

    assert type(caught.value) is expected
    assert_user_facing(caught.value, path)
    for words in SAID.get(kind, ()):
        assert words in str(caught.value)
    if expected is ForeignDatabaseError:
        assert "newer" not in str(caught.value) and "Restore" not in str(caught.value)
    assert file_digest(path) == before


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_file_gets_nothing_written_beside_it(
    kind: str, real_database: Path, bad_folder: Path
) -> None:
    make, _expected = BAD_FILES[kind]
    path = make(bad_folder, real_database)
    before = folder_listing(bad_folder)

    with pytest.raises(StoreError):
        open_store(path)

    assert folder_listing(bad_folder) == before


def test_folder_is_refused_as_a_database(tmp_path: Path) -> None:
    path = tmp_path / "folder.db"
    path.mkdir()
    (path / "inside.txt").write_text("keep me")

    with pytest.raises(NotADatabaseError) as caught:
        open_store(path)

    assert_user_facing(caught.value, path)
    assert "folder" in str(caught.value)
    assert folder_listing(path) == ["inside.txt"]
    assert (path / "inside.txt").read_text() == "keep me"


def test_bad_file_is_refused_for_reading_too(bad_folder: Path, real_database: Path) -> None:
    path = _truncated_50(bad_folder, real_database)
    before = file_digest(path)

    with pytest.raises(CorruptDatabaseError):
        open_store(path, for_reading=True)

    assert file_digest(path) == before


# --- a newer schema ------------------------------------------------------------------


@pytest.fixture
def newer_database(real_database: Path) -> Path:
    set_revision(real_database, "9999")
    return real_database


def test_newer_schema_is_refused_and_file_unchanged(newer_database: Path) -> None:
    before = file_digest(newer_database)

    with pytest.raises(NewerSchemaError) as caught:
        open_store(newer_database)

    error = caught.value
    assert_user_facing(error, newer_database)
    assert "newer" in str(error)
    assert "9999" in str(error)
    assert HEAD_REVISION in str(error)
    assert file_digest(newer_database) == before


def test_newer_schema_is_refused_for_reading(newer_database: Path) -> None:
    before = file_digest(newer_database)

    with pytest.raises(NewerSchemaError, match="newer"):
        open_store(newer_database, for_reading=True)

    assert file_digest(newer_database) == before


def test_newer_schema_leaves_no_wal_file_behind(newer_database: Path) -> None:
    before = folder_listing(newer_database.parent)

    with pytest.raises(NewerSchemaError):
        open_store(newer_database)

    assert not newer_database.with_name(newer_database.name + "-wal").exists()
    assert not newer_database.with_name(newer_database.name + "-shm").exists()
    assert folder_listing(newer_database.parent) == before


def test_newer_schema_makes_no_backup_and_leaves_no_lock_held(newer_database: Path) -> None:
    with pytest.raises(NewerSchemaError):
        open_store(newer_database)

    assert not (newer_database.parent / "backups").exists()
    lock = InstanceLock(newer_database)
    lock.acquire()  # raises DatabaseInUseError if the refused open kept the lock
    lock.release()


# --- read-only places ----------------------------------------------------------------


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "read-only"
    folder.mkdir()
    yield folder
    folder.chmod(stat.S_IRWXU)  # let pytest clean up tmp_path


def _deny_writes_to(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """Make os.access answer as it would for a non-root user on a read-only path.

    Root passes every permission check, and CI runs as root, so the read-only cases are
    simulated there; the real-permission tests below cover everyone else.
    """
    real_access = os.access

    def access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        if mode & os.W_OK and Path(os.fsdecode(path)).absolute() == denied:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


@pytest.mark.skipif(running_as_root, reason="root ignores file permissions")
def test_read_only_folder_is_refused(read_only_folder: Path) -> None:
    read_only_folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    path = read_only_folder / "reflectdesk.db"

    with pytest.raises(ReadOnlyLocationError) as caught:
        open_store(path)

    assert str(read_only_folder) in str(caught.value)
    assert "Traceback" not in str(caught.value)
    assert folder_listing(read_only_folder) == []


def test_read_only_folder_is_refused_simulated(
    read_only_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = read_only_folder / "reflectdesk.db"
    _deny_writes_to(monkeypatch, read_only_folder)

    with pytest.raises(ReadOnlyLocationError) as caught:
        open_store(path)

    assert str(read_only_folder) in str(caught.value)
    assert "read-only" in str(caught.value)
    assert folder_listing(read_only_folder) == []


def test_existing_database_in_read_only_folder_is_left_alone_simulated(
    make_db: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_db("in-read-only-folder.db")
    before = file_digest(path)
    listing = folder_listing(path.parent)
    _deny_writes_to(monkeypatch, path.parent)

    with pytest.raises(ReadOnlyLocationError):
        open_store(path)

    assert file_digest(path) == before
    assert folder_listing(path.parent) == listing


@pytest.mark.skipif(running_as_root, reason="root ignores file permissions")
def test_read_only_file_is_refused(make_db: Callable[..., Path]) -> None:
    path = make_db("read-only.db")
    before = file_digest(path)
    path.chmod(stat.S_IRUSR)
    try:
        with pytest.raises(ReadOnlyLocationError) as caught:
            open_store(path)
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)

    assert_user_facing(caught.value, path)
    assert file_digest(path) == before


def test_read_only_file_is_refused_simulated(
    make_db: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_db("read-only.db")
    before = file_digest(path)
    _deny_writes_to(monkeypatch, path)

    with pytest.raises(ReadOnlyLocationError) as caught:
        open_store(path)

    assert_user_facing(caught.value, path)
    assert "read-only" in str(caught.value)
    assert file_digest(path) == before
