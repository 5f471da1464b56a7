"""Is this file ReflectDesk's, and is its schema whole? The application id and the shape.

**The application id.** Every database ReflectDesk opens for writing carries SQLite's
``PRAGMA application_id`` = :data:`APPLICATION_ID` ("RDSK"). Databases made before the id
existed have 0 there (SQLite's default), as has every SQLite file no program marked. The
rule, in this order:

- any other non-zero id: another program's file (foreign);
- our id: ReflectDesk's file; a missing table, column, index or trigger is damage;
- id 0 (an older ReflectDesk's file, or another program's): ReflectDesk's when it holds an
  ``alembic_version`` at a revision this version knows AND the schema of that revision;
  damaged when at least half of that revision's tables are there but something is
  missing; foreign otherwise (another program's Alembic database at "0008" has none of
  our tables). Opening such a file for writing marks it with our id.

**The shape** is the names of the tables (with their columns), indexes and triggers a
revision's migrations make on an empty database. They are kept in ``schema_shapes.json``,
one entry per known revision, read without importing Alembic (start-up and ``check`` stay
quick); ``tests/store/test_schema_shapes.py`` migrates an empty database revision by
revision and fails when the file differs (it says how to regenerate it). Extra objects are
tolerated; SQLite's own (``sqlite_*``, such as the statistics ANALYZE writes) are ignored.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

APPLICATION_ID = 0x5244534B  # "RDSK" in ASCII; a signed 32-bit number, as SQLite keeps it
SHAPES_RESOURCE = "schema_shapes.json"
# Shown in a message: enough to act on, never a page of names.
MOST_PARTS_NAMED = 5


@dataclass(frozen=True, slots=True)
class SchemaShape:
    tables: dict[str, frozenset[str]] = field(default_factory=dict)  # table -> its columns
    indexes: frozenset[str] = frozenset()
    triggers: frozenset[str] = frozenset()

    def as_json(self) -> dict[str, object]:
        return {
            "tables": {name: sorted(columns) for name, columns in sorted(self.tables.items())},
            "indexes": sorted(self.indexes),
            "triggers": sorted(self.triggers),
        }

    @staticmethod
    def from_json(data: dict[str, Any]) -> SchemaShape:
        return SchemaShape(
            tables={str(name): frozenset(columns) for name, columns in data["tables"].items()},
            indexes=frozenset(data["indexes"]),
            triggers=frozenset(data["triggers"]),
        )


def read_shape(connection: sqlite3.Connection) -> SchemaShape:
    """The shape of the database behind ``connection`` (read-only queries)."""
    rows = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    tables: dict[str, frozenset[str]] = {}
    indexes: set[str] = set()
    triggers: set[str] = set()
    for kind, name in rows:
        if kind == "table":
            # A bound parameter, not the name in the SQL: a foreign file's names are
            # anything.
            columns = connection.execute("SELECT name FROM pragma_table_info(?)", (name,))
            tables[str(name)] = frozenset(str(row[0]) for row in columns)
        elif kind == "index":
            indexes.add(str(name))
        elif kind == "trigger":
            triggers.add(str(name))
    return SchemaShape(tables, frozenset(indexes), frozenset(triggers))


@cache
def _all_expected() -> dict[str, SchemaShape]:
    text = (files("reflectdesk.store") / SHAPES_RESOURCE).read_text(encoding="utf-8")
    return {revision: SchemaShape.from_json(data) for revision, data in json.loads(text).items()}


def expected_shape(revision: str) -> SchemaShape | None:
    """What the migrations up to ``revision`` make; None for a revision not known here."""
    return _all_expected().get(revision)


def missing_parts(expected: SchemaShape, found: SchemaShape) -> list[str]:
    """What ``found`` lacks of ``expected``, as words ("table groups", "column
    groups.name"), in a stable order."""
    missing: list[str] = []
    for table, columns in sorted(expected.tables.items()):
        if table not in found.tables:
            missing.append(f"table {table}")
            continue
        lacking = sorted(columns - found.tables[table])
        missing.extend(f"column {table}.{column}" for column in lacking)
    missing.extend(f"index {name}" for name in sorted(expected.indexes - found.indexes))
    missing.extend(f"trigger {name}" for name in sorted(expected.triggers - found.triggers))
    return missing


def describe_missing(missing: list[str]) -> str:
    shown = ", ".join(missing[:MOST_PARTS_NAMED])
    more = len(missing) - MOST_PARTS_NAMED
    return f"missing {shown}" + (f" and {more} more" if more > 0 else "")


def recognisably_ours(expected: SchemaShape, found: SchemaShape) -> bool:
    """For a file without our application id: does it hold enough of our tables to be a
    damaged ReflectDesk database rather than another program's (module docstring)?"""
    present = sum(1 for table in expected.tables if table in found.tables)
    return present * 2 >= len(expected.tables)
