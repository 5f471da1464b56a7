"""A backup's partial on Windows, run here by choosing the Windows calls
(store/partial_backup.partial_calls) and faking what Windows refuses: an open file,
this process's own handle included, cannot be renamed, deleted or given its times.
On Windows itself the same tests run with nothing faked."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from reflectdesk.store import partial_backup
from reflectdesk.store.backups import backup_database, list_backups
from reflectdesk.store.partial_backup import partial_calls, remove_leftovers, writing_partial
from tests.store.test_backups import make_db

NOON = datetime(2026, 11, 22, 12, 0, 0)
OPEN_FILES = Path("/proc/self/fd")


def no_module(name: str) -> ModuleType:
    raise AssertionError(f"the Windows path asked for {name}")


def open_here(path: object) -> bool:
    """Whether this process has ``path`` open (Linux shows it under /proc)."""
    target = os.path.realpath(str(path))
    for fd in OPEN_FILES.iterdir():
        try:
            if str(fd.readlink()) == target:
                return True
        except OSError:
            continue
    return False


def pinned_while_open(real: Callable[..., Any]) -> Callable[..., Any]:
    def call(path: object, *args: Any, **kwargs: Any) -> Any:
        if open_here(path):
            raise PermissionError(13, "The process cannot access the file")  # WinError 32
        return real(path, *args, **kwargs)

    return call


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(partial_backup, "_calls", partial_calls("win32", no_module))
    if sys.platform == "win32":
        yield  # the real thing (the Windows runner of .github/workflows/installers.yml)
        return
    if not OPEN_FILES.is_dir():
        pytest.skip("needs /proc to see which files are open")
    monkeypatch.setattr(Path, "replace", pinned_while_open(Path.replace))
    monkeypatch.setattr(Path, "unlink", pinned_while_open(Path.unlink))
    monkeypatch.setattr(os, "utime", pinned_while_open(os.utime))
    yield


@pytest.mark.usefixtures("windows")
def test_a_windows_backup_closes_its_partial_before_its_times_and_the_rename(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    target = folder / "r-20261122-120000-manual.db"

    with writing_partial(target) as partial:
        partial.path.write_bytes(b"x")  # its content is not the point here
        partial.publish(1_700_000_000_000_000_000)

    assert sorted(path.name for path in folder.iterdir()) == [target.name]
    assert target.stat().st_mtime_ns == 1_700_000_000_000_000_000


@pytest.mark.usefixtures("windows")
def test_a_daily_backup_is_made_and_listed_with_the_windows_calls(tmp_path: Path) -> None:
    db = make_db(tmp_path / "r.db", "Balint Utrecht")
    started_ns = 1_700_000_000_000_000_000

    made = backup_database(db, db.parent / "backups", "daily", now=NOON, modified_ns=started_ns)

    assert [backup.path for backup in list_backups(db)] == [made]
    assert sorted(path.name for path in made.parent.iterdir()) == [made.name]
    assert made.stat().st_mtime_ns == started_ns


@pytest.mark.usefixtures("windows")
def test_on_windows_a_partial_its_writer_has_open_is_left_and_an_abandoned_one_removed(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    in_use = folder / "r-20261122-120000-manual.db.partial"
    abandoned = folder / "r-20261121-120000-daily.db.partial"
    for path in (in_use, abandoned, abandoned.with_name(abandoned.name + "-journal")):
        path.write_bytes(b"half")

    writer = os.open(in_use, os.O_RDWR)  # as the live backup's handle
    try:
        assert remove_leftovers(folder, lambda _name: True) == [abandoned]
        assert sorted(path.name for path in folder.iterdir()) == [in_use.name]
    finally:
        os.close(writer)
    # Its writer gone, the next look removes it.
    assert remove_leftovers(folder, lambda _name: True) == [in_use]


def test_posix_holds_a_partial_with_flock() -> None:
    class FakeFcntl(ModuleType):
        LOCK_EX = 2
        LOCK_NB = 4

        def __init__(self) -> None:
            super().__init__("fcntl")
            self.calls: list[tuple[int, int]] = []

        def flock(self, fd: int, operation: int) -> None:
            self.calls.append((fd, operation))

    fake = FakeFcntl()
    calls = partial_calls("darwin", lambda name: fake)

    assert not calls.open_file_is_pinned
    handle = os.open(os.devnull, os.O_RDONLY)
    try:
        calls.hold(handle, Path(os.devnull))
    finally:
        os.close(handle)
    assert fake.calls == [(handle, FakeFcntl.LOCK_EX | FakeFcntl.LOCK_NB)]
