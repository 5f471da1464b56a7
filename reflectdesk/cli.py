"""The ``reflectdesk`` command: no command opens the window; a few commands for scripts.

    reflectdesk [--db PATH] [--quit-after-load]      the window
    reflectdesk [--db PATH] FILE.rdarchive           the window, offering to import FILE
    reflectdesk demo | list groups | check            reflectdesk.commands.database
    reflectdesk formats | decks | questionnaires ...  reflectdesk.commands.library
    reflectdesk export session | handout | series | bulletin | evaluation-csv | calendar
      (certificate | appraisal: .attendance_records)  reflectdesk.commands.export
    reflectdesk list sessions | export csv | export archive | import
                                                      reflectdesk.commands.archive
    reflectdesk backup | restore | backups list       reflectdesk.commands.backups
    reflectdesk export leader-log | list leaders      reflectdesk.commands.leader_log

This module is the entry point: the parser, ``--db``, the error policy and the way to the
window. The commands are in ``reflectdesk.commands``, one module per area (export
attendance-list too), each with its synopsis in its docstring and ``--help``.

Start-up time is measured, so this module imports only a few small stdlib modules and the
command modules, which import nothing heavy at module level; each command imports what it
needs when it runs. PySide6 is imported only on the way to the window, alembic only when a
database is created or upgraded, reportlab only by the export commands.

Every error a user can act on (ReflectDeskError, OSError) is printed as one line,
"reflectdesk: <message>", with exit status 1, or the status of its kind (a full disk, a
read-only disk, a lock, a permission, damage, a foreign file: commands.exit_status_for);
usage errors keep argparse's status 2; an export refused for likely patient identifiers
exits 65 (commands.EXIT_IDENTIFIERS).
"""

# Imports inside functions are the point here: start-up time and keeping Qt away.
from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import TYPE_CHECKING, Any

from reflectdesk.commands import (
    EXIT_ERROR,
    EXIT_OK,
    PROG,
    CommandError,
    add_command,
    archive,
    attendance_list,
    attendance_records,
    backups,
    database,
    db_path,
    exit_status_for,
    export,
    hub,
    leader_log,
    library,
    pdf_kinds,
    programmes,
)
from reflectdesk.commands.output import print_error, use_utf8_stdout
from reflectdesk.commands.window_file import take_window_file, window_archive

if TYPE_CHECKING:
    from reflectdesk.commands import SubParsers
    from reflectdesk.commands.library import FileLibrary

EXIT_USAGE = 2  # as argparse exits on a usage error
EXIT_SOFTWARE = 70  # sysexits.h EX_SOFTWARE: an internal error
EXIT_INTERRUPTED = 130
DEBUG_ENV = "REFLECTDESK_DEBUG"


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv, window_file = take_window_file(sys.argv[1:] if argv is None else argv, parser)
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version and usage errors
        return _exit_status(stop.code)
    # argparse's own help and usage texts stay English; every message after this is in
    # the chosen language.
    _use_language(args)
    if (garbled := _undecodable_option(args)) is not None:
        from reflectdesk.core.errors import words

        message = words().gettext("the value of {option} is not text (bytes that are not UTF-8)")
        print_error(message.format(option=garbled))
        return EXIT_USAGE
    try:
        args.archive = window_archive(window_file, args)
    except CommandError as error:
        print_error(str(error))
        return EXIT_USAGE
    _start_log(args)
    try:
        handler = getattr(args, "handler", None)
        if handler is None:
            return _run_gui(args)
        use_utf8_stdout()
        return int(handler(args))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``reflectdesk list groups | head``): nothing to report.
        _silence_stdout()
        return EXIT_ERROR
    except Exception as error:
        message = _user_message(error)
        if message is not None:
            logging.getLogger(__name__).warning("command stopped: %s", error)
            print_error(message)
            return exit_status_for(error)
        logging.getLogger(__name__).error("command failed", exc_info=error)
        if os.environ.get(DEBUG_ENV):
            raise
        # A bug, not the user's doing: still one line, and a way to see the details.
        from reflectdesk.core.errors import words

        message = words().gettext(
            "internal error ({error}); run again with {variable}=1 to see where it happened"
        )
        print_error(message.format(error=f"{type(error).__name__}: {error}", variable=DEBUG_ENV))
        return EXIT_SOFTWARE


