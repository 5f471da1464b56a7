"""The full-text index: searching it, checking it is in step, and rebuilding it.

Migration 0006 made two tables and the triggers that fill them:

``search_entries``
    One row per group, membership (titled with the person's name), session, learning
    point and action, with its text as written: what a hit shows and its snippet is cut
    from. Private notes never have an entry (a CHECK constraint refuses one).
``search_index``
    FTS5 (unicode61) over the same title and body folded by core.names.fold, rowid = the
    entry's id. Since migration 0014 with prefix indexes of one and two letters
    (``prefix='1 2'``): at ten years of records a one-letter query had to merge the
    posting lists of thousands of words (0.6 s); longer prefixes match few enough.

Triggers, not the services, keep both in step: every writer (the service modules, the
demo's bulk inserts, imports, a cascade from deleting a group) passes through them, in
the writer's own transaction. Only the entries' triggers fold, through the SQL function
``reflectdesk_fold`` that store/engine.py registers on every writable connection.

The query is folded the same way in Python (core/search.py), so "huseyin" finds
"Hüseyin", "ikiz" finds "İkiz" and "Ikiz" and "ıkız", "eertwegh" finds "Eertwegh". Snippets
are cut from the original text in Python, with the same folding, so they show
"Hüseyin İkiz" and never the folded "huseyin ikiz".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from reflectdesk.core.search import (
    TITLE_FIRST,
    TITLE_WEIGHT,
    Phrase,
    SearchHit,
    make_hit,
    match_expression,
    query_phrases,
    short_query,
)
from reflectdesk.store.database import Store
from reflectdesk.store.search_context import context_in

__all__ = [
    "INDEX_TABLES",
    "TRIGGERS",
    "hits_from_rows",
    "include_object",
    "index_counts",
    "index_stale",
    "ranked_rows",
    "rebuild_index",
    "search",
]

MAX_LIMIT = 500
INDEX_TABLES = ("search_entries", "search_index")

# The triggers of migration 0006. A batch migration that copies one of the source tables
# drops its triggers with it; index_stale() then reports the index as out of step, and
# a test of the migrated schema lists them.
TRIGGERS = (
    "search_entries_ai",
    "search_entries_au",
    "search_entries_ad",
    "search_groups_ai",
    "search_groups_au",
    "search_groups_ad",
    "search_memberships_ai",
    "search_memberships_au",
    "search_memberships_ad",
    "search_persons_au",
    "search_sessions_ai",
    "search_sessions_au",
    "search_sessions_ad",
    "search_formats_au",
    "search_notes_ai",
    "search_notes_au",
    "search_notes_ad",
)


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic's filter for comparing the schema with the models: the index tables (and
    the FTS5 shadow tables, search_index_data and so on) are made by hand in migration
    0006, not from the models, and are left out of the comparison and of autogenerate."""
    # Columns, indexes and constraints are judged by the table they belong to.
    table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
    if not isinstance(table, str):
        return True
    return not any(table == ours or table.startswith(f"{ours}_") for ours in INDEX_TABLES)


# -- searching ---------------------------------------------------------------------------

