"""The ``export`` commands: PDFs of one session or of a group's series.

    reflectdesk export session --session ID --out FILE [--initials] [--include-private]
                               [--letter] [--keep-identifiers] [--db PATH]
    reflectdesk export handout --session ID --out FILE [--letter] [--db PATH]
    reflectdesk export series --group ID --out FILE [--initials] [--letter] [--db PATH]
    reflectdesk export bulletin --group ID --out FILE [--with-names] [--letter]
                                [--keep-identifiers] [--db PATH]
    reflectdesk export evaluation-csv --group NAME|ID --out DIR [--format csv|xlsx]
                                      [--separator ,|;|tab] [--db PATH]
    reflectdesk export calendar --group NAME|ID --out FILE.ics [--session ID]
                                [--timezone ZONE] [--db PATH]

Every kind takes ``--lang en|nl``: the language of the file (and of the messages), as
the global ``reflectdesk --lang`` does; without either, the language chosen in
Preferences, else the system's.

Each handler checks its arguments and calls the use case in reflectdesk.operations, the
same one the window runs. An export whose note text holds likely patient identifiers that
nobody kept is refused there: :func:`refuse` lists them and returns EXIT_IDENTIFIERS,
and nothing is written unless ``--keep-identifiers``.

reportlab (through reflectdesk.export) is imported only when one of these runs, so the
other commands start without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflectdesk.commands import (
    EXIT_IDENTIFIERS,
    EXIT_OK,
    CommandError,
    add_command,
    existing_db,
    out_file,
    out_folder,
)
from reflectdesk.core.errors import words

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from reflectdesk.commands import AddDb, SubParsers
    from reflectdesk.operations.identifier_check import IdentifiersFoundError
    from reflectdesk.store.database import Store


def session(args: argparse.Namespace) -> int:
    """``export session``: the session summary PDF."""
    from reflectdesk.operations.identifier_check import IdentifiersFoundError
    from reflectdesk.operations.session_exports import SummaryOptions, export_session_summary
    from reflectdesk.store.database import open_store

    out = out_file(args, "summary.pdf")
    options = SummaryOptions(
        args.session,
        names="initials" if args.initials else "full",
        include_private=args.include_private,
        paper="letter" if args.letter else "a4",
        language=export_language(args),
    )
    with open_store(existing_db(args), for_reading=True) as store:
        if args.include_private:
            from reflectdesk.store.vault import unlock

            unlock(store, read_passphrase())
        try:
            export_session_summary(store, options, out, keep_identifiers=args.keep_identifiers)
        except IdentifiersFoundError as refused:
            return refuse(refused)
    if args.include_private:
        line = words().gettext(
            "wrote the session summary (CONFIDENTIAL: includes private notes) -> {out}"
        )
    else:
        line = words().gettext("wrote the session summary -> {out}")
    print(line.format(out=out))
    return EXIT_OK


def refuse(refused: IdentifiersFoundError) -> int:
    """Say why nothing was written: one line per finding (what it looks like, the text
    matched, which note of which session), then what to do; the exit status for it."""
    import sys

    from reflectdesk.commands.output import print_error

    print_error(str(refused))
    for item in refused.findings:
        print(f"  {' '.join(item.describe().split())}", file=sys.stderr)
    print_error(
        words().gettext(
            "edit those notes in ReflectDesk (or keep each finding there, in the export's "
            "review), or run again with --keep-identifiers to write them as they are"
        )
    )
    return EXIT_IDENTIFIERS


def add_keep_identifiers(parser: argparse.ArgumentParser) -> None:
    """``--keep-identifiers`` on the exports that carry note text."""
    parser.add_argument(
        "--keep-identifiers",
        action="store_true",
        help="write the file even though its note text holds likely patient identifiers "
        "(dates, exact ages, names, numbers) not yet kept in the app; without it the "
        "export lists them and writes nothing",
    )


def read_passphrase(prompt: str = "") -> str:
    """The passphrase of the private notes: asked without echo at a terminal, or the
    first line of standard input (for scripts; never a command-line argument, which
    other users of the machine could read in the process list)."""
    import getpass
    import sys

    if sys.stdin.isatty():
        return getpass.getpass(prompt or words().gettext("Passphrase of the private notes: "))
    return sys.stdin.readline().rstrip("\r\n")


def handout(args: argparse.Namespace) -> int:
    """``export handout``: the participants' one-page handout."""
    from reflectdesk.operations.session_exports import export_handout
    from reflectdesk.store.database import open_store

    out = out_file(args, "summary.pdf")
    with open_store(existing_db(args), for_reading=True) as store:
        export_handout(
            store,
            args.session,
            out,
            paper="letter" if args.letter else "a4",
            language=export_language(args),
        )
    print(words().gettext("wrote the handout -> {out}").format(out=out))
    return EXIT_OK


