"""A group's series as PDF: the facilitator's series report and the learning bulletin.

The bulletin carries the shareable learning points of every session, so it is checked
for likely identifiers before anything is written; the series report carries attendance,
rotation, timing and theme counts, no note text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reflectdesk.export.summary import NameStyle
from reflectdesk.operations import Paper, Progress, report
from reflectdesk.operations.export_language import export_texts
from reflectdesk.operations.identifier_check import (
    IdentifierCheck,
    KeptFinding,
    check_texts,
    point_texts,
    refuse_standing,
)
from reflectdesk.store import notes
from reflectdesk.store.database import Store

__all__ = ["check_bulletin", "export_bulletin", "export_series_report"]


@dataclass(frozen=True, slots=True)
class GroupExported:
    path: Path


def check_bulletin(store: Store, group_id: str) -> IdentifierCheck:
    """The bulletin's text: the shareable learning points of the whole series."""
    points = notes.group_learning_points(store, group_id, shareable_only=True)
    return check_texts(store, point_texts(points))


def export_bulletin(
    store: Store,
    group_id: str,
    out: Path,
    *,
    with_names: bool = False,
    paper: Paper = "a4",
    kept: Iterable[KeptFinding] = (),
    keep_identifiers: bool = False,
    language: str | None = None,
    progress: Progress | None = None,
) -> GroupExported:
    """Check, build and write the learning bulletin PDF to ``out`` in ``language`` (None:
    the group's default); refuses as export_session_summary does."""
    from reflectdesk.export.pdf import page_size
    from reflectdesk.export.series import build_bulletin
    from reflectdesk.export.series_pdf import write_bulletin

    report(progress, 0, 2)
    refuse_standing(check_bulletin(store, group_id), kept, keep_identifiers)
    texts = export_texts(store, group_id, language)
    bulletin = build_bulletin(store, group_id, with_names=with_names, texts=texts)
    report(progress, 1, 2)
    write_bulletin(bulletin, out, page_size(paper))
    report(progress, 2, 2)
    return GroupExported(out)


def export_series_report(
    store: Store,
    group_id: str,
    out: Path,
    *,
    names: NameStyle = "full",
    paper: Paper = "a4",
    language: str | None = None,
    progress: Progress | None = None,
) -> GroupExported:
    """Build and write the series report PDF to ``out`` in ``language`` (None: the
    group's default)."""
    from reflectdesk.export.pdf import page_size
    from reflectdesk.export.series import build_series_report
    from reflectdesk.export.series_pdf import write_series_report

    report(progress, 0, 2)
    texts = export_texts(store, group_id, language)
    series = build_series_report(store, group_id, names=names, texts=texts)
    report(progress, 1, 2)
    write_series_report(series, out, page_size(paper))
    report(progress, 2, 2)
    return GroupExported(out)
