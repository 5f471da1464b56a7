"""One group as CSV: one tidy table per file, for a spreadsheet or a statistics package.

    sessions.csv    id, date, status, format, presenter, planned_seconds, actual_seconds
    phases.csv      session_id, position, name, planned_seconds, actual_seconds
    attendance.csv  session_id, date, person_id, display_name, role, status
    themes.csv      session_id, learning_point_id, theme_key, theme_name, kind
    actions.csv     id, session_id, text, owner, due_on, done

Written by reflectdesk.export.spreadsheet: CSV (UTF-8 with a BOM, the separator of the
export language's Excel, the header in that language) or the sheets of one .xlsx
workbook; each file written atomically. Dates are ISO dates (a session's date is its
planned start in local time); an empty cell is "not recorded". A phase's actual seconds
are its running time as the session clock shows it, replayed from the clock events
(``snapshot_at``'s ``used``); sessions whose clock never ran have none. Private notes
are never read, so no private text can reach these files.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from reflectdesk.core.clock import ClockError
from reflectdesk.core.phase_times import phase_times
from reflectdesk.core.sessions import SessionRecord
from reflectdesk.export.spreadsheet import Cell, Table, write_csv_tables
from reflectdesk.i18n.texts import Texts, texts_for
from reflectdesk.paths import make_private_folder
from reflectdesk.store.attendance import attendance
from reflectdesk.store.database import Store
from reflectdesk.store.notes import actions, learning_points
from reflectdesk.store.sessions import clock_events, list_sessions, session_phases
from reflectdesk.store.themes import list_themes, session_theme_ids

SESSION_COLUMNS = (
    "id",
    "date",
    "status",
    "format",
    "presenter",
    "planned_seconds",
    "actual_seconds",
)
PHASE_COLUMNS = ("session_id", "position", "name", "planned_seconds", "actual_seconds")
# role: member, facilitator or co_facilitator (the codes the archive uses), so the
# participants' attendance can be counted without the people who lead.
ATTENDANCE_COLUMNS = ("session_id", "date", "person_id", "display_name", "role", "status")
THEME_COLUMNS = ("session_id", "learning_point_id", "theme_key", "theme_name", "kind")
ACTION_COLUMNS = ("id", "session_id", "text", "owner", "due_on", "done")


def write_csv(
    store: Store,
    group_id: str,
    out_dir: Path,
    texts: Texts | None = None,
    separator: str | None = None,
) -> list[Path]:
    """Write the group's five CSV files into ``out_dir`` (made if missing); their paths.
    Headers in the language of ``texts`` (None: the process's), ``separator`` None: the
    language's own."""
    tables = group_tables(store, group_id)
    make_private_folder(out_dir)
    return write_csv_tables(group_id, tables, out_dir, texts or texts_for(None), separator)


def group_tables(store: Store, group_id: str) -> list[Table]:
    """The group's five tables: sessions, phases, attendance, themes, actions."""
    from reflectdesk.store.groups import get_group

    get_group(store, group_id)  # NotFoundError for an unknown group
    themes = {theme.id: theme for theme in list_themes(store, include_archived=True)}
    tables: dict[str, tuple[Sequence[str], list[Sequence[Cell]]]] = {
        "sessions": (SESSION_COLUMNS, []),
        "phases": (PHASE_COLUMNS, []),
        "attendance": (ATTENDANCE_COLUMNS, []),
        "themes": (THEME_COLUMNS, []),
        "actions": (ACTION_COLUMNS, []),
    }
    for meeting in list_sessions(store, group_id):
        day = session_date(meeting)
        used = phase_seconds(store, meeting)
        actual = round(sum(used), 3) if used is not None else None
        tables["sessions"][1].append(
            (
                meeting.id,
                day,
                meeting.status.value,
                meeting.format_name,
                meeting.presenter_name,
                meeting.planned_seconds,
                actual,
            )
        )
        for index, phase in enumerate(session_phases(store, meeting.id)):
            seconds = round(used[index], 3) if used is not None else None
            tables["phases"][1].append(
                (meeting.id, phase.position, phase.name, phase.planned_seconds, seconds)
            )
        for entry in attendance(store, meeting.id):
            status = entry.status.value if entry.status is not None else None
            tables["attendance"][1].append(
                (meeting.id, day, entry.person_id, entry.display_name, entry.role.value, status)
            )
        tagged: list[tuple[str | None, str | None, str]] = [
            (meeting.id, None, theme_id) for theme_id in session_theme_ids(store, meeting.id)
        ]
        for point in learning_points(store, meeting.id):
            tagged.extend((None, point.id, theme_id) for theme_id in point.theme_ids)
        for session_id, point_id, theme_id in tagged:
            theme = themes[theme_id]
            tables["themes"][1].append(
                (session_id, point_id, theme.key, theme.name, theme.kind.value)
            )
        for action in actions(store, meeting.id):
            tables["actions"][1].append(
                (action.id, meeting.id, action.text, action.owner_name, action.due_on, action.done)
            )
    return [Table(name, tuple(header), rows) for name, (header, rows) in tables.items()]


def session_date(meeting: SessionRecord) -> date | None:
    """The session's date: its planned start (else its start) in local time."""
    moment: datetime | None = meeting.planned_start or meeting.started_at
    return moment.astimezone().date() if moment is not None else None


def phase_seconds(store: Store, meeting: SessionRecord) -> list[float] | None:
    """Each phase's running seconds replayed from the clock events, as the clock showed
    them at the last event; None when the clock never ran (or its events cannot be
    replayed, which a damaged record must not turn into a failed export)."""
    events = clock_events(store, meeting.id)
    if not events:
        return None
    plan = [phase.to_planned() for phase in session_phases(store, meeting.id)]
    try:
        times = phase_times(plan, events, protect_end=meeting.protect_end_time)
    except ClockError:
        return None
    return [time.used for time in times]
