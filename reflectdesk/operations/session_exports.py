"""One session as PDF: the facilitator's session summary and the participants' handout.

The summary carries note text (shareable learning points, actions, and private notes
when asked for), so it is checked for likely identifiers before anything is written; the
handout carries the group's ground rules and the agenda, no note text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reflectdesk.export.summary import NameStyle
from reflectdesk.operations import Paper, Progress, report
from reflectdesk.operations.export_language import export_texts
from reflectdesk.operations.identifier_check import (
    IdentifierCheck,
    KeptFinding,
    NoteText,
    action_texts,
    check_texts,
    point_texts,
    private_texts,
    refuse_standing,
)
from reflectdesk.store import notes, sessions
from reflectdesk.store.database import Store

if TYPE_CHECKING:
    from reflectdesk.i18n.texts import Texts

__all__ = [
    "SessionExported",
    "SummaryOptions",
    "check_session_summary",
    "export_attendance_register",
    "export_handout",
    "export_session_summary",
    "session_summary_texts",
]


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    """What goes into a session summary, on which paper and in which language (None:
    the default, export_language.default_export_language)."""

    session_id: str
    names: NameStyle = "full"
    include_private: bool = False
    paper: Paper = "a4"
    language: str | None = None
    signatures: bool = True  # the attendance register's column to sign in


@dataclass(frozen=True, slots=True)
class SessionExported:
    path: Path
    confidential: bool  # private notes included: every page is marked CONFIDENTIAL


def session_summary_texts(store: Store, options: SummaryOptions) -> list[NoteText]:
    """The note text the summary carries: shareable learning points, actions and, when
    asked for, the private notes."""
    session_id = options.session_id
    points = [p for p in notes.learning_points(store, session_id) if p.shareable]
    texts = point_texts(points) + action_texts(notes.actions(store, session_id))
    if options.include_private:
        texts += private_texts(store, session_id)
    return texts


def check_session_summary(store: Store, options: SummaryOptions) -> IdentifierCheck:
    return check_texts(store, session_summary_texts(store, options))


def export_session_summary(
    store: Store,
    options: SummaryOptions,
    out: Path,
    *,
    kept: Iterable[KeptFinding] = (),
    keep_identifiers: bool = False,
    progress: Progress | None = None,
) -> SessionExported:
    """Check, build and write the session summary PDF to ``out``. Raises
    IdentifiersFoundError, writing nothing, while a finding stands that ``kept`` does not
    cover, unless ``keep_identifiers``."""
    from reflectdesk.export.pdf import page_size, write_session_summary
    from reflectdesk.export.summary import build_session_summary

    report(progress, 0, 3)
    refuse_standing(check_session_summary(store, options), kept, keep_identifiers)
    report(progress, 1, 3)
    summary = build_session_summary(
        store,
        options.session_id,
        names=options.names,
        include_private=options.include_private,
        texts=_texts(store, options.session_id, options.language),
    )
    report(progress, 2, 3)
    write_session_summary(summary, out, page_size(options.paper))
    report(progress, 3, 3)
    return SessionExported(out, summary.confidential)


def export_handout(
    store: Store,
    session_id: str,
    out: Path,
    *,
    paper: Paper = "a4",
    language: str | None = None,
    progress: Progress | None = None,
) -> SessionExported:
    """Build and write the participants' handout PDF to ``out``, in ``language`` (None:
    the default)."""
    from reflectdesk.export.pdf import page_size, write_handout
    from reflectdesk.export.summary import build_handout

    report(progress, 0, 2)
    handout = build_handout(store, session_id, _texts(store, session_id, language))
    report(progress, 1, 2)
    write_handout(handout, out, page_size(paper))
    report(progress, 2, 2)
    return SessionExported(out, confidential=False)


def export_attendance_register(
    store: Store,
    session_id: str,
    out: Path,
    *,
    paper: Paper = "a4",
    language: str | None = None,
    names: NameStyle = "full",
    signatures: bool = True,
    progress: Progress | None = None,
) -> SessionExported:
    """Build and write the session's attendance register PDF to ``out`` (one table of
    the members and their marks, with a column to sign in unless ``signatures`` is
    False), in ``language`` (None: the default). It holds names and marks, no note text."""
    from reflectdesk.export.attendance_register import (
        build_attendance_register,
        write_attendance_register,
    )
    from reflectdesk.export.pdf import page_size

    report(progress, 0, 2)
    texts = _texts(store, session_id, language)
    register = build_attendance_register(store, session_id, texts, names=names)
    report(progress, 1, 2)
    write_attendance_register(register, out, page_size(paper), signatures=signatures)
    report(progress, 2, 2)
    return SessionExported(out, confidential=False)


def _texts(store: Store, session_id: str, language: str | None) -> Texts:
    """The words of a session's export: ``language``, else its group's default."""
    group_id = None if language else sessions.get_session(store, session_id).group_id
    return export_texts(store, group_id, language)
