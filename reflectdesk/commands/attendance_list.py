"""``reflectdesk export attendance-list``: the CPD attendance list (presentielijst) of a
session or of a group's accredited series, as .xlsx or PDF.

    reflectdesk export attendance-list --session ID | --group NAME|ID
                                       [--from DATE] [--to DATE] --out FILE.xlsx|FILE.pdf
                                       [--letter] [--lang|--language en|nl] [--db PATH]

The export time is recorded on the finished sessions listed, as the window does, so the
database is opened for writing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflectdesk.commands import EXIT_OK, CommandError, add_command, existing_db, out_file
from reflectdesk.core.errors import words

if TYPE_CHECKING:
    import argparse
    from datetime import date

    from reflectdesk.commands import AddDb, SubParsers


def add_kind(kinds: SubParsers, add_db: AddDb) -> None:
    """``export attendance-list`` under ``export``."""
    import argparse

    parser = add_command(
        kinds,
        add_db,
        "attendance-list",
        attendance_list,
        help="the CPD attendance list of a session or a group's accredited sessions (.xlsx or PDF)",
        description="Write the CPD attendance list (presentielijst) of one session, or of "
        "the finished accredited sessions of a group (from --from to --to when given): the "
        "people who took part with their registration number, the date, start and end "
        "time, the duration in hours and the accreditation id, as a workbook (.xlsx) or a "
        "PDF to sign (.pdf), by the name given to --out. Records the export time, which "
        "ends the app's reminder for those sessions.",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", metavar="ID", help="one session")
    which.add_argument("--group", metavar="NAME|ID", help="the group's accredited sessions")
    parser.add_argument("--from", dest="first", metavar="DATE", type=_day, help="YYYY-MM-DD")
    parser.add_argument("--to", dest="last", metavar="DATE", type=_day, help="YYYY-MM-DD")
    parser.add_argument("--out", required=True, metavar="FILE", help="a .xlsx or .pdf file")
    parser.add_argument("--letter", action="store_true", help="US Letter paper (default A4)")
    parser.add_argument(
        "--lang",
        "--language",
        dest="lang",
        choices=("system", "en", "nl"),
        default=argparse.SUPPRESS,
        help="the language of the file: en (English) or nl (Nederlands); "
        "default: the group's, else as the global --lang",
    )


def _day(value: str) -> date:
    import argparse
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        message = words().gettext("{value} is not a date such as 2026-03-31")
        raise argparse.ArgumentTypeError(message.format(value=value)) from None


def attendance_list(args: argparse.Namespace) -> int:
    from reflectdesk.commands.export import export_language, group_id_named
    from reflectdesk.operations.attendance_list import (
        LIST_SUFFIXES,
        ListScope,
        export_attendance_list,
    )
    from reflectdesk.store.database import open_store

    out = out_file(args, "presentielijst.xlsx")
    if out.suffix.lower() not in LIST_SUFFIXES:
        message = words().gettext("--out needs a file name ending in .xlsx or .pdf, not {name}")
        raise CommandError(message.format(name=out.name))
    if args.session and (args.first or args.last):
        raise CommandError(words().gettext("--from and --to go with --group, not --session"))
    with open_store(existing_db(args)) as store:
        group_id = group_id_named(store, args.group) if args.group else None
        scope = ListScope(args.session, group_id, args.first, args.last)
        written = export_attendance_list(
            store,
            scope,
            out,
            language=export_language(args),
            paper="letter" if args.letter else "a4",
        )
    line = words().ngettext(
        "wrote the attendance list of {count} session -> {out}",
        "wrote the attendance list of {count} sessions -> {out}",
        written.sessions,
    )
    print(line.format(count=written.sessions, out=out))
    return EXIT_OK
