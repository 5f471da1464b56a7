"""One ReflectDesk per database: an OS-level lock on a small file beside it.

The operating system drops the lock when the process dies, so a crash never leaves a
stale lock behind (unlike a plain "pid file"). The lock file holds the holder's pid and
host name, only to make the message to the second instance useful.

The lock is keyed on the file, not on the name it was opened by, so a second name for the
same database cannot open it twice:

- the lock file sits beside the *resolved* path (symbolic links followed), so a symlink
  meets the same lock file as the real name, on this computer or another one sharing
  the folder;
- on POSIX, a second lock is taken on a file named after the database's device and inode
  in a per-user folder (:func:`identity_lock_folder`), so a hard link, which resolves to
  a different name, meets it too. Windows has only the resolved path.

A database that does not exist yet is created empty (owner-only) first, so that it has
its identity from the start; SQLite treats an empty file as a new database.

The backup handed off at close (store/close_backup.py) holds the lock as a holder that
gives way: its lock file says so (``BACKUP_HOLDER``). Whoever then wants the database
(the app opened again right after closing, a restore) leaves a request beside the lock
(:func:`give_way_path`) and waits up to ``GIVE_WAY_SECONDS`` for the lock, which the
backup drops within milliseconds of seeing the request; it is made later instead.

The lock file beside the database also tells whether the last holder stopped cleanly: the
holder's line is written when the lock is taken and emptied when it is released, so a line
found by the next holder was left by a process that was killed, crashed or lost power.
Such a stop owes the file a full check (core/full_check_rule.py): until the holder calls
:meth:`InstanceLock.settle` (the check passed), releasing leaves :data:`CHECK_OWED`
behind, so the next holder still finds it, whichever program that is (the backup after
close included).

A clean release with nothing owed removes the lock files, so nothing is left beside the
database after the app or a command exits. On POSIX the file is unlinked while its lock is
still held, and a taker checks after locking that the name still leads to the file it
locked (else it locked a removed file and tries again): so two holders can never each
lock a different file of the same name. On Windows a file that another process has open
cannot be removed, so the removal after unlocking fails harmlessly when someone else
holds or is opening it.
"""

from __future__ import annotations

import importlib
import logging
import os
import socket
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from types import ModuleType
from typing import IO, NamedTuple

from reflectdesk.core.errors import words
from reflectdesk.paths import OWNER_ONLY_FILE, create_private_file
from reflectdesk.store.errors import DatabaseInUseError, ReadOnlyLocationError
from reflectdesk.store.io_errors import error_for_os_error

log = logging.getLogger(__name__)

BACKUP_HOLDER = "backup after close"  # how the lock file names a holder that gives way
GIVE_WAY_SECONDS = 5.0  # how long a start waits for such a holder
_POLL_SECONDS = 0.02
# Seams for tests: the clock and the pause between two tries.
_monotonic = time.monotonic
_pause = time.sleep
# What a release leaves in the lock file when the holder met an unclean stop and no full
# check has passed since (any non-empty content means the same to the next holder).
CHECK_OWED = "a full check is owed after an unclean stop"


def lock_path_for(db_path: Path) -> Path:
    real = Path(os.path.realpath(db_path))
    return real.with_name(real.name + ".lock")


def give_way_path(db_path: Path) -> Path:
    """The request, beside the lock, that a holder which gives way let go."""
    lock = lock_path_for(db_path)
    return lock.with_name(lock.name + ".give-way")


def give_way_requested(db_path: Path) -> bool:
    return give_way_path(db_path).exists()


