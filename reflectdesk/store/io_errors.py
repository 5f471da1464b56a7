"""What really went wrong when the disk or SQLite refused: full, read-only, locked,
refused permission, damaged, or none of these.

Only damage advises restoring a backup; a full disk or a refused permission is
something the facilitator fixes without losing recent work. SQLite reports most
trouble with the disk as a plain "disk I/O error" (SQLITE_IOERR, without the
operating system's errno), so for that one the disk itself is looked at.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from typing import TYPE_CHECKING

from reflectdesk.core.errors import words
from reflectdesk.store.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    PermissionDeniedError,
    ReadOnlyLocationError,
    StoreError,
)

if TYPE_CHECKING:
    from pathlib import Path

# Below this much free space an I/O error is taken to be the disk being full: SQLite
# needs room for a page, its journal and the -wal beside it.
NEARLY_FULL_BYTES = 1024 * 1024

_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_PERMISSION_ERRNOS = frozenset({errno.EACCES, errno.EPERM})


def error_for_os_error(path: Path, error: OSError) -> StoreError | None:
    """The StoreError an OSError on ``path`` means, or None when it is none of the kinds
    named here (the caller words it)."""
    if error.errno in _FULL_ERRNOS:
        return DiskFullError(path)
    if error.errno == errno.EROFS:
        return ReadOnlyLocationError(path, words().gettext("the disk is read-only"))
    if error.errno in _PERMISSION_ERRNOS:
        return PermissionDeniedError(path, error.strerror or words().gettext("permission denied"))
    return None


def error_for_sqlite_error(path: Path, error: BaseException | None) -> StoreError:
    """The StoreError for an error SQLite raised on ``path``, by SQLite's error name
    (Python 3.11+), never by words in the message: a table or column name there must not
    decide what the user is told."""
    name = str(getattr(error, "sqlite_errorname", "") or "")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return DatabaseBusyError(path)
    if name.startswith("SQLITE_READONLY"):
        return _read_only_or_refused(path) or ReadOnlyLocationError(
            path, words().gettext("the file or its folder is read-only")
        )
    if name.startswith("SQLITE_FULL"):
        return DiskFullError(path)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return CorruptDatabaseError(path, str(error))
    if name.startswith(("SQLITE_PERM", "SQLITE_AUTH")):
        return PermissionDeniedError(path, words().gettext("the operating system refused access"))
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        return disk_trouble(path) or StoreError(
            words()
            .gettext(
                "{path} could not be read or written ({error}). If it is on a USB stick "
                "or network drive, check that it is still connected."
            )
            .format(path=path, error=error),
            path=str(path),
        )
    message = words().gettext("The database {path} reported an error: {error}.")
    return StoreError(message.format(path=path, error=error), path=str(path))


def is_sqlite_damage(error: sqlite3.Error) -> bool:
    """True only for errors that mean the file itself is damaged (or not a database)."""
    name = str(getattr(error, "sqlite_errorname", "") or "")
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or not name


def disk_trouble(path: Path) -> StoreError | None:
    """A full disk, a read-only disk or a refused permission where ``path`` lives, when
    one of these is so; None when the disk looks fine."""
    folder = path.parent
    try:
        if shutil.disk_usage(folder).free < NEARLY_FULL_BYTES:
            return DiskFullError(path)
    except OSError:
        pass
    return _read_only_or_refused(path)


def _read_only_or_refused(path: Path) -> StoreError | None:
    folder = path.parent
    if _on_read_only_disk(folder):
        return ReadOnlyLocationError(path, words().gettext("the disk is read-only"))
    return location_refusal(path)


def location_refusal(path: Path) -> StoreError | None:
    """Why ``path`` (or its folder) cannot be written, when it cannot: a folder or file
    marked read-only, or one that belongs to someone else or may not even be read."""
    folder = path.parent
    texts = words()
    # Whole phrases for the folder and the file: Dutch says "de map" but "het bestand".
    for place, unreadable, foreign, read_only in (
        (
            folder,
            texts.gettext("the folder may not be read by you"),
            texts.gettext("the folder belongs to another user"),
            texts.gettext("the folder is read-only"),
        ),
        (
            path,
            texts.gettext("the file may not be read by you"),
            texts.gettext("the file belongs to another user"),
            texts.gettext("the file is read-only"),
        ),
    ):
        if not place.exists():
            continue
        if not os.access(place, os.R_OK):
            return PermissionDeniedError(path, unreadable)
        if not os.access(place, os.W_OK | (os.X_OK if place == folder else 0)):
            if _belongs_to_someone_else(place):
                return PermissionDeniedError(path, foreign)
            return ReadOnlyLocationError(place, read_only)
    return None


def _belongs_to_someone_else(place: Path) -> bool:
    geteuid = getattr(os, "geteuid", None)  # POSIX only
    try:
        return geteuid is not None and place.stat().st_uid != geteuid()
    except OSError:
        return False


def _on_read_only_disk(folder: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)  # POSIX only
    if statvfs is None:
        return False
    try:
        return bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False
