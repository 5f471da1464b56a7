"""A programme's exports: the programme report PDF (the app's programme view and
``reflectdesk export programme`` both run it), its tables as CSV or one workbook, and
its data in REDCap's import format.

The report carries counts, statistics, theme and group names, never a person's name or
note text, so there is nothing to check for identifiers before it is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reflectdesk.export.programme import ProgrammeReport
from reflectdesk.operations import Paper, Progress, report
from reflectdesk.operations.export_language import export_texts
from reflectdesk.operations.tables import SpreadsheetFormat, TablesExported
from reflectdesk.store.database import Store

__all__ = [
    "ProgrammeExported",
    "export_programme_report",
    "export_programme_tables",
    "export_redcap",
]

PROGRAMME_WORKBOOK = "programme.xlsx"


@dataclass(frozen=True, slots=True)
class ProgrammeExported:
    path: Path
    report: ProgrammeReport  # the figures as written, for whoever wants to show them


def export_programme_report(
    store: Store,
    programme_id: str,
    out: Path,
    *,
    paper: Paper = "a4",
    language: str | None = None,
    min_n: int | None = None,
    progress: Progress | None = None,
) -> ProgrammeExported:
    """Build and write the programme report PDF to ``out`` in ``language`` (None: the
    process's); figures on fewer than ``min_n`` respondents are not shown (None: the
    threshold in Preferences)."""
    from reflectdesk.export.pdf import page_size
    from reflectdesk.export.programme import build_programme_report
    from reflectdesk.export.programme_pdf import write_programme_report

    report(progress, 0, 2)
    texts = export_texts(store, None, language)
    if min_n is None:
        from reflectdesk.store.settings import small_n_threshold

        min_n = small_n_threshold(store)
    built = build_programme_report(store, programme_id, texts, min_n=min_n)
    report(progress, 1, 2)
    write_programme_report(built, out, page_size(paper))
    report(progress, 2, 2)
    return ProgrammeExported(out, built)


def export_programme_tables(
    store: Store,
    programme_id: str,
    folder: Path,
    *,
    language: str | None = None,
    separator: str | None = None,
    spreadsheet: SpreadsheetFormat = "csv",
) -> TablesExported:
    """attendance.csv and answers.csv of every group of the programme into ``folder``
    (made if missing), or both as the sheets of programme.xlsx."""
    from reflectdesk.export.programme_tables import load_programme, programme_tables
    from reflectdesk.export.spreadsheet import write_csv_tables, write_workbook
    from reflectdesk.paths import make_private_folder

    texts = export_texts(store, None, language)
    tables = programme_tables(load_programme(store, programme_id, texts.language))
    make_private_folder(folder)
    if spreadsheet == "xlsx":
        book = write_workbook(programme_id, tables, folder / PROGRAMME_WORKBOOK, texts)
        return TablesExported(folder, (book,))
    files = write_csv_tables(programme_id, tables, folder, texts, separator)
    return TablesExported(folder, tuple(files))


def export_redcap(
    store: Store, programme_id: str, folder: Path, *, language: str | None = None
) -> TablesExported:
    """data_dictionary.csv and records.csv (REDCap's import format) into ``folder``."""
    from reflectdesk.export.programme_tables import load_programme
    from reflectdesk.export.redcap import write_redcap
    from reflectdesk.paths import make_private_folder

    texts = export_texts(store, None, language)
    data = load_programme(store, programme_id, texts.language)
    make_private_folder(folder)
    return TablesExported(folder, write_redcap(data, folder, texts))
