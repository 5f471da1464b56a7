"""The ``export`` kinds a participant takes away: certificates and appraisal evidence.

    reflectdesk export certificate --group NAME|ID [--member NAME|ID] --out FILE|FOLDER
                                   [--letter] [--lang en|nl] [--db PATH]
    reflectdesk export appraisal --group NAME|ID --member NAME|ID --out FILE
                                 [--keep-identifiers] [--letter] [--lang en|nl] [--db PATH]

``certificate`` writes one PDF (a page each) when ``--out`` ends in .pdf, else one PDF per
participant into the folder ``--out``. ``appraisal`` carries learning points, so it is
refused (exit 65, nothing written) while likely patient identifiers stand, unless
``--keep-identifiers``. The use cases are in reflectdesk.operations.attendance_records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflectdesk.commands import (
    EXIT_OK,
    CommandError,
    add_command,
    existing_db,
    out_file,
    out_folder,
)
from reflectdesk.commands.export import (
    add_keep_identifiers,
    add_language,
    export_language,
    group_id_named,
    refuse,
)
from reflectdesk.core.errors import words

if TYPE_CHECKING:
    import argparse

    from reflectdesk.commands import AddDb, SubParsers
    from reflectdesk.store.database import Store


def add_export_kinds(kinds: SubParsers, add_db: AddDb) -> None:
    """``export certificate`` and ``export appraisal`` under ``export``."""
    certificate = add_command(
        kinds,
        add_db,
        "certificate",
        certificates,
        help="certificates of attendance of a group's series (PDF)",
        description="Write a certificate of attendance for every participant of a group "
        "who attended a session, or for one (--member): the sessions attended with their "
        "dates, the hours attended (late arrivals and early leavers less the minutes they "
        "were away; sessions whose time was not recorded are listed, not counted), the "
        "group's topic, facilitators and accreditation id, and a signature line. One PDF "
        "when --out ends in .pdf, else one file per participant in that folder.",
    )
    _add_group_member(certificate, member_required=False)
    certificate.add_argument("--out", required=True, metavar="FILE|FOLDER", help="where to write")
    certificate.add_argument("--letter", action="store_true", help="US Letter paper, not A4")
    add_language(certificate)
    appraisal = add_command(
        kinds,
        add_db,
        "appraisal",
        appraisal_evidence,
        help="a participant's appraisal evidence (PDF)",
        description="Write a participant's appraisal evidence: the sessions they attended "
        "with dates, format and hours, and the group's shareable learning points of those "
        "sessions; no private notes and no other participant's name. The text is checked "
        "for likely patient identifiers before anything is written.",
    )
    _add_group_member(appraisal, member_required=True)
    appraisal.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    appraisal.add_argument("--letter", action="store_true", help="US Letter paper, not A4")
    add_keep_identifiers(appraisal)
    add_language(appraisal)


def _add_group_member(parser: argparse.ArgumentParser, *, member_required: bool) -> None:
    parser.add_argument("--group", required=True, metavar="NAME|ID", help="the group")
    parser.add_argument(
        "--member",
        required=member_required,
        metavar="NAME|ID",
        help="the participant: their name as in the group (case-insensitive) or their id",
    )


def _person_id(store: Store, group_id: str, wanted: str) -> str:
    """A member's person id from their person id or display name (case-insensitive)."""
    from reflectdesk.core.names import matching_id_or_name
    from reflectdesk.store.members import list_members

    everyone = {m.person_id: m for m in list_members(store, group_id, include_former=True)}
    named = [
        m.person_id
        for m in matching_id_or_name(
            list(everyone.values()),
            wanted,
            id_of=lambda m: m.person_id,
            name_of=lambda m: m.display_name,
        )
    ]
    if len(named) == 1:
        return named[0]
    if named:
        message = words().gettext('more than one member is named "{name}"; give the id instead')
        raise CommandError(message.format(name=wanted))
    message = words().gettext('nobody in the group has the name or id "{name}"')
    raise CommandError(message.format(name=wanted))


def certificates(args: argparse.Namespace) -> int:
    """``export certificate``: one PDF, or a folder of them."""
    from reflectdesk.operations.attendance_records import export_certificates
    from reflectdesk.store.database import open_store

    one_file = str(args.out).lower().endswith(".pdf")
    out = out_file(args, "certificates.pdf") if one_file else out_folder(args)
    with open_store(existing_db(args), for_reading=True) as store:
        group_id = group_id_named(store, args.group)
        person_id = None if args.member is None else _person_id(store, group_id, args.member)
        written = export_certificates(
            store,
            group_id,
            out,
            person_id=person_id,
            folder=not one_file,
            paper="letter" if args.letter else "a4",
            language=export_language(args),
        )
    line = words().ngettext(
        "wrote {n} certificate of attendance -> {out}",
        "wrote {n} certificates of attendance -> {out}",
        written.certificates,
    )
    print(line.format(n=written.certificates, out=out))
    return EXIT_OK


def appraisal_evidence(args: argparse.Namespace) -> int:
    """``export appraisal``: one participant's appraisal evidence."""
    from reflectdesk.operations.attendance_records import export_appraisal
    from reflectdesk.operations.identifier_check import IdentifiersFoundError
    from reflectdesk.store.database import open_store

    out = out_file(args, "appraisal.pdf")
    with open_store(existing_db(args), for_reading=True) as store:
        group_id = group_id_named(store, args.group)
        try:
            export_appraisal(
                store,
                group_id,
                _person_id(store, group_id, args.member),
                out,
                paper="letter" if args.letter else "a4",
                keep_identifiers=args.keep_identifiers,
                language=export_language(args),
            )
        except IdentifiersFoundError as refused:
            return refuse(refused)
    print(words().gettext("wrote the appraisal evidence -> {out}").format(out=out))
    return EXIT_OK
