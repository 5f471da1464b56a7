"""The programme commands: a cohort of groups reported together.

    reflectdesk export programme --programme ID|NAME --out FILE.pdf [--letter] [--lang]
    reflectdesk export programme-tables --programme ID|NAME --out DIR [--format csv|xlsx]
    reflectdesk export redcap --programme ID|NAME --out DIR
    reflectdesk list programmes [--json]

Each handler finds the programme and calls the use case in
reflectdesk.operations.programme_exports, the one the app's programme view runs.
The three exports take ``--hub URL`` instead of a laptop's file: a programme lead's
reading of the department hub (issue 20), as the lead's role (the password from the URL,
PGPASSWORD or ~/.pgpass, as libpq reads them), of one of the lead's programmes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from reflectdesk.commands import EXIT_OK, CommandError, add_command, existing_db, out_file
from reflectdesk.commands.export import (
    add_language,
    add_spreadsheet_options,
    export_language,
    report_tables,
    separator,
)
from reflectdesk.core.errors import words

if TYPE_CHECKING:
    import argparse

    from reflectdesk.commands import AddDb, SubParsers
    from reflectdesk.store.database import Store


def add_export_kinds(kinds: SubParsers, add_db: AddDb) -> None:
    """``export programme``, ``export programme-tables`` and ``export redcap``."""
    report = add_command(
        kinds,
        add_db,
        "programme",
        programme_report,
        help="the programme report of a cohort of groups",
        description="Write the programme report: students and facilitators per group and "
        "in total, the attendance rule across the cohort, the evaluations pooled over the "
        "groups (per item, by session number, start to end) with each group beside the "
        "pool, and the themes across the groups (A4 unless --letter).",
    )
    _add_programme(report)
    report.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    report.add_argument("--letter", action="store_true", help="US Letter paper instead of A4")
    add_language(report)

    tables = add_command(
        kinds,
        add_db,
        "programme-tables",
        programme_tables,
        help="a programme's attendance and answers as CSV or one workbook",
        description="Write the attendance and the questionnaire answers of every group of "
        "a programme, with group, role, session number and timepoint columns, as CSV "
        "files in a folder or as the sheets of programme.xlsx (--format xlsx).",
    )
    _add_programme(tables)
    tables.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    add_spreadsheet_options(tables)
    add_language(tables)

    redcap = add_command(
        kinds,
        add_db,
        "redcap",
        redcap_files,
        help="a programme in REDCap's import format",
        description="Write a REDCap data dictionary (data_dictionary.csv, identifiers "
        "flagged) and the records to import (records.csv, one repeating instance per "
        "session) for the programme's students.",
    )
    _add_programme(redcap)
    redcap.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    add_language(redcap)


def _add_programme(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--programme", required=True, metavar="ID|NAME", help="the programme")
    parser.add_argument(
        "--hub",
        metavar="URL",
        help="read the department hub as a programme lead instead of a laptop's file "
        "(postgresql://ROLE@HOST/DATABASE; the password from PGPASSWORD or ~/.pgpass)",
    )


@contextmanager
def _programme(args: argparse.Namespace) -> Iterator[tuple[Store, str]]:
    """The store to read (the laptop's file, or the hub as a lead) and the programme's id."""
    from reflectdesk.store.database import open_store

    if not getattr(args, "hub", None):
        with open_store(existing_db(args), for_reading=True) as store:
            yield store, programme_id(store, args.programme)
        return
    from reflectdesk.store.engine_kind import is_hub_url
    from reflectdesk.store.hub import describe
    from reflectdesk.store.hub_programmes import hub_errors, open_lead_hub

    if not is_hub_url(args.hub):
        raise CommandError(words().gettext("--hub must be a postgresql:// address"))
    lead = open_lead_hub(args.hub)
    try:
        with hub_errors(describe(args.hub)):
            wanted = programme_id(lead.store, args.programme)
            if wanted not in {programme.id for programme in lead.programmes}:
                message = words().gettext("{programme} is not one of your programmes on the hub")
                raise CommandError(message.format(programme=args.programme))
            yield lead.store, wanted
    finally:
        lead.store.close()


def programme_id(store: Store, wanted: str) -> str:
    """A programme's id from its id or name; a one-line CommandError when none or
    several match."""
    from reflectdesk.core.errors import ReflectDeskError
    from reflectdesk.store.programmes import find_programme

    try:
        return find_programme(store, wanted).id
    except ReflectDeskError as error:
        raise CommandError(str(error)) from None


def programme_report(args: argparse.Namespace) -> int:
    """``export programme``: the programme report PDF."""
    from reflectdesk.operations.programme_exports import export_programme_report

    out = out_file(args, "programme.pdf")
    with _programme(args) as (store, chosen):
        export_programme_report(
            store,
            chosen,
            out,
            paper="letter" if args.letter else "a4",
            language=export_language(args),
        )
    print(words().gettext("wrote the programme report -> {out}").format(out=out))
    return EXIT_OK


def programme_tables(args: argparse.Namespace) -> int:
    """``export programme-tables``: attendance and answers of the whole programme."""
    from reflectdesk.commands import out_folder
    from reflectdesk.operations.programme_exports import export_programme_tables

    out = out_folder(args)
    with _programme(args) as (store, chosen):
        written = export_programme_tables(
            store,
            chosen,
            out,
            language=export_language(args),
            separator=separator(args),
            spreadsheet=args.format,
        )
    report_tables(written.files, out)
    return EXIT_OK


def redcap_files(args: argparse.Namespace) -> int:
    """``export redcap``: the data dictionary and the records of the programme."""
    from reflectdesk.commands import out_folder
    from reflectdesk.operations.programme_exports import export_redcap

    out = out_folder(args)
    with _programme(args) as (store, chosen):
        written = export_redcap(store, chosen, out, language=export_language(args))
    report_tables(written.files, out)
    return EXIT_OK


# --- list programmes ---------------------------------------------------------------------


def add_list_kind(kinds: SubParsers, add_db: AddDb) -> None:
    """``list programmes``."""
    listing = add_command(
        kinds,
        add_db,
        "programmes",
        list_programmes,
        help="the programmes (cohorts of groups)",
        description="List the programmes and how many groups each holds.",
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")


def list_programmes(args: argparse.Namespace) -> int:
    """``list programmes``: an aligned table, or ``--json`` (with the groups' ids)."""
    from reflectdesk.commands.output import aligned, print_json
    from reflectdesk.store.database import open_store
    from reflectdesk.store.programmes import list_programmes as read
    from reflectdesk.store.programmes import programme_groups

    path = existing_db(args)
    with open_store(path, for_reading=True) as store:
        records = read(store)
        groups = {record.id: programme_groups(store, record.id) for record in records}
    if args.json:
        print_json(
            [
                {
                    "id": record.id,
                    "name": record.name,
                    "description": record.description,
                    "groups": [{"id": g.id, "name": g.name} for g in groups[record.id]],
                }
                for record in records
            ]
        )
    elif not records:
        print(words().gettext("no programmes in {path}").format(path=path))
    else:
        texts = words()
        header = (
            texts.pgettext("programmes table", "Id"),
            texts.pgettext("programmes table", "Name"),
            texts.pgettext("programmes table", "Groups"),
        )
        rows = [(record.id, record.name, str(record.group_count)) for record in records]
        print(aligned(header, rows, numeric={2}))
    return EXIT_OK
