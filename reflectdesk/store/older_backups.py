"""Backups that still open with an older passphrase, after the passphrase is changed.

A backup is a page-for-page copy of the database, so its private notes open with the
passphrase that was current when it was made; changing the passphrase does not reach
into backups. After a change the app makes a fresh backup (with the new passphrase) and
offers to remove the older ones.

Re-encrypting an older backup instead (unwrapping its data key with the old passphrase
and wrapping it under the new one) is not offered: it would rewrite a verified copy in
place, it works only for backups made since the last new encryption key, and a copy of
that backup anywhere else would still open with the old passphrase. Removing them is
what can honestly be promised.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path

from reflectdesk.store.backups import BackupInfo, list_backups, make_backup

__all__ = ["AfterPassphraseChange", "back_up_after_passphrase_change", "remove_backups"]

log = logging.getLogger(__name__)

REASON = "passphrase-changed"
# What SQLite may leave beside a database file; removed with the backup.
_SIDE_FILES = ("-journal", "-wal", "-shm")


@dataclass(frozen=True, slots=True)
class AfterPassphraseChange:
    fresh: Path  # the backup made just now, with the new passphrase: always kept
    older: list[BackupInfo]  # every other backup, newest first: the older passphrase(s)


def back_up_after_passphrase_change(db_path: Path) -> AfterPassphraseChange:
    """Make a backup now (the new passphrase) and list the backups made before it.
    BackupError when the backup cannot be made (then nothing should be removed)."""
    fresh = make_backup(db_path, REASON)
    older = [info for info in list_backups(db_path) if info.path != fresh]
    return AfterPassphraseChange(fresh=fresh, older=older)


def remove_backups(backups: list[BackupInfo]) -> int:
    """Delete ``backups`` (and any SQLite side files beside them); the number removed.
    One that cannot be removed (already gone, or not allowed) is skipped and logged."""
    removed = 0
    for info in backups:
        try:
            info.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            log.warning("an older backup could not be removed: %s", error.strerror)
            continue
        removed += 1
        for suffix in _SIDE_FILES:
            with contextlib.suppress(OSError):
                info.path.with_name(info.path.name + suffix).unlink(missing_ok=True)
    log.info("removed %d older backup(s) after a passphrase change", removed)
    return removed
