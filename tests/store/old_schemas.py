"""Databases at an older schema revision, for the tests of what an upgrade does.

The store functions always write the current schema, so a test fills a database at the
head and then downgrades it, rather than writing with today's code into yesterday's
tables (which breaks as soon as a later revision adds a column)."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config

from reflectdesk.store.database import Store
from reflectdesk.store.schema import migrations_location


def migrations_up_to(tmp_path: Path, revision: str) -> Path:
    """A copy of the migrations folder without the revisions after ``revision``."""
    folder = tmp_path / f"migrations-{revision}"
    shutil.copytree(migrations_location(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (folder / "versions").glob("*.py"):
        if later.name[:4] > revision:
            later.unlink()
    return folder


def migrate(store: Store, folder: Path, direction: str, target: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(folder))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, direction)(config, target)


def downgrade_to(store: Store, revision: str) -> None:
    """Take ``store`` (at the head) down to ``revision`` through the real downgrades."""
    migrate(store, migrations_location(), "downgrade", revision)
