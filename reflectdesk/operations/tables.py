"""A group as CSV: the five tables (sessions, phases, attendance, themes, actions) and
the questionnaire answers with their codebook; or the same tables as the sheets of one
.xlsx workbook (``spreadsheet="xlsx"``). Headers are in the export's language (None: the
default of export_language), and so is the CSV separator unless one is chosen.

actions.csv carries the text of every action, so the tables are checked for likely
identifiers before anything is written. The evaluation CSV holds anonymous questionnaire
answers and item texts, no notes, and is not checked (as in the app until now).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from reflectdesk.operations import Progress, report
from reflectdesk.operations.export_language import export_texts
from reflectdesk.operations.identifier_check import (
    IdentifierCheck,
    KeptFinding,
    action_texts,
    check_texts,
    refuse_standing,
)
from reflectdesk.store import notes, sessions
from reflectdesk.store.database import Store

if TYPE_CHECKING:
    from reflectdesk.export.spreadsheet import Table
    from reflectdesk.i18n.texts import Texts

__all__ = [
    "WORKBOOK",
    "SpreadsheetFormat",
    "TablesExported",
    "check_csv",
    "export_csv",
    "export_evaluation_csv",
]

SpreadsheetFormat = Literal["csv", "xlsx"]
WORKBOOK = "group-tables.xlsx"  # the five tables (and the evaluation's, when asked)
EVALUATION_WORKBOOK = "evaluation.xlsx"


@dataclass(frozen=True, slots=True)
class TablesExported:
    folder: Path
    files: tuple[Path, ...]


def check_csv(store: Store, group_id: str) -> IdentifierCheck:
    """The tables' note text: every action of every session of the group."""
    found = [
        action
        for meeting in sessions.list_sessions(store, group_id)
        for action in notes.actions(store, meeting.id)
    ]
    return check_texts(store, action_texts(found))


def export_csv(
    store: Store,
    group_id: str,
    folder: Path,
    *,
    with_evaluation: bool = False,
    kept: Iterable[KeptFinding] = (),
    keep_identifiers: bool = False,
    language: str | None = None,
    separator: str | None = None,
    spreadsheet: SpreadsheetFormat = "csv",
    workbook_name: str = WORKBOOK,
    progress: Progress | None = None,
) -> TablesExported:
    """Check, then write the group's five CSV files into ``folder`` (made if missing),
    and with ``with_evaluation`` the evaluation CSV beside them; with
    ``spreadsheet="xlsx"`` all of them as the sheets of ``workbook_name`` instead.
    Refuses, writing nothing, as export_session_summary does."""
    from reflectdesk.export.csv_export import group_tables
    from reflectdesk.export.evaluation_csv import evaluation_tables

    steps = 3 if with_evaluation else 2
    report(progress, 0, steps)
    refuse_standing(check_csv(store, group_id), kept, keep_identifiers)
    report(progress, 1, steps)
    tables = group_tables(store, group_id)
    report(progress, 2, steps)
    texts = export_texts(store, group_id, language)
    if with_evaluation:
        # Evaluations for researchers: one row per answer, and the codebook.
        tables += evaluation_tables(store, group_id, texts.language)
        report(progress, 3, steps)
    return _write(group_id, tables, folder / workbook_name, texts, separator, spreadsheet)


def export_evaluation_csv(
    store: Store,
    group_id: str,
    folder: Path,
    *,
    language: str | None = None,
    separator: str | None = None,
    spreadsheet: SpreadsheetFormat = "csv",
) -> TablesExported:
    """answers.csv and codebook.csv of the group into ``folder`` (or both as the sheets
    of ``evaluation.xlsx``)."""
    from reflectdesk.export.evaluation_csv import evaluation_tables

    texts = export_texts(store, group_id, language)
    tables = evaluation_tables(store, group_id, texts.language)
    return _write(group_id, tables, folder / EVALUATION_WORKBOOK, texts, separator, spreadsheet)


def _write(  # noqa: PLR0917 - a private helper of the two exports above
    group_id: str,
    tables: list[Table],
    workbook: Path,
    texts: Texts,
    separator: str | None,
    spreadsheet: SpreadsheetFormat,
) -> TablesExported:
    """The tables as CSV files beside ``workbook``, or as its sheets."""
    from reflectdesk.export.spreadsheet import write_csv_tables, write_workbook
    from reflectdesk.paths import make_private_folder

    folder = workbook.parent
    make_private_folder(folder)
    if spreadsheet == "xlsx":
        return TablesExported(folder, (write_workbook(group_id, tables, workbook, texts),))
    files = write_csv_tables(group_id, tables, folder, texts, separator)
    return TablesExported(folder, tuple(files))
