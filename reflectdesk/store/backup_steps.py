"""Copying a database for a backup in small steps that can give way.

The backup handed off at close runs in a process of its own while it holds the instance
lock (store/close_backup.py). When the facilitator opens ReflectDesk again before it is
done, the new start asks it to give way (store/instance_lock.py): so the copy and the
integrity check of the copy must be able to stop within milliseconds, at any point.
The copy goes ``STEP_PAGES`` pages at a time through SQLite's backup API and asks
``keep_going`` between steps; the check asks it from SQLite's progress handler. Either
way a stop raises :class:`GaveWay`, and the caller's partial file is removed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from reflectdesk.store.sqlite_file import connect_read_only

STEP_PAGES = 1024  # 4 MB with SQLite's default page size: a few ms a step
CHECK_EVERY_OPS = 100_000  # SQLite virtual machine steps between two looks

KeepGoing = Callable[[], bool]


class GaveWay(Exception):
    """The backup stopped because something else asked for the database."""


def copy_in_steps(
    source: sqlite3.Connection, destination: sqlite3.Connection, keep_going: KeepGoing
) -> None:
    """``source.backup(destination)``, asking ``keep_going`` before every step. A write
    to the source between steps makes SQLite start the copy again, so the copy is
    always of one moment."""

    def between_steps(_status: int, _remaining: int, _total: int) -> None:
        if not keep_going():
            raise GaveWay  # sqlite3 finishes the backup object and passes this on

    if not keep_going():
        raise GaveWay
    source.backup(destination, pages=STEP_PAGES, progress=between_steps)


def integrity_check_giving_way(path: Path, keep_going: KeepGoing) -> str:
    """``PRAGMA integrity_check`` of ``path`` ("ok" when healthy, else the first
    problems), read-only, stopped by ``keep_going`` with :class:`GaveWay`."""
    connection = connect_read_only(path)
    try:
        connection.set_progress_handler(lambda: 0 if keep_going() else 1, CHECK_EVERY_OPS)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.Error as error:
            if not keep_going():
                raise GaveWay from None
            return str(error)  # a copy SQLite cannot read through is not a backup
    finally:
        connection.close()
    # As store/sqlite_file.integrity_check words it: one line, the first problems.
    return "; ".join(" ".join(str(row[0]).split()) for row in rows[:3])
