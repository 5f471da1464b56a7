"""The publish's statements on the hub, on one connection as the facilitator's role
(issue 20). Row-level security (migration 0017) decides what that role may write, so
each row's owner row goes first: ``hub_group_owners`` for a group, ``hub_row_owners``
for a person, a leader-log entry or a library row. Rows are written as an idempotent
upsert by primary key (INSERT ... ON CONFLICT (id) DO UPDATE): sending a row twice
leaves one row. Every value is a bound parameter (and the engine hides parameters from
its errors and logs): no text of a note is ever part of a statement's SQL.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    UniqueConstraint,
    and_,
    delete,
    select,
    text,
    tuple_,
)
from sqlalchemy.dialects.postgresql import insert

from reflectdesk.store.publish_tables import PublishTable, key_values

Row = dict[str, Any]
# Laptops publishing at once take turns at the library's unique keys (any fixed number;
# this one spells "RDLK"), held to the end of the batch's transaction.
LIBRARY_KEYS_LOCK = 0x52444C4B


def durable(connection: Connection) -> None:
    """Make this transaction's commit wait until the hub has it on disk, whatever the
    server's ``synchronous_commit``: the laptop marks a batch published as soon as the
    commit returns, and an asynchronous commit lost in a server crash would stay marked,
    never sent again (found by tests/hub/test_hub_publish_faults.py)."""
    connection.execute(text("SET LOCAL synchronous_commit = on"))


def claim_groups(connection: Connection, group_ids: Collection[str], laptop: str) -> None:
    """Make ``group_ids`` this role's on the hub (a group someone else owns stays
    theirs: writing its rows is then refused by the hub)."""
    if group_ids:
        connection.execute(
            text(
                "INSERT INTO hub_group_owners (group_id, author_role, laptop_id) "
                "VALUES (:g, current_user, :l) ON CONFLICT (group_id) DO NOTHING"
            ),
            [{"g": group_id, "l": laptop} for group_id in group_ids],
        )


def claim_rows(connection: Connection, table: str, ids: Collection[str], laptop: str) -> None:
    if ids:
        connection.execute(
            text(
                "INSERT INTO hub_row_owners (table_name, row_id, author_role, laptop_id) "
                "VALUES (:t, :r, current_user, :l) ON CONFLICT (table_name, row_id) DO NOTHING"
            ),
            [{"t": table, "r": row_id, "l": laptop} for row_id in ids],
        )


def owned_rows(connection: Connection, table: str, ids: Collection[str]) -> set[str]:
    """Which of ``ids`` of ``table`` this role owns (it reads only its own owner rows)."""
    if not ids:
        return set()
    found = connection.execute(
        text(
            "SELECT row_id FROM hub_row_owners WHERE table_name = :t AND row_id = ANY(:ids) "
            "AND author_role = current_user"
        ),
        {"t": table, "ids": list(ids)},
    ).scalars()
    return {str(row_id) for row_id in found}


def existing(connection: Connection, spec: PublishTable, ids: Collection[str]) -> set[str]:
    """Which of ``ids`` the hub already has (library rows are read by every role)."""
    if not ids:
        return set()
    column = spec.table.c.id
    found = connection.execute(select(column).where(column.in_(list(ids)))).scalars()
    return {str(row_id) for row_id in found}


def upsert(connection: Connection, spec: PublishTable, rows: Sequence[Row]) -> None:
    if not rows:
        return
    # One statement for the batch, executed for many rows: compiled once and cached (a
    # multi-row VALUES built per batch was compiled afresh: half the time). RETURNING
    # makes SQLAlchemy send the rows as multi-row INSERTs ("insertmanyvalues") rather
    # than one statement a row, which would evaluate the policies' subqueries per row.
    statement = insert(spec.table)
    updated = {name: statement.excluded[name] for name in spec.columns if name not in spec.keys}
    if updated:
        upserting = statement.on_conflict_do_update(index_elements=list(spec.keys), set_=updated)
    else:  # a link row (two keys, nothing else): there is nothing to update
        upserting = statement.on_conflict_do_nothing(index_elements=list(spec.keys))
    key = spec.table.c[spec.keys[0]]
    connection.execute(upserting.returning(key), list(rows)).all()


def remove(connection: Connection, spec: PublishTable, keys: Collection[str]) -> None:
    """Delete the rows with ``keys`` (and their owner rows); a row the hub no longer
    has is no error (an earlier, interrupted publish may have deleted it)."""
    if not keys:
        return
    columns = [spec.table.c[name] for name in spec.keys]
    values = [tuple(key_values(spec, key)) for key in keys]
    condition: ColumnElement[bool]
    if len(columns) == 1:
        condition = columns[0].in_([value[0] for value in values])
    else:
        condition = and_(tuple_(*columns).in_(values))
    connection.execute(delete(spec.table).where(condition))
    if spec.name in ("persons", "leader_log_entries", "formats", "decks", "themes"):
        connection.execute(
            text("DELETE FROM hub_row_owners WHERE table_name = :t AND row_id = ANY(:ids)"),
            {"t": spec.name, "ids": [value[0] for value in values]},
        )


def unique_keys(connection: Connection, spec: PublishTable, rows: list[Row], laptop: str) -> None:
    """Give ``rows`` of a library table keys the hub does not hold under another id.

    Every laptop seeds the built-in formats, decks and themes under its own ids with the
    same keys, and the hub's ``key`` is unique: a key another laptop published first is
    sent with this laptop's mark (``key~1a2b3c4d``). Ids are never merged or changed,
    so every row still has one authoring laptop."""
    if not _key_is_unique(spec.table) or not rows:
        return  # a question's key is unique only within its questionnaire: never marked
    # Read, then write: without the lock two laptops publishing at once both find a
    # key free, and the second's insert fails on the unique key (found by
    # tests/hub/test_hub_publish_load.py). Waiting here, the second reads the key the
    # first committed and marks its own.
    connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LIBRARY_KEYS_LOCK})
    table = spec.table
    found = connection.execute(
        select(table.c.key, table.c.id).where(table.c.key.in_([row["key"] for row in rows]))
    ).all()
    holders: dict[str, set[str]] = {}
    for key, row_id in found:
        holders.setdefault(str(key), set()).add(str(row_id))
    everyone = set().union(*holders.values()) if holders else set()
    foreign = everyone - owned_rows(connection, spec.name, everyone)
    for row in rows:
        if holders.get(row["key"], set()) & foreign:
            row["key"] = f"{row['key'][:50]}~{laptop[:8]}"


def _key_is_unique(table: Table) -> bool:
    """Whether ``key`` is in a unique constraint of ``table`` (formats, decks, themes;
    questionnaires with their version)."""
    return any(
        isinstance(constraint, UniqueConstraint) and "key" in constraint.columns
        for constraint in table.constraints
    )
