"""The CPD attendance list (presentielijst) of one session or a series: who took part,
their registration number, the date, start and end, the duration in decimal hours and
the activity's accreditation id, as Dutch GAIA and UK appraisal ask.

:func:`build_attendance_list` turns the store's sessions into plain text and numbers in
one language; ``attendance_list_xlsx`` and ``attendance_list_pdf`` lay it out. The
registration numbers appear on this list and on no other export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reflectdesk.core.attendance_list import TimesSource, session_times
from reflectdesk.core.model import Role
from reflectdesk.export.summary import attendance_word
from reflectdesk.i18n.texts import Texts
from reflectdesk.store.attendance_list import ListedSession


@dataclass(frozen=True, slots=True)
class ListLine:
    """One person at one session, in words."""

    name: str
    role: str
    leads: bool
    registration_number: str
    attendance: str  # '' while the session has no attendance recorded
    minutes_missed: int | None


@dataclass(frozen=True, slots=True)
class ListSession:
    group_name: str
    title: str
    start: datetime | None  # local time; None: the session has no date
    end: datetime | None
    source: TimesSource | None
    minutes: int
    hours: float
    accreditation_id: str
    lines: tuple[ListLine, ...]


@dataclass(frozen=True, slots=True)
class AttendanceList:
    group_name: str
    sessions: tuple[ListSession, ...]
    language: str

    @property
    def any_minutes_missed(self) -> bool:
        """Whether any line has minutes missed: the column is shown only then."""
        return any(line.minutes_missed is not None for item in self.sessions for line in item.lines)


def role_word(role: Role, texts: Texts) -> str:
    words = {
        Role.MEMBER: texts.pgettext("role", "participant"),
        Role.FACILITATOR: texts.pgettext("role", "facilitator"),
        Role.CO_FACILITATOR: texts.pgettext("role", "co-facilitator"),
    }
    return words[role]


def source_word(source: TimesSource | None, texts: Texts) -> str:
    if source is TimesSource.CLOCK:
        return texts.gettext("as run on the session clock; the duration leaves pauses out")
    if source is TimesSource.PLANNED:
        return texts.gettext("as planned (the session clock did not run it)")
    return texts.gettext("date not set")


def build_attendance_list(listed: Sequence[ListedSession], texts: Texts) -> AttendanceList:
    """The list of ``listed`` sessions in ``texts``' language, times in local time."""
    sessions = []
    for item in listed:
        times = session_times(
            item.started_at,
            item.ended_at,
            item.planned_start,
            item.planned_seconds,
            item.running_seconds,
        )
        lines = tuple(
            ListLine(
                name=person.display_name,
                role=role_word(person.role, texts),
                leads=person.leads,
                registration_number=person.registration_number,
                attendance="" if person.status is None else attendance_word(person.status, texts),
                minutes_missed=person.minutes_missed,
            )
            for person in item.people
        )
        sessions.append(
            ListSession(
                group_name=item.group_name,
                title=item.title,
                start=None if times is None else times.start.astimezone(),
                end=None if times is None else times.end.astimezone(),
                source=None if times is None else times.source,
                minutes=0 if times is None else times.minutes,
                hours=0.0 if times is None else times.hours,
                accreditation_id=item.accreditation_id,
                lines=lines,
            )
        )
    group_name = listed[0].group_name if listed else ""
    return AttendanceList(group_name, tuple(sessions), texts.language)


def list_title(texts: Texts) -> str:
    return texts.gettext("Attendance list")
