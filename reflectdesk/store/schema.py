"""The schema revisions this version of ReflectDesk knows, oldest first.

Kept as a constant so that opening an up-to-date database does not import Alembic or
read migration scripts (a test checks it matches the scripts in migrations/versions).
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

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
    "0017",
    "0018",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]


def migrations_location() -> Path:
    return Path(str(files("reflectdesk.store") / "migrations"))


def alembic_config(script_location: Path | None = None) -> Config:
    """Alembic's configuration for the migrations (``script_location`` in tests); the
    caller hands the connection over in ``config.attributes["connection"]`` (env.py)."""
    # Alembic is imported only when a migration is due, to keep start-up quick.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or migrations_location()))
    if getattr(sys, "frozen", False):
        # The stand-alone bundle ships env.py and the version scripts as bytecode only
        # (env.pyc, versions/0001_x.pyc: packaging/bundle_contents.py).
        config.set_main_option("sourceless", "true")
    return config
