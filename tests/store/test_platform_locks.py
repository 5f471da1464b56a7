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

import pytest

from reflectdesk.store import instance_lock
from reflectdesk.store.errors import DatabaseInUseError
from reflectdesk.store.instance_lock import InstanceLock, lock_calls


class FakeMsvcrt(ModuleType):
    """msvcrt.locking as Windows does it: ``nbytes`` locked from the current position,
    per file (not per name); another handle meets EACCES, as the real one raises."""

    LK_UNLCK = 0
    LK_NBLCK = 2

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.calls: list[tuple[int, int, int]] = []  # (mode, nbytes, position)
        self._holders: dict[tuple[int, int], int] = {}  # (device, inode) -> fd

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        position = os.lseek(fd, 0, os.SEEK_CUR)
        self.calls.append((mode, nbytes, position))
        found = os.fstat(fd)
        key = (found.st_dev, found.st_ino)
        if mode == self.LK_NBLCK:
            if key in self._holders:
                raise PermissionError(errno.EACCES, "Permission denied")
            self._holders[key] = fd
        elif mode == self.LK_UNLCK:
            if self._holders.get(key) != fd:
                raise PermissionError(errno.EACCES, "Permission denied")
            del self._holders[key]


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
    return fake


def test_windows_locks_the_first_byte_and_no_identity_lock(
    msvcrt: FakeMsvcrt, db_path: Path
) -> None:
    lock = InstanceLock(db_path)
    lock.acquire()

    # One lock (beside the database; Windows has no inode for a second), taken on the
    # first byte whatever the append-mode handle's position was.
    assert msvcrt.calls == [(FakeMsvcrt.LK_NBLCK, 1, 0)]
    assert f"pid {os.getpid()}" in lock.path.read_text(encoding="utf-8")

    lock.release()
    assert msvcrt.calls[-1] == (FakeMsvcrt.LK_UNLCK, 1, 0)
    assert lock.path.read_text(encoding="utf-8") == ""  # a clean stop leaves no line
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
