"""The attendance register of one session as a one-page PDF: the group's members, a
column each for present, absent and excused, and (optionally) a column to sign in.

It is printed before a session and ticked on paper, or printed afterwards as the record:
a mark stands in the column of the status recorded, and the row is blank where nothing is
recorded yet. Facilitators are named above the table, not on it, as on the session
summary. Built from the store by :func:`build_attendance_register`; laid out by
:func:`write_attendance_register` with the look of the other PDFs (reflectdesk.export.page).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from reflectdesk.core.model import AttendanceStatus, Role
from reflectdesk.export.fonts import REGULAR
from reflectdesk.export.page import RULE, SHADE, make_styles, text
from reflectdesk.export.pdf import Heading, PageSize, write_document
from reflectdesk.export.pdf_blocks import header_widths, muted_line
from reflectdesk.export.summary import NameStyle, date_text, name_writer
from reflectdesk.i18n.texts import Texts, texts_for
from reflectdesk.store import attendance as attendance_store
from reflectdesk.store import groups, sessions
from reflectdesk.store.database import Store

MARK = "✓"
COLUMNS = (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)
# Late and left early were there: their mark stands under "present", with the word.
SHOWN_AS = {
    AttendanceStatus.LATE: AttendanceStatus.PRESENT,
    AttendanceStatus.LEFT_EARLY: AttendanceStatus.PRESENT,
}
SIGNATURE_ROW_HEIGHT = 9 * mm  # room for a hand-written signature
SIGNATURE_WIDTH = 55 * mm


@dataclass(frozen=True, slots=True)
class RegisterLine:
    name: str
    status: AttendanceStatus | None  # None: not recorded, the row is left blank


@dataclass(frozen=True, slots=True)
class AttendanceRegister:
    """Everything the register shows, as plain text and statuses."""

    group_name: str
    date_text: str
    place: str
    title: str
    facilitators: tuple[str, ...]
    lines: tuple[RegisterLine, ...]
    language: str = "en"


def build_attendance_register(
    store: Store, session_id: str, texts: Texts | None = None, *, names: NameStyle = "full"
) -> AttendanceRegister:
    """The register of one session: the members on it (facilitators apart), in the
    store's order (by family name), names written as ``names`` says."""
    texts = texts or texts_for(None)
    name = name_writer(names)
    with store.snapshot():
        record = sessions.get_session(store, session_id)
        group = groups.get_group(store, record.group_id)
        everyone = attendance_store.attendance(store, session_id)
    leading = (Role.FACILITATOR, Role.CO_FACILITATOR)
    return AttendanceRegister(
        group_name=group.name,
        date_text=date_text(record.started_at or record.planned_start, texts),
        place=record.place,
        title=record.title,
        facilitators=tuple(entry.display_name for entry in everyone if entry.role in leading),
        lines=tuple(
            RegisterLine(name(entry.display_name), entry.status)
            for entry in everyone
            if entry.role not in leading
        ),
        language=texts.language,
    )


def _mark(status: AttendanceStatus | None, column: AttendanceStatus, t: Texts) -> str:
    if status is None or SHOWN_AS.get(status, status) is not column:
        return ""
    if status is AttendanceStatus.LATE:
        return f"{MARK} {t.pgettext('attendance', 'late')}"
    if status is AttendanceStatus.LEFT_EARLY:
        return f"{MARK} {t.pgettext('attendance', 'left early')}"
    return MARK


def register_story(register: AttendanceRegister, width: float, *, signatures: bool) -> list[Any]:
    """The register's flowables: title, the session's facts, the table."""
    t = texts_for(register.language)
    styles = make_styles()
    subtitle = " — ".join(
        part for part in (register.group_name, register.date_text, register.place) if part
    )
    facilitators = ", ".join(register.facilitators) or "—"
    story: list[Any] = [
        Paragraph(escape(t.gettext("Attendance register")), styles["title"]),
        Paragraph(text(subtitle), styles["subtitle"]),
        Paragraph(text(f"{t.gettext('Facilitators')}: {facilitators}"), styles["body"]),
    ]
    if not register.lines:
        return [*story, muted_line(t.gettext("No members on the register."), styles)]
    header = [
        t.gettext("Name"),
        t.pgettext("attendance", "present"),
        t.pgettext("attendance", "absent"),
        t.pgettext("attendance", "excused"),
    ]
    # Each mark column as wide as its header's longest word ("afgemeld" must not break).
    signature = SIGNATURE_WIDTH if signatures else 0
    widths = header_widths(header, width - signature, (25 * mm, 20 * mm, 20 * mm))
    if signatures:
        header.append(t.gettext("Signature"))
        widths.append(SIGNATURE_WIDTH)
    rows = [
        [line.name, *(_mark(line.status, column, t) for column in COLUMNS)]
        + ([""] if signatures else [])
        for line in register.lines
    ]
    data = [[Paragraph(escape(label), styles["head_cell"]) for label in header]]
    data += [[Paragraph(text(value), styles["cell"]) for value in row] for row in rows]
    heights = [None] + [SIGNATURE_ROW_HEIGHT if signatures else None] * len(rows)
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # never Helvetica, even empty
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),  # as header_widths counts
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [*story, Paragraph("", styles["body"]), table]


def write_attendance_register(
    register: AttendanceRegister, path: Path, pagesize: PageSize = A4, *, signatures: bool = True
) -> None:
    """Write the register PDF to ``path`` (replaced atomically)."""
    kind = texts_for(register.language).gettext("Attendance register")
    heading = Heading(kind, register.group_name, register.date_text, language=register.language)
    write_document(
        path,
        pagesize,
        lambda width: register_story(register, width, signatures=signatures),
        heading,
    )
