"""The file name an export proposes in the save dialog: what the file is, in the
export's language ("Balint group 2 — session 2026-11-02 — summary.pdf", in Dutch
"Balintgroep 2 — bijeenkomst 2026-11-02 — verslag.pdf").

Dates are ISO (yyyy-mm-dd): they sort as dates in any file list and read the same in
every language. The name is made safe for every system by core.file_names.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from reflectdesk.core.file_names import proposed_file_name
from reflectdesk.i18n.texts import Texts
from reflectdesk.operations.export_language import export_texts
from reflectdesk.store import groups, programmes, sessions
from reflectdesk.store.database import Store

__all__ = [
    "GroupKind",
    "SessionKind",
    "archive_file_name",
    "group_file_name",
    "programme_file_name",
    "session_file_name",
]

SessionKind = Literal["summary", "handout", "register"]
GroupKind = Literal["series", "bulletin", "tables"]

# Every word below has the context "file name" (a literal, for Babel to extract): it
# keeps them apart from the same words in a PDF's headings, which are capitalised.


def _session_kind(texts: Texts, kind: SessionKind) -> str:
    if kind == "handout":
        return texts.pgettext("file name", "handout")
    if kind == "register":
        return texts.pgettext("file name", "attendance register")
    return texts.pgettext("file name", "summary")


def _group_kind(texts: Texts, kind: GroupKind) -> str:
    if kind == "series":
        return texts.pgettext("file name", "series report")
    if kind == "bulletin":
        return texts.pgettext("file name", "learning bulletin")
    return texts.pgettext("file name", "tables")


def session_file_name(
    store: Store, session_id: str, kind: SessionKind, language: str | None = None
) -> str:
    """The group, the session's day and what the file is ("… — session 2026-11-02 —
    summary.pdf"), dated as the PDF is: a summary by the day the session ran (else was
    planned), a handout by the day it is planned for; the day where the laptop is."""
    record = sessions.get_session(store, session_id)
    group = groups.get_group(store, record.group_id)
    texts = export_texts(store, record.group_id, language)
    if kind == "summary":
        when = record.started_at or record.planned_start
    else:
        when = record.planned_start or record.started_at
    if when is None:
        session = texts.pgettext("file name", "session")
    else:
        day = when.astimezone().date().isoformat()
        session = texts.pgettext("file name", "session {date}").format(date=day)
    what = _session_kind(texts, kind)
    return proposed_file_name([group.name, session, what], ".pdf", fallback=what)


def group_file_name(
    store: Store, group_id: str, kind: GroupKind, language: str | None = None
) -> str:
    """ "<group> — series report.pdf", "… — learning bulletin.pdf" or the tables'
    workbook, "… — tables.xlsx"."""
    group = groups.get_group(store, group_id)
    texts = export_texts(store, group_id, language)
    what = _group_kind(texts, kind)
    extension = ".xlsx" if kind == "tables" else ".pdf"
    return proposed_file_name([group.name, what], extension, fallback=what)


def archive_file_name(
    store: Store, group_id: str | None, today: date, language: str | None = None
) -> str:
    """ "<group> — archive <today>.rdarchive", or "ReflectDesk — all groups — archive
    <today>.rdarchive" for everything: an archive is a copy as it was on a day."""
    texts = export_texts(store, group_id, language)
    what = texts.pgettext("file name", "archive {date}").format(date=today.isoformat())
    if group_id is None:
        parts = ["ReflectDesk", texts.pgettext("file name", "all groups"), what]
    else:
        parts = [groups.get_group(store, group_id).name, what]
    return proposed_file_name(parts, ".rdarchive", fallback=what)


def programme_file_name(store: Store, programme_id: str, language: str | None = None) -> str:
    """ "<programme> — programme report.pdf"."""
    programme = programmes.get_programme(store, programme_id)
    texts = export_texts(store, None, language)
    what = texts.pgettext("file name", "programme report")
    return proposed_file_name([programme.name, what], ".pdf", fallback=what)
