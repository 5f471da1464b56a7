"""Looking at a database file before opening it for writing.

Everything here reads the file read-only, so a file that turns out to be foreign,
damaged or from a newer version is left exactly as it was found.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from reflectdesk.core.errors import words
from reflectdesk.store.errors import (
    CorruptDatabaseError,
    ForeignDatabaseError,
    NotADatabaseError,
    StoreError,
)
from reflectdesk.store.io_errors import error_for_os_error, error_for_sqlite_error, is_sqlite_damage
from reflectdesk.store.schema_shape import (
    APPLICATION_ID,
    describe_missing,
    expected_shape,
    missing_parts,
    read_shape,
    recognisably_ours,
)

SQLITE_HEADER = b"SQLite format 3\x00"
# The smallest valid SQLite file is one page; page sizes start at 512 bytes.
MIN_DATABASE_BYTES = 512
# A revision read from a foreign file may be anything; a message quotes this much of it.
MOST_CHARS_SHOWN = 40
# The two passes over every page SQLite offers; integrity_check also compares each index
# with its table.
FullCheck = Literal["quick_check", "integrity_check"]


@dataclass(frozen=True, slots=True)
class FileState:
    exists: bool
    empty: bool  # missing or zero bytes: a new database will be made here
    revision: str | None  # the Alembic revision stored in the file, if any
    application_id: int = 0  # PRAGMA application_id (store/schema_shape.py)


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` without any chance of writing to it or beside it.

    With no -wal file present, every committed page is in the main file, so it is read
    as immutable: SQLite then creates no -wal or -shm file either (a plain read-only
    open of a WAL database would leave both behind). With a -wal present (the app is
    running, or crashed), the read must include it, and those files exist already.
    """
    mode = "ro" if Path(f"{path}-wal").exists() else "ro&immutable=1"
    return f"{path.absolute().as_uri()}?mode={mode}"


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def inspect_database_file(
    path: Path, *, schema: bool = True, full_check: FullCheck | None = None
) -> FileState:
    """Check that ``path`` is a healthy ReflectDesk database (or nothing yet).

    Raises NotADatabaseError (ForeignDatabaseError for another program's SQLite file) or
    CorruptDatabaseError, or what io_errors makes of a lock, a full or read-only disk
    or a refused permission; never writes to the file. ``schema=False`` leaves out the
    comparison of the tables, columns, indexes and triggers with those of the file's
    revision (store/schema_shape.py), for a file that is about to be replaced and is
    backed up first all the same.

    The look is cheap by default: the header, the size it records, the application id,
    the revision and the schema's shape read from sqlite_master, whatever the file's
    size. Damage in the pages of the records shows where SQLite reads them (a
    CorruptDatabaseError through io_errors), and a full pass runs in the background
    after an unclean stop or when one is due (store/full_check.py). ``full_check``
    ("quick_check" or "integrity_check") reads every page first, for ``check``.
    """
    if not path.exists():
        return FileState(exists=False, empty=True, revision=None)
    if path.is_dir():
        raise NotADatabaseError(path, words().gettext("it is a folder"))
    size = path.stat().st_size
    if size == 0:
        return FileState(exists=True, empty=True, revision=None)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise error_for_os_error(path, error) or NotADatabaseError(
            path, error.strerror or words().gettext("it cannot be read")
        ) from None
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise NotADatabaseError(path)
    if size < MIN_DATABASE_BYTES:
        message = words().ngettext(
            "the file is only {size} byte long", "the file is only {size} bytes long", size
        )
        raise CorruptDatabaseError(path, message.format(size=size))
    expected = _size_in_header(path, header)
    if expected is not None and size < expected:
        # quick_check does not read every index entry, so a file cut off (an
        # interrupted copy) can pass it while pages at its end are missing.
        message = words().gettext("the file is cut off: {size} of its {expected} bytes are there")
        raise CorruptDatabaseError(path, message.format(size=size, expected=expected))
    revision, application_id = _check_and_read_revision(path, schema, full_check)
    return FileState(exists=True, empty=False, revision=revision, application_id=application_id)


def _size_in_header(path: Path, header: bytes) -> int | None:
    """The file size the SQLite header records (page size x page count), when the
    header vouches for it and no -wal beside the file may hold newer pages."""
    wal = path.with_name(path.name + "-wal")
    if len(header) < 100 or (wal.exists() and wal.stat().st_size > 0):
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[92:96] != header[24:28] or pages == 0:  # the count is not current
        return None
    return page_size * pages


def _check_and_read_revision(
    path: Path, schema: bool, full_check: FullCheck | None
) -> tuple[str | None, int]:
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        raise _damage_or_trouble(path, error) from None
    try:
        if full_check is not None:
            verdict = _verdict(connection.execute(f"PRAGMA {full_check}").fetchall())
            if verdict != "ok":
                raise CorruptDatabaseError(path, verdict)
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
        if not tables:
            return None, application_id
        _refuse_another_programs_id(path, application_id)
        if "alembic_version" not in tables:
            if application_id == APPLICATION_ID:
                raise CorruptDatabaseError(path, words().gettext("missing table alembic_version"))
            raise ForeignDatabaseError(
                path, words().gettext("it is an SQLite database of another program")
            )
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = None if row is None else str(row[0])
        _check_shape(path, connection, revision, application_id, schema=schema)
        return revision, application_id
    except UnicodeDecodeError:
        # SQLite's message quoted damaged bytes of the schema, which Python cannot decode.
        raise CorruptDatabaseError(
            path, words().gettext("its list of tables is unreadable")
        ) from None
    except sqlite3.DatabaseError as error:
        raise _damage_or_trouble(path, error) from None
    finally:
        connection.close()


