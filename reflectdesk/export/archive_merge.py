"""Merging an archive's rows into the database, table by table (the merge rules are in
export/archive.py's docstring).

The rows come in as an iterable (export/archive_reader streams them) and are merged in
chunks of LOOKUP_CHUNK: for each chunk, the database rows that share an id or a unique
key with it are looked up through the tables' indexes (``WHERE id IN (...)``, and
``WHERE a IN (...) AND (a, b) IN (VALUES ...)`` for a key of two columns), and the
chunk's new rows are inserted before the next chunk is looked up, so a later row that
repeats one of them finds it in the database. An import thus reads from the database
only the rows its archive shares with it, and holds one chunk at a time, whatever the
size of the database.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Table, UniqueConstraint, insert, select
from sqlalchemy.orm import Session

from reflectdesk.export.archive_format import Row
from reflectdesk.store import vault_seam

__all__ = ["KEYED_TABLES", "LOOKUP_CHUNK", "ArchiveMerge"]

KEYED_TABLES = frozenset({"formats", "decks", "themes"})
KEY_LENGTH = 60
# Rows per look-up and insert: 500 ids, or 500 pairs (1,500 parameters), stay far under
# SQLite's limit on parameters and keep each statement's plan an index search.
LOOKUP_CHUNK = 500

Key = tuple[str, ...]
Found = dict[tuple[Any, ...], str]  # a key's values -> the database id ("" for a link row)


class ArchiveMerge:
    """The state of one import: the archive's ids re-pointed to the database's ones."""

    def __init__(self, session: Session, envelopes: dict[str, bytes]) -> None:
        self.session = session
        self.envelopes = envelopes
        self.mapped: dict[str, dict[str, str]] = {}  # table -> archive id -> database id

    def table(self, table: Table, rows: Iterable[Row]) -> tuple[int, int]:
        """Insert the new ones of ``rows`` (of ``table``); (added, kept)."""
        mapped = self.mapped.setdefault(table.name, {})
        keys = _unique_keys(table)
        if table.name == "cards":
            # Cards of a matched deck are matched by position (rule 3).
            keys.append(("deck_id", "position"))
        primary = tuple(column.name for column in table.primary_key.columns)
        added = kept = 0
        for chunk in _chunks(rows, LOOKUP_CHUNK):
            repointed = [self._repoint(table, row) for row in chunk]
            existing = {key: self._existing(table, key, repointed) for key in [primary, *keys]}
            new_rows: list[Row] = []
            for row in repointed:
                match = self._match(table, row, primary, keys, existing)
                if match is not None:
                    if "id" in row and match != row["id"]:
                        mapped[str(row["id"])] = match
                    kept += 1
                    continue
                for key in [primary, *keys]:
                    existing[key][_values(row, key)] = str(row.get("id", ""))
                new_rows.append(row)
            self._insert(table, new_rows)
            added += len(new_rows)
        return added, kept

    def _repoint(self, table: Table, row: Row) -> Row:
        row = dict(row)
        for column in table.columns:
            for foreign in column.foreign_keys:
                target = self.mapped.get(foreign.column.table.name, {})
                value = row.get(column.name)
                if value is not None and value in target:
                    row[column.name] = target[value]
        return row

    def _match(
        self,
        table: Table,
        row: Row,
        primary: Key,
        keys: list[Key],
        existing: dict[Key, Found],
    ) -> str | None:
        """The database id this row is taken to be, or None for a new row (which may get
        a free key, rule 2)."""
        found = existing[primary].get(_values(row, primary))
        if found is not None:  # "" for a link row already present
            return found
        if table.name in KEYED_TABLES:
            other = existing[("key",)].get((row["key"],))
            if other is not None:
                if row["builtin"] or self._builtin(table, other):
                    return other
                row["key"] = self._free_key(table, row["key"], existing[("key",)])
        for key in keys:
            if key == ("deck_id", "position") and not self._in_matched_deck(row):
                continue
            found = existing[key].get(_values(row, key))
            if found is not None:
                return found
        return None

    def _in_matched_deck(self, row: Row) -> bool:
        """Whether the card's deck is a database deck the archive's deck was matched to."""
        return row["deck_id"] in self.mapped.get("decks", {}).values()

    def _builtin(self, table: Table, row_id: str) -> bool:
        query = select(table.c.builtin).where(table.c.id == row_id)
        return bool(self.session.execute(query).scalar())

    def _free_key(self, table: Table, key: str, chunk_keys: Found) -> str:
        """``key-2``, ``key-3``... whichever is first free in the database and among the
        rows of this chunk."""
        for number in itertools.count(2):
            suffix = f"-{number}"
            candidate = key[: KEY_LENGTH - len(suffix)] + suffix
            if (candidate,) in chunk_keys:
                continue
            taken = select(table.c.id).where(table.c.key == candidate)
            if self.session.execute(taken).first() is None:
                return candidate
        raise AssertionError("unreachable")

    def _existing(self, table: Table, key: Key, rows: Sequence[Row]) -> Found:
        """The database rows whose ``key`` is one of ``rows``'s, found through the key's
        index: only rows the archive shares with the database are read. Plain SQL with
        one parameter a value: SQLAlchemy's expanding IN costs more than the search."""
        wanted = {_values(row, key) for row in rows}
        if not wanted:
            return {}
        quote = self.session.get_bind().dialect.identifier_preparer.quote
        columns = [quote(name) for name in key]
        selected = ", ".join([*columns, *(["id"] if "id" in table.c else [])])
        firsts = list({values[0] for values in wanted})
        where = f"{columns[0]} IN ({_marks(len(firsts))})"
        parameters: list[Any] = firsts
        if len(key) > 1:
            # The first column's IN lets SQLite search the key's index (a row value IN
            # a list of VALUES alone scans the table); the whole key then picks the rows.
            pairs = ", ".join([f"({_marks(len(key))})"] * len(wanted))
            where += f" AND ({', '.join(columns)}) IN (VALUES {pairs})"
            parameters = [*firsts, *itertools.chain.from_iterable(wanted)]
        query = f"SELECT {selected} FROM {quote(table.name)} WHERE {where}"
        found = self.session.connection().exec_driver_sql(query, tuple(parameters))
        if "id" in table.c:
            return {tuple(row[:-1]): str(row[-1]) for row in found}
        # A link table (composite primary key): the value only says "present".
        return {tuple(row): "" for row in found}

    def _insert(self, table: Table, rows: list[Row]) -> None:
        if not rows:
            return
        if table.name == "notes":
            vault_seam.insert_copied_notes(self.session, rows, self.envelopes)
        else:
            self.session.execute(insert(table), rows)


def _chunks(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _marks(count: int) -> str:
    return ", ".join(["?"] * count)


def _unique_keys(table: Table) -> list[Key]:
    return [
        tuple(column.name for column in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]


def _values(row: Row, key: Key) -> tuple[Any, ...]:
    return tuple(row[name] for name in key)
