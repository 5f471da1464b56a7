"""Backups from the command line.

    reflectdesk backup [--db PATH]
    reflectdesk restore FILE [--db PATH]
    reflectdesk backups list [--db PATH] [--json]
    reflectdesk backup-after-close [--db PATH]   (internal: started by the app as it exits)

``backup`` reads the database through SQLite's backup API, so it works while the app has
it open; ``restore`` replaces the database, so it takes the instance lock like the app
and first backs up the database it replaces. The parsers are added by :func:`add_commands`
into the sub-parsers reflectdesk.cli makes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflectdesk.commands import EXIT_OK, add_command, db_path, existing_db
from reflectdesk.commands.output import aligned, print_json
from reflectdesk.core.errors import words
from reflectdesk.core.timefmt import iso_datetime

if TYPE_CHECKING:
    import argparse

    from reflectdesk.commands import AddDb, SubParsers


AFTER_CLOSE = "backup-after-close"


def add_commands(commands: SubParsers, add_db: AddDb) -> None:
    """``backup``, ``restore FILE`` and ``backups list``."""
    add_command(
        commands,
        add_db,
        "backup",
        backup,
        help="back up the database now",
        description="Write a verified backup of the database into the 'backups' folder "
        "beside it and print its path. Works while ReflectDesk has the database open.",
    )

    restore_command = add_command(
        commands,
        add_db,
        "restore",
        restore,
        help="replace the database by a backup",
        description="Replace the database by a backup, after checking the backup. The "
        "database being replaced is backed up first. Not while ReflectDesk has it open.",
    )
    restore_command.add_argument("file", metavar="FILE", help="the backup to restore")

    group = add_command(
        commands,
        add_db,
        "backups",
        None,
        help="list the backups",
        description="List the backups of the database.",
    )
    actions = group.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = add_command(
        actions,
        add_db,
        "list",
        list_backups,
        help="the backups, newest first",
        description="List the backups, newest first.",
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    # Internal, so unlisted (no help): the app starts it as it exits (store/close_backup.py).
    after_close = commands.add_parser(
        AFTER_CLOSE,
        description="Make the backup owed since the app closed, unless the database is "
        "open again; gives way when ReflectDesk opens it meanwhile.",
    )
    add_db(after_close)
    after_close.set_defaults(handler=backup_after_close)


def backup(args: argparse.Namespace) -> int:
    from reflectdesk.store.backups import make_backup

    print(make_backup(existing_db(args), "manual"))
    return EXIT_OK


def backup_after_close(args: argparse.Namespace) -> int:
    from datetime import datetime

    from reflectdesk.store.close_backup import backup_after_close as make_it

    make_it(db_path(args), datetime.now())
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from reflectdesk.store.backups import restore_backup

    path = db_path(args)
    source = Path(args.file).expanduser().absolute()
    before = restore_backup(path, source)
    texts = words()
    if before is None:
        print(
            texts.gettext("restored from {source}; there was no database before").format(
                source=source
            )
        )
    else:
        done = texts.gettext("restored from {source}; the database before was saved as {before}")
        print(done.format(source=source, before=before))
    return EXIT_OK


def list_backups(args: argparse.Namespace) -> int:
    from reflectdesk.store.backups import list_backups as read_backups

    path = db_path(args)
    found = read_backups(path)
    if args.json:
        print_json(
            [
                {
                    "path": str(info.path),
                    "made_at": info.made_at.isoformat(timespec="seconds"),
                    "reason": info.reason,
                    "size": info.size,
                }
                for info in found
            ]
        )
    elif not found:
        print(words().gettext("no backups of {path}").format(path=path))
    else:
        rows = [
            (
                iso_datetime(info.made_at, seconds=True),
                info.reason,
                str(info.size),
                str(info.path),
            )
            for info in found
        ]
        texts = words()
        header = (
            texts.pgettext("backups table", "Made"),
            texts.pgettext("backups table", "Reason"),
            texts.pgettext("backups table", "Bytes"),
            texts.pgettext("backups table", "File"),
        )
        print(aligned(header, rows, numeric={2}))
    return EXIT_OK
