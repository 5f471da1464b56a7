"""A group as CSV: the five tables (sessions, phases, attendance, themes, actions) and
the questionnaire answers with their codebook.

actions.csv carries the text of every action, so the tables are checked for likely
identifiers before anything is written. The evaluation CSV holds anonymous questionnaire
answers and item texts, no notes, and is not checked (as in the app until now).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reflectdesk.operations import Progress, report
from reflectdesk.operations.identifier_check import (
    IdentifierCheck,
    KeptFinding,
    action_texts,
    check_texts,
    refuse_standing,
)
from reflectdesk.store import notes, sessions
from reflectdesk.store.database import Store

__all__ = ["TablesExported", "check_csv", "export_csv", "export_evaluation_csv"]


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
    progress: Progress | None = None,
) -> TablesExported:
    """Check, then write the group's five CSV files into ``folder`` (made if missing),
    and with ``with_evaluation`` the evaluation CSV beside them. Refuses, writing
    nothing, as export_session_summary does."""
    from reflectdesk.export.csv_export import write_csv
    from reflectdesk.export.evaluation_csv import write_evaluation_csv

    steps = 3 if with_evaluation else 2
    report(progress, 0, steps)
    refuse_standing(check_csv(store, group_id), kept, keep_identifiers)
    report(progress, 1, steps)
    files = write_csv(store, group_id, folder)
    report(progress, 2, steps)
    if with_evaluation:
        # Evaluations for researchers: one row per answer, and the codebook.
        files += write_evaluation_csv(store, group_id, folder)
        report(progress, 3, steps)
    return TablesExported(folder, tuple(files))


def export_evaluation_csv(store: Store, group_id: str, folder: Path) -> TablesExported:
    """answers.csv and codebook.csv of the group into ``folder``."""
    from reflectdesk.export.evaluation_csv import write_evaluation_csv

    return TablesExported(folder, tuple(write_evaluation_csv(store, group_id, folder)))