def identity_lock_folder() -> Path:
    """Where the locks keyed on device and inode live: one folder per user."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(tempfile.gettempdir()) / f"reflectdesk-locks-{uid}"


class InstanceLock:
    """``gives_way``: held by the backup after close, which lets go when asked."""

    def __init__(self, db_path: Path, *, gives_way: bool = False) -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self._holder = f"{BACKUP_HOLDER}, " if gives_way else ""
        self._handles: list[IO[str]] = []
        # Whether the last holder left its line behind (module docstring).
        self.found_unclean_stop = False
        self._settled = False

    def acquire(self) -> None:
        """Take the lock, or raise DatabaseInUseError; a holder that gives way is asked
        to and waited for (module docstring)."""
        try:
            self._acquire_once()
        except DatabaseInUseError:
            if self._holder or not self._held_by_a_backup():
                raise
            self._wait_for_the_backup()
        if not self._holder:
            # Held here, so no backup can be asked any more: a request left by a
            # start that crashed while it waited would stop the next backup at once.
            with suppress(OSError):
                give_way_path(self.db_path).unlink(missing_ok=True)

    def _acquire_once(self) -> None:
        try:
            handle, left_behind = _take(self.path, self.db_path, self._holder)
            self._handles.append(handle)
            self.found_unclean_stop = bool(left_behind.strip())
            self._settled = False
            if _calls.by_identity:
                identity = _identity_lock_path(self.db_path)
                if identity is not None:
                    self._handles.append(_take(identity, self.db_path, self._holder)[0])
        except BaseException:
            self.release()
            raise

    def _held_by_a_backup(self) -> bool:
        try:
            return self.path.read_text(encoding="utf-8").startswith(BACKUP_HOLDER)
        except OSError:
            return False

    def _wait_for_the_backup(self) -> None:
        request = give_way_path(self.db_path)
        try:
            create_private_file(request)
        except OSError as error:
            raise error_for_os_error(request.parent, error) or ReadOnlyLocationError(
                request.parent, error.strerror or str(error)
            ) from None
        log.info("asked the backup after close to give way")
        deadline = _monotonic() + GIVE_WAY_SECONDS
        try:
            while True:
                _pause(_POLL_SECONDS)
                try:
                    self._acquire_once()
                    return
                except DatabaseInUseError:
                    if _monotonic() >= deadline:
                        raise
        finally:
            request.unlink(missing_ok=True)

    def settle(self) -> None:
        """A full check passed: this holder's release leaves the lock file empty."""
        self._settled = True

    def release(self) -> None:
        handles, self._handles = self._handles, []
        owed = self.found_unclean_stop and not self._settled
        if handles:
            _leave(handles[0], CHECK_OWED if owed else "")
        # An owed check keeps the main lock file (its line tells the next holder);
        # otherwise every lock file of ours goes with a clean release.
        removable = handles[1:] if owed else handles
        for handle in reversed(handles):
            try:
                if handle in removable and _calls.removes_while_locked:
                    _remove_while_locked(handle)
                _unlock(handle)
            finally:
                handle.close()
            if handle in removable and not _calls.removes_while_locked:
                with suppress(OSError):  # open in another process: it stays, harmlessly
                    Path(handle.name).unlink()

    @property
    def held(self) -> bool:
        return bool(self._handles)


def _leave(handle: IO[str], line: str) -> None:
    # A clean release: the next holder finds no line of ours (module docstring).
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(line)
        handle.flush()
    except OSError as error:  # the next start then runs a check it did not need
        log.warning("the lock file could not be emptied: %s", error.strerror)


def _remove_while_locked(handle: IO[str]) -> None:
    """Unlink the lock file we hold, if its name still leads to it."""
    with suppress(OSError):
        if _same_file(handle, Path(handle.name)):
            Path(handle.name).unlink()


def _same_file(handle: IO[str], path: Path) -> bool:
    """Whether ``path`` names the file ``handle`` has open (False when it is gone)."""
    try:
        named = path.stat()
    except FileNotFoundError:
        return False
    held = os.fstat(handle.fileno())
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def _take(lock_file: Path, db_path: Path, holder: str = "") -> tuple[IO[str], str]:
    """The locked handle, and what the last holder left in the file."""
    while True:
        handle = _open_lock_file(lock_file)
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            holding = handle.read().strip() or words().gettext("another process")
            handle.close()
            raise DatabaseInUseError(db_path, holding) from None
        # Where an open file cannot be removed (Windows), the name still leads to it.
        if not _calls.removes_while_locked or _same_file(handle, lock_file):
            break
        # Its holder removed it as we opened it: the lock is on a file nobody will meet.
        _unlock(handle)
        handle.close()
    handle.seek(0)
    left_behind = handle.read()
    handle.seek(0)
    handle.truncate()
    handle.write(f"{holder}pid {os.getpid()} on {socket.gethostname()}")
    handle.flush()
    return handle, left_behind


