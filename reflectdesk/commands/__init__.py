"""The commands of ``reflectdesk`` other than the window, one module per area.

    database  demo, list groups, check (and check --repair)
    library   formats and decks: validate files, list the installed ones
    archive   list sessions, export csv, export archive, import
    export    PDFs of a session or a series, the evaluation CSV (reportlab, imported late)
    output    tables, JSON and stdout for every command

``reflectdesk.cli`` parses the command line and calls a handler here with the parsed
arguments; a handler prints its result and returns the exit status. Errors a user can act
on are raised (CommandError here, ReflectDeskError, OSError) and cli prints them as one
line. The work itself is done by reflectdesk.operations, which the window calls too.
This package is imported at start-up, so no module in it imports anything heavy at
module level: each handler imports what it needs when it runs, and never Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

PROG = "reflectdesk"
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
# sysexits.h EX_DATAERR: an export refused because its note text holds likely patient
# identifiers (reflectdesk.commands.export.refuse); scripts can tell it from other errors.
EXIT_IDENTIFIERS = 65


class CommandError(Exception):
    """A reason to stop that is already a complete one-line message."""


def db_path(args: argparse.Namespace) -> Path:
    """The database file of this run: ``--db`` if given, else the default one."""
    from reflectdesk.paths import resolve_db_path

    return resolve_db_path(args.db)
