"""The backups folder of a database: listing, making, thinning, automatic backups, restore.

Backups are written by :func:`backup_database` (SQLite's online backup API, never a copy
of an open file, then integrity_check) into ``backups/`` beside the database, named
``<stem>-<YYYYmmdd-HHMMSS>-<reason>[-<n>].db`` in local time. A backup is a page-for-page
copy, so private notes stay sealed in it exactly as in the database. It is written
under a temporary name and renamed only when whole and checked; what an interrupted
backup leaves is never listed or restored, and is removed (store/partial_backup.py).
Backups and their folder are owner-only (paths.py).

How "the data changed since the last backup" is known, cheaply and without state:
:func:`make_backup` sets the new backup file's modification time to the moment just
before the copy began. The data changed since then when the database file, or a
non-empty ``-wal`` beside it, was modified at or after that moment (every commit writes
the WAL; a checkpoint writes the main file). A checkpoint of changes that were already
backed up, or a write during the copy, can make one backup too many; a change is never
missed. An empty ``-wal`` (made by merely opening the database) does not count.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reflectdesk.core.backup_policy import backup_due, keep
from reflectdesk.core.errors import words
from reflectdesk.core.timefmt import file_stamp
from reflectdesk.logs import logged
from reflectdesk.paths import backups_dir, create_private_file, make_private_folder
from reflectdesk.store.backup_steps import KeepGoing, copy_in_steps, integrity_check_giving_way
from reflectdesk.store.errors import CorruptDatabaseError, ForeignDatabaseError, StoreError
from reflectdesk.store.instance_lock import InstanceLock
from reflectdesk.store.partial_backup import (
    is_unfinished,
    partial_path,
    remove_leftovers,
    writing_partial,
)
from reflectdesk.store.schema import HEAD_REVISION, KNOWN_REVISIONS
from reflectdesk.store.sqlite_file import (
    connect_read_only,
    inspect_database_file,
    integrity_check,
)

__all__ = [
    "BackupError",
    "BackupInfo",
    "RestoreError",
    "backup_database",
    "backup_if_due",
    "list_backups",
    "make_backup",
    "restore_backup",
    "thin_backups",
]

log = logging.getLogger(__name__)

_REASON = re.compile(r"[a-z]+(?:-[a-z]+)*")
_NAME_TAIL = re.compile(r"(\d{8}-\d{6})-([a-z]+(?:-[a-z]+)*?)(?:-(\d+))?\.db")


class RestoreError(StoreError):
    code = "restore_failed"


class BackupError(StoreError):
    code = "backup_failed"


def backup_database(
    db_path: Path,
    target_dir: Path,
    reason: str,
    now: datetime | None = None,
    *,
    modified_ns: int | None = None,
    keep_going: KeepGoing | None = None,
) -> Path:
    """Write a consistent copy of ``db_path`` into ``target_dir`` and verify it.

    The file is named ``<stem>-<YYYYmmdd-HHMMSS>-<reason>.db``; it is written as
    ``<name>.partial`` and renamed when checked, with ``modified_ns`` as its
    modification time when given. Raises BackupError when the copy cannot be written
    or fails its integrity check (the bad copy is removed). With ``keep_going`` the
    copy and the check go in steps and stop with GaveWay (store/backup_steps.py) as
    soon as it says no; the partial is removed then too.
    """
    stamp = file_stamp(now or datetime.now())
    try:
        make_private_folder(target_dir)
    except OSError as error:
        log.warning("backup (%s) failed: no backup folder: %s", reason, error)
        message = words().gettext("Cannot create the backup folder {folder}: {reason}.")
        raise BackupError(message.format(folder=target_dir, reason=error.strerror)) from None
    remove_leftovers(target_dir, lambda name: _parse_name(db_path.stem, name) is not None)
    target = target_dir / f"{db_path.stem}-{stamp}-{reason}.db"
    counter = 1
    while target.exists() or partial_path(target).exists():
        counter += 1
        target = target_dir / f"{db_path.stem}-{stamp}-{reason}-{counter}.db"
    try:
        with writing_partial(target) as partial:
            _copy_and_check(db_path, partial.path, reason, keep_going)
            partial.publish(modified_ns)
    except OSError as error:
        log.warning("backup (%s) failed: %s", reason, error)
        texts = words()
        reason = error.strerror or texts.gettext("the backup could not be written")
        message = texts.gettext("Backing up {path} failed: {reason}.")
        raise BackupError(message.format(path=db_path, reason=reason)) from None
    log.info("backup (%s) made: %d KB", reason, target.stat().st_size // 1024)
    return target


def _copy_and_check(
    db_path: Path, partial: Path, reason: str, keep_going: KeepGoing | None
) -> None:
    source = connect_read_only(db_path)
    destination = sqlite3.connect(partial)
    try:
        if keep_going is None:
            source.backup(destination)  # one step: one read of one moment
        else:
            copy_in_steps(source, destination, keep_going)
    except sqlite3.Error as error:
        log.warning("backup (%s) failed: %s", reason, error)
        message = words().gettext("Backing up {path} failed: {reason}.")
        raise BackupError(message.format(path=db_path, reason=error)) from None
    finally:
        destination.close()
        source.close()
    if keep_going is None:
        verdict = integrity_check(partial)
    else:
        verdict = integrity_check_giving_way(partial, keep_going)
    if verdict != "ok":
        log.warning("backup (%s) failed its integrity check", reason)
        message = words().gettext("The backup of {path} failed its integrity check: {verdict}.")
        raise BackupError(message.format(path=db_path, verdict=verdict))


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    made_at: datetime  # local time, from the file name
    reason: str
    size: int  # bytes


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path`` in its backups folder, newest first. Files whose names
    are not backup names of this database are left out, and so is an unfinished backup
    (an interrupted one's leftovers are removed first)."""
    folder = backups_dir(db_path)
    remove_leftovers(folder, lambda name: _parse_name(db_path.stem, name) is not None)
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    found: list[tuple[datetime, int, BackupInfo]] = []
    for entry in entries:
        parsed = _parse_name(db_path.stem, entry.name)
        if parsed is None or not entry.is_file() or is_unfinished(entry):
            continue
        made_at, reason, counter = parsed
        info = BackupInfo(entry, made_at, reason, entry.stat().st_size)
        found.append((made_at, counter, info))
    found.sort(key=lambda item: item[:2], reverse=True)
    return [info for _made_at, _counter, info in found]


