"""Comparing what publishes left on a hub: every published table read past row-level
security (as the server's superuser), the laptop's ledger against the hub, and a copy
of a laptop to publish once more, cleanly, to a second hub."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from reflectdesk.store import publish_ledger
from reflectdesk.store.database import Store
from reflectdesk.store.publish_tables import TABLES, row_key
from tests.hub.access_helpers import as_superuser

Rows = dict[str, list[tuple[Any, ...]]]


def hub_rows(url: str) -> Rows:
    """Every row of every published table, in key order (a superuser skips row-level
    security, so this is what the hub holds, whoever may see it)."""
    with as_superuser(url) as admin:
        return {
            spec.name: list(
                admin.execute(
                    f"SELECT * FROM {spec.name} ORDER BY {', '.join(spec.keys)}"
                ).fetchall()
            )
            for spec in TABLES
        }


def hub_keys(url: str) -> dict[str, set[str]]:
    """Table -> the row keys (as the ledger writes them) the hub holds."""
    with as_superuser(url) as admin:
        found = {}
        for spec in TABLES:
            rows = admin.execute(f"SELECT {', '.join(spec.keys)} FROM {spec.name}").fetchall()
            keyed = (dict(zip(spec.keys, row, strict=True)) for row in rows)
            found[spec.name] = {row_key(spec, row) for row in keyed}
        return found


def ledger_keys(store: Store) -> dict[str, set[str]]:
    """Table -> the row keys the laptop believes are published."""
    return {spec.name: set(publish_ledger.sent(store, spec.name)) for spec in TABLES}


def copy_laptop(source: Path, target: Path) -> Path:
    """A copy of a closed laptop file, through SQLite's backup API."""
    with sqlite3.connect(source) as old, sqlite3.connect(target) as new:
        old.backup(new)
    old.close()
    new.close()
    return target
