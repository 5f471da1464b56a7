"""The names of the hub's programmes (issue 20): the department's list, which every hub
role may read (migration 0017), so a laptop can show which programme each of its
offered groups is published under."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import URL, text


def programme_names(url: str | URL, ids: Collection[str]) -> dict[str, str]:
    """Programme id -> name on the hub at ``url``, for those of ``ids`` it has."""
    from reflectdesk.store.hub_setup import hub_connection

    if not ids:
        return {}
    with hub_connection(url) as connection:
        rows = connection.execute(
            text("SELECT id, name FROM programmes WHERE id = ANY(:ids)"), {"ids": sorted(ids)}
        ).all()
    return {str(row_id): str(name) for row_id, name in rows}
