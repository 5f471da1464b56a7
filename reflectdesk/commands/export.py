"""The ``export`` commands: PDFs of one session or of a group's series.

    reflectdesk export session --session ID --out FILE [--initials] [--include-private]
                               [--letter] [--db PATH]
    reflectdesk export handout --session ID --out FILE [--letter] [--db PATH]
    reflectdesk export series --group ID --out FILE [--initials] [--letter] [--db PATH]
    reflectdesk export bulletin --group ID --out FILE [--with-names] [--letter] [--db PATH]

reportlab (through reflectdesk.export) is imported only when one of these runs, so the
other commands start without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflectdesk.commands import EXIT_OK, CommandError, db_path

if TYPE_CHECKING:
    import argparse
    from pathlib import Path


def session(args: argparse.Namespace) -> int:
    """``export session``: the session summary PDF."""
    from reflectdesk.export.pdf import page_size, write_session_summary
    from reflectdesk.export.summary import build_session_summary
    from reflectdesk.store.database import open_store

    out = _out_path(args)
    with open_store(_existing_db(args), for_reading=True) as store:
        summary = build_session_summary(
            store,
            args.session,
            names="initials" if args.initials else "full",
            include_private=args.include_private,
        )
    write_session_summary(summary, out, page_size("letter" if args.letter else "a4"))
    confidential = " (CONFIDENTIAL: includes private notes)" if args.include_private else ""
    print(f"wrote the session summary{confidential} -> {out}")
    return EXIT_OK


def handout(args: argparse.Namespace) -> int:
    """``export handout``: the participants' one-page handout."""
    from reflectdesk.export.pdf import page_size, write_handout
    from reflectdesk.export.summary import build_handout
    from reflectdesk.store.database import open_store

    out = _out_path(args)
    with open_store(_existing_db(args), for_reading=True) as store:
        summary = build_handout(store, args.session)
    write_handout(summary, out, page_size("letter" if args.letter else "a4"))
    print(f"wrote the handout -> {out}")
    return EXIT_OK


def series(args: argparse.Namespace) -> int:
    """``export series``: the series report of a group."""
    from reflectdesk.export.pdf import page_size
    from reflectdesk.export.series import build_series_report
    from reflectdesk.export.series_pdf import write_series_report
    from reflectdesk.store.database import open_store

    out = _out_path(args)
    with open_store(_existing_db(args), for_reading=True) as store:
        report = build_series_report(
            store, args.group, names="initials" if args.initials else "full"
        )
    write_series_report(report, out, page_size("letter" if args.letter else "a4"))
    print(f"wrote the series report -> {out}")
    return EXIT_OK


def bulletin(args: argparse.Namespace) -> int:
    """``export bulletin``: the learning bulletin of a group's series."""
    from reflectdesk.export.pdf import page_size
    from reflectdesk.export.series import build_bulletin
    from reflectdesk.export.series_pdf import write_bulletin
    from reflectdesk.store.database import open_store

    out = _out_path(args)
    with open_store(_existing_db(args), for_reading=True) as store:
        summary = build_bulletin(store, args.group, with_names=args.with_names)
    write_bulletin(summary, out, page_size("letter" if args.letter else "a4"))
    print(f"wrote the learning bulletin -> {out}")
    return EXIT_OK


def _existing_db(args: argparse.Namespace) -> Path:
    path = db_path(args)
    if not path.exists():
        raise CommandError(f"no database at {path}")
    return path


def _out_path(args: argparse.Namespace) -> Path:
    from pathlib import Path

    out = Path(args.out)
    if out.is_dir():
        raise CommandError(f"{out} is a folder; --out needs a file name such as summary.pdf")
    if not out.parent.is_dir():
        raise CommandError(f"{out.parent} does not exist; create the folder first")
    return out
