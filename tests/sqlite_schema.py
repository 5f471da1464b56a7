"""The schema of a SQLite file as text, to compare databases made different ways."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def schema_sql(path: Path) -> str:
    """Every object in sqlite_master, in name order, with the SQL SQLite stored for it."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
        ).fetchall()
    finally:
        connection.close()
    return "".join(
        f"-- {kind} {name} on {table}\n" + ("" if sql is None else f"{sql};\n") + "\n"
        for kind, name, table, sql in rows
    )