def series(args: argparse.Namespace) -> int:
    """``export series``: the series report of a group."""
    from reflectdesk.operations.group_exports import export_series_report
    from reflectdesk.store.database import open_store

    out = out_file(args, "summary.pdf")
    with open_store(existing_db(args), for_reading=True) as store:
        export_series_report(
            store,
            args.group,
            out,
            names="initials" if args.initials else "full",
            paper="letter" if args.letter else "a4",
            language=export_language(args),
        )
    print(words().gettext("wrote the series report -> {out}").format(out=out))
    return EXIT_OK


def bulletin(args: argparse.Namespace) -> int:
    """``export bulletin``: the learning bulletin of a group's series."""
    from reflectdesk.operations.group_exports import export_bulletin
    from reflectdesk.operations.identifier_check import IdentifiersFoundError
    from reflectdesk.store.database import open_store

    out = out_file(args, "summary.pdf")
    with open_store(existing_db(args), for_reading=True) as store:
        try:
            export_bulletin(
                store,
                args.group,
                out,
                with_names=args.with_names,
                paper="letter" if args.letter else "a4",
                keep_identifiers=args.keep_identifiers,
                language=export_language(args),
            )
        except IdentifiersFoundError as refused:
            return refuse(refused)
    print(words().gettext("wrote the learning bulletin -> {out}").format(out=out))
    return EXIT_OK


def add_evaluation_csv_kind(kinds: SubParsers, add_db: AddDb) -> None:
    """``export evaluation-csv`` under ``export``."""
    parser = add_command(
        kinds,
        add_db,
        "evaluation-csv",
        evaluation_csv,
        help="a group's questionnaire answers as CSV, with a codebook",
        description="Write a group's questionnaire answers as UTF-8 CSV for researchers: "
        "answers.csv (one row per answer) and codebook.csv (every item, its scale and value "
        "labels) into a folder, or both as the sheets of evaluation.xlsx (--format xlsx). "
        "Responses are anonymous; no person is named.",
    )
    parser.add_argument("--group", required=True, metavar="NAME|ID", help="the group")
    parser.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    add_spreadsheet_options(parser)
    add_language(parser)


def evaluation_csv(args: argparse.Namespace) -> int:
    """``export evaluation-csv``: answers.csv and codebook.csv of one group."""
    from reflectdesk.operations.tables import export_evaluation_csv
    from reflectdesk.store.database import open_store

    out = out_folder(args)
    with open_store(existing_db(args), for_reading=True) as store:
        group_id = group_id_named(store, args.group)
        written = export_evaluation_csv(
            store,
            group_id,
            out,
            language=export_language(args),
            separator=separator(args),
            spreadsheet=args.format,
        )
    report_tables(written.files, out)
    return EXIT_OK


def add_calendar_kind(kinds: SubParsers, add_db: AddDb) -> None:
    """``export calendar`` under ``export``."""
    parser = add_command(
        kinds,
        add_db,
        "calendar",
        calendar,
        help="a group's planned sessions (or one) as an iCalendar file (.ics)",
        description="Write a group's planned sessions, or one session, as an iCalendar "
        "file that Outlook, Google Calendar and Apple Calendar import. Each session keeps "
        "its own event: importing a later export updates the events instead of adding "
        "them again. The file holds the group's name, the session's number, format, place "
        "and times; no names of members and no notes.",
    )
    parser.add_argument("--group", required=True, metavar="NAME|ID", help="the group")
    parser.add_argument("--out", required=True, metavar="FILE", help="the .ics file to write")
    parser.add_argument("--session", metavar="ID", help="only this session of the group")
    parser.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the time zone the times are written in, such as Europe/Amsterdam or "
        "Europe/London; default: the computer's (from TZ or the system), else UTC",
    )
    add_language(parser)


