"""The ``reflectdesk`` command: no command opens the window; a few commands for scripts.

    reflectdesk [--db PATH] [--quit-after-load]
    reflectdesk demo --db PATH [--size small|large] [--force]
    reflectdesk list groups [--db PATH] [--json] [--archived]
    reflectdesk check [--db PATH] [--repair]
    reflectdesk formats validate FILE [FILE...]
    reflectdesk formats list [--db PATH] [--json]
    reflectdesk decks validate FILE [FILE...]
    reflectdesk decks list [--db PATH] [--json]

Start-up time is measured, so this module imports only a few small stdlib modules; each command
imports what it needs when it runs. PySide6 is imported only on the way to the window,
alembic only when a database is created or upgraded, reportlab never.

Every error a user can act on (ReflectDeskError, OSError) is printed as one line,
"reflectdesk: <message>", with exit status 1; usage errors keep argparse's status 2.
"""

# Imports inside functions are the point here: start-up time and keeping Qt away.

from __future__ import annotations

import argparse
import io
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from reflectdesk.core.decks import DeckDefinition
    from reflectdesk.core.formats import FormatDefinition
    from reflectdesk.core.model import GroupRecord

PROG = "reflectdesk"
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SOFTWARE = 70  # sysexits.h EX_SOFTWARE: an internal error
EXIT_INTERRUPTED = 130
DEBUG_ENV = "REFLECTDESK_DEBUG"


class CommandError(Exception):
    """A reason to stop that is already a complete one-line message."""


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version and usage errors
        return _exit_status(stop.code)
    try:
        handler = getattr(args, "handler", None)
        if handler is None:
            return _run_gui(args)
        _utf8_stdout()
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
            _print_error(message)
            return EXIT_ERROR
        if os.environ.get(DEBUG_ENV):
            raise
        # A bug, not the user's doing: still one line, and a way to see the details.
        _print_error(
            f"internal error ({type(error).__name__}: {error}); "
            f"run again with {DEBUG_ENV}=1 to see where it happened"
        )
        return EXIT_SOFTWARE


def build_parser() -> argparse.ArgumentParser:
    from reflectdesk import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="A desktop companion for facilitators of reflective-practice groups. "
        "Without a command, opens the ReflectDesk window.",
    )
    parser.add_argument(
        "--version", action="version", version=f"ReflectDesk {__version__}", help="show the version"
    )
    _add_db_option(parser, default=None)
    parser.add_argument(
        "--quit-after-load",
        action="store_true",
        help="open the window, load the database, then quit (for smoke tests)",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", help="write a demo database", description="Write a demo database at --db PATH."
    )
    _add_db_option(demo)
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: 3 groups (default); large: 60 groups, for trying the app at scale",
    )
    demo.add_argument(
        "--force", action="store_true", help="replace PATH (and its -wal, -shm, .lock files)"
    )
    demo.set_defaults(handler=_demo)

    listing = commands.add_parser("list", help="list records", description="List records.")
    _add_db_option(listing)
    kinds = listing.add_subparsers(title="what to list", metavar="WHAT", required=True)
    groups = kinds.add_parser("groups", help="the groups", description="List the groups.")
    _add_db_option(groups)
    groups.add_argument("--json", action="store_true", help="print a JSON array")
    groups.add_argument("--archived", action="store_true", help="list only archived groups")
    groups.set_defaults(handler=_list_groups)

    check = commands.add_parser(
        "check",
        help="check the database without changing it (--repair: rebuild the search index)",
        description="Check the database file read-only: format, integrity, schema version "
        "and whether the search index is in step. With --repair, then also rebuild the "
        "search index (this writes to the file, so not while ReflectDesk has it open).",
    )
    _add_db_option(check)
    check.add_argument(
        "--repair",
        action="store_true",
        help="after the check, rebuild the search index from the records",
    )
    check.set_defaults(handler=_check)

    formats = commands.add_parser(
        "formats",
        help="check format files, list installed formats",
        description="Session formats: the phased agendas in resources/formats/SCHEMA.md.",
    )
    _add_db_option(formats)
    actions = formats.add_subparsers(title="actions", metavar="ACTION", required=True)
    validate = actions.add_parser(
        "validate",
        help="check format files",
        description="Check format files against the schema. Prints one line per file that "
        "can be used and one per problem (FILE:LINE: FIELD: message); exits 1 if any file "
        "has a problem.",
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="a format file (.toml)")
    validate.set_defaults(handler=_validate_formats)
    format_list = actions.add_parser(
        "list",
        help="the installed formats",
        description="List the formats in the database, built-in and your own; without a "
        "database yet, the built-in formats that ship with ReflectDesk.",
    )
    _add_db_option(format_list)
    format_list.add_argument("--json", action="store_true", help="print a JSON array")
    format_list.set_defaults(handler=_list_formats)

    decks = commands.add_parser(
        "decks",
        help="check deck files, list installed decks",
        description="Prompt-card decks: the files in resources/decks/SCHEMA.md.",
    )
    _add_db_option(decks)
    deck_actions = decks.add_subparsers(title="actions", metavar="ACTION", required=True)
    deck_validate = deck_actions.add_parser(
        "validate",
        help="check deck files",
        description="Check deck files against the schema. Prints one line per file that "
        "can be used and one per problem (FILE:LINE: FIELD: message); exits 1 if any file "
        "has a problem.",
    )
    deck_validate.add_argument("files", nargs="+", metavar="FILE", help="a deck file (.toml)")
    deck_validate.set_defaults(handler=_validate_decks)
    deck_list = deck_actions.add_parser(
        "list",
        help="the installed decks",
        description="List the decks in the database, built-in and your own; without a "
        "database yet, the built-in decks that ship with ReflectDesk.",
    )
    _add_db_option(deck_list)
    deck_list.add_argument("--json", action="store_true", help="print a JSON array")
    deck_list.set_defaults(handler=_list_decks)
    return parser