def _parse_name(stem: str, name: str) -> tuple[datetime, str, int] | None:
    prefix = f"{stem}-"
    if not name.startswith(prefix):
        return None
    match = _NAME_TAIL.fullmatch(name[len(prefix) :])
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return made_at, match.group(2), int(match.group(3) or 1)


def make_backup(
    db_path: Path, reason: str, now: datetime | None = None, *, check_schema: bool = True
) -> Path:
    """Back up ``db_path`` now into its backups folder; returns the new file.

    ``reason`` is lower-case words joined by hyphens ("manual", "on-close", ...). The
    file's modification time is set to the moment the copy began (see the module
    docstring). Raises StoreError when there is no database or the backup fails.
    ``check_schema=False`` backs up a file whose schema is damaged (before a restore).
    """
    if _REASON.fullmatch(reason) is None:
        raise ValueError(f"a backup reason is lower-case words joined by '-', not {reason!r}")
    state = inspect_database_file(db_path, schema=check_schema)
    if state.empty:
        message = words().gettext("There is no ReflectDesk database at {path}.")
        raise StoreError(message.format(path=db_path), path=str(db_path))
    started_ns = time_ns()
    return backup_database(db_path, backups_dir(db_path), reason, now=now, modified_ns=started_ns)


def time_ns() -> int:
    """The wall clock in nanoseconds (a seam for tests)."""
    import time

    return time.time_ns()


def data_changed_since(db_path: Path, backup: Path) -> bool:
    """Whether the database was written at or after ``backup`` began (module docstring)."""
    since = backup.stat().st_mtime_ns
    wal = db_path.with_name(db_path.name + "-wal")
    written = [db_path.stat().st_mtime_ns]
    try:
        wal_stat = wal.stat()
    except FileNotFoundError:
        pass
    else:
        if wal_stat.st_size > 0:
            written.append(wal_stat.st_mtime_ns)
    return max(written) >= since


def thin_backups(db_path: Path, today: date) -> list[Path]:
    """Delete the backups the policy (reflectdesk.core.backup_policy.keep) drops.

    Never deletes the newest backup, nor any file whose name it cannot parse. Returns
    the deleted files.
    """
    backups = list_backups(db_path)
    if not backups:
        return []
    kept = keep([info.made_at for info in backups], today)
    deleted: list[Path] = []
    for info in backups[1:]:  # backups[0] is the newest: always kept
        if info.made_at not in kept:
            info.path.unlink(missing_ok=True)
            deleted.append(info.path)
    if deleted:
        log.info(
            "thinned the backups: %d deleted, %d kept", len(deleted), len(backups) - len(deleted)
        )
    return deleted


def backup_if_due(db_path: Path, now: datetime, *, on_close: bool = False) -> Path | None:
    """Make an automatic backup when due; returns it, or None when none was due.

    Due (reflectdesk.core.backup_policy.backup_due) only when the data changed since the
    newest backup; then on close always (reason "on-close"), else at most one a calendar
    day (reason "daily"). After a new backup, the folder is thinned with ``now``'s date
    as today. Nothing is done when there is no database yet.
    """
    # A cheap look first: this runs at every close, and a quick_check of a large file
    # would cost more than the rare backup it decides on (the backup checks integrity).
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    backups = list_backups(db_path)
    last = backups[0] if backups else None
    changed = last is None or data_changed_since(db_path, last.path)
    if not backup_due(last.made_at if last else None, changed, now, on_close=on_close):
        return None
    made = make_backup(db_path, "on-close" if on_close else "daily", now=now)
    thin_backups(db_path, now.date())
    return made


