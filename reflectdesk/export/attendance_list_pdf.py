"""The attendance list as a PDF to sign: per session its facts (activity, accreditation
id, date, start and end and where they come from, duration in hours), a table of the
people with their registration number and a column to sign in, and a line for the
facilitator's signature. A series puts each session on a page of its own, since each is
signed on its own day."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from reflectdesk.export.attendance_list import AttendanceList, ListSession, list_title, source_word
from reflectdesk.export.fonts import REGULAR
from reflectdesk.export.page import RULE, SHADE, make_styles, text
from reflectdesk.export.pdf import Heading, PageSize, write_document
from reflectdesk.export.pdf_blocks import fitted_width, header_widths, muted_line
from reflectdesk.i18n.texts import Texts, texts_for

SIGNATURE_PADDING = 9  # points above and below a row's text
SIGNATURE_WIDTH = 34 * mm
SIGN_LINE = "_" * 38


def _facts(item: ListSession, t: Texts) -> list[str]:
    # Each word looked up on its own line: Babel does not find calls inside f-strings.
    activity_word = t.gettext("Activity")
    accreditation_word = t.gettext("Accreditation id")
    date_word = t.gettext("Date")
    activity = " — ".join(part for part in (item.group_name, item.title) if part)
    accreditation = item.accreditation_id or t.gettext("none")
    lines = [f"{activity_word}: {activity}", f"{accreditation_word}: {accreditation}"]
    if item.start is None or item.end is None:
        return [*lines, f"{date_word}: {t.gettext('date not set')}"]
    time_word, duration_word = t.gettext("Time"), t.gettext("Duration")
    span = f"{t.time_of_day(item.start)}–{t.time_of_day(item.end)}"
    hours = t.ngettext("{hours} hour", "{hours} hours", 1 if item.hours == 1 else 2)
    return [
        *lines,
        f"{date_word}: {t.long_date(item.start.date())}",
        f"{time_word}: {span} ({source_word(item.source, t)})",
        f"{duration_word}: {hours.format(hours=t.decimal(item.hours, 2))}",
    ]


def _table(
    item: ListSession, width: float, t: Texts, styles: dict[str, Any], *, missed: bool
) -> Table:
    header = [t.gettext("Name"), t.gettext("Role"), t.gettext("Registration number")]
    header.append(t.gettext("Attendance"))
    # The role and the attendance as wide as their longest word ("co-begeleider" whole).
    least = [
        fitted_width("", [line.role for line in item.lines], 20 * mm, whole=False),
        25 * mm,
        fitted_width("", [line.attendance for line in item.lines], 18 * mm, whole=False),
    ]
    if missed:
        header.append(t.gettext("Minutes missed"))
        least.append(16 * mm)
    # Each column as wide as its header's longest word ("Registratienummer" must not
    # break), the signature's fixed, the name the rest.
    widths = [*header_widths(header, width - SIGNATURE_WIDTH, least), SIGNATURE_WIDTH]
    header.append(t.gettext("Signature"))
    rows = []
    for line in item.lines:
        row = [line.name, line.role, line.registration_number, line.attendance]
        if missed:
            row.append("" if line.minutes_missed is None else t.integer(line.minutes_missed))
        rows.append([*row, ""])
    data = [[Paragraph(escape(label), styles["head_cell"]) for label in header]]
    data += [[Paragraph(text(value), styles["cell"]) for value in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # never Helvetica, even empty
                ("LEFTPADDING", (0, 0), (-1, -1), 4),  # as header_widths counts
                # Room for a hand-written signature: a one-line row is 10 mm high, and a
                # name on two lines makes it higher instead of running over its border.
                ("TOPPADDING", (0, 1), (-1, -1), SIGNATURE_PADDING),
                ("BOTTOMPADDING", (0, 1), (-1, -1), SIGNATURE_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def list_story(listing: AttendanceList, width: float) -> list[Any]:
    t = texts_for(listing.language)
    styles = make_styles()
    missed = listing.any_minutes_missed
    story: list[Any] = []
    for number, item in enumerate(listing.sessions):
        if number:
            story.append(PageBreak())
        story.append(Paragraph(escape(list_title(t)), styles["title"]))
        story += [Paragraph(text(line), styles["body"]) for line in _facts(item, t)]
        story.append(Spacer(1, 4 * mm))
        if item.lines:
            story.append(_table(item, width, t, styles, missed=missed))
        else:
            story.append(muted_line(t.gettext("Nobody attended this session."), styles))
        signed = t.gettext("Signature of the facilitator")
        date_word = t.gettext("Date")
        story.append(
            KeepTogether(
                [
                    Spacer(1, 10 * mm),
                    Paragraph(text(f"{signed}: {SIGN_LINE}"), styles["body"]),
                    Spacer(1, 6 * mm),
                    Paragraph(text(f"{date_word}: {SIGN_LINE}"), styles["body"]),
                ]
            )
        )
    return story


def write_attendance_list_pdf(listing: AttendanceList, path: Path, pagesize: PageSize = A4) -> None:
    """Write the list's PDF to ``path`` (replaced atomically)."""
    t = texts_for(listing.language)
    first = listing.sessions[0].start if listing.sessions else None
    when = "" if first is None else t.long_date(first.date())
    if len(listing.sessions) > 1 and listing.sessions[-1].start is not None and first:
        when = f"{t.short_date(first.date())} – {t.short_date(listing.sessions[-1].start.date())}"
    heading = Heading(list_title(t), listing.group_name, when, language=listing.language)
    write_document(path, pagesize, lambda width: list_story(listing, width), heading)