def _add_db_option(parser: argparse.ArgumentParser, default: Any = argparse.SUPPRESS) -> None:
    # SUPPRESS on the subcommands keeps a --db given before the command: the subparser
    # then sets the attribute only when --db is given after it.
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="the database file (default: reflectdesk.db in REFLECTDESK_DATA_DIR or the "
        "user data folder)",
    )


# --- commands --------------------------------------------------------------------------


def _db_path(args: argparse.Namespace) -> Path:
    from reflectdesk.paths import resolve_db_path

    return resolve_db_path(args.db)


def _run_gui(args: argparse.Namespace) -> int:
    from reflectdesk.app import run_gui

    return run_gui(_db_path(args), args.quit_after_load)


def _demo(args: argparse.Namespace) -> int:
    if args.db is None:
        # Never fall back to the real database: --force would delete the user's records.
        _print_error("demo needs --db PATH, the file to write the demo to")
        return EXIT_USAGE
    path = _db_path(args)
    if path.exists() or path.is_symlink():
        if not args.force:
            raise CommandError(f"{path} already exists; add --force to replace it")
        _remove_database(path)

    from reflectdesk.store.demo import write_demo

    summary = write_demo(path, args.size)
    archived = f" ({summary.archived_groups} archived)" if summary.archived_groups else ""
    print(
        f"wrote {summary.size} demo: {summary.groups} groups{archived}, "
        f"{summary.members} members ({summary.facilitators} facilitating), "
        f"{summary.people} people, {summary.sessions} sessions "
        f"({summary.finished_sessions} finished), {summary.notes} private notes, "
        f"{summary.learning_points} learning points, {summary.actions} actions "
        f"-> {summary.path}"
    )
    return EXIT_OK


def _remove_database(path: Path) -> None:
    from reflectdesk.store.instance_lock import InstanceLock, lock_path_for

    if path.is_dir():
        raise CommandError(f"{path} is a folder; --force replaces only a database file")
    # Refuse while a ReflectDesk window has the database open (DatabaseInUseError).
    lock = InstanceLock(path)
    lock.acquire()
    lock.release()
    for sibling in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        sibling.unlink(missing_ok=True)
    path.unlink()
    lock_path_for(path).unlink(missing_ok=True)


def _list_groups(args: argparse.Namespace) -> int:
    from reflectdesk.store.database import open_store
    from reflectdesk.store.groups import list_groups

    path = _db_path(args)
    if not path.exists():
        raise CommandError(f"no database at {path}")
    with open_store(path, for_reading=True) as store:
        records = list_groups(store, archived=args.archived)
    if args.json:
        import json

        rows = [_group_json(record) for record in records]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not records:
        print(f"no {'archived ' if args.archived else ''}groups in {path}")
    else:
        print(_group_table(records))
    return EXIT_OK


def _group_json(record: GroupRecord) -> dict[str, object]:
    return {
        "id": record.id,
        "name": record.name,
        "format": record.format_name,
        "setting": record.setting,
        "planned_sessions": record.planned_sessions,
        "attendance_required": record.attendance_required,
        "archived": record.archived,
        "members": record.member_count,
    }


