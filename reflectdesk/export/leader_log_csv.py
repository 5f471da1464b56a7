"""A leader's log as one CSV table (Excel's separator for the language, see
export/spreadsheet.py): a row per session led or co-led in ReflectDesk and per hand
entry, oldest first. Private notes never leave the vault: only whether one exists."""

from __future__ import annotations

from pathlib import Path

from reflectdesk.core.leader_log import LedSession, LogEntry
from reflectdesk.core.leader_report import LeaderLog
from reflectdesk.core.model import LeaderLogKind
from reflectdesk.export.spreadsheet import Cell, csv_bytes, default_separator
from reflectdesk.files import write_atomically
from reflectdesk.i18n.texts import Texts

__all__ = ["kind_label", "leader_log_rows", "write_leader_log_csv"]


def kind_label(kind: LeaderLogKind, t: Texts) -> str:
    labels = {
        LeaderLogKind.LED: t.pgettext("leader log", "Led"),
        LeaderLogKind.CO_LED: t.pgettext("leader log", "Co-led"),
        LeaderLogKind.SUPERVISION: t.pgettext("leader log", "Supervision"),
        LeaderLogKind.TRAINING: t.pgettext("leader log", "Training"),
    }
    return labels[kind]


def header(t: Texts) -> list[str]:
    return [
        t.gettext("Date"),
        t.gettext("Kind"),
        t.gettext("Source"),
        t.gettext("Group or title"),
        t.gettext("Format"),
        t.gettext("Supervisor, trainer or co-leader"),
        t.gettext("Cases"),
        t.gettext("Minutes"),
        t.gettext("Co-leader debrief"),
    ]


def _session_row(session: LedSession, t: Texts) -> list[Cell]:
    debrief = None
    if session.role is LeaderLogKind.CO_LED:
        debrief = t.gettext("yes") if session.debriefed else t.gettext("no")
    return [
        session.on_date,
        kind_label(session.role, t),
        "ReflectDesk",
        session.group_name,
        session.format_name,
        "",
        session.cases,
        session.minutes,
        debrief,
    ]


def _entry_row(entry: LogEntry, t: Texts) -> list[Cell]:
    return [
        entry.on_date,
        kind_label(entry.kind, t),
        t.gettext("entered by hand"),
        entry.title,
        "",
        entry.counterpart,
        entry.cases,
        entry.minutes,
        None,
    ]


def leader_log_rows(log: LeaderLog, t: Texts) -> list[list[Cell]]:
    """Sessions and entries in date order (sessions first on the same day)."""
    dated = [(s.on_date, 0, _session_row(s, t)) for s in log.sessions]
    dated += [(e.on_date, 1, _entry_row(e, t)) for e in log.entries]
    return [row for _, _, row in sorted(dated, key=lambda item: (item[0], item[1]))]


def write_leader_log_csv(
    log: LeaderLog, path: Path, t: Texts, separator: str | None = None
) -> None:
    chosen = separator or default_separator(t.language)
    write_atomically(path, csv_bytes(header(t), leader_log_rows(log, t), separator=chosen))
