"""``reflectdesk hub publish``: send this laptop's shareable records of the chosen groups
to the hub (issue 20; operations/hub_publish.py is the use case).

    reflectdesk hub publish [--url URL] [--group ID|NAME ...] [--programme ID]
                            [--dry-run] [--db PATH]

``--group`` offers a group for publishing (saved on the laptop: later publishes send it
again without naming it), under ``--programme`` on the hub. ``--dry-run`` prints what
would go, per table, and the notes held back, and neither connects nor saves anything.
The hub's address comes from ``--url``, else REFLECTDESK_HUB_URL, else the address saved
by the last publish (always without a password). The password: the one in the address,
else PGPASSWORD (or ~/.pgpass, read by libpq), else the one Preferences ▸ Hub kept in
the operating system's keyring for that address and role (operations/hub_credentials.py).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from reflectdesk.commands import EXIT_OK, CommandError, _words, existing_db

if TYPE_CHECKING:
    import argparse

    from reflectdesk.operations.hub_publish import PublishPlan
    from reflectdesk.store.database import Store

from reflectdesk.commands.hub_url import required_url


def add_publish_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--group",
        action="append",
        metavar="ID|NAME",
        help="offer this group for publishing (repeat for more); saved on the laptop",
    )
    parser.add_argument(
        "--programme", metavar="ID", help="the hub programme the groups of --group belong to"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print what would go; connect to nothing"
    )
    parser.set_defaults(handler=hub_publish)


def hub_publish(args: argparse.Namespace) -> int:
    from reflectdesk.operations import hub_publish as publishing
    from reflectdesk.store import publish_ledger
    from reflectdesk.store.database import open_store

    with open_store(existing_db(args)) as store:
        chosen = publish_ledger.chosen_groups(store)
        for wanted in args.group or ():
            chosen[_group_id(store, wanted)] = args.programme
        if not chosen:
            raise CommandError(
                _words().gettext("no group is offered for the hub yet: name one with --group")
            )
        if args.dry_run:
            _print_plan(publishing.plan_publish(store, chosen))
            return EXIT_OK
        url = required_url(args, publish_ledger.saved_hub_url(store))
        for group_id, programme_id in chosen.items():
            publish_ledger.choose_group(store, group_id, programme_id)
        report = publishing.publish(store, with_stored_password(url))
        publish_ledger.save_hub_url(store, url)
    words = _words()
    for table, count in report.sent.items():
        print(words.gettext("{table}: {count} sent").format(table=table, count=count))
    for table, count in report.deleted.items():
        print(words.gettext("{table}: {count} removed").format(table=table, count=count))
    _print_held(report.held_back)
    if not report.sent and not report.deleted:
        print(words.gettext("nothing new to publish"))
    return EXIT_OK


def _group_id(store: Store, wanted: str) -> str:
    from reflectdesk.core.names import fold
    from reflectdesk.store.groups import list_groups

    every = [*list_groups(store), *list_groups(store, archived=True)]
    found = {g.id for g in every if g.id == wanted or fold(g.name) == fold(wanted)}
    if len(found) != 1:
        message = (
            _words().gettext("no group {group}")
            if not found
            else _words().gettext("more than one group is called {group}: give its id")
        )
        raise CommandError(message.format(group=wanted))
    return found.pop()


def with_stored_password(url: str) -> str:
    """``url`` with the keyring's password for its address and role, when neither the
    address nor PGPASSWORD gives one (both win over the keyring)."""
    from reflectdesk.operations.hub_credentials import stored_password
    from reflectdesk.store.hub_address import parse_address, with_password

    address, password = parse_address(url)
    if password or os.environ.get("PGPASSWORD"):
        return url
    stored = stored_password(address)
    return url if stored is None else with_password(url, stored)


def _print_plan(plan: PublishPlan) -> None:
    words = _words()
    for table, (changed, deleted) in plan.counts().items():
        line = words.gettext("{table}: {changed} to send, {deleted} to remove")
        print(line.format(table=table, changed=changed, deleted=deleted))
    if not plan.total:
        print(words.gettext("nothing new to publish"))
    _print_held(tuple(plan.held_notes()))
    for finding in plan.held_back:
        print(f"  {finding.describe()}")


def _print_held(held: tuple[str, ...]) -> None:
    if held:
        message = _words().ngettext(
            "{count} note held back: it holds a likely identifier nobody has kept",
            "{count} notes held back: they hold likely identifiers nobody has kept",
            len(held),
        )
        print(message.format(count=len(held)))
