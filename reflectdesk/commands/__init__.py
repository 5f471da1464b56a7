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
    from collections.abc import Callable
    from pathlib import Path

    from reflectdesk.i18n.texts import Texts

    SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
    # cli's adder of the --db option, which each module's parser builders are given.
    AddDb = Callable[[argparse.ArgumentParser], None]
    Handler = Callable[[argparse.Namespace], int]

PROG = "reflectdesk"
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
# sysexits.h EX_DATAERR: an export refused because its note text holds likely patient
# identifiers (reflectdesk.commands.export.refuse); scripts can tell it from other errors.
EXIT_IDENTIFIERS = 65
# What is wrong with the database file or its disk, each with its own status so a script
# (and the facilitator reading its log) can tell a full disk from damage. sysexits.h
# names where one fits; damage has none of its own (EX_DATAERR is the refusal above),
# so it takes the first status past sysexits' range. The README's table lists them.
EXIT_FOREIGN = 66  # EX_NOINPUT: not a ReflectDesk database (another program's file)
EXIT_READ_ONLY = 73  # EX_CANTCREAT: the disk, folder or file is read-only
EXIT_DISK_FULL = 74  # EX_IOERR: the disk is full
EXIT_IN_USE = 75  # EX_TEMPFAIL: open in another ReflectDesk, or locked by a program
EXIT_PERMISSION = 77  # EX_NOPERM: the operating system refused access
EXIT_DAMAGED = 79  # the file is damaged: the only one to restore from a backup
_EXIT_BY_ERROR_CODE = {
    "not_a_database": EXIT_FOREIGN,
    "foreign_database": EXIT_FOREIGN,
    "read_only": EXIT_READ_ONLY,
    "disk_full": EXIT_DISK_FULL,
    "in_use": EXIT_IN_USE,
    "busy": EXIT_IN_USE,
    "permission_denied": EXIT_PERMISSION,
    "corrupt_database": EXIT_DAMAGED,
}


def exit_status_for(error: BaseException) -> int:
    """The exit status for an error a user can act on (``EXIT_ERROR`` unless it is one
    of the kinds above)."""
    if isinstance(error, OSError):
        from pathlib import Path

        from reflectdesk.store.io_errors import error_for_os_error

        error = error_for_os_error(Path(str(error.filename or "")), error) or error
    return _EXIT_BY_ERROR_CODE.get(str(getattr(error, "code", "")), EXIT_ERROR)


def _words() -> Texts:
    """The process language's words (imported late: this package loads at start-up)."""
    from reflectdesk.core.errors import words

    return words()


class CommandError(Exception):
    """A reason to stop that is already a complete one-line message."""


def add_command(
    parsers: SubParsers,
    add_db: AddDb,
    name: str,
    handler: Handler | None,
    *,
    help: str,
    description: str,
) -> argparse.ArgumentParser:
    """A command (or kind) ``name`` with ``--db`` first, run by ``handler`` (None: it only
    holds sub-commands); the caller adds the arguments of its own."""
    parser = parsers.add_parser(name, help=help, description=description)
    add_db(parser)
    if handler is not None:
        parser.set_defaults(handler=handler)
    return parser


def db_path(args: argparse.Namespace) -> Path:
    """The database file of this run: ``--db`` if given, else the default one."""
    from reflectdesk.paths import resolve_db_path

    return resolve_db_path(args.db)


def existing_db(args: argparse.Namespace) -> Path:
    """:func:`db_path`, refused when there is no database there (nothing to read)."""
    path = db_path(args)
    if not path.exists():
        raise CommandError(_words().gettext("no database at {path}").format(path=path))
    return path


def out_file(args: argparse.Namespace, example: str) -> Path:
    """``--out`` as a file to write, in a folder that exists; ``example`` is a file name
    the message suggests when ``--out`` names a folder."""
    from pathlib import Path

    out = Path(args.out)
    if out.is_dir():
        message = _words().gettext("{out} is a folder; --out needs a file name such as {example}")
        raise CommandError(message.format(out=out, example=example))
    if not out.parent.is_dir():
        message = _words().gettext("{folder} does not exist; create the folder first")
        raise CommandError(message.format(folder=out.parent))
    return out


def out_folder(args: argparse.Namespace) -> Path:
    """``--out`` as the folder the CSV files go into (made if it is missing)."""
    from pathlib import Path

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        message = _words().gettext("{out} is a file; --out needs a folder for the CSV files")
        raise CommandError(message.format(out=out))
    return out
