"""The hub's set-up commands (issue 20), run by a department's IT on the server's
admin role, or by anyone to see what their role can see:

    reflectdesk hub init --url postgresql://ADMIN@HOST/DB [--dry-run]
    reflectdesk hub add-facilitator NAME --url ...
    reflectdesk hub add-lead NAME --programme ID|NAME --url ...
    reflectdesk hub status [--url ...] [--db PATH]              (commands/hub_status.py)
    reflectdesk hub publish [--group ID|NAME ...] [--dry-run]  (commands/hub_publish.py)

``--url`` may be left out when REFLECTDESK_HUB_URL holds it (so a password need not be
on the command line). The hub's modules, and psycopg, are imported only when a handler
runs. A new role's connection string is printed once to stdout and never logged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflectdesk.commands import EXIT_OK, _words

if TYPE_CHECKING:
    import argparse

    from reflectdesk.commands import AddDb, SubParsers

from reflectdesk.commands.hub_url import URL_VARIABLE, required_url


def add_hub_command(commands: SubParsers, add_db: AddDb | None = None) -> None:
    hub = commands.add_parser(
        "hub",
        help="set up a department hub on PostgreSQL (schema, roles, status)",
        description="Set up the department's hub: a PostgreSQL 14+ database that "
        "facilitators' laptops publish to and programme leads read.",
    )
    actions = hub.add_subparsers(title="actions", metavar="ACTION", required=True)
    init = _action(
        actions,
        "init",
        hub_init,
        "create or upgrade the hub's schema, roles and row-level security",
        "Create or upgrade the hub's schema, the group roles reflectdesk_facilitator and "
        "reflectdesk_lead and the row-level security policies, in one transaction. Run "
        "it as the role that owns the database (not a superuser). A second run changes "
        "nothing and says so.",
    )
    init.add_argument(
        "--dry-run", action="store_true", help="print the SQL it would run; change nothing"
    )
    facilitator = _action(
        actions,
        "add-facilitator",
        add_facilitator,
        "a login role for a facilitator, with a one-time connection string",
        "Make a PostgreSQL login role for the facilitator NAME (a plain name derived from "
        "it) with a random password, and print the connection string once.",
    )
    facilitator.add_argument("name", metavar="NAME", help="the facilitator's name")
    lead = _action(
        actions,
        "add-lead",
        add_lead,
        "a login role for a programme lead, with a one-time connection string",
        "Make a PostgreSQL login role for the programme lead NAME, who reads every group "
        "of the programme and writes nothing, and print the connection string once. A "
        "programme NAME the hub does not have yet is created.",
    )
    lead.add_argument("name", metavar="NAME", help="the programme lead's name")
    lead.add_argument("--programme", required=True, metavar="ID|NAME", help="the programme")
    _add_publish(actions, add_db)
    _add_status(actions, add_db)


def _add_publish(actions: SubParsers, add_db: AddDb | None) -> None:
    from reflectdesk.commands.hub_publish import add_publish_arguments

    publish = _action(
        actions,
        "publish",
        None,
        "send this laptop's shareable records of the chosen groups to the hub",
        "Publish the groups offered for the hub (--group adds one): their members as "
        "named here, sessions, attendance, shareable learning points and actions, "
        "evaluations and the leader log. Private notes and registration numbers never "
        "leave the laptop; a note with a likely identifier nobody kept is held back.",
    )
    if add_db is not None:
        add_db(publish)
    add_publish_arguments(publish)


def _add_status(actions: SubParsers, add_db: AddDb | None) -> None:
    from reflectdesk.commands.hub_status import hub_status

    status = _action(
        actions,
        "status",
        hub_status,
        "where this laptop stands with the hub, and what the role in --url can see",
        "Print this laptop's side (the groups offered to the hub and their programmes, "
        "the last publish and the rows queued per table, the notes held back) and the "
        "hub's (its schema revision and the counts of facilitators, programme leads and "
        "groups the role in --url can see). The hub is --url, else $REFLECTDESK_HUB_URL, "
        "else the address saved by the last publish.",
    )
    if add_db is not None:
        add_db(status)


def _action(
    actions: SubParsers, name: str, handler: object, help: str, description: str
) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, help=help, description=description)
    parser.add_argument(
        "--url",
        default=None,
        metavar="URL",
        help=f"the hub, postgresql://ROLE@HOST/DATABASE?sslmode=verify-full (default: "
        f"${URL_VARIABLE})",
    )
    parser.set_defaults(handler=handler)
    return parser


def hub_init(args: argparse.Namespace) -> int:
    from reflectdesk.store.hub import describe
    from reflectdesk.store.hub_setup import init_hub

    url = required_url(args)
    result = init_hub(url, dry_run=args.dry_run)
    words = _words()
    if args.dry_run:
        for statement in result.statements:
            print(f"{statement};")
        message = words.ngettext(
            "-- dry run: {count} statement would run on {hub}; nothing was changed",
            "-- dry run: {count} statements would run on {hub}; nothing was changed",
            len(result.statements),
        )
        print(message.format(count=len(result.statements), hub=describe(url)))
    elif result.changed:
        message = words.gettext("{hub}: schema, roles and policies at revision {revision}")
        print(message.format(hub=describe(url), revision=result.after))
    else:
        message = words.gettext("{hub} is already at revision {revision}: nothing changed")
        print(message.format(hub=describe(url), revision=result.after))
    return EXIT_OK


def add_facilitator(args: argparse.Namespace) -> int:
    from reflectdesk.store import hub_roles

    login = hub_roles.add_facilitator(required_url(args), args.name)
    _print_login(login.role, login.connection_string)
    return EXIT_OK


def add_lead(args: argparse.Namespace) -> int:
    from reflectdesk.store import hub_roles

    login = hub_roles.add_lead(required_url(args), args.name, args.programme)
    if login.programme_created:
        message = _words().gettext("a new programme was made on the hub (id {id})")
        print(message.format(id=login.programme_id))
    _print_login(login.role, login.connection_string)
    return EXIT_OK


def _print_login(role: str, connection_string: str) -> None:
    words = _words()
    print(words.gettext("role {role} made").format(role=role))
    print(
        words.gettext(
            "Its connection string, shown this once (the password is stored nowhere; "
            "hand it over safely):"
        )
    )
    print(connection_string)
