"""A backup's partial on Windows (no flock: an open file cannot be deleted nor renamed),
run here by choosing the Windows calls (store/partial_backup.partial_calls)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import ModuleType

import pytest

from reflectdesk.paths import backups_dir
from reflectdesk.store import partial_backup
from reflectdesk.store.backups import list_backups, make_backup
from reflectdesk.store.partial_backup import partial_calls, remove_leftovers, writing_partial
from tests.store.test_backups import make_db

NOON = datetime(2026, 11, 22, 12, 0, 0)


def no_module(name: str) -> ModuleType:
    raise AssertionError(f"the Windows path asked for {name}")


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(partial_backup, "_calls", partial_calls("win32", no_module))
    yield


@pytest.mark.usefixtures("windows")
def test_a_windows_backup_closes_its_partial_before_the_rename(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    target = folder / "r-20261122-120000-manual.db"

    with writing_partial(target) as partial:
        partial.path.write_bytes(b"x")  # its content is not the point here
        partial.publish(None)
        # Windows refuses to rename an open file: the handle went before the rename.
        assert partial._handle is None

    assert sorted(path.name for path in folder.iterdir()) == [target.name]


@pytest.mark.usefixtures("windows")
def test_a_whole_backup_is_made_and_listed_with_the_windows_calls(tmp_path: Path) -> None:
    db = make_db(tmp_path / "r.db", "Balint Utrecht")

    made = make_backup(db, "manual", now=NOON)

    assert [backup.path for backup in list_backups(db)] == [made]
    assert sorted(path.name for path in backups_dir(db).iterdir()) == [made.name]


@pytest.mark.usefixtures("windows")
def test_on_windows_a_partial_its_writer_has_open_is_left_and_an_abandoned_one_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    in_use = folder / "r-20261122-120000-manual.db.partial"
    abandoned = folder / "r-20261121-120000-daily.db.partial"
    for path in (in_use, abandoned, abandoned.with_name(abandoned.name + "-journal")):
        path.write_bytes(b"half")
    real_open = os.open

    def open_as_windows_does(path: object, flags: int, *args: int) -> int:
        # Windows: another process's open handle makes the open fail (a sharing error).
        if Path(str(path)) == in_use:
            raise PermissionError(13, "The process cannot access the file")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(partial_backup.os, "open", open_as_windows_does)

    assert remove_leftovers(folder, lambda _name: True) == [abandoned]
    assert sorted(path.name for path in folder.iterdir()) == [in_use.name]


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

    assert not calls.close_before_rename
    handle = os.open(os.devnull, os.O_RDONLY)
    try:
        calls.hold(handle, Path(os.devnull))
    finally:
        os.close(handle)
    assert fake.calls == [(handle, FakeFcntl.LOCK_EX | FakeFcntl.LOCK_NB)]
