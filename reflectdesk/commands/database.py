"""The commands about the database file itself: ``demo``, ``list groups`` and ``check``.

    reflectdesk demo --db PATH [--size small|large] [--scale N] [--force]
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
from reflectdesk.core.errors import words

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from reflectdesk.core.model import GroupRecord
    from reflectdesk.demo.build import DemoSummary


# --- demo ------------------------------------------------------------------------------


def demo(args: argparse.Namespace) -> int:
    """``demo --db PATH``: write a demo database; ``--force`` replaces the file first."""
    if args.db is None:
        # Never fall back to the real database: --force would delete the user's records.
        print_error(words().gettext("demo needs --db PATH, the file to write the demo to"))
        return EXIT_USAGE
    path = db_path(args)
    if path.exists() or path.is_symlink():
        if not args.force:
            message = words().gettext("{path} already exists; add --force to replace it")
            raise CommandError(message.format(path=path))
        _remove_database(path)

    from reflectdesk.demo.build import DEMO_PASSPHRASE, write_demo

    if args.scale != 1 and args.size != "large":
        raise CommandError(words().gettext("--scale needs --size large"))
    summary = write_demo(path, args.size, scale=args.scale)
    print(_demo_line(summary))
    message = words().gettext('the private notes are encrypted; their passphrase is "{passphrase}"')
    print(message.format(passphrase=DEMO_PASSPHRASE))
    return EXIT_OK


def _demo_line(summary: DemoSummary) -> str:
    """What the demo holds, counted in the language's words."""
    texts = words()

    def counted(form: str, count: int) -> str:
        # ``form`` is ngettext's, called with literals at each use so they are extracted.
        return form.format(n=texts.integer(count))

    groups = counted(texts.ngettext("{n} group", "{n} groups", summary.groups), summary.groups)
    if summary.archived_groups:
        archived = texts.gettext("{n} archived").format(n=texts.integer(summary.archived_groups))
        groups += f" ({archived})"
    members = counted(texts.ngettext("{n} member", "{n} members", summary.members), summary.members)
    facilitating = texts.gettext("{n} facilitating").format(n=texts.integer(summary.facilitators))
    finished = texts.gettext("{n} finished").format(n=texts.integer(summary.finished_sessions))
    parts = [
        groups,
        f"{members} ({facilitating})",
        counted(texts.ngettext("{n} person", "{n} people", summary.people), summary.people),
        counted(texts.ngettext("{n} session", "{n} sessions", summary.sessions), summary.sessions)
        + f" ({finished})",
        counted(
            texts.ngettext("{n} private note", "{n} private notes", summary.notes), summary.notes
        ),
        counted(
            texts.ngettext("{n} learning point", "{n} learning points", summary.learning_points),
            summary.learning_points,
        ),
        counted(texts.ngettext("{n} action", "{n} actions", summary.actions), summary.actions),
    ]
    sizes = {
        "small": texts.pgettext("demo size", "small"),
        "large": texts.pgettext("demo size", "large"),
    }
    size = sizes.get(summary.size, summary.size)
    line = texts.gettext("wrote {size} demo: {contents} -> {path}")
    return line.format(size=size, contents=", ".join(parts), path=summary.path)


def _remove_database(path: Path) -> None:
    from reflectdesk.store.instance_lock import InstanceLock, lock_path_for

    if path.is_dir():
        message = words().gettext("{path} is a folder; --force replaces only a database file")
        raise CommandError(message.format(path=path))
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
        if args.archived:
            print(words().gettext("no archived groups in {path}").format(path=path))
        else:
            print(words().gettext("no groups in {path}").format(path=path))
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
        # "members" is everyone active (participants and facilitators), as before.
        "members": record.member_count,
        "participants": record.participant_count,
        "facilitators": record.facilitator_count,
    }


def _group_table(records: list[GroupRecord]) -> str:
    texts = words()
    header = (
        texts.pgettext("groups table", "Name"),
        texts.pgettext("groups table", "Format"),
        texts.pgettext("groups table", "Setting"),
        texts.pgettext("groups table", "Sessions"),
        texts.pgettext("groups table", "Rule"),
        texts.pgettext("groups table", "Participants"),
        texts.pgettext("groups table", "Facilitators"),
    )
    rule = texts.gettext("{required} of {planned}")
    rows = [
        (
            record.name,
            record.format_name or "—",
            record.setting or "—",
            str(record.planned_sessions),
            "—"
            if record.attendance_required is None
            else rule.format(required=record.attendance_required, planned=record.planned_sessions),
            str(record.participant_count),
            str(record.facilitator_count),
        )
        for record in records
    ]
    return aligned(header, rows, numeric={3, 4, 5, 6})


# --- check -----------------------------------------------------------------------------


def check(args: argparse.Namespace) -> int:
    """Read-only: never opens the file for writing and ignores the instance lock; only
    ``--repair``, after the check passed, opens it for writing (taking the lock)."""
    from reflectdesk.store.errors import NewerSchemaError
    from reflectdesk.store.schema import HEAD_REVISION, KNOWN_REVISIONS
    from reflectdesk.store.sqlite_file import inspect_database_file

    path = existing_db(args)
    # Header, size, one integrity_check over every page (where quick_check stood before
    # the application id, revision and schema), in one read-only pass.
    state = inspect_database_file(path, full_check="integrity_check")
    if state.empty:
        message = words().gettext(
            "{path} is an empty file; ReflectDesk sets it up when it opens it"
        )
        raise CommandError(message.format(path=path))
    revision = state.revision
    if revision is None:
        message = words().gettext("{path} is an SQLite database without ReflectDesk tables")
        raise CommandError(message.format(path=path))
    if revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(path, revision, HEAD_REVISION)
    texts = words()
    if revision == HEAD_REVISION:
        schema = texts.gettext("schema {revision} (current)").format(revision=revision)
    else:
        schema = texts.gettext("schema {revision} (will be upgraded to {head} when opened)").format(
            revision=revision, head=HEAD_REVISION
        )
    line = texts.gettext("ok: {path} — {schema}, {counts}")
    print(line.format(path=path, schema=schema, counts=_read_counts(path)))
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
        message = words().gettext("the search index could not be checked: {reason}")
        print(message.format(reason=" ".join(str(error).split())))
        return
    if stale:
        message = words().gettext(
            "the search index is out of step with the records; `{command}` rebuilds it"
        )
        print(message.format(command=f"{PROG} check --repair"))


def _rebuild_search_index(path: Path) -> None:
    # A full open: the lock (the app must not have the file open), an upgrade of an older
    # schema (with its backup), and the fold function the index triggers call.
    from reflectdesk.store.database import open_store
    from reflectdesk.store.search_index import rebuild_index

    with open_store(path) as store:
        count = rebuild_index(store)
    texts = words()
    entries = texts.ngettext("{n} entry", "{n} entries", count).format(n=texts.integer(count))
    print(texts.gettext("rebuilt the search index: {entries}").format(entries=entries))


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
        return words().gettext("counts unavailable ({reason})").format(reason=error)
    texts = words()
    return ", ".join(
        (
            texts.ngettext("{n} group", "{n} groups", groups).format(n=texts.integer(groups)),
            texts.ngettext("{n} member", "{n} members", members).format(n=texts.integer(members)),
        )
    )
