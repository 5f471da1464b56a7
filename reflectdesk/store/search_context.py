"""Where each search result is from: its group's name and, for a session or a note, the
session's date, so that nine "van den Eertwegh" results can be told apart.

Looked up after the ranking, for the (at most a few hundred) hits shown: one statement
by primary keys, never a join in the ranking query, which stays on the FTS table alone.
Private notes come from the in-memory index without a group; their group and session
are plain columns of the notes table (only the text is sealed).
"""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import String, column, text
from sqlalchemy.orm import Session

from reflectdesk.core.search import SearchHit
from reflectdesk.store.database import Store
from reflectdesk.store.models.base import UTCDateTime

__all__ = ["context_in", "with_context"]


def with_context(store: Store, hits: list[SearchHit]) -> list[SearchHit]:
    """``hits`` in the same order, each with its group's name and its date filled in."""
    if not hits:
        return hits
    with store.reading() as session:
        return context_in(session, hits)


def context_in(session: Session, hits: list[SearchHit]) -> list[SearchHit]:
    """:func:`with_context` inside a read already open."""
    if not hits:
        return hits
    wanted = json.dumps([[hit.kind.value, hit.ref_id, hit.group_id] for hit in hits])
    found = {
        (row.kind, row.ref_id): (row.group_id, row.group_name or "", row.moment)
        for row in session.execute(_CONTEXT, {"hits": wanted})
    }
    placed: list[SearchHit] = []
    for hit in hits:
        group_id, name, when = found.get((hit.kind.value, hit.ref_id), (hit.group_id, "", None))
        placed.append(replace(hit, group_id=group_id, group_name=name, when=when))
    return placed


# One statement for all the hits shown (a JSON list of [kind, ref_id, group_id]), each
# looked up by its primary key: three ORM queries with 50 bound ids each cost more in
# Python than the search itself. A note's date is its session's start, else when it was
# written; a member has no date.
_CONTEXT = text(
    """
    WITH hit (kind, ref_id, group_id) AS (
        SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),
               json_extract(value, '$[2]')
        FROM json_each(:hits)
    )
    SELECT hit.kind, hit.ref_id,
           coalesce(hit.group_id, notes.group_id, note_session.group_id) AS group_id,
           groups.name AS group_name,
           coalesce(sessions.planned_start, note_session.planned_start, notes.created_at)
               AS moment
    FROM hit
    LEFT JOIN sessions ON hit.kind = 'session' AND sessions.id = hit.ref_id
    LEFT JOIN notes ON hit.kind IN ('learning_point', 'action', 'private')
                   AND notes.id = hit.ref_id
    LEFT JOIN sessions AS note_session ON note_session.id = notes.session_id
    LEFT JOIN groups
           ON groups.id = coalesce(hit.group_id, notes.group_id, note_session.group_id)
    """
).columns(
    column("kind", String),
    column("ref_id", String),
    column("group_id", String),
    column("group_name", String),
    column("moment", UTCDateTime),
)