def build_parser() -> argparse.ArgumentParser:
    from reflectdesk import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="A desktop companion for facilitators of reflective-practice groups. "
        "Without a command, opens the ReflectDesk window; `reflectdesk [options] "
        "FILE.rdarchive` (a double-click) also offers to import FILE there.",
    )
    parser.add_argument(
        "--version", action="version", version=f"ReflectDesk {__version__}", help="show the version"
    )
    _add_db_option(parser, default=None)
    parser.add_argument(
        "--lang",
        choices=("system", "en", "nl"),
        default=None,
        help="the language of the window, the messages and the exports: en (English), "
        "nl (Nederlands) or system; default: as chosen in Preferences, else the system's",
    )
    parser.add_argument(
        "--quit-after-load",
        action="store_true",
        help="open the window, load the database, then quit (for smoke tests)",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    demo = add_command(
        commands,
        _add_db_option,
        "demo",
        database.demo,
        help="write a demo database",
        description="Write a demo database at --db PATH.",
    )
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: 3 groups (default); large: 60 groups, for trying the app at scale",
    )
    demo.add_argument(
        "--scale",
        type=_positive_whole_number,
        default=1,
        metavar="N",
        help="with --size large: N large demos in one file, each from its own seed "
        "(10 makes ten years of a busy department, for benchmarks)",
    )
    demo.add_argument(
        "--force", action="store_true", help="replace PATH (and its -wal, -shm, .lock files)"
    )

    listing = add_command(
        commands, _add_db_option, "list", None, help="list records", description="List records."
    )
    kinds = listing.add_subparsers(title="what to list", metavar="WHAT", required=True)
    listed = (kinds, _add_db_option, "groups", database.list_groups)
    groups = add_command(*listed, help="the groups", description="List the groups.")
    groups.add_argument("--json", action="store_true", help="print a JSON array")
    groups.add_argument("--archived", action="store_true", help="list only archived groups")
    archive.add_list_sessions(kinds, _add_db_option)
    programmes.add_list_kind(kinds, _add_db_option)
    leader_log.add_list_kind(kinds, _add_db_option)

    hub.add_hub_command(commands, _add_db_option)  # init, add-*, status, publish

    check = add_command(
        commands,
        _add_db_option,
        "check",
        database.check,
        help="check the database without changing it (--repair: rebuild the search index)",
        description="Check the database file read-only: format, integrity, schema version "
        "and whether the search index is in step. With --repair, then also rebuild the "
        "search index (this writes to the file, so not while ReflectDesk has it open).",
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="after the check, rebuild the search index from the records",
    )

    for kind in library.LIBRARIES:
        _add_library_command(commands, kind)
    _add_export_command(commands)
    archive.add_import_command(commands, _add_db_option)
    backups.add_commands(commands, _add_db_option)
    return parser


def _add_export_command(commands: SubParsers) -> None:
    """``export`` and its kinds: PDFs, CSV tables and archives."""
    command = add_command(
        commands,
        _add_db_option,
        "export",
        None,
        help="write a session or series as PDF, certificates, a group as CSV, or an archive",
        description="Write a PDF of one session: the facilitator's summary or the "
        "participants' handout; or of a group's series: the series report, the learning "
        "bulletin, certificates of attendance or appraisal evidence (A4 unless --letter); "
        "or a group as CSV tables or a calendar (.ics), or an archive to import elsewhere.",
    )
    kinds = command.add_subparsers(title="what to export", metavar="WHAT", required=True)
    pdf_kinds.add_pdf_kinds(kinds, _add_db_option)
    archive.add_export_kinds(kinds, _add_db_option)  # csv, archive
    export.add_evaluation_csv_kind(kinds, _add_db_option)
    export.add_calendar_kind(kinds, _add_db_option)
    attendance_records.add_export_kinds(kinds, _add_db_option)  # certificate, appraisal
    attendance_list.add_kind(kinds, _add_db_option)
    programmes.add_export_kinds(kinds, _add_db_option)  # programme, -tables, redcap
    leader_log.add_export_kind(kinds, _add_db_option)