def _group_table(records: list[GroupRecord]) -> str:
    header = ("Name", "Format", "Setting", "Sessions", "Rule", "Members")
    rows = [
        (
            record.name,
            record.format_name or "—",
            record.setting or "—",
            str(record.planned_sessions),
            "—"
            if record.attendance_required is None
            else f"{record.attendance_required} of {record.planned_sessions}",
            str(record.member_count),
        )
        for record in records
    ]
    return _aligned(header, rows, numeric={3, 4, 5})


def _aligned(header: tuple[str, ...], rows: list[tuple[str, ...]], *, numeric: set[int]) -> str:
    """A plain-text table: columns padded to their widest cell, ``numeric`` ones
    right-aligned."""
    widths = [max(_width(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        padded = []
        for i, cell in enumerate(cells):
            gap = " " * (widths[i] - _width(cell))
            padded.append(gap + cell if i in numeric else cell + gap)
        return "  ".join(padded).rstrip()

    return "\n".join([line(header), *(line(row) for row in rows)])


def _width(text: str) -> int:
    """Columns the text takes in a terminal: combining marks take none, wide signs two."""
    import unicodedata

    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _check(args: argparse.Namespace) -> int:
    """Read-only: never opens the file for writing and ignores the instance lock; only
    ``--repair``, after the check passed, opens it for writing (taking the lock)."""
    import sqlite3

    from reflectdesk.store.errors import CorruptDatabaseError, NewerSchemaError
    from reflectdesk.store.schema import HEAD_REVISION, KNOWN_REVISIONS
    from reflectdesk.store.sqlite_file import inspect_database_file, integrity_check

    path = _db_path(args)
    if not path.exists():
        raise CommandError(f"no database at {path}")
    state = inspect_database_file(path)  # header, quick_check, revision
    if state.empty:
        raise CommandError(f"{path} is an empty file; ReflectDesk sets it up when it opens it")
    try:
        verdict = integrity_check(path)
    except sqlite3.DatabaseError as error:
        raise CorruptDatabaseError(path, str(error)) from None
    if verdict != "ok":
        raise CorruptDatabaseError(path, verdict)
    revision = state.revision
    if revision is None:
        raise CommandError(f"{path} is an SQLite database without ReflectDesk tables")
    if revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(path, revision, HEAD_REVISION)
    if revision == HEAD_REVISION:
        schema = f"schema {revision} (current)"
    else:
        schema = f"schema {revision} (will be upgraded to {HEAD_REVISION} when opened)"
    print(f"ok: {path} — {schema}, {_read_counts(path)}")
    if args.repair:
        _rebuild_search_index(path)
    elif revision == HEAD_REVISION:
        _report_search_index(path)
    return EXIT_OK


def _report_search_index(path: Path) -> None:
    """One more line when the search index is out of step; the exit status stays 0, as
    the records themselves are fine."""
    from reflectdesk.core.errors import ReflectDeskError
    from reflectdesk.store.database import open_store
    from reflectdesk.store.search_index import index_stale

    try:
        with open_store(path, for_reading=True) as store:
            stale = index_stale(store)
    except ReflectDeskError as error:  # the records were readable; say why this was not
        print(f"the search index could not be checked: {' '.join(str(error).split())}")
        return
    if stale:
        print(
            f"the search index is out of step with the records; `{PROG} check --repair` rebuilds it"
        )


def _rebuild_search_index(path: Path) -> None:
    # A full open: the lock (the app must not have the file open), an upgrade of an older
    # schema (with its backup), and the fold function the index triggers call.
    from reflectdesk.store.database import open_store
    from reflectdesk.store.search_index import rebuild_index

    with open_store(path) as store:
        count = rebuild_index(store)
    print(f"rebuilt the search index: {count} {'entry' if count == 1 else 'entries'}")


def _read_counts(path: Path) -> str:
    # Through a read-only SQLite connection rather than the Store: the Store's engine opens
    # the file for writing (pragmas, WAL recovery), and check must never write.
    import sqlite3
    from contextlib import closing

    from reflectdesk.store.sqlite_file import connect_read_only

    try:
        with closing(connect_read_only(path)) as connection:
            groups = connection.execute("SELECT count(*) FROM groups").fetchone()[0]
            members = connection.execute(
                "SELECT count(*) FROM memberships WHERE left_on IS NULL"
            ).fetchone()[0]
    except sqlite3.Error as error:  # an older schema may not have these tables yet
        return f"counts unavailable ({error})"
    return f"{groups} groups, {members} members"


def _validate_formats(args: argparse.Namespace) -> int:
    from pathlib import Path

    from reflectdesk.core.formats import FormatFileError
    from reflectdesk.store.user_formats import read_format_file

    status = EXIT_OK
    for name in args.files:
        try:
            fmt = read_format_file(Path(name))
        except FormatFileError as error:
            status = EXIT_ERROR
            for problem in error.problems:
                where = name if problem.line is None else f"{name}:{problem.line}"
                print(": ".join(part for part in (where, problem.field, problem.message) if part))
        except OSError as error:
            status = EXIT_ERROR
            print(f"{name}: cannot be read: {error.strerror or error}")
        else:
            count = len(fmt.phases)
            phases = f"{count} phase" if count == 1 else f"{count} phases"
            print(f"ok: {name} — {fmt.name} ({phases}, {fmt.total_minutes} min)")
    return status


def _list_formats(args: argparse.Namespace) -> int:
    path = _db_path(args)
    if path.exists():
        from reflectdesk.store.database import open_store
        from reflectdesk.store.user_formats import list_format_definitions

        with open_store(path, for_reading=True) as store:
            listed = [
                (definition, summary.builtin)
                for summary, definition in list_format_definitions(store)
            ]
    else:
        # No database yet: what it will hold once made is the shipped built-ins.
        from reflectdesk.core.formats import load_builtin_formats

        listed = [(definition, True) for definition in load_builtin_formats()]
    if args.json:
        import json

        rows = [_format_json(definition, builtin) for definition, builtin in listed]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    header = ("Key", "Name", "Family", "Phases", "Minutes", "Kind")
    rows = [
        (
            fmt.key,
            fmt.name,
            fmt.family,
            str(len(fmt.phases)),
            str(fmt.total_minutes),
            "built-in" if builtin else "own",
        )
        for fmt, builtin in listed
    ]
    print(_aligned(header, rows, numeric={3, 4}))
    return EXIT_OK


def _format_json(fmt: FormatDefinition, builtin: bool) -> dict[str, object]:
    return {
        "key": fmt.key,
        "name": fmt.name,
        "family": fmt.family,
        "builtin": builtin,
        "total_minutes": fmt.total_minutes,
        "phases": [
            {"name": phase.name, "minutes": phase.minutes, "cue": phase.cue, "deck": phase.deck}
            for phase in fmt.phases
        ],
    }


def _validate_decks(args: argparse.Namespace) -> int:
    from pathlib import Path

    from reflectdesk.core.decks import DeckFileError
    from reflectdesk.store.user_decks import read_deck_file

    status = EXIT_OK
    for name in args.files:
        try:
            deck = read_deck_file(Path(name))
        except DeckFileError as error:
            status = EXIT_ERROR
            for problem in error.problems:
                where = name if problem.line is None else f"{name}:{problem.line}"
                print(": ".join(part for part in (where, problem.field, problem.message) if part))
        except OSError as error:
            status = EXIT_ERROR
            print(f"{name}: cannot be read: {error.strerror or error}")
        else:
            count = len(deck.cards)
            print(f"ok: {name} — {deck.name} ({count} card{'' if count == 1 else 's'})")
    return status


def _list_decks(args: argparse.Namespace) -> int:
    path = _db_path(args)
    if path.exists():
        from reflectdesk.store.database import open_store
        from reflectdesk.store.user_decks import list_deck_definitions

        with open_store(path, for_reading=True) as store:
            listed = [
                (definition, summary.builtin)
                for summary, definition in list_deck_definitions(store)
            ]
    else:
        # No database yet: what it will hold once made is the shipped built-ins.
        from reflectdesk.core.decks import load_builtin_decks

        listed = [(definition, True) for definition in load_builtin_decks()]
    if args.json:
        import json

        rows = [_deck_json(definition, builtin) for definition, builtin in listed]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    header = ("Key", "Name", "Cards", "Kind")
    rows = [
        (deck.key, deck.name, str(len(deck.cards)), "built-in" if builtin else "own")
        for deck, builtin in listed
    ]
    print(_aligned(header, rows, numeric={2}))
    return EXIT_OK


def _deck_json(deck: DeckDefinition, builtin: bool) -> dict[str, object]:
    return {
        "key": deck.key,
        "name": deck.name,
        "description": deck.description,
        "builtin": builtin,
        "card_count": len(deck.cards),
        "cards": [
            {"stage": card.stage, "title": card.title, "text": card.text} for card in deck.cards
        ],
    }


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


def _print_error(message: str) -> None:
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)


def _exit_status(code: object) -> int:
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    return EXIT_ERROR


def _utf8_stdout() -> None:
    # Names are Greek, Turkish, Polish...: a pipe on Windows would otherwise get cp1252
    # and fail on the first "Ş". Terminals already take Unicode.
    stream = sys.stdout
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and isinstance(stream, io.TextIOWrapper) and not stream.isatty():
        stream.reconfigure(encoding="utf-8")


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass
