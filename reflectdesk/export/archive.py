"""Archives: one file holding a group or everything, and merging one into a database.

Export reads every archived table (see archive_scope) in one read transaction and writes
the zip described in archive_format atomically. Private notes travel in their stored form
exactly as in the database, copied through the vault seam without being decoded.

Import checks the whole file first (archive_format.read_archive), then inserts in ONE
transaction, parents before children. The merge rules:

1. A row whose id is already in the database is skipped: the database's copy wins, and
   nothing is updated or duplicated (importing the same archive twice adds nothing).
2. Formats, decks and themes are also matched by ``key`` (unique in their tables): a
   built-in on another laptop has another id but the same key, so when either side's row
   is built-in the archive's row is taken to be the database's row with that key, and
   every reference to it (sessions, groups, cards shown, tags) is pointed at the
   database's id. Two *user* rows with the same key but different ids are different
   records: the archive's one is inserted under a free key (``key-2``, ``key-3``...).
3. A row whose other unique key already exists (after the references are re-pointed) is
   taken to be that existing row, skipped, and its references re-pointed too: the
   phases of a matched format or questionnaire (by position), attendance (session and
   person), clock events (session and seq), a questionnaire version (key and version).
   Cards of a deck matched by rule 2 are matched by their position in the deck.
4. The vault row (the wrapped data key, never the key) follows rule 1: a database
   without a vault takes the archive's over, so its notes open with the other laptop's
   passphrase. A database with a vault of its own keeps it; notes sealed under another
   data key are sealed again under this one before they are inserted, which needs this
   vault unlocked and the other laptop's passphrase (ArchivePassphraseNeededError asks).

Any problem with the file is one ArchiveError and nothing is written: every row is
checked against the rules the forms and definition files obey (core/record_rules) before
the transaction starts. A row that refers to a record neither the archive nor the
database holds, or that breaks another rule of the database, is also an ArchiveError,
and the transaction is rolled back.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Table, UniqueConstraint, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reflectdesk.core.errors import words
from reflectdesk.export.archive_format import (
    ENVELOPE_COLUMNS,
    ENVELOPES,
    ArchiveContents,
    ArchiveError,
    Row,
    archive_bytes,
    read_archive,
)
from reflectdesk.export.archive_scope import archived_tables, group_filters
from reflectdesk.files import write_atomically
from reflectdesk.logs import logged_call
from reflectdesk.store import vault_seam
from reflectdesk.store.database import Store
from reflectdesk.store.models import load_all
from reflectdesk.store.models.base import utcnow
from reflectdesk.store.schema import HEAD_REVISION

__all__ = ["ArchiveError", "ArchiveSummary", "ImportSummary", "export_archive", "import_archive"]

KEYED_TABLES = frozenset({"formats", "decks", "themes"})
KEY_LENGTH = 60


@dataclass(frozen=True, slots=True)
class ArchiveSummary:
    path: Path
    group_id: str | None
    rows: dict[str, int]  # table -> rows written
    private_notes: int


@dataclass(frozen=True, slots=True)
class ImportSummary:
    path: Path
    group_id: str | None
    added: dict[str, int]  # table -> rows inserted
    kept: dict[str, int]  # table -> rows already there (skipped or matched)

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_kept(self) -> int:
        return sum(self.kept.values())


# -- export ------------------------------------------------------------------------------


@logged_call(
    "exporting an archive",
    "group_id",
    results=lambda done: {"rows": sum(done.rows.values()), "private_notes": done.private_notes},
)
def export_archive(store: Store, path: Path, group_id: str | None = None) -> ArchiveSummary:
    """Write an archive of one group (``group_id``) or of everything to ``path``."""
    from reflectdesk.core.errors import NotFoundError

    metadata = load_all()
    tables = archived_tables(metadata)
    rows: dict[str, list[Row]] = {}
    with store.reading() as session:
        filters = group_filters(metadata, group_id) if group_id is not None else {}
        if group_id is not None:
            found = session.execute(select(metadata.tables["groups"].c.id).where(filters["groups"]))
            if found.first() is None:
                raise NotFoundError(
                    words().gettext("That group does not exist."), group_id=group_id
                )
        for table in tables:
            query = select(*vault_seam.copyable_columns(table))
            if table.name in filters:
                query = query.where(filters[table.name])
            query = query.order_by(*table.primary_key.columns)
            rows[table.name] = [dict(row._mapping) for row in session.execute(query)]
        note_ids = [row["id"] for row in rows["notes"]] if group_id is not None else None
        forms = vault_seam.stored_forms(session, note_ids)
    envelopes: list[Row] = [
        dict(zip(ENVELOPE_COLUMNS, (note_id, form), strict=True))
        for note_id, form in sorted(forms.items())
    ]
    data = archive_bytes(
        {**rows, ENVELOPES: envelopes},
        schema=HEAD_REVISION,
        created_at=utcnow(),
        group_id=group_id,
    )
    write_atomically(path, data)
    return ArchiveSummary(
        path=path,
        group_id=group_id,
        rows={name: len(table_rows) for name, table_rows in rows.items()},
        private_notes=len(envelopes),
    )


# -- import ------------------------------------------------------------------------------


@logged_call(
    "importing an archive",
    results=lambda done: {
        "group_id": done.group_id,
        "added": done.total_added,
        "kept": done.total_kept,
    },
)
def import_archive(
    store: Store, path: Path, *, archive_passphrase: str | None = None
) -> ImportSummary:
    """Merge the archive at ``path`` into the database in one transaction (the rules are
    in the module docstring); ArchiveError, with nothing written, on any problem.

    Private notes sealed under another laptop's vault are sealed again under this one's,
    which needs this vault unlocked and ``archive_passphrase`` (the other laptop's);
    without it, ArchivePassphraseNeededError."""
    tables = archived_tables(load_all())
    try:
        contents = read_archive(path, tables, HEAD_REVISION)
    except OSError as error:
        raise ArchiveError(path, error.strerror or str(error)) from None
    contents = _notes_for_this_vault(store, path, contents, archive_passphrase)
    added: dict[str, int] = {}
    kept: dict[str, int] = {}
    with store.transaction() as session:
        merge = _Merge(session, contents)
        try:
            for table in tables:
                added[table.name], kept[table.name] = merge.table(table)
        except IntegrityError as error:
            # Raised here, inside the transaction, so that it is rolled back and the
            # error reaches the caller as an ArchiveError, not a generic StoreError.
            raise ArchiveError(path, _broken_rule(error)) from None
    for area in ("groups", "formats", "decks", "themes", "sessions", "notes", "search"):
        store.changes.publish(area)
    return ImportSummary(path=path, group_id=contents.group_id, added=added, kept=kept)


def _broken_rule(error: IntegrityError) -> str:
    """What an IntegrityError during the merge means, in the archive's terms: only a
    foreign key failing is a reference to a missing record."""
    reason = str(error.orig)
    if "FOREIGN KEY" in reason:
        message = words().gettext(
            "it refers to records that neither it nor the database holds ({reason})"
        )
        return message.format(reason=reason)
    message = words().gettext("one of its rows breaks a rule of the database ({reason})")
    return message.format(reason=reason)


class ArchivePassphraseNeededError(ArchiveError):
    """The archive's private notes were sealed under another vault: its passphrase (and
    this vault unlocked) is needed to bring them in."""

    code = "archive_passphrase_needed"

    def __init__(self, path: Path, count: int) -> None:
        detail = words().ngettext(
            "its {n} private note was locked with the passphrase of another laptop. Import "
            "it again and give that passphrase: the note is then encrypted with yours",
            "its {n} private notes were locked with the passphrase of another laptop. "
            "Import it again and give that passphrase: the notes are then encrypted with "
            "yours",
            count,
        )
        super().__init__(path, detail.format(n=count))
        self.count = count


def _notes_for_this_vault(
    store: Store, path: Path, contents: ArchiveContents, archive_passphrase: str | None
) -> ArchiveContents:
    """``contents`` with its private notes sealed so that this database opens them."""
    from reflectdesk.store import vault

    rows = contents.tables.get("vault") or []
    if not rows or not contents.envelopes:
        return contents  # nothing sealed, or an archive from before vaults travelled
    if vault.vault_status(store) is vault.VaultStatus.NONE:
        return contents  # this laptop takes the archive's vault over (rule 4)
    archived = rows[0]
    if vault.archive_key_opens(store, archived, contents.envelopes):
        return contents
    if archive_passphrase is None:
        raise ArchivePassphraseNeededError(path, len(contents.envelopes))
    forms = vault.reseal_archived_notes(store, archived, contents.envelopes, archive_passphrase)
    return replace(contents, envelopes=forms)


class _Merge:
    """The state of one import: the archive's ids re-pointed to the database's ones."""

    def __init__(self, session: Session, contents: ArchiveContents) -> None:
        self.session = session
        self.contents = contents
        self.mapped: dict[str, dict[str, str]] = {}  # table -> archive id -> database id

    def table(self, table: Table) -> tuple[int, int]:
        """Insert the archive's new rows of ``table``; (added, kept)."""
        mapped = self.mapped.setdefault(table.name, {})
        keys = _unique_keys(table)
        if table.name == "cards":
            # Cards of a matched deck are matched by position (rule 3).
            keys.append(("deck_id", "position"))
        primary = tuple(column.name for column in table.primary_key.columns)
        existing = {key: self._existing(table, key) for key in [primary, *keys]}
        new_rows: list[Row] = []
        kept = 0
        for original in self.contents.tables[table.name]:
            row = self._repoint(table, original)
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
        return len(new_rows), kept

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
        primary: tuple[str, ...],
        keys: list[tuple[str, ...]],
        existing: dict[tuple[str, ...], dict[tuple[Any, ...], str]],
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
                row["key"] = _free_key(row["key"], existing[("key",)])
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

    def _existing(self, table: Table, key: tuple[str, ...]) -> dict[tuple[Any, ...], str]:
        columns = [table.c[name] for name in key]
        if "id" in table.c:
            query = select(*columns, table.c.id)
            return {tuple(row[:-1]): str(row[-1]) for row in self.session.execute(query)}
        # A link table (composite primary key): the value only says "present".
        return {tuple(row): "" for row in self.session.execute(select(*columns))}

    def _insert(self, table: Table, rows: list[Row]) -> None:
        if not rows:
            return
        if table.name == "notes":
            vault_seam.insert_copied_notes(self.session, rows, self.contents.envelopes)
        else:
            self.session.execute(insert(table), rows)


def _unique_keys(table: Table) -> list[tuple[str, ...]]:
    return [
        tuple(column.name for column in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]


def _values(row: Row, key: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(row[name] for name in key)


def _free_key(key: str, taken: dict[tuple[Any, ...], str]) -> str:
    for number in itertools.count(2):
        suffix = f"-{number}"
        candidate = key[: KEY_LENGTH - len(suffix)] + suffix
        if (candidate,) not in taken:
            return candidate
    raise AssertionError("unreachable")