def _add_library_command(commands: SubParsers, kind: FileLibrary[Any]) -> None:
    """``formats`` or ``decks``: ``validate FILE...`` and ``list``, worded for the kind."""
    noun, plural = kind.noun, kind.command
    command = add_command(
        commands,
        _add_db_option,
        kind.command,
        None,
        help=f"check {noun} files, list installed {plural}",
        description=kind.about,
    )
    actions = command.add_subparsers(title="actions", metavar="ACTION", required=True)
    validate = actions.add_parser(
        "validate",
        help=f"check {noun} files",
        description=f"Check {noun} files against the schema. Prints one line per file that "
        "can be used and one per problem (FILE:LINE: FIELD: message); exits 1 if any file "
        "has a problem.",
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help=f"a {noun} file (.toml)")
    validate.set_defaults(handler=kind.validate_files)
    listing = add_command(
        actions,
        _add_db_option,
        "list",
        kind.list_installed,
        help=f"the installed {plural}",
        description=f"List the {plural} in the database, built-in and your own; without a "
        f"database yet, the built-in {plural} that ship with ReflectDesk.",
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    kind.add_actions(actions, _add_db_option)


def _add_db_option(parser: argparse.ArgumentParser, default: Any = argparse.SUPPRESS) -> None:
    # SUPPRESS on subcommands keeps a --db given before the command (set only when given).
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="the database file (default: reflectdesk.db in REFLECTDESK_DATA_DIR or the "
        "user data folder)",
    )


def _start_log(args: argparse.Namespace) -> None:
    """The window and every command log to the same file (reflectdesk/logs.py); the
    first line names what runs, never its arguments (they hold paths and names)."""
    from reflectdesk.logs import log_startup, setup_logging

    setup_logging()
    handler = getattr(args, "handler", None)
    if handler is None:
        log_startup("ReflectDesk window")
    else:
        log_startup(f"command {handler.__module__.rsplit('.', 1)[-1]}.{handler.__name__}")


def _run_gui(args: argparse.Namespace) -> int:
    from reflectdesk.app import run_gui

    return run_gui(db_path(args), args.quit_after_load, args.lang, args.archive)


def _use_language(args: argparse.Namespace) -> None:
    """Messages and exports in ``--lang``, else REFLECTDESK_LANG, else the language
    chosen in Preferences, else the system's."""
    from reflectdesk.i18n.choice import chosen_language
    from reflectdesk.i18n.texts import use_language

    use_language(chosen_language(args.lang))


# --- errors ----------------------------------------------------------------------------


def _user_message(error: Exception) -> str | None:
    """The one-line message for an error a user can act on; None for a bug."""
    from reflectdesk.core.errors import ReflectDeskError

    if isinstance(error, CommandError | ReflectDeskError):
        return str(error)
    if isinstance(error, OSError):
        reason = error.strerror or str(error) or type(error).__name__
        return f"{error.filename}: {reason}" if error.filename else reason
    return None


def _undecodable_option(args: argparse.Namespace) -> str | None:
    """The first option whose text held bytes that are not UTF-8 (Python keeps them as
    lone surrogates, which no lookup or file can take), as "--group"; None if all are
    text. Paths are left alone: a file name in another encoding is still a file name."""
    for dest, value in vars(args).items():
        if isinstance(value, str) and any("\ud800" <= char <= "\udfff" for char in value):
            return "--" + dest.replace("_", "-")
    return None


def _exit_status(code: object) -> int:
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    return EXIT_ERROR


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass


def _positive_whole_number(value: str) -> int:
    from reflectdesk.core.errors import words

    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        message = words().gettext("{value} is not a whole number of at least 1")
        raise argparse.ArgumentTypeError(message.format(value=value))
    return number