# The best rowids first, from the FTS table alone, and only then their entries: reading
# the entry of every match before sorting would cost more than the ranking. The IN
# subquery (evaluated once) finds the entries whose title holds every phrase. ("score",
# not "rank": an FTS5 table has a hidden column of that name.)
_SEARCH = f"""
WITH best AS (
    SELECT rowid AS id,
           bm25(search_index, {TITLE_WEIGHT}, 1.0)
           - iif(rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH :in_title),
                 {TITLE_FIRST}, 0.0) AS score
    FROM search_index
    WHERE search_index MATCH :query {{group_filter}}
    ORDER BY score, rowid
    LIMIT :limit
)
SELECT e.kind, e.ref_id, e.group_id, e.title, e.body, best.score
FROM best JOIN search_entries AS e ON e.id = best.id
ORDER BY best.score, best.id
"""
# A short query ("m", "ma") matches most entries, and ranking every match by bm25 took
# 0.3 s at one year of records and 0.6 s at ten (a word in nearly every record weighs
# almost nothing, so that ranking told little). Instead: the newest ``limit`` entries
# whose title holds it, then the newest that hold it anywhere (FTS5 walks the rowids
# downwards and stops there); titles first, the shorter the closer, then the rest,
# newest first.
_CANDIDATES = """
SELECT e.kind, e.ref_id, e.group_id, e.title, e.body, e.id
FROM search_entries AS e
WHERE e.id IN (
    SELECT rowid FROM search_index WHERE search_index MATCH :query {group_filter}
    ORDER BY rowid DESC LIMIT :limit
)
"""
# The unary + keeps SQLite from handing the IN to FTS5 as a rowid constraint, which would
# run the match once per entry of the group (a hundred times slower).
_GROUP_FILTER = "AND +rowid IN (SELECT id FROM search_entries WHERE group_id = :group_id)"


def search(
    store: Store, query: str, *, limit: int = 50, group_id: str | None = None
) -> list[SearchHit]:
    """The best ``limit`` hits for what the user typed, best first; [] for a blank query.

    Every word must match the start of a word (prefix search); titles rank first. With
    ``group_id``, only that group's records. Each hit names its group and date. Never
    raises for what was typed: FTS5 syntax in it is treated as text.
    """
    phrases = query_phrases(query)
    if not phrases or limit <= 0:
        return []
    with store.reading() as session:

        def execute(statement: str, params: dict[str, Any]) -> list[Any]:
            return list(session.execute(text(statement), params).all())

        rows = ranked_rows(execute, phrases, limit, group_id)
        return context_in(session, hits_from_rows(rows, phrases))


def ranked_rows(
    execute: Callable[[str, dict[str, Any]], list[Any]],
    phrases: tuple[Phrase, ...],
    limit: int,
    group_id: str | None = None,
) -> list[Any]:
    """The ranked rows (kind, ref_id, group_id, title, body, score) of a search, run
    through ``execute(sql, params)`` on any database that has a ``search_entries`` table
    and a ``search_index`` over it: the file's, or the in-memory one of unlocked private
    notes (store/private_search.py), which rank alike so."""
    expression = match_expression(phrases)
    params: dict[str, Any] = {
        "query": expression,
        "in_title": f"title_key : ({expression})",
        "limit": min(limit, MAX_LIMIT),
    }
    group_filter = ""
    if group_id is not None:
        group_filter = _GROUP_FILTER
        params["group_id"] = group_id
    if short_query(phrases):
        return _short_rows(execute, params, group_filter)
    return execute(_SEARCH.format(group_filter=group_filter), params)


def _short_rows(
    execute: Callable[[str, dict[str, Any]], list[Any]],
    params: dict[str, Any],
    group_filter: str,
) -> list[Any]:
    """The rows of a short query, ranked as above (scores in the index's order: titles
    below -TITLE_FIRST + 1, the rest from 0 up)."""
    statement = _CANDIDATES.format(group_filter=group_filter)
    in_title = execute(statement, dict(params, query=params["in_title"]))
    titles = sorted(in_title, key=lambda row: (len(row[3]), -row[5]))
    ranked = [(*row[:5], -TITLE_FIRST + len(row[3]) / 1000) for row in titles]
    seen = {row[5] for row in in_title}
    rest = [row for row in execute(statement, params) if row[5] not in seen]
    rest.sort(key=lambda row: -row[5])
    ranked += [(*row[:5], place / 1000) for place, row in enumerate(rest)]
    return ranked[: params["limit"]]


