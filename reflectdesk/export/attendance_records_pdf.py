"""The certificate of attendance and the appraisal evidence as PDF pages.

Laid out from the plain results of export/attendance_records.py, in their language. A
certificate is one page (a long series flows on); several certificates in one file each
start on a new page. Written by ``pdf.write_document``, so the PDF carries its real
creation date, or a fixed one under SOURCE_DATE_EPOCH (export/pdf_info.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

from reflectdesk.export.attendance_records import AppraisalEvidence, AttendedLine, Certificate
from reflectdesk.export.page import make_styles, text
from reflectdesk.export.pdf import Heading, PageSize, facts_table, write_document
from reflectdesk.export.pdf_blocks import bullet_list, data_table, header_widths, section
from reflectdesk.i18n.texts import Texts, texts_for

__all__ = ["write_appraisal", "write_certificates"]


def _sessions_table(
    lines: Sequence[AttendedLine],
    width: float,
    styles: dict[str, ParagraphStyle],
    t: Texts,
    *,
    remarks: bool,
) -> Any:
    header = [t.gettext("Date"), t.gettext("Format"), t.gettext("Time attended")]
    rows = [[line.date_text, line.format_name or "—", line.minutes_text] for line in lines]
    least = [48 * mm, 28 * mm]  # format, time; the date's column takes what is left
    if remarks:
        header.append(t.gettext("Remark"))
        for row, line in zip(rows, lines, strict=True):
            row.append(line.remark)
        least.append(44 * mm)
    return data_table(header, rows, header_widths(header, width, least), styles)


def _signature(certificate: Certificate, styles: dict[str, ParagraphStyle], t: Texts) -> Any:
    rule = "_" * 38
    names = ", ".join(certificate.facilitators) or "—"
    return KeepTogether(
        [
            Spacer(1, 16),
            Paragraph(escape(t.gettext("Signature of the facilitator")), styles["head_cell"]),
            Spacer(1, 22),
            Paragraph(rule, styles["body"]),
            Paragraph(escape(names), styles["muted"]),
            Spacer(1, 10),
            Paragraph(escape(t.gettext("Date")) + ":  " + rule, styles["body"]),
        ]
    )


def certificate_story(certificate: Certificate, width: float) -> list[Any]:
    """One participant's certificate, top to bottom."""
    t = texts_for(certificate.language)
    styles = make_styles()
    story: list[Any] = [
        Paragraph(escape(t.gettext("Certificate of attendance")), styles["title"]),
        Paragraph(escape(t.gettext("This certifies that")), styles["subtitle"]),
        Paragraph(text(certificate.participant), styles["title"]),
        # The sentence ends here: the facts below say which group and for how long.
        Paragraph(
            escape(t.gettext("took part in the sessions of the group below.")),
            styles["subtitle"],
        ),
        Spacer(1, 6),
    ]
    facts = [
        (t.gettext("Group"), certificate.group_name),
        (t.gettext("Topic and setting"), certificate.setting or "—"),
        (t.gettext("Facilitators"), ", ".join(certificate.facilitators) or "—"),
        (t.gettext("Period"), certificate.period),
    ]
    if certificate.accreditation_id:
        facts.append((t.gettext("Accreditation id"), certificate.accreditation_id))
    facts.append((t.gettext("Hours attended"), certificate.total_text))
    story.append(facts_table(facts, width, styles))
    if certificate.sessions:
        table = _sessions_table(certificate.sessions, width, styles, t, remarks=True)
    else:
        table = Paragraph(escape(t.gettext("No sessions attended.")), styles["muted"])
    story += section(t.gettext("Sessions attended"), [table], styles)
    if certificate.not_recorded:
        line = t.ngettext(
            "{n} session attended is listed as time not recorded and is not counted in "
            "the hours above.",
            "{n} sessions attended are listed as time not recorded and are not counted in "
            "the hours above.",
            certificate.not_recorded,
        )
        story += [
            Spacer(1, 4),
            Paragraph(escape(line.format(n=certificate.not_recorded)), styles["body"]),
        ]
    story += [
        Spacer(1, 6),
        Paragraph(escape(t.gettext("How hours are counted")), styles["head_cell"]),
        Paragraph(escape(certificate.rule), styles["muted"]),
        _signature(certificate, styles, t),
    ]
    return story


def _all_certificates(certificates: Sequence[Certificate], width: float) -> list[Any]:
    story: list[Any] = []
    for n, certificate in enumerate(certificates):
        if n:
            story.append(PageBreak())
        story += certificate_story(certificate, width)
    return story


def write_certificates(
    certificates: Sequence[Certificate], path: Path, pagesize: PageSize = A4
) -> None:
    """Write ``certificates`` (at least one) to one PDF at ``path``, each on new pages."""
    first = certificates[0]
    kind = texts_for(first.language).gettext("Certificate of attendance")
    heading = Heading(kind, first.group_name, first.series_period, language=first.language)
    write_document(path, pagesize, partial(_all_certificates, certificates), heading)


def appraisal_story(evidence: AppraisalEvidence, width: float) -> list[Any]:
    """The participant's appraisal evidence, top to bottom."""
    t = texts_for(evidence.language)
    styles = make_styles()
    story: list[Any] = [
        Paragraph(escape(t.gettext("Appraisal evidence")), styles["title"]),
        Paragraph(text(evidence.participant), styles["subtitle"]),
        facts_table(
            [
                (t.gettext("Group"), evidence.group_name),
                (t.gettext("Topic and setting"), evidence.setting or "—"),
                (t.gettext("Period"), evidence.period),
                (t.gettext("Hours attended"), evidence.total_text),
            ],
            width,
            styles,
        ),
    ]
    if evidence.sessions:
        table = _sessions_table(evidence.sessions, width, styles, t, remarks=False)
    else:
        table = Paragraph(escape(t.gettext("No sessions attended.")), styles["muted"])
    story += section(t.gettext("Sessions attended"), [table], styles)
    points: list[Any] = []
    for day, texts in evidence.points:
        points.append(Paragraph(escape(day), styles["note_title"]))
        points += bullet_list(texts, styles, "")
    if not points:
        points = [Paragraph(escape(t.gettext("No shareable learning points.")), styles["muted"])]
    story += section(t.gettext("Shareable learning points of the group"), points, styles)
    story += [Spacer(1, 10), Paragraph(escape(evidence.statement), styles["muted"])]
    return story


def write_appraisal(evidence: AppraisalEvidence, path: Path, pagesize: PageSize = A4) -> None:
    """Write the appraisal evidence PDF to ``path`` (replaced atomically)."""
    kind = texts_for(evidence.language).gettext("Appraisal evidence")
    heading = Heading(kind, evidence.group_name, evidence.period, language=evidence.language)
    write_document(path, pagesize, partial(appraisal_story, evidence), heading)
