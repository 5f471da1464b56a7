"""Comparing what publishes left on a hub: every published table read past row-level
security (as the server's superuser), the laptop's ledger against the hub, and a copy
of a laptop to publish once more, cleanly, to a second hub."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from reflectdesk.store import publish_ledger
from reflectdesk.store.database import Store
from reflectdesk.store.publish_tables import BY_NAME, TABLES, row_key
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


def rows_with_keys(admin_url: str, planned: Mapping[str, Iterable[str]]) -> Rows:
    """The hub's rows with the ``planned`` keys (table -> keys), per table, in a fixed
    order; a library row's key without the mark a shared hub may give it."""
    found: Rows = {}
    with as_superuser(admin_url) as admin:
        for table, keys in planned.items():
            spec, wanted = BY_NAME[table], set(keys)
            cursor = admin.execute(f"SELECT * FROM {table}")
            names = [column.name for column in cursor.description or ()]
            rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
            mine = [row for row in rows if row_key(spec, row) in wanted]
            for row in mine:
                if spec.library and "key" in row:
                    # Another laptop published this built-in's key first on the shared
                    # hub, so there it carries this laptop's mark (key~1a2b3c4d).
                    row["key"] = str(row["key"]).split("~")[0]
            found[table] = sorted((tuple(row.values()) for row in mine), key=str)
    return found


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


def programme_figures(store: Store, programme_id: str) -> dict[str, int]:
    """The programme report's figures that add up over laptops: people, sessions held,
    attended sessions, and the evaluation forms (and answers per item) it pools.

    A questionnaire is counted under its key less the mark a hub gives a second
    laptop's copy (``session-evaluation~1a2b3c4d``: store/hub_writes.unique_keys), so
    that the forms add up whichever laptop published its built-ins first."""
    from reflectdesk.export.programme import build_programme_report

    report = build_programme_report(store, programme_id)
    figures: dict[str, int] = {
        "groups": len(report.groups),
        "students": report.students,
        "facilitators": report.facilitators,
        "sessions held": sum(group.held_sessions for group in report.groups),
        "sessions attended": sum(sum(group.attended) for group in report.groups),
    }
    for pooled in report.questionnaires:
        key = pooled.key.split("~")[0]
        _count(figures, f"{key} forms", pooled.pooled.responses)
        for item in pooled.pooled.items:
            _count(figures, f"{key}/{item.key} answers", item.n)
    for change in report.changes:
        key = change.key.split("~")[0]
        _count(figures, f"{key} start forms", change.pooled.start_responses)
        _count(figures, f"{key} end forms", change.pooled.end_responses)
    return figures


def _count(figures: dict[str, int], name: str, value: int) -> None:
    figures[name] = figures.get(name, 0) + value


def laptop_programme(store: Store, group_ids: list[str]) -> str:
    """The laptop's own programme of ``group_ids`` (its id), to read its figures."""
    from reflectdesk.store import programmes

    made = programmes.create_programme(store, "This laptop's term")
    for group_id in group_ids:
        programmes.add_group(store, made.id, group_id)
    return made.id


def summed(figures: list[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for one in figures:
        for name, value in one.items():
            _count(total, name, value)
    return total
