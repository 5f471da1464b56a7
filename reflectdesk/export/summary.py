"""The plain summaries a PDF is built from: what a session record or a handout says.

Built from the store by :func:`build_session_summary` and :func:`build_handout`; the PDF
layer (reflectdesk.export.pdf) only lays them out, so the choice of what leaves the
program (initials, shareable points only, private notes only when asked) is made here
and tested without a PDF. Dates and clock times are in the computer's local time, and
every word and date is in the language of the :class:`Texts` handed in (the summary
keeps that language, so its PDF is written in the same one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from reflectdesk.core.model import ATTENDED, AttendanceStatus, Role
from reflectdesk.core.names import initials
from reflectdesk.core.phase_times import phase_times, whole_minutes
from reflectdesk.export.evaluation import SessionFigures, session_figures
from reflectdesk.i18n.texts import Texts, texts_for
from reflectdesk.store import attendance as attendance_store
from reflectdesk.store import decks, groups, members, notes, sessions, themes
from reflectdesk.store.database import Store

NameStyle = Literal["full", "initials"]


def attendance_word(status: AttendanceStatus | None, texts: Texts) -> str:
    """How the summary writes an attendance mark ("not recorded" for none)."""
    # Spelled out one by one so that the extractor finds every word.
    words = {
        AttendanceStatus.PRESENT: texts.pgettext("attendance", "present"),
        AttendanceStatus.ABSENT: texts.pgettext("attendance", "absent"),
        AttendanceStatus.EXCUSED: texts.pgettext("attendance", "excused"),
        AttendanceStatus.LATE: texts.pgettext("attendance", "late"),
        AttendanceStatus.LEFT_EARLY: texts.pgettext("attendance", "left early"),
    }
    if status is None:
        return texts.pgettext("attendance", "not recorded")
    return words[status]


@dataclass(frozen=True, slots=True)
class PhaseLine:
    """One phase: planned minutes and, once the clock ran, the minutes it really ran and
    the minutes it was given as run (the plan plus extensions; None when never reached)."""

    name: str
    planned_minutes: int
    actual_minutes: int | None
    given_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class AttendanceLine:
    name: str
    status: str


@dataclass(frozen=True, slots=True)
class ActionLine:
    text: str
    owner: str  # "facilitator" when nobody in particular
    due: str  # "" without a date
    done: bool


@dataclass(frozen=True, slots=True)
class PrivateNoteLine:
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """Everything the session summary PDF shows, as plain text."""

    group_name: str
    date_text: str  # e.g. "Tuesday 3 March 2026, 14:00"
    title: str
    place: str
    facilitators: tuple[str, ...]
    attendance: tuple[AttendanceLine, ...]
    format_name: str
    phases: tuple[PhaseLine, ...]
    presenter: str | None
    cards: tuple[str, ...]
    themes: tuple[str, ...]
    learning_points: tuple[str, ...]
    actions: tuple[ActionLine, ...]
    private_notes: tuple[PrivateNoteLine, ...] = ()
    include_private: bool = False
    # The session's questionnaire responses; empty: no evaluation section.
    evaluation: tuple[SessionFigures, ...] = ()
    language: str = "en"  # the language its words and dates were written in
    # Who was there, the facilitators apart: (participants attended, on the register,
    # facilitators attended); None when nothing was recorded.
    present: tuple[int, int, int] | None = None

    @property
    def confidential(self) -> bool:
        return self.include_private


@dataclass(frozen=True, slots=True)
class AgendaLine:
    clock: str  # "14:05", or "" when the session has no planned start
    name: str
    minutes: int


@dataclass(frozen=True, slots=True)
class HandoutSummary:
    """The participants' one-page handout: ground rules and the agenda."""

    group_name: str
    date_text: str
    place: str
    ground_rules: tuple[str, ...]
    agenda: tuple[AgendaLine, ...]
    end_clock: str  # "" without a planned start
    language: str = "en"


def date_text(when: datetime | None, texts: Texts, *, with_time: bool = True) -> str:
    """A date as people write it on paper, in local time ("Monday 26 October 2026,
    14:00" / "maandag 26 oktober 2026, 14:00"); "date not set" for None."""
    if when is None:
        return texts.gettext("date not set")
    local = when.astimezone()
    day = texts.long_date(local.date())
    return f"{day}, {texts.time_of_day(local)}" if with_time else day


def name_writer(names: NameStyle) -> Callable[[str], str]:
    """How an export writes a member's display name: as it is ("full") or as initials;
    ValueError for any other style."""
    if names not in ("full", "initials"):
        raise ValueError(f"names must be 'full' or 'initials', not {names!r}")

    def name(display_name: str) -> str:
        return initials(display_name) if names == "initials" else display_name

    return name


