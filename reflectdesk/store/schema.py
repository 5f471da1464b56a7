"""The schema revisions this version of ReflectDesk knows, oldest first.

Kept as a constant so that opening an up-to-date database does not import Alembic or
read migration scripts (a test checks it matches the scripts in migrations/versions).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
    "0014",
    "0015",
    "0016",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]


def migrations_location() -> Path:
    return Path(str(files("reflectdesk.store") / "migrations"))
