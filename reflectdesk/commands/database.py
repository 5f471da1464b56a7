"""The commands about the database file itself: ``demo``, ``list groups`` and ``check``.

    reflectdesk demo --db PATH [--size small|large] [--force]
    reflectdesk list groups [--db PATH] [--json] [--archived]
    reflectdesk check [--db PATH] [--repair]

``demo`` writes a demo database (and with ``--force`` first removes the one at the path,
unless a window has it open); ``list groups`` reads the groups; ``check`` looks at the
file read-only and, with ``--repair``, rebuilds the search index. alembic is imported only
when ``demo`` creates a database or ``--repair`` upgrades one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflectdesk.commands import EXIT_OK, EXIT_USAGE, PROG, CommandError, db_path, existing_db
from reflectdesk.commands.output import aligned, print_error, print_json

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from reflectdesk.core.model import GroupRecord


# --- demo ------------------------------------------------------------------------------


def demo(args: argparse.Namespace) -> int:
    """``demo --db PATH``: write a demo database; ``--force`` replaces the file first."""
    if args.db is None:
        # Never fall back to the real database: --force would delete the user's records.
        print_error("demo needs --db PATH, the file to write the demo to")
        return EXIT_USAGE
    path = db_path(args)
    if path.exists() or path.is_symlink():
        if not args.force:
            raise CommandError(f"{path} already exists; add --force to replace it")
        _remove_database(path)

    from reflectdesk.demo.build import DEMO_PASSPHRASE, write_demo

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
    print(f'the private notes are encrypted; their passphrase is "{DEMO_PASSPHRASE}"')
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


# --- list groups -----------------------------------------------------------------------


def list_groups(args: argparse.Namespace) -> int:
    """``list groups``: the groups as an aligned table, or ``--json``."""
    from reflectdesk.store.database import open_store
    from reflectdesk.store.groups import list_groups as read_groups

    path = existing_db(args)
    with open_store(path, for_reading=True) as store:
        records = read_groups(store, archived=args.archived)
    if args.json:
        print_json([_group_json(record) for record in records])
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
    return aligned(header, rows, numeric={3, 4, 5})


# --- check -----------------------------------------------------------------------------


def check(args: argparse.Namespace) -> int:
    """Read-only: never opens the file for writing and ignores the instance lock; only
    ``--repair``, after the check passed, opens it for writing (taking the lock)."""
    import sqlite3

    from reflectdesk.store.errors import CorruptDatabaseError, NewerSchemaError
    from reflectdesk.store.schema import HEAD_REVISION, KNOWN_REVISIONS
    from reflectdesk.store.sqlite_file import inspect_database_file, integrity_check

    path = existing_db(args)
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