def _open_lock_file(lock_file: Path) -> IO[str]:
    try:
        # Owner-only, like every file beside it, in the one call that makes it: a file
        # removed by its holder meanwhile is made again here, never with wider modes.
        return open(lock_file, "a+", encoding="utf-8", opener=_private_opener)
    except OSError as error:
        raise error_for_os_error(lock_file.parent, error) or ReadOnlyLocationError(
            lock_file.parent, error.strerror or str(error)
        ) from None


def _private_opener(path: str, flags: int) -> int:
    return os.open(path, flags, OWNER_ONLY_FILE)


def _identity_lock_path(db_path: Path) -> Path | None:
    """The lock file named after the database's device and inode; None (the lock beside
    the file still holds) when the per-user folder is not safely ours."""
    try:
        fd = os.open(db_path, os.O_RDONLY | os.O_CREAT, 0o600)
    except OSError as error:
        raise ReadOnlyLocationError(db_path.parent, error.strerror or str(error)) from None
    try:
        identity = os.fstat(fd)
    finally:
        os.close(fd)
    folder = identity_lock_folder()
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        found = folder.lstat()
    except OSError as error:
        log.warning("no lock by file identity: %s", error.strerror)
        return None
    # In a shared temporary folder someone else could have made it first.
    if not stat.S_ISDIR(found.st_mode) or found.st_uid != os.getuid() or found.st_mode & 0o077:
        log.warning("no lock by file identity: its folder is not this user's alone")
        return None
    return folder / f"{identity.st_dev}-{identity.st_ino}.lock"


# The byte of the lock file the Windows lock is taken on (lock_calls): far past any line.
WINDOWS_LOCKED_BYTE = 1 << 30


class LockCalls(NamedTuple):
    """How this operating system locks a lock file, chosen once at import."""

    lock: Callable[[IO[str]], None]  # raises OSError when another handle holds it
    unlock: Callable[[IO[str]], None]
    by_identity: bool  # whether a second lock keyed on device and inode is taken
    # Whether a lock file can be removed while open and locked (POSIX), or only once
    # closed, and then not while another process has it open (Windows).
    removes_while_locked: bool


def lock_calls(
    platform: str, load: Callable[[str], ModuleType] = importlib.import_module
) -> LockCalls:
    """The lock calls for ``platform`` (a ``sys.platform`` value), from the module
    ``load`` gives (a seam: the tests pass a fake msvcrt to run the Windows path here)."""
    if platform == "win32":
        msvcrt = load("msvcrt")

        # msvcrt locks bytes from the current position. Windows locks are mandatory: a
        # byte another process locked cannot be read. So the lock is on one byte far
        # past the holder's line, which the next start must read (who holds it, and
        # whether that is a backup that gives way); Windows locks beyond the end freely.
        def lock_far_byte(handle: IO[str]) -> None:
            handle.seek(WINDOWS_LOCKED_BYTE)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

        def unlock_far_byte(handle: IO[str]) -> None:
            handle.seek(WINDOWS_LOCKED_BYTE)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

        # Windows has no inode to key a second lock on (module docstring).
        return LockCalls(
            lock_far_byte, unlock_far_byte, by_identity=False, removes_while_locked=False
        )
    fcntl = load("fcntl")

    def flock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def unflock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    return LockCalls(flock, unflock, by_identity=True, removes_while_locked=True)


_calls = lock_calls(sys.platform)


def _lock(handle: IO[str]) -> None:
    _calls.lock(handle)


def _unlock(handle: IO[str]) -> None:
    _calls.unlock(handle)
