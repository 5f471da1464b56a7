"""The PDF kinds of ``reflectdesk export``: ``session`` and ``handout`` (one session),
``series`` and ``bulletin`` (a group's whole series). Only the parsers: the work is in
:mod:`reflectdesk.commands.export`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflectdesk.commands import add_command, export

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    from reflectdesk.commands import AddDb, SubParsers

_CHECKED = (
    "Its note text is checked for likely patient identifiers first: while any stand that "
    "were not kept in the app, the export lists them, writes nothing and exits 65, unless "
    "--keep-identifiers."
)


def add_pdf_kinds(kinds: SubParsers, add_db: AddDb) -> None:
    """``export session`` and ``export handout`` (PDFs of one session), ``export series``
    and ``export bulletin`` (PDFs of a group's whole series)."""
    summary = _add_pdf_kind(
        kinds,
        add_db,
        "session",
        export.session,
        help="the session summary",
        description="Write the session summary: group, date, place, facilitators, "
        "attendance, phases planned and actual, presenter, cards, themes, shareable "
        "learning points and actions. Private notes only with --include-private; every "
        "page is then marked CONFIDENTIAL. " + _CHECKED,
    )
    _add_initials(summary)
    summary.add_argument(
        "--include-private",
        action="store_true",
        help="include your private notes (every page is marked CONFIDENTIAL)",
    )
    export.add_keep_identifiers(summary)
    _add_pdf_kind(
        kinds,
        add_db,
        "handout",
        export.handout,
        help="the participants' handout",
        description="Write a one-page handout: the group's ground rules and the "
        "session's agenda with clock times.",
    )
    report = _add_pdf_kind(
        kinds,
        add_db,
        "series",
        export.series,
        of="group",
        help="the series report of a group",
        description="Write the series report of a group: attendance of every member at "
        "every session checked against the group's attendance rule, presenter rotation, "
        "timing per phase planned and actual, and how often each theme came up.",
    )
    _add_initials(report)
    bulletin = _add_pdf_kind(
        kinds,
        add_db,
        "bulletin",
        export.bulletin,
        of="group",
        help="the learning bulletin of a group, to pin up",
        description="Write the learning bulletin: the shareable learning points of the "
        "series grouped by theme, in large type to print and pin up. Nobody is named "
        "unless --with-names. " + _CHECKED,
    )
    bulletin.add_argument(
        "--with-names",
        action="store_true",
        help="say whose case each learning point came from",
    )
    export.add_keep_identifiers(bulletin)


def _add_pdf_kind(
    kinds: SubParsers,
    add_db: AddDb,
    name: str,
    handler: Callable[[argparse.Namespace], int],
    *,
    of: str = "session",
    help: str,
    description: str,
) -> argparse.ArgumentParser:
    """A PDF kind of ``export``: ``--session ID`` (or ``--group ID``, by ``of``), ``--out``,
    ``--letter`` and ``--db``; the caller adds the options only that kind has."""
    parser = add_command(kinds, add_db, name, handler, help=help, description=description)
    parser.add_argument(f"--{of}", required=True, metavar="ID", help=f"the {of}'s id")
    parser.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    parser.add_argument("--letter", action="store_true", help="US Letter paper, not A4")
    export.add_language(parser)
    return parser


def _add_initials(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--initials", action="store_true", help="name members by their initials only"
    )
