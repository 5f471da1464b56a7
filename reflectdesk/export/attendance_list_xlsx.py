"""The attendance list as one .xlsx sheet: a row per person per session, the date as a
date, start and end as times, the duration as a number of hours with two decimals, so a
coordinator can paste the rows into GAIA or a programme's own sheet."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reflectdesk.export.attendance_list import AttendanceList, list_title, source_word
from reflectdesk.files import write_atomically
from reflectdesk.i18n.texts import Texts, texts_for
from reflectdesk.logs import logged_call


def header(texts: Texts) -> list[str]:
    return [
        texts.gettext("Date"),
        texts.gettext("Start"),
        texts.gettext("End"),
        texts.gettext("Times"),
        texts.gettext("Duration (hours)"),
        texts.gettext("Accreditation id"),
        texts.gettext("Activity"),
        texts.gettext("Name"),
        texts.gettext("Role"),
        texts.gettext("Registration number"),
        texts.gettext("Attendance"),
        texts.gettext("Minutes missed"),
    ]


# Logged by the number of sessions only: the list carries names and registration numbers.
@logged_call("writing an attendance list (xlsx)", "sessions")
def write_attendance_list_xlsx(listing: AttendanceList, path: Path, *, sessions: int) -> None:
    """Write the list's workbook to ``path`` (replaced atomically)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    texts = texts_for(listing.language)
    # Write-only: rows are streamed, never looked up again (a normal sheet's max_row
    # scans every cell, which made a long series quadratic).
    book = Workbook(write_only=True)
    sheet = book.create_sheet(list_title(texts)[:31])
    titles = header(texts)
    for index, title in enumerate(titles, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(12, len(title) + 2)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def cell(value: object, number_format: str | None = None, *, font: Font | None = None) -> Any:
        made = WriteOnlyCell(sheet, value=value)
        if number_format is not None:
            made.number_format = number_format
        if font is not None:
            made.font = font
        return made

    sheet.append([cell(title, font=bold) for title in titles])
    for item in listing.sessions:
        activity = " — ".join(part for part in (item.group_name, item.title) if part)
        start = None if item.start is None else item.start.replace(tzinfo=None)
        end = None if item.end is None else item.end.replace(tzinfo=None)
        for line in item.lines:
            sheet.append(
                [
                    # ISO dates: the same in every Excel language.
                    cell(None if start is None else start.date(), "yyyy-mm-dd"),
                    cell(None if start is None else start.time(), "hh:mm"),
                    cell(None if end is None else end.time(), "hh:mm"),
                    source_word(item.source, texts),
                    cell(item.hours, "0.00"),
                    item.accreditation_id,
                    activity,
                    line.name,
                    line.role,
                    # A registration number is text: Excel must not drop a leading zero.
                    cell(line.registration_number, "@"),
                    line.attendance,
                    line.minutes_missed,
                ]
            )
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(path, buffer.getvalue())
