"""The attendance list as one .xlsx sheet: a row per person per session, the date as a
date, start and end as times, the duration as a number of hours with two decimals, so a
coordinator can paste the rows into GAIA or a programme's own sheet."""

from __future__ import annotations

import io
from pathlib import Path

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
    from openpyxl.styles import Font

    texts = texts_for(listing.language)
    book = Workbook()
    sheet = book.active
    sheet.title = list_title(texts)[:31]
    titles = header(texts)
    sheet.append(titles)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for item in listing.sessions:
        activity = " — ".join(part for part in (item.group_name, item.title) if part)
        for line in item.lines:
            sheet.append(
                [
                    None if item.start is None else item.start.date(),
                    None if item.start is None else item.start.time().replace(tzinfo=None),
                    None if item.end is None else item.end.time().replace(tzinfo=None),
                    source_word(item.source, texts),
                    item.hours,
                    item.accreditation_id,
                    activity,
                    line.name,
                    line.role,
                    line.registration_number,
                    line.attendance,
                    line.minutes_missed,
                ]
            )
            row = sheet[sheet.max_row]
            row[0].number_format = "yyyy-mm-dd"  # ISO: the same in every Excel language
            row[1].number_format = row[2].number_format = "hh:mm"
            row[4].number_format = "0.00"
            # A registration number is text: Excel must not drop a leading zero.
            row[9].number_format = "@"
    sheet.freeze_panes = "A2"
    for index, title in enumerate(titles, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = max(12, len(title) + 2)
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(path, buffer.getvalue())
