"""Online backups through SQLite's backup API (never a copy of an open file)."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from reflectdesk.store.errors import StoreError
from reflectdesk.store.sqlite_file import connect_read_only, integrity_check

log = logging.getLogger(__name__)


class BackupError(StoreError):
    code = "backup_failed"


def backup_database(
    db_path: Path, target_dir: Path, reason: str, now: datetime | None = None
) -> Path:
    """Write a consistent copy of ``db_path`` into ``target_dir`` and verify it.

    The file is named ``<stem>-<YYYYmmdd-HHMMSS>-<reason>.db``. Raises BackupError when
    the copy cannot be written or fails its integrity check (the bad copy is removed).
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("backup (%s) failed: no backup folder: %s", reason, error)
        raise BackupError(
            f"Cannot create the backup folder {target_dir}: {error.strerror}."
        ) from None
    target = target_dir / f"{db_path.stem}-{stamp}-{reason}.db"
    counter = 1
    while target.exists():
        counter += 1
        target = target_dir / f"{db_path.stem}-{stamp}-{reason}-{counter}.db"
    source = connect_read_only(db_path)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    except sqlite3.Error as error:
        destination.close()
        target.unlink(missing_ok=True)
        log.warning("backup (%s) failed: %s", reason, error)
        raise BackupError(f"Backing up {db_path} failed: {error}.") from None
    finally:
        source.close()
    destination.close()
    verdict = integrity_check(target)
    if verdict != "ok":
        target.unlink(missing_ok=True)
        log.warning("backup (%s) failed its integrity check", reason)
        raise BackupError(f"The backup of {db_path} failed its integrity check: {verdict}.")
    log.info("backup (%s) made: %d KB", reason, target.stat().st_size // 1024)
    return target