def restore_backup(db_path: Path, backup_path: Path) -> Path | None:
    """Replace the database at ``db_path`` by the backup at ``backup_path``.

    Refuses (RestoreError, nothing changed) a backup that is not a healthy ReflectDesk
    database or was written by a newer version. Takes the instance lock, so it refuses
    (DatabaseInUseError) while a ReflectDesk has the database open. The current
    database is first backed up (reason "before-restore"); that file is returned (None
    when there was no database). The backup is then copied in with SQLite's backup API
    through a connection to the live path (which first folds in or discards any stale
    -wal as SQLite does), and the result is integrity-checked.
    """
    db_path = db_path.absolute()
    backup_path = backup_path.absolute()
    with logged(log, "restoring a backup"):
        return _restore(db_path, backup_path)


def _restore(db_path: Path, backup_path: Path) -> Path | None:
    _check_restorable(backup_path)
    if db_path.exists() and db_path.samefile(backup_path):
        message = words().gettext("{path} is the database itself; choose a backup of it.")
        raise RestoreError(message.format(path=backup_path))
    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        before: Path | None = None
        if db_path.exists() and _holds_a_database(db_path):
            try:
                before = make_backup(db_path, "before-restore", check_schema=False)
            except StoreError as error:
                message = words().gettext(
                    "Nothing was restored: the current database {path} could not be "
                    "backed up first ({reason}). Move it elsewhere, then restore again."
                )
                raise RestoreError(message.format(path=db_path, reason=error)) from None
        _copy_into(backup_path, db_path)
        verdict = integrity_check(db_path)
        if verdict != "ok":
            texts = words()
            message = texts.gettext(
                "Restoring {backup} into {path} failed its integrity check ({verdict})."
            ).format(backup=backup_path, path=db_path, verdict=verdict)
            if before:
                saved = texts.gettext("The database before was saved as {before}.")
                message += " " + saved.format(before=before)
            raise RestoreError(message)
    finally:
        lock.release()
    return before


def _holds_a_database(db_path: Path) -> bool:
    """Whether the file to be replaced holds a database to back up first. A damaged
    schema is no reason to refuse (restoring is its cure); another program's file is."""
    try:
        return not inspect_database_file(db_path, schema=False).empty
    except ForeignDatabaseError as error:
        message = words().gettext(
            "Nothing was restored: {path} is not a ReflectDesk database: {detail}; "
            "restoring would replace it."
        )
        raise RestoreError(message.format(path=db_path, detail=error.params["detail"])) from None


def _check_restorable(backup_path: Path) -> None:
    texts = words()

    def refused(reason: str, **fields: object) -> RestoreError:
        message = texts.gettext("{path} cannot be restored: {reason}")
        return RestoreError(message.format(path=backup_path, reason=reason.format(**fields)))

    if not backup_path.is_file():
        raise refused(texts.gettext("there is no such file."))
    if is_unfinished(backup_path):
        raise refused(texts.gettext("it is an unfinished backup, left by one interrupted."))
    try:
        state = inspect_database_file(backup_path)
    except ForeignDatabaseError as error:
        reason = texts.gettext("it is not a ReflectDesk database: {detail}.")
        raise refused(reason, detail=error.params["detail"]) from None
    except CorruptDatabaseError as error:
        reason = texts.gettext("it is damaged ({detail}).")
        raise refused(reason, detail=error.params["detail"]) from None
    except StoreError as error:
        raise refused("{error}", error=error) from None
    if state.empty:
        raise refused(texts.gettext("the file is empty."))
    if state.revision is None:
        raise refused(texts.gettext("it is not a ReflectDesk database."))
    if state.revision not in KNOWN_REVISIONS:
        reason = texts.gettext(
            "it was written by a newer version of ReflectDesk (schema {found}; "
            "this version knows up to {known})."
        )
        raise refused(reason, found=state.revision, known=HEAD_REVISION)
    verdict = integrity_check(backup_path)
    if verdict != "ok":
        raise refused(texts.gettext("it is damaged ({detail})."), detail=verdict)


def _copy_into(source_path: Path, db_path: Path) -> None:
    try:
        source = connect_read_only(source_path)
    except sqlite3.Error as error:
        message = words().gettext("{path} cannot be read: {reason}.")
        raise RestoreError(message.format(path=source_path, reason=error)) from None
    try:
        with suppress(OSError):  # SQLite's own attempt below reports why it failed
            create_private_file(db_path)  # a database restored where there was none
        target = sqlite3.connect(db_path)
        try:
            source.backup(target)
        finally:
            target.close()
    except sqlite3.Error as error:
        message = words().gettext("Restoring into {path} failed: {reason}.")
        raise RestoreError(message.format(path=db_path, reason=error)) from None
    finally:
        source.close()