def build_session_summary(
    store: Store,
    session_id: str,
    *,
    names: NameStyle = "full",
    include_private: bool = False,
    presenter: bool = True,
    texts: Texts | None = None,
) -> SessionSummary:
    """The summary of one session. ``names="initials"`` writes members as initials
    (facilitators keep their names); only shareable learning points are included; private
    notes only with ``include_private``. Words and dates in the language of ``texts``
    (None: the process's language). Read in one read transaction (``Store.snapshot``)."""
    with store.snapshot():
        return _session_summary(
            store,
            session_id,
            name_writer(names),
            include_private=include_private,
            presenter=presenter,
            texts=texts,
        )


def _session_summary(
    store: Store,
    session_id: str,
    name: Callable[[str], str],
    *,
    include_private: bool,
    presenter: bool,
    texts: Texts | None,
) -> SessionSummary:
    texts = texts or texts_for(None)
    record = sessions.get_session(store, session_id)
    group = groups.get_group(store, record.group_id)
    facilitators = tuple(
        member.display_name
        for member in members.list_members(store, group.id, include_former=True)
        if member.role in (Role.FACILITATOR, Role.CO_FACILITATOR)
    )
    everyone = attendance_store.attendance(store, session_id)
    register = tuple(
        AttendanceLine(
            name(entry.display_name),
            attendance_word(entry.status, texts),
        )
        for entry in everyone
        if entry.role is Role.MEMBER
    )
    participants = [entry for entry in everyone if entry.role is Role.MEMBER]
    present = (
        (
            sum(entry.status in ATTENDED for entry in participants),
            len(participants),
            sum(entry.status in ATTENDED for entry in everyone if entry.role is not Role.MEMBER),
        )
        if any(entry.status is not None for entry in everyone)
        else None
    )
    times = phase_times(
        [phase.to_planned() for phase in sessions.session_phases(store, session_id)],
        sessions.clock_events(store, session_id),
        protect_end=record.protect_end_time,
    )
    phases = tuple(
        PhaseLine(
            time.name,
            whole_minutes(time.planned_seconds),
            None if time.actual_seconds is None else whole_minutes(time.actual_seconds),
            None if time.given_seconds is None else whole_minutes(time.given_seconds),
        )
        for time in times
    )
    theme_names = {
        theme.id: theme.name for theme in themes.list_themes(store, include_archived=True)
    }
    cards = tuple(
        f"{shown.stage}: {shown.title}" if shown.stage else shown.title
        for shown in decks.cards_shown(store, session_id)
    )
    actions = tuple(
        ActionLine(
            action.text,
            texts.gettext("facilitator") if action.owner_name is None else name(action.owner_name),
            "" if action.due_on is None else texts.long_date(action.due_on),
            action.done,
        )
        for action in notes.actions(store, session_id)
    )
    private = (
        tuple(
            PrivateNoteLine(note.title, note.body)
            for note in notes.private_notes(store, session_id)
        )
        if include_private
        else ()
    )
    return SessionSummary(
        group_name=group.name,
        date_text=date_text(record.started_at or record.planned_start, texts),
        title=record.title,
        place=record.place,
        facilitators=facilitators,
        attendance=register,
        present=present,
        format_name=record.format_name or "",
        phases=phases,
        presenter=name(record.presenter_name) if presenter and record.presenter_name else None,
        cards=cards,
        themes=tuple(
            theme_names[theme_id]
            for theme_id in themes.session_theme_ids(store, session_id)
            if theme_id in theme_names
        ),
        learning_points=tuple(
            point.text for point in notes.learning_points(store, session_id) if point.shareable
        ),
        actions=actions,
        private_notes=private,
        include_private=include_private,
        evaluation=session_figures(store, session_id, group.id, texts),
        language=texts.language,
    )


def build_handout(store: Store, session_id: str, texts: Texts | None = None) -> HandoutSummary:
    """The handout of a session: the group's ground rules (one per line) and the agenda,
    with clock times from the planned start plus the planned minutes before each phase."""
    texts = texts or texts_for(None)
    record = sessions.get_session(store, session_id)
    group = groups.get_group(store, record.group_id)
    start = None if record.planned_start is None else record.planned_start.astimezone()
    agenda: list[AgendaLine] = []
    offset = 0
    for phase in sessions.session_phases(store, session_id):
        clock = "" if start is None else texts.time_of_day(start + timedelta(seconds=offset))
        agenda.append(AgendaLine(clock, phase.name, whole_minutes(phase.planned_seconds)))
        offset += phase.planned_seconds
    end_clock = "" if start is None else texts.time_of_day(start + timedelta(seconds=offset))
    rules = tuple(
        line.strip().lstrip("-•*").strip()
        for line in group.ground_rules.splitlines()
        if line.strip().lstrip("-•*").strip()
    )
    return HandoutSummary(
        group_name=group.name,
        date_text=date_text(record.planned_start, texts),
        place=record.place,
        ground_rules=rules,
        agenda=tuple(agenda),
        end_clock=end_clock,
        language=texts.language,
    )