def _damage_or_trouble(path: Path, error: sqlite3.Error) -> StoreError:
    # A file locked by another program, a full or read-only disk, a refused permission
    # are not damage: only damage is met with advice to restore a backup.
    if is_sqlite_damage(error):
        return CorruptDatabaseError(path, str(error))
    return error_for_sqlite_error(path, error)


def _refuse_another_programs_id(path: Path, application_id: int) -> None:
    if application_id not in (0, APPLICATION_ID):
        raise ForeignDatabaseError(
            path,
            words()
            .gettext("it is marked as another program's (application id {id})")
            .format(id=application_id),
        )


def _check_shape(
    path: Path,
    connection: sqlite3.Connection,
    revision: str | None,
    application_id: int,
    *,
    schema: bool,
) -> None:
    """Damaged or foreign when the file lacks part of its revision's schema; the rule is
    in store/schema_shape.py's docstring. ``schema=False`` still refuses a foreign file
    but lets a damaged one of ours through."""
    ours = application_id == APPLICATION_ID
    foreign = ForeignDatabaseError(
        path,
        words()
        .gettext("it is an SQLite database of another program, at schema revision {revision}")
        .format(revision=_shown(revision)),
    )
    expected = None if revision is None else expected_shape(revision)
    if expected is None:
        if ours:
            return  # a newer ReflectDesk's revision (or none): the caller says which
        raise foreign
    if ours and not schema:
        return
    found = read_shape(connection)
    missing = missing_parts(expected, found)
    if not missing:
        return
    if not (ours or recognisably_ours(expected, found)):
        raise foreign
    if schema:
        raise CorruptDatabaseError(path, describe_missing(missing))


def _shown(revision: str | None) -> str:
    # Read from the file: odd characters are shown escaped.
    if revision is None:
        return "none"
    shown = revision if revision.isprintable() and revision.strip() else repr(revision)
    return shown if len(shown) <= MOST_CHARS_SHOWN else shown[:MOST_CHARS_SHOWN] + "…"


class InspectionInBackground:
    """Runs :func:`inspect_database_file` on a thread, so that its reads (SQLite releases
    the GIL) overlap with importing Qt at start-up. ``result()`` waits for it and
    re-raises whatever the inspection raised."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._state: FileState | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="inspect_database", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._state = inspect_database_file(self.path)
        except BaseException as error:  # handed to the caller by result()
            self._error = error

    def result(self) -> FileState:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._state is not None
        return self._state


def _verdict(rows: list[Any]) -> str:
    # SQLite's report spans lines ("*** in database main ***\nPage 66: ..."); a message
    # to the user is one line.
    return "; ".join(" ".join(str(row[0]).split()) for row in rows[:3])


def integrity_check(path: Path) -> str:
    """The full integrity_check verdict ("ok" when healthy), read-only. A file SQLite
    cannot read at all gives its error as the verdict rather than raising; a lock, a
    full or read-only disk or a refused permission raises its StoreError (no damage)."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        return _damage_verdict(path, error)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        return _verdict(rows)
    except sqlite3.Error as error:
        return _damage_verdict(path, error)
    except UnicodeDecodeError:  # a message quoting damaged bytes
        return "the file is damaged beyond reading"
    finally:
        connection.close()


# SQLite asks whether to stop every this many virtual machine steps (well under 10 ms).
STEPS_BETWEEN_STOP_QUESTIONS = 100_000


def integrity_check_while_open(path: Path, stopped: Callable[[], bool]) -> str | None:
    """integrity_check's verdict, as :func:`integrity_check`, on a file the app has open
    and writes meanwhile: its own read-only connection that reads the -wal too (never
    ``immutable``) and sees one snapshot. None when ``stopped()`` turned true first."""
    if stopped():
        return None
    uri = f"{path.absolute().as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=5.0, check_same_thread=False)
    except sqlite3.Error as error:
        return _damage_verdict(path, error)
    try:
        connection.set_progress_handler(lambda: int(stopped()), STEPS_BETWEEN_STOP_QUESTIONS)
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        return None if stopped() else _verdict(rows)
    except sqlite3.Error as error:
        if stopped():
            return None  # "interrupted", by the progress handler
        return _damage_verdict(path, error)
    except UnicodeDecodeError:
        return "the file is damaged beyond reading"
    finally:
        connection.close()


def _damage_verdict(path: Path, error: sqlite3.Error) -> str:
    if is_sqlite_damage(error):
        return str(error)
    raise error_for_sqlite_error(path, error) from None


def directory_is_writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)
