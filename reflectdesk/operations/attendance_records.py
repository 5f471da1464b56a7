"""What a participant takes away from a series: certificates of attendance and the
appraisal evidence, the same use cases for the window and the command line.

Certificates carry no note text. The appraisal evidence carries the shareable learning
points of the sessions the participant attended, so it runs the identifiable-detail check
(identifier_check.py) on exactly those texts and refuses while a finding stands, unless
the facilitator kept it (the app's review) or ``keep_identifiers`` (the command line).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reflectdesk.core.errors import InvalidInputError, words
from reflectdesk.core.file_names import proposed_file_name
from reflectdesk.i18n.texts import Texts
from reflectdesk.operations import Paper, Progress, report
from reflectdesk.operations.export_language import export_texts
from reflectdesk.operations.identifier_check import (
    IdentifierCheck,
    KeptFinding,
    check_texts,
    point_texts,
    refuse_standing,
)
from reflectdesk.store import groups
from reflectdesk.store.database import Store

__all__ = [
    "CertificatesWritten",
    "appraisal_file_name",
    "certificate_file_name",
    "check_appraisal",
    "export_appraisal",
    "export_certificates",
]


@dataclass(frozen=True, slots=True)
class CertificatesWritten:
    files: tuple[Path, ...]
    certificates: int


def certificate_file_name(group_name: str, participant: str, texts: Texts) -> str:
    """ "Balint Tuesday — Pieter Jansen — certificate of attendance.pdf"."""
    kind = texts.pgettext("file name", "certificate of attendance")
    return proposed_file_name([group_name, participant, kind], ".pdf", fallback=kind)


def appraisal_file_name(group_name: str, participant: str, texts: Texts) -> str:
    """ "Balint Tuesday — Pieter Jansen — appraisal evidence.pdf"."""
    kind = texts.pgettext("file name", "appraisal evidence")
    return proposed_file_name([group_name, participant, kind], ".pdf", fallback=kind)


def _unique(folder: Path, name: str, taken: set[str]) -> Path:
    """``name`` in ``folder``, with " (2)", " (3)" … when two participants share a name."""
    stem, suffix = name[: -len(".pdf")], ".pdf"
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem} ({n}){suffix}"
    taken.add(candidate.casefold())
    return folder / candidate


def export_certificates(
    store: Store,
    group_id: str,
    out: Path,
    *,
    person_id: str | None = None,
    folder: bool = False,
    paper: Paper = "a4",
    language: str | None = None,
    progress: Progress | None = None,
) -> CertificatesWritten:
    """Certificates of attendance of the group's series: of ``person_id``, else of every
    participant who attended a session. One PDF at ``out`` (a page or more each), or with
    ``folder`` one PDF per participant in the folder ``out``, named by who it is for."""
    from reflectdesk.export.attendance_records import build_certificates
    from reflectdesk.export.attendance_records_pdf import write_certificates
    from reflectdesk.export.pdf import page_size

    texts = export_texts(store, group_id, language)
    certificates = build_certificates(store, group_id, texts, person_id)
    if not certificates:
        raise InvalidInputError(
            "group",
            words().gettext(
                "No certificate to write: nobody in this group has attended a session yet."
            ),
        )
    size = page_size(paper)
    if not folder:
        report(progress, 0, 1)
        write_certificates(certificates, out, size)
        report(progress, 1, 1)
        return CertificatesWritten((out,), len(certificates))
    out.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    written = []
    group_name = groups.get_group(store, group_id).name
    for n, certificate in enumerate(certificates):
        report(progress, n, len(certificates))
        name = certificate_file_name(group_name, certificate.participant, texts)
        path = _unique(out, name, taken)
        write_certificates([certificate], path, size)
        written.append(path)
    report(progress, len(certificates), len(certificates))
    return CertificatesWritten(tuple(written), len(certificates))


def check_appraisal(store: Store, group_id: str, person_id: str) -> IdentifierCheck:
    """The appraisal evidence's text: the shareable learning points of the sessions the
    participant attended."""
    from reflectdesk.export.attendance_records import appraisal_points

    _, points = appraisal_points(store, group_id, person_id)
    return check_texts(store, point_texts(points))


def export_appraisal(
    store: Store,
    group_id: str,
    person_id: str,
    out: Path,
    *,
    paper: Paper = "a4",
    kept: Iterable[KeptFinding] = (),
    keep_identifiers: bool = False,
    language: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """Check, build and write the participant's appraisal evidence PDF to ``out``;
    IdentifiersFoundError (nothing written) while a finding stands that ``kept`` does not
    cover, unless ``keep_identifiers``."""
    from reflectdesk.export.attendance_records import appraisal_points, build_appraisal
    from reflectdesk.export.attendance_records_pdf import write_appraisal
    from reflectdesk.export.pdf import page_size

    report(progress, 0, 2)
    read = appraisal_points(store, group_id, person_id)  # the check's and the page's
    check = check_texts(store, point_texts(read[1]))
    refuse_standing(check, kept, keep_identifiers)
    texts = export_texts(store, group_id, language)
    evidence = build_appraisal(
        store, group_id, person_id, texts, identifiers_kept=any(check.found), read=read
    )
    report(progress, 1, 2)
    write_appraisal(evidence, out, page_size(paper))
    report(progress, 2, 2)
    return out
