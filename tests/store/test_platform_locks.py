"""The instance lock's Windows path (msvcrt), run here with a fake msvcrt.

msvcrt exists only on Windows, so the lock calls are chosen by a function of the
platform name and a module loader; these tests pass a fake that behaves as msvcrt does
(byte-range locks from the current position, a second handle refused with EACCES) and
run the real InstanceLock on it. The Windows runners in .github/workflows/installers.yml
run the real msvcrt.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import IO, Any

import pytest

from reflectdesk.store import instance_lock
from reflectdesk.store.errors import DatabaseInUseError
from reflectdesk.store.instance_lock import (
    WINDOWS_LOCKED_BYTE,
    InstanceLock,
    give_way_requested,
    lock_calls,
)


class FakeMsvcrt(ModuleType):
    """msvcrt.locking as Windows does it: ``nbytes`` locked from the current position,
    per file (not per name); another handle meets EACCES, as the real one raises.
    Windows locks are mandatory: :class:`MandatoryLocks` makes reads honour them."""

    LK_UNLCK = 0
    LK_NBLCK = 2

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.calls: list[tuple[int, int, int]] = []  # (mode, nbytes, position)
        self.locked: dict[tuple[int, int], tuple[int, int]] = {}  # file -> (fd, byte)

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        position = os.lseek(fd, 0, os.SEEK_CUR)
        self.calls.append((mode, nbytes, position))
        key = file_key(fd)
        if mode == self.LK_NBLCK:
            if key in self.locked:
                raise PermissionError(errno.EACCES, "Permission denied")
            self.locked[key] = (fd, position)
        elif mode == self.LK_UNLCK:
            if self.locked.get(key) != (fd, position):
                raise PermissionError(errno.EACCES, "Permission denied")
            del self.locked[key]

    def check_read(self, fd: int) -> None:
        """A read to the end of the file fails on a byte another handle locked."""
        holder = self.locked.get(file_key(fd))
        if holder is not None and holder[0] != fd and holder[1] < os.fstat(fd).st_size:
            raise PermissionError(errno.EACCES, "The process cannot access the file")


def file_key(fd: int) -> tuple[int, int]:
    found = os.fstat(fd)
    return (found.st_dev, found.st_ino)


class MandatoryLocks:
    """A lock file opened by the instance lock, whose reads Windows would refuse where
    another process holds a byte lock (unlike POSIX, where locks are advisory)."""

    def __init__(self, real: IO[str], msvcrt: FakeMsvcrt) -> None:
        self._real = real
        self._msvcrt = msvcrt

    def read(self, size: int = -1) -> str:
        self._msvcrt.check_read(self._real.fileno())
        return self._real.read(size)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> MandatoryLocks:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


class FakeFcntl(ModuleType):
    LOCK_EX = 2
    LOCK_NB = 4
    LOCK_UN = 8

    def __init__(self) -> None:
        super().__init__("fcntl")
        self.calls: list[tuple[int, int]] = []

    def flock(self, fd: int, operation: int) -> None:
        self.calls.append((fd, operation))


def loader(fake: ModuleType) -> Callable[[str], ModuleType]:
    def load(name: str) -> ModuleType:
        assert name == fake.__name__, f"the {name} module was asked for"
        return fake

    return load


@pytest.fixture
def msvcrt(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    fake = FakeMsvcrt()
    monkeypatch.setattr(instance_lock, "_calls", lock_calls("win32", loader(fake)))
    real_open = instance_lock._open_lock_file

    def open_with_mandatory_locks(lock_file: Path) -> Any:
        return MandatoryLocks(real_open(lock_file), fake)

    monkeypatch.setattr(instance_lock, "_open_lock_file", open_with_mandatory_locks)
    return fake


def test_windows_locks_a_byte_past_the_holders_line_and_no_identity_lock(
    msvcrt: FakeMsvcrt, db_path: Path
) -> None:
    lock = InstanceLock(db_path)
    lock.acquire()

    # One lock (beside the database; Windows has no inode for a second), on one byte
    # far past the holder's line, which stays readable to the next start.
    assert msvcrt.calls == [(FakeMsvcrt.LK_NBLCK, 1, WINDOWS_LOCKED_BYTE)]
    assert f"pid {os.getpid()}" in lock.path.read_text(encoding="utf-8")
    assert lock.path.stat().st_size < WINDOWS_LOCKED_BYTE

    lock.release()
    assert msvcrt.calls[-1] == (FakeMsvcrt.LK_UNLCK, 1, WINDOWS_LOCKED_BYTE)
    assert not lock.path.exists()  # a clean stop leaves no file (removed once closed)
    assert not lock.held


def test_windows_lock_held_by_another_handle_is_the_same_in_use_error(
    msvcrt: FakeMsvcrt, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = InstanceLock(db_path)
    first.acquire()
    with pytest.raises(DatabaseInUseError) as on_windows:
        InstanceLock(db_path).acquire()
    first.release()
    again = InstanceLock(db_path)
    again.acquire()  # free once released
    again.release()

    monkeypatch.setattr(instance_lock, "_calls", lock_calls(sys.platform))
    held = InstanceLock(db_path.with_name("other.db"))
    held.acquire()
    with pytest.raises(DatabaseInUseError) as here:
        InstanceLock(held.db_path).acquire()
    held.release()

    # The person reads the same message, naming the holder, whichever OS refused.
    assert f"pid {os.getpid()}" in str(on_windows.value)
    assert str(on_windows.value) == str(here.value).replace("other.db", db_path.name)


def test_on_windows_a_start_reads_that_the_backup_after_close_holds_it_and_waits(
    msvcrt: FakeMsvcrt, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = InstanceLock(db_path, gives_way=True)
    backup.acquire()

    def pause(_seconds: float) -> None:
        # The backup process sees the request and lets go (store/close_backup.py).
        if give_way_requested(db_path):
            backup.release()

    monkeypatch.setattr(instance_lock, "_pause", pause)
    start = InstanceLock(db_path)
    start.acquire()  # asked the backup to give way, instead of refusing

    assert start.held and not backup.held
    start.release()


def test_posix_uses_flock_and_the_identity_lock() -> None:
    fake = FakeFcntl()
    calls = lock_calls("darwin", loader(fake))

    class Handle:
        def fileno(self) -> int:
            return 7

    calls.lock(Handle())  # type: ignore[arg-type]
    calls.unlock(Handle())  # type: ignore[arg-type]
    assert fake.calls == [(7, FakeFcntl.LOCK_EX | FakeFcntl.LOCK_NB), (7, FakeFcntl.LOCK_UN)]
    assert calls.by_identity


def test_this_computer_gets_its_own_platform_calls() -> None:
    assert instance_lock._calls.by_identity == (sys.platform != "win32")
    assert instance_lock._calls.removes_while_locked == (sys.platform != "win32")
