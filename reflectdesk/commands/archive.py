"""Sessions listed, CSV tables, archives written and imported.

    reflectdesk list sessions [--group ID] [--json] [--db PATH]
    reflectdesk export csv --group ID --out DIR [--keep-identifiers] [--db PATH]
    reflectdesk export archive [--group ID] --out FILE [--db PATH]
    reflectdesk import FILE [--db PATH]

The listing and the exports read the database without the instance lock (they work while
the app has it open); ``import`` writes, so it takes the lock like the app. The parsers are
added by the ``add_*`` functions below into the sub-parsers reflectdesk.cli makes, so the
``export`` command holds these kinds beside the PDF ones of reflectdesk.commands.export.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from reflectdesk.commands import (
    EXIT_OK,
    CommandError,
    add_command,
    db_path,
    existing_db,
    out_file,
    out_folder,
)
from reflectdesk.commands.export import (
    add_keep_identifiers,
    add_language,
    add_spreadsheet_options,
)
from reflectdesk.commands.output import aligned, print_json
from reflectdesk.core.errors import words
from reflectdesk.core.timefmt import iso_datetime

if TYPE_CHECKING:
    import argparse

    from reflectdesk.commands import AddDb, SubParsers
    from reflectdesk.core.sessions import SessionRecord


# --- the parsers ------------------------------------------------------------------------


def add_list_sessions(kinds: SubParsers, add_db: AddDb) -> None:
    """``list sessions`` under ``list``."""
    listing = add_command(
        kinds,
        add_db,
        "sessions",
        list_sessions,
        help="the sessions",
        description="List the sessions of one group, or of every group.",
    )
    listing.add_argument("--group", metavar="ID", help="only this group's sessions")
    listing.add_argument("--json", action="store_true", help="print a JSON array")


def add_export_kinds(kinds: SubParsers, add_db: AddDb) -> None:
    """``export csv`` and ``export archive`` under ``export``."""
    tables = add_command(
        kinds,
        add_db,
        "csv",
        export_csv,
        help="a group's sessions, phases, attendance, themes and actions as CSV",
        description="Write one group as five UTF-8 CSV files (sessions, phases, attendance, "
        "themes, actions) into a folder, or as the sheets of group-tables.xlsx (--format "
        "xlsx). Private notes are never written. The actions' text "
        "is checked for likely patient identifiers first: while any stand that were not "
        "kept in the app, nothing is written (exit 65) unless --keep-identifiers.",
    )
    tables.add_argument("--group", required=True, metavar="ID", help="the group's id")
    tables.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    add_keep_identifiers(tables)  # actions.csv carries the text of every action
    add_spreadsheet_options(tables)
    add_language(tables)
    archive = add_command(
        kinds,
        add_db,
        "archive",
        export_archive,
        help="one group, or everything, as an archive to import on another laptop",
        description="Write an archive (a zip of JSON with checksums) of one group or of "
        "everything. Private notes are copied in their stored form, as in the database.",
    )
    archive.add_argument("--group", metavar="ID", help="only this group (default: everything)")
    archive.add_argument("--out", required=True, metavar="FILE", help="the archive to write")


def add_import_command(commands: SubParsers, add_db: AddDb) -> None:
    """``import FILE``."""
    command = add_command(
        commands,
        add_db,
        "import",
        import_archive,
        help="merge an archive into the database",
        description="Merge an archive made by `export archive` into the database, in one "
        "transaction: records already there are kept, built-in formats, decks and themes "
        "are matched by key, nothing is duplicated. A damaged or foreign archive changes "
        "nothing. Not while ReflectDesk has the database open.",
    )
    command.add_argument("file", metavar="FILE", help="the archive")


# --- the handlers -----------------------------------------------------------------------


def list_sessions(args: argparse.Namespace) -> int:
    """``list sessions``: by group, oldest first, as a table or ``--json``."""
    from reflectdesk.store.database import open_store
    from reflectdesk.store.groups import get_group, list_groups
    from reflectdesk.store.sessions import list_sessions as read_sessions

    path = existing_db(args)
    with open_store(path, for_reading=True) as store:
        if args.group is not None:
            groups = [get_group(store, args.group)]
        else:
            groups = list_groups(store) + list_groups(store, archived=True)
        listed = [
            (group.name, record) for group in groups for record in read_sessions(store, group.id)
        ]
    if args.json:
        print_json([_session_json(name, record) for name, record in listed])
    elif not listed:
        print(words().gettext("no sessions in {path}").format(path=path))
    else:
        print(_session_table(listed))
    return EXIT_OK


def export_csv(args: argparse.Namespace) -> int:
    from reflectdesk.commands.export import export_language, refuse, report_tables, separator
    from reflectdesk.operations.identifier_check import IdentifiersFoundError
    from reflectdesk.operations.tables import export_csv as write_tables
    from reflectdesk.store.database import open_store

    out = out_folder(args)
    with open_store(existing_db(args), for_reading=True) as store:
        try:
            written = write_tables(
                store,
                args.group,
                out,
                keep_identifiers=args.keep_identifiers,
                language=export_language(args),
                separator=separator(args),
                spreadsheet=args.format,
            )
        except IdentifiersFoundError as refused:
            return refuse(refused)
    report_tables(written.files, out)
    return EXIT_OK


def export_archive(args: argparse.Namespace) -> int:
    from reflectdesk.operations.archives import export_archive as write_archive
    from reflectdesk.store.database import open_store

    out = out_file(args, "groups.zip")
    with open_store(existing_db(args), for_reading=True) as store:
        summary = write_archive(store, out, args.group)
    texts = words()

    def counted(form: str, count: int) -> str:
        # ``form`` is ngettext's, called with literals at each use so they are extracted.
        return form.format(n=texts.integer(count))

    contents = {
        "groups": counted(
            texts.ngettext("{n} group", "{n} groups", summary.rows["groups"]),
            summary.rows["groups"],
        ),
        "sessions": counted(
            texts.ngettext("{n} session", "{n} sessions", summary.rows["sessions"]),
            summary.rows["sessions"],
        ),
        "notes": counted(
            texts.ngettext("{n} note", "{n} notes", summary.rows["notes"]), summary.rows["notes"]
        ),
        "private": texts.gettext("{n} private, still sealed").format(
            n=texts.integer(summary.private_notes)
        ),
        "out": out,
    }
    if args.group:
        line = texts.gettext(
            "wrote an archive of one group: {groups}, {sessions}, {notes} ({private}) -> {out}"
        )
    else:
        line = texts.gettext(
            "wrote an archive of everything: {groups}, {sessions}, {notes} ({private}) -> {out}"
        )
    print(line.format(**contents))
    return EXIT_OK


def import_archive(args: argparse.Namespace) -> int:
    from pathlib import Path

    from reflectdesk.export.archive import ArchivePassphraseNeededError
    from reflectdesk.operations.archives import import_archive as merge_archive
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.store.database import open_store

    source = Path(args.file)
    if not source.is_file():
        raise CommandError(words().gettext("{path}: no such file").format(path=source))
    path = db_path(args)
    with open_store(path, seed=seed_builtins) as store:
        try:
            summary = merge_archive(store, source)
        except ArchivePassphraseNeededError as needed:
            # Notes sealed on another laptop: unlock this one, then open the archive's
            # key with the other laptop's passphrase, and seal them again here.
            from reflectdesk.commands.export import read_passphrase
            from reflectdesk.store.vault import unlock

            texts = words()
            notice = texts.ngettext(
                "{n} private note in the archive is encrypted with another laptop's passphrase.",
                "{n} private notes in the archive are encrypted with another laptop's passphrase.",
                needed.count,
            )
            print(notice.format(n=texts.integer(needed.count)), file=sys.stderr)
            unlock(store, read_passphrase(texts.gettext("Passphrase of the private notes here: ")))
            other = read_passphrase(
                texts.gettext("Passphrase of the private notes in the archive: ")
            )
            summary = merge_archive(store, source, archive_passphrase=other)
    texts = words()
    added = texts.ngettext("{n} record added", "{n} records added", summary.total_added)
    line = texts.gettext("imported {source}: {added}, {kept} already there -> {path}")
    print(
        line.format(
            source=source,
            added=added.format(n=texts.integer(summary.total_added)),
            kept=texts.integer(summary.total_kept),
            path=path,
        )
    )
    return EXIT_OK


# --- helpers ----------------------------------------------------------------------------


def _session_json(group_name: str, record: SessionRecord) -> dict[str, object]:
    def iso(value: Any) -> str | None:
        return None if value is None else str(value.isoformat())

    return {
        "id": record.id,
        "group_id": record.group_id,
        "group": group_name,
        "title": record.title,
        "planned_start": iso(record.planned_start),
        "place": record.place,
        "status": record.status.value,
        "format": record.format_name,
        "presenter": record.presenter_name,
        "phases": record.phase_count,
        "planned_seconds": record.planned_seconds,
        "started_at": iso(record.started_at),
        "ended_at": iso(record.ended_at),
    }


def _session_table(listed: list[tuple[str, SessionRecord]]) -> str:
    texts = words()
    header = (
        texts.pgettext("sessions table", "Group"),
        texts.pgettext("sessions table", "Date"),
        texts.pgettext("sessions table", "Status"),
        texts.pgettext("sessions table", "Format"),
        texts.pgettext("sessions table", "Presenter"),
        texts.pgettext("sessions table", "Minutes"),
        texts.pgettext("sessions table", "Id"),
    )
    statuses = {
        "planned": texts.pgettext("session status", "planned"),
        "running": texts.pgettext("session status", "running"),
        "finished": texts.pgettext("session status", "finished"),
    }
    rows = [
        (
            group_name,
            iso_datetime(record.planned_start.astimezone())
            if record.planned_start is not None
            else "—",
            statuses.get(record.status.value, record.status.value),
            record.format_name or "—",
            record.presenter_name or "—",
            str(record.planned_seconds // 60),
            record.id,
        )
        for group_name, record in listed
    ]
    return aligned(header, rows, numeric={5})
