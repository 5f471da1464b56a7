"""The backup on close, made after the app has gone, or at the next start.

Copying and checking a ten-year database takes seconds (14 s at 800 MB), too long to
keep a closed app's process alive. So at close the app only decides whether a backup is
due (a few stat calls), records it (:func:`mark_due`: a marker file in the backups
folder) and hands it to a process of its own (``reflectdesk backup-after-close``, run
by :func:`backup_after_close`), then exits.

That process takes the instance lock as a holder that gives way
(store/instance_lock.py): nothing else opens the database while it copies, and when
the facilitator opens ReflectDesk again meanwhile, the new start asks it to stop, it
removes its partial file and lets go within milliseconds (store/backup_steps.py). The
marker stays until a backup is made, so a backup that gave way, failed, or was killed
with the computer is made by the next start, in the background once its window is
shown (:func:`automatic_backup`). Like every backup it is written as a partial,
checked and renamed (store/partial_backup.py), so a stop at any moment loses nothing.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from reflectdesk.core.backup_policy import backup_due
from reflectdesk.paths import backups_dir, create_private_file, make_private_folder
from reflectdesk.store.backup_steps import GaveWay, KeepGoing
from reflectdesk.store.backups import (
    backup_database,
    data_changed_since,
    list_backups,
    thin_backups,
    time_ns,
)
from reflectdesk.store.errors import DatabaseInUseError
from reflectdesk.store.instance_lock import InstanceLock, give_way_requested

__all__ = [
    "automatic_backup",
    "backup_after_close",
    "backup_marked",
    "due_at_close",
    "is_marked",
    "mark_due",
]

log = logging.getLogger(__name__)

REASON = "on-close"


def marker_path(db_path: Path) -> Path:
    return backups_dir(db_path) / f"{db_path.stem}.backup-due"


def is_marked(db_path: Path) -> bool:
    return marker_path(db_path).exists()


def mark_due(db_path: Path) -> None:
    """Record that a backup on close is owed (kept until one is made)."""
    make_private_folder(backups_dir(db_path))
    create_private_file(marker_path(db_path))


def due_at_close(db_path: Path, now: datetime) -> bool:
    """Whether closing now owes a backup: the data changed since the newest one. Only
    looks at names and modification times, so it costs the same at any size."""
    return _due(db_path, now, on_close=True)


def _due(db_path: Path, now: datetime, *, on_close: bool) -> bool:
    # As backups.backup_if_due decides it, without making the backup.
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return False
    backups = list_backups(db_path)
    last = backups[0] if backups else None
    changed = last is None or data_changed_since(db_path, last.path)
    return backup_due(last.made_at if last else None, changed, now, on_close=on_close)


def backup_marked(db_path: Path, now: datetime, keep_going: KeepGoing | None = None) -> Path:
    """Make the backup the marker owes, thin the folder, then remove the marker.
    Raises what backup_database raises (GaveWay when ``keep_going`` said no); the
    marker then stays."""
    made = _backup_and_thin(db_path, REASON, now, keep_going)
    marker_path(db_path).unlink(missing_ok=True)
    return made


def automatic_backup(
    db_path: Path, now: datetime, keep_going: KeepGoing | None = None
) -> Path | None:
    """The app's check while it runs: an owed backup on close first, else the daily
    one when due (backup_policy.backup_due). Returns the backup made, or None. Stops
    with GaveWay when ``keep_going`` says no (the app is closing)."""
    if is_marked(db_path):
        log.info("making the backup owed since the last close")
        return backup_marked(db_path, now, keep_going)
    if not _due(db_path, now, on_close=False):
        return None
    return _backup_and_thin(db_path, "daily", now, keep_going)


def _backup_and_thin(
    db_path: Path, reason: str, now: datetime, keep_going: KeepGoing | None
) -> Path:
    # Not backups.make_backup: its quick_check of the whole file could not give way,
    # and the copy's integrity_check below covers it.
    started_ns = time_ns()  # the changed-since test compares with this (backups.py)
    made = backup_database(
        db_path,
        backups_dir(db_path),
        reason,
        now=now,
        modified_ns=started_ns,
        keep_going=keep_going,
    )
    thin_backups(db_path, now.date())
    return made


def backup_after_close(db_path: Path, now: datetime) -> Path | None:
    """The handed-off backup: under the instance lock, giving way when asked. Returns
    the backup, or None when there was nothing owed, the database was open again, or
    the backup gave way (the next start makes it then)."""
    if not is_marked(db_path):
        return None
    lock = InstanceLock(db_path, gives_way=True)
    try:
        lock.acquire()
    except DatabaseInUseError:
        log.info("backup after close: the database is open again; its next check makes it")
        return None
    try:
        return backup_marked(db_path, now, keep_going=lambda: not give_way_requested(db_path))
    except GaveWay:
        log.info("backup after close gave way to a new start; it makes the backup")
        return None
    finally:
        lock.release()
