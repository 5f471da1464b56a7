"""``reflectdesk hub status``: where this laptop stands with the hub, and what the role
in the hub's address can see there (issue 20; operations/hub_status.py is the use case).

    reflectdesk hub status [--url URL] [--db PATH]

The laptop's side (the database of ``--db``, else the default one, when there is one):
the groups offered to the hub and their hub programmes, per table the last batch the hub
committed and the rows waiting to go, and how many notes the identifier check holds
back. Then the hub's side: its schema revision, the role, what it can see. The hub is
``--url``, else REFLECTDESK_HUB_URL, else the address saved by the last publish. With no
hub configured only the laptop's side is printed; with the hub out of reach the laptop's
side is printed and then the one-line error, with the exit status of every command that
could not reach the hub.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflectdesk.commands import EXIT_OK, CommandError, _words, db_path

if TYPE_CHECKING:
    import argparse

    from reflectdesk.i18n.texts import Texts
    from reflectdesk.operations.hub_status import LaptopSide
    from reflectdesk.store.hub_setup import HubStatus

from reflectdesk.commands.hub_url import URL_VARIABLE, given_url

INDENT = "  "  # the laptop's lines, under their heading


def hub_status(args: argparse.Namespace) -> int:
    from reflectdesk.operations import hub_status as status
    from reflectdesk.store.database import open_store

    url = given_url(args)
    path = db_path(args)
    if path.exists():
        with open_store(path, for_reading=True) as store:  # beside a running app
            report = status.hub_status(store, url)
    elif getattr(args, "db", None):  # named, and not there
        raise CommandError(_words().gettext("no database at {path}").format(path=path))
    elif url is None:
        message = _words().gettext("say which hub with --url or {variable}")
        raise CommandError(message.format(variable=URL_VARIABLE))
    else:  # the hub's side alone, as on a server with no laptop database
        report = status.hub_status(None, url)
    if report.laptop is not None:
        _print_laptop(report.laptop)
    if report.hub_url is None:
        message = _words().gettext("hub: none configured (give one with --url or {variable})")
        print(message.format(variable=URL_VARIABLE))
    elif report.hub is not None:
        _print_hub(report.hub_url, report.hub)
    if report.hub_error is not None:
        raise report.hub_error
    return EXIT_OK


def _print_laptop(laptop: LaptopSide) -> None:
    words = _words()
    print(words.gettext("This laptop"))
    if not laptop.groups:
        print(INDENT + words.gettext("no group is offered to the hub"))
    for group in laptop.groups:
        name = group.name or words.gettext("(deleted on this laptop)")
        if group.programme_id is None:
            programme = words.gettext("no hub programme")
        else:
            programme = group.programme_name or group.programme_id
        line = words.gettext("group {group}: hub programme {programme}")
        print(INDENT + line.format(group=name, programme=programme))
    last = laptop.last_published
    never = words.gettext("never")
    when = _when(words, last) or never
    print(INDENT + words.gettext("last publish: {when}").format(when=when))
    for table in laptop.tables:
        if table.last_published is None and not (table.to_send or table.to_remove):
            continue  # nothing of it on this laptop, never sent
        line = words.gettext("{table}: {queued} queued, last sent {when}")
        queued = words.ngettext("{count} row", "{count} rows", table.to_send + table.to_remove)
        print(
            INDENT
            + line.format(
                table=table.table,
                queued=queued.format(count=words.integer(table.to_send + table.to_remove)),
                when=_when(words, table.last_published) or never,
            )
        )
    held = words.ngettext(
        "{count} note held back by the identifier check",
        "{count} notes held back by the identifier check",
        laptop.held_back,
    )
    print(INDENT + held.format(count=words.integer(laptop.held_back)))


def _when(words: Texts, moment: object) -> str | None:
    from datetime import datetime

    if not isinstance(moment, datetime):
        return None
    return words.date_and_time(moment.astimezone())  # the laptop's own time of day


def _print_hub(url: str, status: HubStatus) -> None:
    from reflectdesk.store.hub import describe

    words = _words()
    print(words.gettext("hub: {hub}").format(hub=describe(url)))
    print(words.gettext("schema revision: {revision}").format(revision=status.revision))
    print(words.gettext("connected as: {role}").format(role=status.role))
    print(words.gettext("facilitators it can see: {count}").format(count=status.facilitators))
    print(words.gettext("programme leads it can see: {count}").format(count=status.leads))
    print(words.gettext("groups it can see: {count}").format(count=status.groups))