def hits_from_rows(rows: list[Any], phrases: tuple[Phrase, ...]) -> list[SearchHit]:
    """Hits with their highlighted snippets, from rows of :func:`ranked_rows`."""
    cache: dict[str, tuple[str, ...]] = {}
    return [
        make_hit(
            row[0],
            row[1],
            row[2],
            title=row[3],
            body=row[4],
            rank=row[5],
            phrases=phrases,
            cache=cache,
        )
        for row in rows
    ]


# -- keeping it in step ------------------------------------------------------------------

# What the index should hold, as migration 0006 fills it (a test checks the two agree).
_SESSION_DATE = "coalesce(date(sessions.planned_start, 'localtime'), '')"
_POPULATE = (
    """INSERT INTO search_entries (kind, ref_id, group_id, title, body)
    SELECT 'group', id, id, name,
           ltrim(setting || iif(ground_rules != '', char(10) || ground_rules, ''), char(10))
    FROM groups""",
    """INSERT INTO search_entries (kind, ref_id, group_id, title, body)
    SELECT 'member', memberships.id, memberships.group_id, persons.display_name, ''
    FROM memberships JOIN persons ON persons.id = memberships.person_id""",
    f"""INSERT INTO search_entries (kind, ref_id, group_id, title, body)
    SELECT 'session', sessions.id, sessions.group_id,
           coalesce(nullif(sessions.title, ''), {_SESSION_DATE}),
           ltrim({_SESSION_DATE}
                 || iif(sessions.place != '', ' · ' || sessions.place, '')
                 || coalesce(' · ' || formats.name, ''), ' ·')
    FROM sessions LEFT JOIN formats ON formats.id = sessions.format_id""",
    """INSERT INTO search_entries (kind, ref_id, group_id, title, body)
    SELECT notes.kind, notes.id, coalesce(notes.group_id, sessions.group_id),
           notes.title, notes.body
    FROM notes LEFT JOIN sessions ON sessions.id = notes.session_id
    WHERE notes.kind != 'private'""",
)

_EXPECTED = """
SELECT (SELECT count(*) FROM groups)
     + (SELECT count(*) FROM memberships)
     + (SELECT count(*) FROM sessions)
     + (SELECT count(*) FROM notes WHERE kind != 'private')
"""


def rebuild_index(store: Store) -> int:
    """Empty the index and fill it again from the records; returns the number of entries.

    For `reflectdesk check --repair` and after damage: it does not depend on what the
    index held before. Needs a store opened for writing (the fold function).
    """
    with store.transaction() as session:
        # 'rebuild' first remakes the FTS5 b-tree from the FTS rows, in case it was
        # damaged; then the FTS rows go in one statement, so that the entries' delete
        # trigger finds nothing left to delete.
        session.execute(text("INSERT INTO search_index (search_index) VALUES ('rebuild')"))
        session.execute(text("DELETE FROM search_index"))
        session.execute(text("DELETE FROM search_entries"))
        for statement in _POPULATE:
            session.execute(text(statement))
        session.execute(text("INSERT INTO search_index (search_index) VALUES ('optimize')"))
        count = _count(session, "SELECT count(*) FROM search_entries")
    store.changes.publish("search")
    return count


def index_counts(session: Session) -> tuple[int, int, int]:
    """(records that should be indexed, entries, rows in the FTS index)."""
    return (
        _count(session, _EXPECTED),
        _count(session, "SELECT count(*) FROM search_entries"),
        _count(session, "SELECT count(*) FROM search_index_docsize"),
    )


def index_stale(store: Store) -> bool:
    """A cheap check: True when the counts disagree or a trigger is missing.

    Counts, not contents: an entry whose text is out of date is not found here (a
    rebuild fixes that too)."""
    with store.reading() as session:
        expected, entries, indexed = index_counts(session)
        triggers = _count(
            session,
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
            f"({', '.join(repr(name) for name in TRIGGERS)})",
        )
    return not (expected == entries == indexed and triggers == len(TRIGGERS))


def _count(session: Session, statement: str) -> int:
    return int(session.execute(text(statement)).scalar_one())
