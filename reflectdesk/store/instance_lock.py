"""One ReflectDesk per database: an OS-level lock on a small file beside it.

The operating system drops the lock when the process dies, so a crash never leaves a
stale lock behind (unlike a plain "pid file"). The lock file holds the holder's pid and
host name, only to make the message to the second instance useful.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import IO

from reflectdesk.paths import create_private_file
from reflectdesk.store.errors import DatabaseInUseError, ReadOnlyLocationError
from reflectdesk.store.io_errors import error_for_os_error


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        try:
            create_private_file(self.path)  # owner-only, like every file beside it
            handle = self.path.open("a+", encoding="utf-8")
        except OSError as error:
            raise error_for_os_error(self.path.parent, error) or ReadOnlyLocationError(
                self.path.parent, error.strerror or str(error)
            ) from None
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise DatabaseInUseError(self.db_path, holder) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} on {socket.gethostname()}")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
