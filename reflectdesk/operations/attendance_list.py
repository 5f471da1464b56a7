"""The CPD attendance list of one session or of a group's accredited series, written as
.xlsx or PDF; the window and ``reflectdesk export attendance-list`` both run it.

When the file is written, each finished session listed records the time
(sessions.attendance_list_exported_at), which ends its reminder; a refusal or a failed
write records nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from reflectdesk.core.errors import InvalidInputError, ReflectDeskError, words
from reflectdesk.operations import Paper, Progress, report
from reflectdesk.operations.export_language import export_texts
from reflectdesk.store import attendance_list as list_store
from reflectdesk.store.database import Store

__all__ = [
    "AttendanceListExported",
    "ListScope",
    "NoAccreditedSessionsError",
    "attendance_list_file_name",
    "export_attendance_list",
]

LIST_SUFFIXES = (".xlsx", ".pdf")


class NoAccreditedSessionsError(ReflectDeskError):
    """Nothing to list: no session (in the period) has an accreditation id."""

    code = "no_accredited_sessions"


@dataclass(frozen=True, slots=True)
class ListScope:
    """One session (any status: a list may be printed to sign in), or the finished
    accredited sessions of a group, from ``first`` to ``last`` when given."""

    session_id: str | None = None
    group_id: str | None = None
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True, slots=True)
class AttendanceListExported:
    path: Path
    sessions: int


def export_attendance_list(
    store: Store,
    scope: ListScope,
    out: Path,
    *,
    language: str | None = None,
    paper: Paper = "a4",
    now: datetime | None = None,
    progress: Progress | None = None,
) -> AttendanceListExported:
    """Write the list to ``out`` (.xlsx or .pdf, by its suffix) and record the export
    time on the finished sessions listed."""
    from reflectdesk.export.attendance_list import build_attendance_list

    suffix = out.suffix.lower()
    if suffix not in LIST_SUFFIXES:
        message = words().gettext("An attendance list is written as .xlsx or .pdf, not {name}.")
        raise InvalidInputError("out", message.format(name=out.name))
    report(progress, 0, 3)
    session_ids = _chosen_sessions(store, scope)
    listed = list_store.listed_sessions(store, session_ids)
    if not any(item.accreditation_id for item in listed):
        raise NoAccreditedSessionsError(_no_accreditation_message(scope))
    texts = export_texts(store, listed[0].group_id, language)
    listing = build_attendance_list(listed, texts)
    report(progress, 1, 3)
    if suffix == ".xlsx":
        from reflectdesk.export.attendance_list_xlsx import write_attendance_list_xlsx

        write_attendance_list_xlsx(listing, out, sessions=len(listed))
    else:
        from reflectdesk.export.attendance_list_pdf import write_attendance_list_pdf
        from reflectdesk.export.pdf import page_size

        write_attendance_list_pdf(listing, out, page_size(paper))
    report(progress, 2, 3)
    list_store.mark_exported(store, session_ids, now or datetime.now(UTC))
    report(progress, 3, 3)
    return AttendanceListExported(out, len(listed))


def _chosen_sessions(store: Store, scope: ListScope) -> list[str]:
    if scope.session_id is not None:
        return [scope.session_id]
    if scope.group_id is None:
        raise ValueError("a ListScope names a session or a group")
    chosen = list_store.accredited_sessions(
        store, scope.group_id, first=scope.first, last=scope.last
    )
    if not chosen:
        raise NoAccreditedSessionsError(_no_accreditation_message(scope))
    return chosen


def _no_accreditation_message(scope: ListScope) -> str:
    if scope.session_id is not None:
        return words().gettext(
            "This session has no accreditation id, nor has its group: add one to the "
            "session or the group first."
        )
    if scope.first is not None or scope.last is not None:
        return words().gettext(
            "The group has no finished session with an accreditation id in that period."
        )
    return words().gettext(
        "The group has no finished session with an accreditation id: add one to the "
        "group (or to its sessions) first."
    )


def attendance_list_file_name(
    store: Store, scope: ListScope, language: str | None = None, suffix: str = ".xlsx"
) -> str:
    """ "<group> — session 2026-03-03 — attendance list.xlsx", or for a series "<group> —
    attendance list.xlsx" (in Dutch "presentielijst")."""
    from reflectdesk.core.file_names import proposed_file_name
    from reflectdesk.store import groups, sessions

    parts = []
    if scope.session_id is not None:
        record = sessions.get_session(store, scope.session_id)
        group_id = record.group_id
        when = record.started_at or record.planned_start
        texts = export_texts(store, group_id, language)
        if when is not None:
            day = when.astimezone().date().isoformat()
            parts.append(texts.pgettext("file name", "session {date}").format(date=day))
    else:
        group_id = scope.group_id or ""
        texts = export_texts(store, group_id, language)
    what = texts.pgettext("file name", "attendance list")
    name = groups.get_group(store, group_id).name
    return proposed_file_name([name, *parts, what], suffix, fallback=what)
