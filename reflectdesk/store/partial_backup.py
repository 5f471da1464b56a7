"""A backup under construction: written to ``<name>.partial``, renamed when checked.

A backup is copied page by page into ``<final name>.partial`` beside where it will live,
checked, flushed to disk, and only then renamed to its final name (os.replace, atomic on
one file system) and the folder flushed. So a backup name never stands for half a copy:
a process killed mid-copy leaves a ``.partial`` (and SQLite's ``.partial-journal``),
which no listing shows, restore refuses, and the next listing or backup removes.

Which leftovers may be removed: only those no live process is still writing. Age is not
the test: the CLI's ``backup`` reads the database without the instance lock (it works
while the app is open), so two live processes may each be writing a backup of the same
database, and a partial younger or older than this process may be another's, in
progress. The writer instead holds an exclusive ``flock`` on its partial for as long as
the partial exists; the operating system drops it when the process dies, however it
dies. A leftover is removed only by whoever can take that lock. (flock and the POSIX
record locks SQLite uses on the same file are separate locks on Linux and macOS.) On
Windows there is no flock; there a file that another process has open cannot be
deleted, so the attempt fails and the partial is left alone, and a killed process's
handles are closed by the system.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

from reflectdesk.paths import OWNER_ONLY_FILE
from reflectdesk.store.sqlite_file import MIN_DATABASE_BYTES

log = logging.getLogger(__name__)

PARTIAL_SUFFIX = ".partial"
# What SQLite may leave beside a database file it was writing.
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


def partial_path(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL_SUFFIX)


def is_unfinished(path: Path) -> bool:
    """Whether ``path`` is a backup that was never finished: a partial, or a file with
    a rollback journal beside it (a copy interrupted mid-write by an older ReflectDesk,
    which wrote backups under their final names)."""
    if path.name.endswith(PARTIAL_SUFFIX):
        return True
    try:
        # Shorter than one SQLite page: killed before a page was written (its journal
        # may still be empty then), so never a whole backup.
        if path.stat().st_size < MIN_DATABASE_BYTES:
            return True
    except OSError:
        return False
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


class Partial:
    """A partial being written: its path, and the handle that holds it (module doc)."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.path = partial_path(target)
        self._handle: int | None = os.open(
            self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE
        )
        try:
            _hold(self._handle, self.path)
        except BaseException:
            self.close()
            raise

    def publish(self, modified_ns: int | None) -> None:
        """Flush the finished partial to disk, give it its modification time, rename it
        to the target name and flush the folder, so that after a power cut the name is
        either absent or the whole, checked backup."""
        assert self._handle is not None, "publish once, while the partial is held"
        os.fsync(self._handle)
        if _calls.open_file_is_pinned:
            # Windows would refuse the times and the rename below while our own handle
            # is open. Unheld for that moment, a cleaner could remove the partial: the
            # rename then fails and the backup is reported failed, never half made.
            self.close()
        if modified_ns is not None:
            os.utime(self.path, ns=(modified_ns, modified_ns))
        if self.target.exists():
            raise FileExistsError(f"{self.target} appeared while the backup was written")
        self.path.replace(self.target)  # os.replace: atomic on one file system
        _sync_folder(self.target.parent)

    def close(self) -> None:
        if self._handle is not None:
            _close(self._handle)
            self._handle = None


@contextmanager
def writing_partial(target: Path) -> Iterator[Partial]:
    """Create ``target``'s partial (owner-only, exclusively), held against removal
    while the block runs. The block writes and checks it and calls ``publish``; on any
    error the partial and its side files are removed."""
    partial = Partial(target)
    try:
        yield partial
    except BaseException:
        partial.close()
        _remove_with_side_files(partial.path)
        raise
    finally:
        partial.close()


def remove_leftovers(folder: Path, ours: Callable[[str], bool]) -> list[Path]:
    """Remove the partials in ``folder`` that no live process is writing, with their
    side files; ``ours`` says which final names belong to this database. Returns the
    partials removed. Never raises: a leftover that cannot be removed now is left."""
    try:
        names = {entry.name for entry in folder.iterdir()}
    except OSError:
        return []
    partials: set[str] = set()
    for name in names:
        base = name
        for suffix in SIDE_SUFFIXES:
            base = base.removesuffix(suffix)
        if base.endswith(PARTIAL_SUFFIX) and ours(base.removesuffix(PARTIAL_SUFFIX)):
            partials.add(base)
    removed = [folder / name for name in sorted(partials) if _remove_if_abandoned(folder / name)]
    if removed:
        log.info("removed %d unfinished backup(s) left by an interrupted backup", len(removed))
    return removed


def _remove_if_abandoned(partial: Path) -> bool:
    try:
        handle = os.open(partial, os.O_RDWR)
    except FileNotFoundError:
        # Only side files are left (the partial went, its journal could not): orphans.
        return _remove_with_side_files(partial, side_files_only=True)
    except OSError:
        return False  # not ours to open
    try:
        _hold(handle, partial)
    except OSError:
        _close(handle)
        return False  # a live process is writing it
    if _calls.open_file_is_pinned:
        # Windows: our own handle would keep the file from being deleted; a live
        # writer's handle still does, and the removal then fails (module docstring).
        _close(handle)
        return _remove_with_side_files(partial)
    try:
        return _remove_with_side_files(partial)  # while holding its flock
    finally:
        _close(handle)


def _remove_with_side_files(partial: Path, *, side_files_only: bool = False) -> bool:
    try:
        for suffix in SIDE_SUFFIXES:
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
        if not side_files_only:
            partial.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _close(handle: int) -> None:
    with suppress(OSError):
        os.close(handle)


class PartialCalls(NamedTuple):
    """What holding and publishing a partial takes on this operating system."""

    hold: Callable[[int, Path], None]  # raises OSError when a live process holds it
    sync_folder: Callable[[Path], None]
    # Windows: a file that is open (by anyone, this process included) cannot be
    # renamed, deleted or given its times; close it first.
    open_file_is_pinned: bool


def partial_calls(
    platform: str, load: Callable[[str], ModuleType] = importlib.import_module
) -> PartialCalls:
    """The calls for ``platform`` (a ``sys.platform`` value); ``load`` gives the
    modules (a seam: the tests run the Windows path here, where fcntl is not used)."""
    if platform == "win32":
        return PartialCalls(_hold_by_being_open, _no_folder_flush, open_file_is_pinned=True)
    fcntl = load("fcntl")

    def hold(handle: int, path: Path) -> None:
        """Take the partial's flock (OSError when another process holds it), then make
        sure the name still means this file: a cleaner may have removed it between
        its creation and the lock."""
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held = os.fstat(handle)
        try:
            named = path.stat()
        except FileNotFoundError:
            raise FileNotFoundError(f"{path} was removed while it was opened") from None
        if (held.st_dev, held.st_ino) != (named.st_dev, named.st_ino):
            raise FileExistsError(f"{path} was replaced while it was opened")

    return PartialCalls(hold, _sync_folder_posix, open_file_is_pinned=False)


def _hold_by_being_open(handle: int, path: Path) -> None:
    # Windows: an open handle is what keeps the file from being deleted.
    pass


def _no_folder_flush(folder: Path) -> None:
    pass  # Windows has no handle on a folder to flush; NTFS journals the rename


def _sync_folder_posix(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems cannot flush a folder; the rename stands
    finally:
        os.close(handle)


_calls = partial_calls(sys.platform)


def _hold(handle: int, path: Path) -> None:
    _calls.hold(handle, path)


def _sync_folder(folder: Path) -> None:
    _calls.sync_folder(folder)
