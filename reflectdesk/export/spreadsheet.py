"""Tables for spreadsheets: CSV files as Excel opens them, or one .xlsx workbook.

A :class:`Table` is a name, its columns (codes such as ``session_id``) and rows of plain
cells. Both writers title the columns in the export's language (:func:`column_title`).

CSV: UTF-8 with a byte order mark, so Excel on Windows reads "Hüseyin İkiz" as typed
and not as "HÃ¼seyin Ä°kiz"; the separator Excel expects in the language's locale (";"
in Dutch, where the comma is the decimal sign, "," in English) unless the caller chose
one. With ";" a decimal is written with a comma (12,5), as Dutch Excel reads it; dates
are ISO dates either way (every Excel reads them). Written through the csv module
(``newline=""`` as its documentation asks, so a line break inside a text is kept).

xlsx (openpyxl, imported only here and only when a workbook is written): one sheet per
table, the header row bold and frozen, numbers stored as numbers, dates and times as
dates and times, yes/no as booleans.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from reflectdesk.files import write_atomically
from reflectdesk.i18n.texts import Texts
from reflectdesk.logs import logged_call

Cell = str | int | float | bool | date | datetime | None


@dataclass(frozen=True, slots=True)
class Table:
    """One table of an export: file ``<name>.csv`` or one sheet of a workbook."""

    name: str  # the file's stem and the sheet's code: "sessions"
    columns: tuple[str, ...]
    rows: list[Sequence[Cell]] = field(default_factory=list)


def default_separator(language: str) -> str:
    """The list separator of Excel in the language's locale."""
    return ";" if language == "nl" else ","


def csv_bytes(
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    separator: str = ",",
) -> bytes:
    """A CSV file's bytes: UTF-8 with a BOM, ``separator`` between cells; a decimal
    comma when the separator is ";"."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=separator)
    writer.writerow(header)
    comma = separator == ";"
    writer.writerows([_csv_cell(value, comma) for value in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def _csv_cell(value: Cell, decimal_comma: bool) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and decimal_comma:
        return repr(value).replace(".", ",")
    return value


# Logged by the group's id only: names and paths carry people's and groups' names.
@logged_call("exporting group tables (CSV)", "group_id", results=lambda p: {"files": len(p)})
def write_csv_tables(
    group_id: str,
    tables: Sequence[Table],
    folder: Path,
    texts: Texts,
    separator: str | None = None,
) -> list[Path]:
    """Each of the group's tables as ``<name>.csv`` in ``folder`` (which must exist),
    written atomically; their paths."""
    chosen = separator or default_separator(texts.language)
    written = []
    for table in tables:
        path = folder / f"{table.name}.csv"
        header = [column_title(column, texts) for column in table.columns]
        write_atomically(path, csv_bytes(header, table.rows, separator=chosen))
        written.append(path)
    return written


@logged_call("exporting group tables (xlsx)", "group_id")
def write_workbook(group_id: str, tables: Sequence[Table], path: Path, texts: Texts) -> Path:
    """The tables as the sheets of one .xlsx workbook at ``path``, written atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(sheet_title(table.name, texts))
        sheet.append([column_title(column, texts) for column in table.columns])
        for cell in sheet[1]:
            cell.font = bold
        for row in table.rows:
            sheet.append([_xlsx_cell(value) for value in row])
            for cell in sheet[sheet.max_row]:
                # ISO dates, so a date reads the same in every Excel language.
                if isinstance(cell.value, datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
        sheet.freeze_panes = "A2"
        for index, column in enumerate(table.columns, start=1):
            letter = sheet.cell(row=1, column=index).column_letter
            sheet.column_dimensions[letter].width = max(12, len(column_title(column, texts)) + 2)
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(path, buffer.getvalue())
    return path


def _xlsx_cell(value: Cell) -> str | int | float | bool | date | datetime | None:
    if isinstance(value, datetime) and value.tzinfo is not None:
        # Excel has no time zones: the moment in the computer's local time.
        return value.astimezone().replace(tzinfo=None)
    return value


def sheet_title(name: str, texts: Texts) -> str:
    """A table's sheet name in the export's language (at most 31 characters)."""
    titles = {
        "sessions": texts.pgettext("sheet", "Sessions"),
        "phases": texts.pgettext("sheet", "Phases"),
        "attendance": texts.pgettext("sheet", "Attendance"),
        "themes": texts.pgettext("sheet", "Themes"),
        "actions": texts.pgettext("sheet", "Actions"),
        "answers": texts.pgettext("sheet", "Answers"),
        "codebook": texts.pgettext("sheet", "Codebook"),
        "scores": texts.pgettext("sheet", "Scores"),
    }
    return titles.get(name, name)[:31]


def column_title(column: str, texts: Texts) -> str:
    """A column's header in the export's language; codes stay in snake case, so a
    script reading the file finds one word per column."""
    return _column_titles(texts).get(column, column)


def _column_titles(texts: Texts) -> dict[str, str]:
    return {
        "id": texts.pgettext("column", "id"),
        "date": texts.pgettext("column", "date"),
        "status": texts.pgettext("column", "status"),
        "format": texts.pgettext("column", "format"),
        "presenter": texts.pgettext("column", "presenter"),
        "planned_seconds": texts.pgettext("column", "planned_seconds"),
        "actual_seconds": texts.pgettext("column", "actual_seconds"),
        "session_id": texts.pgettext("column", "session_id"),
        "position": texts.pgettext("column", "position"),
        "name": texts.pgettext("column", "name"),
        "person_id": texts.pgettext("column", "person_id"),
        "display_name": texts.pgettext("column", "display_name"),
        "role": texts.pgettext("column", "role"),
        "learning_point_id": texts.pgettext("column", "learning_point_id"),
        "theme_key": texts.pgettext("column", "theme_key"),
        "theme_name": texts.pgettext("column", "theme_name"),
        "kind": texts.pgettext("column", "kind"),
        "text": texts.pgettext("column", "text"),
        "owner": texts.pgettext("column", "owner"),
        "due_on": texts.pgettext("column", "due_on"),
        "done": texts.pgettext("column", "done"),
        "response_id": texts.pgettext("column", "response_id"),
        "questionnaire_key": texts.pgettext("column", "questionnaire_key"),
        "questionnaire_version": texts.pgettext("column", "questionnaire_version"),
        "questionnaire_name": texts.pgettext("column", "questionnaire_name"),
        "item_key": texts.pgettext("column", "item_key"),
        "item_text": texts.pgettext("column", "item_text"),
        "value": texts.pgettext("column", "value"),
        "session_date": texts.pgettext("column", "session_date"),
        "group_id": texts.pgettext("column", "group_id"),
        "group_name": texts.pgettext("column", "group_name"),
        "timepoint": texts.pgettext("column", "timepoint"),
        "respondent_code": texts.pgettext("column", "respondent_code"),
        "submitted_at": texts.pgettext("column", "submitted_at"),
        "purpose": texts.pgettext("column", "purpose"),
        "scale_points": texts.pgettext("column", "scale_points"),
        "reverse_coded": texts.pgettext("column", "reverse_coded"),
        "value_labels": texts.pgettext("column", "value_labels"),
        "score_key": texts.pgettext("column", "score_key"),
        "score_name": texts.pgettext("column", "score_name"),
        "score": texts.pgettext("column", "score"),
        "score_lowest": texts.pgettext("column", "score_lowest"),
        "score_highest": texts.pgettext("column", "score_highest"),
    }
