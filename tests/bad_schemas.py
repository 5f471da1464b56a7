"""Databases whose schema is not ReflectDesk's whole schema, for the store, CLI and ui
tests: ours with a table dropped, and another program's Alembic-managed file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def alter(path: Path, *statements: str) -> Path:
    """Run ``statements`` on ``path`` through plain SQLite (no ReflectDesk in between)."""
    with closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    return path


def drop_table(path: Path, table: str = "settings") -> Path:
    return alter(path, f"DROP TABLE {table}")


def alembic_file_of_another_program(path: Path, revision: str = "0008") -> Path:
    """Another program's SQLite file, managed by Alembic too, at ``revision``."""
    return alter(
        path,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
        f"INSERT INTO alembic_version VALUES ('{revision}')",
        "CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT)",
    )


def application_id(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("PRAGMA application_id").fetchone()[0])