def calendar(args: argparse.Namespace) -> int:
    """``export calendar``: the group's planned sessions as an .ics file."""
    from reflectdesk.operations.calendar_export import export_calendar
    from reflectdesk.store.database import open_store

    out = out_file(args, "calendar.ics")
    with open_store(existing_db(args), for_reading=True) as store:
        written = export_calendar(
            store,
            group_id_named(store, args.group),
            out,
            session_id=args.session,
            zone=args.timezone or local_zone_name(),
            language=export_language(args),
        )
    line = words().ngettext(
        "wrote {count} session to the calendar -> {out}",
        "wrote {count} sessions to the calendar -> {out}",
        written.events,
    )
    print(line.format(count=written.events, out=out))
    return EXIT_OK


def local_zone_name() -> str | None:
    """The computer's IANA time zone where it can be told without a library: TZ, else
    the zone /etc/localtime links to (Linux, macOS); None (UTC) otherwise."""
    import os
    from pathlib import Path

    named = os.environ.get("TZ", "").lstrip(":")
    if "/" in named and not named.startswith("/"):
        return named
    try:
        target = str(Path("/etc/localtime").resolve(strict=True))
    except OSError:
        return None
    _, marker, name = target.partition("zoneinfo/")
    return name if marker and name else None


def report_tables(files: tuple[Path, ...], out: Path) -> None:
    """What a CSV or xlsx export wrote."""
    from reflectdesk.commands.output import csv_files_line

    if len(files) == 1 and files[0].suffix == ".xlsx":
        print(words().gettext("wrote the workbook -> {out}").format(out=files[0]))
    else:
        print(csv_files_line(len(files), out))


SEPARATORS = {",": ",", ";": ";", "tab": "\t"}


def add_spreadsheet_options(parser: argparse.ArgumentParser) -> None:
    """``--format csv|xlsx`` and ``--separator`` on the exports of tables."""
    parser.add_argument(
        "--format",
        choices=("csv", "xlsx"),
        default="csv",
        help="CSV files (UTF-8 with a BOM, as Excel opens them) or one Excel workbook with a "
        "sheet per table (default: csv)",
    )
    parser.add_argument(
        "--separator",
        choices=tuple(SEPARATORS),
        default=None,
        help="the CSV separator; default: what Excel expects in the export's language "
        '(";" in Dutch, with a decimal comma; "," in English)',
    )


def separator(args: argparse.Namespace) -> str | None:
    chosen: str | None = getattr(args, "separator", None)
    return None if chosen is None else SEPARATORS[chosen]


def add_language(parser: argparse.ArgumentParser) -> None:
    """``--lang`` on an export kind: the same option as the global one, so
    ``reflectdesk export series --lang en ...`` and ``reflectdesk --lang en export
    series ...`` are one; not given, the global one (or the default) stands."""
    import argparse

    parser.add_argument(
        "--lang",
        choices=("system", "en", "nl"),
        default=argparse.SUPPRESS,
        help="the language of the file: en (English) or nl (Nederlands); "
        "default: as the global --lang, else Preferences, else the system's",
    )


def export_language(args: argparse.Namespace) -> str | None:
    """The export's language: the --lang given (None: the process's, which is
    --lang, REFLECTDESK_LANG, Preferences or the system's, as cli._use_language set)."""
    from reflectdesk.i18n.languages import supported

    chosen: str | None = getattr(args, "lang", None)
    return supported(chosen) if chosen else None


def group_id_named(store: Store, wanted: str) -> str:
    """A group's id from its id or its name (case-insensitive, archived groups too)."""
    from reflectdesk.core.names import matching_id_or_name
    from reflectdesk.store.groups import list_groups

    groups = list_groups(store) + list_groups(store, archived=True)
    named = [
        group.id
        for group in matching_id_or_name(
            groups, wanted, id_of=lambda g: g.id, name_of=lambda g: g.name
        )
    ]
    if len(named) == 1:
        return named[0]
    if named:
        message = words().gettext('{n} groups are named "{name}"; give the id instead')
        raise CommandError(message.format(n=len(named), name=wanted))
    message = words().gettext('no group has the name or id "{name}"')
    raise CommandError(message.format(name=wanted))
