"""A group's planned sessions (or one session) as an iCalendar file (.ics) that Outlook,
Google Calendar and Apple Calendar import.

- **Time zone.** Each start and end is written in the zone the facilitator plans in
  (``TZID=Europe/Amsterdam``) with a VTIMEZONE that spells out its rules, made by the
  icalendar library from the IANA data. Outlook does not know IANA names by themselves
  and needs that VTIMEZONE; Google and Apple read either. A zone keeps "19:00 in
  Amsterdam" readable in every calendar, and an event edited there stays in it. Without
  a zone (a command line that cannot tell the computer's) the times are written in UTC
  ("Z"), which every calendar reads correctly too.
- **Updates, not duplicates.** A session's UID is its id at a fixed domain
  (``<id>@reflectdesk``), so importing a later export again updates the same events;
  SEQUENCE rises with the session's last change (seconds since 2020), so a calendar
  takes the newer version.
- **Privacy.** A calendar is shared and synced to servers: it carries the group's name,
  the session's number, the format, the place and the times; never a member's or
  presenter's name, a title (free text that might hold case detail) or any note.

The library is imported here only, when a calendar is made: never on the way to the
window or to another command.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reflectdesk.core.errors import ReflectDeskError, words
from reflectdesk.core.file_names import proposed_file_name
from reflectdesk.core.model import SessionStatus
from reflectdesk.core.sessions import SessionRecord
from reflectdesk.files import write_atomically
from reflectdesk.operations.export_language import export_texts
from reflectdesk.store import groups, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.session_series import last_changes

__all__ = [
    "UID_DOMAIN",
    "CalendarWritten",
    "NothingToExportError",
    "calendar_bytes",
    "calendar_file_name",
    "export_calendar",
    "uid_of",
]

UID_DOMAIN = "reflectdesk"
PRODID = "-//ReflectDesk//ReflectDesk calendar export//EN"
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


class NothingToExportError(ReflectDeskError):
    code = "nothing_to_export"


class UnknownTimeZoneError(ReflectDeskError):
    code = "unknown_time_zone"


@dataclass(frozen=True, slots=True)
class CalendarWritten:
    path: Path
    events: int


def uid_of(session_id: str) -> str:
    """The session's UID in every export: the same id gives the same event."""
    return f"{session_id}@{UID_DOMAIN}"


def zone_for(name: str | None) -> ZoneInfo | None:
    """The IANA zone called ``name`` (None: write UTC)."""
    if not name or name == "UTC":
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        message = words().gettext('"{name}" is not a time zone ReflectDesk knows.')
        raise UnknownTimeZoneError(message.format(name=name)) from error


def _exported(
    store: Store, group_id: str, session_id: str | None
) -> list[tuple[int, SessionRecord]]:
    """The sessions to write with their number in the series (as the sessions table
    numbers them): the planned, dated ones, or the one asked for."""
    numbered = list(enumerate(sessions.list_sessions(store, group_id), start=1))
    if session_id is not None:
        chosen = [(n, r) for n, r in numbered if r.id == session_id and r.planned_start]
    else:
        chosen = [
            (n, r)
            for n, r in numbered
            if r.status is SessionStatus.PLANNED and r.planned_start is not None
        ]
    if not chosen:
        raise NothingToExportError(
            words().gettext("There is no planned session with a date to put in a calendar.")
        )
    return chosen


def calendar_bytes(
    store: Store,
    group_id: str,
    *,
    session_id: str | None = None,
    zone: str | None = None,
    language: str | None = None,
    now: datetime | None = None,
) -> tuple[bytes, int]:
    """The .ics file's bytes and how many events it holds."""
    import icalendar  # on first use: nothing else needs it

    where = zone_for(zone)
    texts = export_texts(store, group_id, language)
    group = groups.get_group(store, group_id)
    changed = last_changes(store, group_id)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", group.name)
    chosen = _exported(store, group_id, session_id)
    for number, record in chosen:
        assert record.planned_start is not None  # _exported keeps dated ones only
        start = record.planned_start.astimezone(where or UTC).replace(microsecond=0)
        event = icalendar.Event()
        event.add("uid", uid_of(record.id))
        event.add("dtstamp", stamp)
        event.add("sequence", _sequence(changed.get(record.id)))
        summary = texts.gettext("{group} — session {number}")
        event.add("summary", summary.format(group=group.name, number=number))
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(seconds=record.planned_seconds))
        if record.place:
            event.add("location", record.place)
        if record.format_name:
            event.add("description", record.format_name)
        calendar.add_component(event)
    if where is not None:
        calendar.add_missing_timezones()
    return calendar.to_ical(), len(chosen)


def _sequence(changed: datetime | None) -> int:
    if changed is None:
        return 0
    return max(0, int((changed - _SEQUENCE_EPOCH).total_seconds()))


def export_calendar(
    store: Store,
    group_id: str,
    out: Path,
    *,
    session_id: str | None = None,
    zone: str | None = None,
    language: str | None = None,
    now: datetime | None = None,
) -> CalendarWritten:
    """Write the calendar to ``out`` (atomically: an old file stays whole until the new
    one is complete)."""
    data, events = calendar_bytes(
        store, group_id, session_id=session_id, zone=zone, language=language, now=now
    )
    write_atomically(out, data)
    return CalendarWritten(out, events)


def calendar_file_name(
    store: Store, group_id: str, session_id: str | None = None, language: str | None = None
) -> str:
    """ "<group> — calendar.ics", or "<group> — session 2026-11-02.ics" for one."""
    group = groups.get_group(store, group_id)
    texts = export_texts(store, group_id, language)
    what = texts.pgettext("file name", "calendar")
    if session_id is None:
        return proposed_file_name([group.name, what], ".ics", fallback=what)
    when = sessions.get_session(store, session_id).planned_start
    if when is None:
        session = texts.pgettext("file name", "session")
    else:
        day = when.astimezone().date().isoformat()
        session = texts.pgettext("file name", "session {date}").format(date=day)
    return proposed_file_name([group.name, session], ".ics", fallback=what)
