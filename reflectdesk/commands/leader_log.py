"""The leader log on the command line.

    reflectdesk export leader-log --leader NAME --out FILE.pdf|FILE.csv [--body KEY]
                                  [--lang en|nl] [--db PATH]
    reflectdesk list leaders [--json] [--db PATH]

The export runs the use case the window runs (operations/leader_log.py): the PDF is the
log a supervisor signs, the CSV one table of sessions and hand entries; private notes
are never written. A name nobody leads under, an unknown body or a file that is neither
.pdf nor .csv is refused with a message and exit status 1, and nothing is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflectdesk.commands import EXIT_OK, CommandError, add_command, existing_db, out_file
from reflectdesk.commands.export import add_language, export_language
from reflectdesk.core.errors import words

if TYPE_CHECKING:
    import argparse

    from reflectdesk.commands import AddDb, SubParsers

SUFFIXES = (".pdf", ".csv")


def add_export_kind(kinds: SubParsers, add_db: AddDb) -> None:
    """``export leader-log`` under ``export``."""
    parser = add_command(
        kinds,
        add_db,
        "leader-log",
        export_leader_log,
        help="a leader's log of sessions led and co-led, supervision and training, as PDF or CSV",
        description="Write a leader's log: the finished sessions they led or co-led in "
        "every group (matched by name, capitals and accents aside), the supervision, "
        "training and other sessions entered by hand, the totals and, with --body, the "
        "progress against that body's thresholds. A .pdf is laid out for a supervisor to "
        "sign; a .csv is one table. Private notes are never written.",
    )
    parser.add_argument("--leader", required=True, metavar="NAME", help="the leader's name")
    parser.add_argument(
        "--body",
        metavar="KEY",
        help="the accrediting body: uk-balint-society, bsanz or american-balint-society",
    )
    parser.add_argument("--out", required=True, metavar="FILE", help="the .pdf or .csv to write")
    add_language(parser)


def add_list_kind(kinds: SubParsers, add_db: AddDb) -> None:
    """``list leaders``."""
    listing = add_command(
        kinds,
        add_db,
        "leaders",
        list_leaders,
        help="the facilitators and co-facilitators of every group, one line per leader",
        description="List everyone who leads or co-leads a group or has entries in a "
        "leader log, one line per leader (names that differ only in capitals or accents "
        "are one leader): the names export leader-log takes.",
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")


def export_leader_log(args: argparse.Namespace) -> int:
    """``export leader-log``: the log as a PDF or CSV."""
    from pathlib import Path

    from reflectdesk.core.leader_log import leader_key
    from reflectdesk.operations import leader_log
    from reflectdesk.store.database import open_store

    if Path(args.out).suffix.lower() not in SUFFIXES:
        message = words().gettext("{out} must end in .pdf or .csv").format(out=args.out)
        raise CommandError(message)
    out = out_file(args, "leader-log.pdf")
    with open_store(existing_db(args), for_reading=True) as store:
        known = {leader_key(name) for name in leader_log.leaders(store)}
        if leader_key(args.leader) not in known:
            message = words().gettext(
                "nobody called {name} leads a group or has log entries; "
                "'reflectdesk list leaders' shows who does"
            )
            raise CommandError(message.format(name=args.leader))
        written = leader_log.export_leader_log(
            store, args.leader, args.body, out, language=export_language(args)
        )
    sessions = words().ngettext("{count} session", "{count} sessions", written.sessions)
    entries = words().ngettext("{count} entry", "{count} entries", written.entries)
    line = words().gettext("wrote the leader log ({sessions}, {entries}) -> {out}")
    print(
        line.format(
            sessions=sessions.format(count=written.sessions),
            entries=entries.format(count=written.entries),
            out=out,
        )
    )
    return EXIT_OK


def list_leaders(args: argparse.Namespace) -> int:
    """``list leaders``: one name a line, or ``--json``."""
    from reflectdesk.commands.output import print_json
    from reflectdesk.operations.leader_log import leaders
    from reflectdesk.store.database import open_store

    path = existing_db(args)
    with open_store(path, for_reading=True) as store:
        names = leaders(store)
    if args.json:
        print_json(list(names))
    elif not names:
        print(words().gettext("no leaders in {path}").format(path=path))
    else:
        for name in names:
            print(name)
    return EXIT_OK
