"""The SQLAlchemy engine for one database file, with the pragmas every connection needs.

Every connection gets WAL, foreign keys and synchronous=FULL (a notes app must not lose
the last commit on power loss). The "transactional DDL" recipe (autocommit off at the
driver, an explicit BEGIN from SQLAlchemy) makes schema changes roll back with their
transaction, so a failed migration leaves the file as it was. Bound parameters (note
text among them) are kept out of error messages and SQL logging (``hide_parameters``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from reflectdesk.core.search import index_key
from reflectdesk.store.sqlite_file import read_only_uri

BUSY_TIMEOUT_MS = 5_000
# The SQL name of core.search.index_key (core.names.fold, then punctuated words joined:
# migration 0015): the search index triggers (migration 0006) fold text with it, so every
# connection that may write to the database must have it.
FOLD_FUNCTION = "reflectdesk_fold"


def create_sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine for ``path``; ``read_only`` opens it through a read-only URI so that
    not even a checkpoint can write to the file (for listings while the app runs)."""
    # The path never goes into a URL string: SQLAlchemy would decode "%41" and cut at
    # "?", and a different file than the one checked and locked would be opened.
    if read_only:
        uri = read_only_uri(path)
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            ),
            poolclass=QueuePool,
            pool_size=1,
            hide_parameters=True,
        )
        event.listen(engine, "connect", _on_connect_read_only)
        event.listen(engine, "begin", _on_begin)
        return engine
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=str(path)),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        hide_parameters=True,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # The driver must not open transactions on its own; SQLAlchemy's begin does it.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()
    dbapi_connection.create_function(FOLD_FUNCTION, 1, _sql_fold, deterministic=True)


def _sql_fold(value: object) -> str | None:
    if isinstance(value, int | float | str):
        return index_key(str(value))
    return None  # NULL (and a blob, which has no words)


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")
