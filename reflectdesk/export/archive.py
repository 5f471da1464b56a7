"""Archives: one file holding a group or everything, and merging one into a database.

Export reads every archived table (see archive_scope) in one read transaction and writes
the zip described in archive_format atomically. Private notes travel in their stored form
exactly as in the database, copied through the vault seam without being decoded.

Import checks the manifest and every file's checksum first (export/archive_reader), then
streams the rows table by table into ONE transaction, parents before children, each row
checked as it is read and merged in chunks that look up only the database rows sharing
its ids and keys (export/archive_merge): time and memory follow the archive, not the
database. The merge rules:

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

Any problem with the file is one ArchiveError and nothing is written: a damaged or
tampered file is refused before the transaction starts, and every row is checked against
the rules the forms and definition files obey (core/record_rules) before it is inserted,
a refusal rolling the whole transaction back. A row that refers to a record neither the
archive nor the database holds, or that breaks another rule of the database, is also an
ArchiveError, and the transaction is rolled back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Table, select
from sqlalchemy.exc import IntegrityError

from reflectdesk.core.errors import words
from reflectdesk.export.archive_format import (
    ENVELOPE_COLUMNS,
    ENVELOPES,
    ArchiveError,
    Row,
    archive_bytes,
)
from reflectdesk.export.archive_merge import ArchiveMerge
from reflectdesk.export.archive_reader import ArchiveReader
from reflectdesk.export.archive_scope import archived_tables, group_filters
from reflectdesk.files import write_atomically
from reflectdesk.logs import logged_call
from reflectdesk.store import vault_seam
from reflectdesk.store.database import Store
from reflectdesk.store.models import load_all
from reflectdesk.store.models.base import utcnow
from reflectdesk.store.schema import HEAD_REVISION

__all__ = ["ArchiveError", "ArchiveSummary", "ImportSummary", "export_archive", "import_archive"]


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
        reader = ArchiveReader(path, tables, HEAD_REVISION)
    except OSError as error:
        raise ArchiveError(path, error.strerror or str(error)) from None
    added: dict[str, int] = {}
    kept: dict[str, int] = {}
    with reader:
        vault_table = next(table for table in tables if table.name == "vault")
        envelopes = _notes_for_this_vault(store, reader, vault_table, archive_passphrase)
        with store.transaction() as session:
            merge = ArchiveMerge(session, envelopes)
            try:
                for table in tables:
                    added[table.name], kept[table.name] = merge.table(table, reader.rows(table))
            # Raised here, inside the transaction, so that it is rolled back and the
            # error reaches the caller as an ArchiveError, not a generic StoreError.
            except IntegrityError as error:
                raise ArchiveError(path, _broken_rule(error)) from None
            except OSError as error:  # the archive became unreadable half-way
                raise ArchiveError(path, error.strerror or str(error)) from None
    for area in ("groups", "formats", "decks", "themes", "sessions", "notes", "search"):
        store.changes.publish(area)
    return ImportSummary(path=path, group_id=reader.group_id, added=added, kept=kept)


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
    store: Store, reader: ArchiveReader, vault_table: Table, archive_passphrase: str | None
) -> dict[str, bytes]:
    """The archive's private notes, sealed so that this database opens them."""
    from reflectdesk.store import vault

    envelopes = reader.envelopes()
    rows = list(reader.rows(vault_table))  # one row, checked before its KDF is run
    if not rows or not envelopes:
        return envelopes  # nothing sealed, or an archive from before vaults travelled
    if vault.vault_status(store) is vault.VaultStatus.NONE:
        return envelopes  # this laptop takes the archive's vault over (rule 4)
    archived = rows[0]
    if vault.archive_key_opens(store, archived, envelopes):
        return envelopes
    if archive_passphrase is None:
        raise ArchivePassphraseNeededError(reader.path, len(envelopes))
    return vault.reseal_archived_notes(store, archived, envelopes, archive_passphrase)
