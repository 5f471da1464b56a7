"""Archives: one group, or everything, written to move to another laptop; and an archive
merged into this database.

An archive is a copy of the data, private notes still sealed, not a document to share,
so it is not checked for identifiers. When the archive's private notes were sealed on
another laptop, importing raises ArchivePassphraseNeededError (with their count): the
caller unlocks this vault, asks for the other laptop's passphrase and imports again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reflectdesk.operations import Progress, report
from reflectdesk.store.database import Store

if TYPE_CHECKING:
    from reflectdesk.export.archive import ArchiveSummary, ImportSummary

__all__ = ["export_archive", "import_archive"]


def export_archive(
    store: Store, out: Path, group_id: str | None = None, *, progress: Progress | None = None
) -> ArchiveSummary:
    """Write an archive of ``group_id`` (None: everything) to ``out``."""
    from reflectdesk.export.archive import export_archive as write_archive

    report(progress, 0, 1)
    summary = write_archive(store, out, group_id)
    report(progress, 1, 1)
    return summary


def import_archive(
    store: Store,
    source: Path,
    *,
    archive_passphrase: str | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Merge the archive at ``source`` into the database in one transaction."""
    from reflectdesk.export.archive import import_archive as merge_archive

    report(progress, 0, 1)
    summary = merge_archive(store, source, archive_passphrase=archive_passphrase)
    report(progress, 1, 1)
    return summary
