"""The plain summaries of a whole series: the facilitator's series report and the
learning bulletin to pin up.

Built from the store by :func:`build_series_report` and :func:`build_bulletin`; the PDF
layer (reflectdesk.export.series_pdf) only lays them out, so what leaves the program
(initials, shareable points only, no names on the bulletin unless asked) is decided here.
Actual phase times come from replaying each session's clock events (core.phase_times), never
from the stored actual_start/actual_end. Dates are in the computer's local time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.model import ATTENDED, AttendanceStatus, Role, SessionStatus
from reflectdesk.core.names import fold
from reflectdesk.core.phase_times import phase_times, whole_minutes
from reflectdesk.core.rotation import presenter_stats
from reflectdesk.core.sessions import SessionPhaseRecord, SessionRecord
from reflectdesk.export.evaluation import QuestionnaireResults, build_evaluation
from reflectdesk.export.summary import NameStyle, name_writer
from reflectdesk.i18n.texts import Texts, texts_for
from reflectdesk.store import attendance as attendance_store
from reflectdesk.store import groups, members, notes, sessions, themes
from reflectdesk.store.database import Store
from reflectdesk.store.series_reads import group_registers, group_timelines

# The marks of the attendance matrix; "—" where nothing was recorded.
MARKS = {
    AttendanceStatus.PRESENT: "✓",
    AttendanceStatus.LATE: "L",
    AttendanceStatus.LEFT_EARLY: "↦",
    AttendanceStatus.EXCUSED: "E",
    AttendanceStatus.ABSENT: "✗",
}
NO_MARK = "—"


def legend(texts: Texts) -> tuple[tuple[str, str], ...]:
    """The marks of the matrix and their words."""
    return (
        ("✓", texts.pgettext("attendance", "present")),
        ("L", texts.pgettext("attendance", "late")),
        ("↦", texts.pgettext("attendance", "left early")),
        ("E", texts.pgettext("attendance", "excused")),
        ("✗", texts.pgettext("attendance", "absent")),
        (NO_MARK, texts.pgettext("attendance", "not recorded")),
    )


OVERRUN_SECONDS = 60  # a phase counts as overrun from one full minute over its plan


@dataclass(frozen=True, slots=True)
class SeriesSession:
    number: int  # 1..n, the matrix's column heading
    date_text: str  # "3 Mar 2026", or "date not set"
    title: str
    finished: bool


@dataclass(frozen=True, slots=True)
class MatrixRow:
    name: str
    marks: tuple[str, ...]  # one per session, in session order
    attended: int  # present, late or left early
    shortfall: bool  # below the group's attendance rule, beyond making up
    note: str  # "below 5 of 6", "needs 2 of the 3 left", or "" (met, or no rule)


@dataclass(frozen=True, slots=True)
class PresenterLine:
    name: str
    times: int
    last: str  # "3 March 2026", "" when never


@dataclass(frozen=True, slots=True)
class TimingLine:
    """One phase name over the finished sessions that ran it."""

    phase: str
    sessions: int
    planned_minutes: int  # mean
    actual_minutes: int  # mean of the replayed running seconds
    overruns: int
    biggest_overrun_minutes: int  # 0 without an overrun


@dataclass(frozen=True, slots=True)
class ThemeBar:
    name: str
    sessions: int
    learning_points: int


@dataclass(frozen=True, slots=True)
class SeriesReport:
    group_name: str
    period: str  # "3 March – 14 April 2026", the sessions' span
    planned_sessions: int
    rule: str  # "at least 5 of 6 sessions", "" without a rule
    sessions: tuple[SeriesSession, ...]
    matrix: tuple[MatrixRow, ...]
    presenters: tuple[PresenterLine, ...]
    timing: tuple[TimingLine, ...]
    themes: tuple[ThemeBar, ...]
    # Every questionnaire the group has responses to; empty: no evaluation section.
    evaluation: tuple[QuestionnaireResults, ...] = ()
    language: str = "en"  # the language its words and dates were written in


@dataclass(frozen=True, slots=True)
class BulletinSection:
    theme: str
    points: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Bulletin:
    group_name: str
    period: str
    about: str  # the short line under the title
    sections: tuple[BulletinSection, ...]
    language: str = "en"


def _when(record: SessionRecord) -> datetime | None:
    return record.started_at or record.planned_start


def _local_date(record: SessionRecord) -> date | None:
    when = _when(record)
    return None if when is None else when.astimezone().date()


def _short(day: date | None, texts: Texts) -> str:
    """ "3 Mar 2026" / "3 mrt 2026"."""
    if day is None:
        return texts.gettext("date not set")
    from babel.dates import format_date

    return format_date(day, "d MMM y", locale=texts.locale)


def _long(day: date, texts: Texts) -> str:
    """ "3 March 2026" / "3 maart 2026"."""
    from babel.dates import format_date

    return format_date(day, "d MMMM y", locale=texts.locale)


def period_text(days: list[date], texts: Texts | None = None) -> str:
    """The span of ``days`` as people write it: "3 March – 14 April 2026"."""
    texts = texts or texts_for(None)
    if not days:
        return texts.gettext("no sessions yet")
    first, last = min(days), max(days)
    if first == last:
        return _long(first, texts)
    if first.year == last.year:
        from babel.dates import format_date

        return f"{format_date(first, 'd MMMM', locale=texts.locale)} – {_long(last, texts)}"
    return f"{_long(first, texts)} – {_long(last, texts)}"


def held_sessions(store: Store, group_id: str) -> list[SessionRecord]:
    """The group's running and finished sessions, oldest first."""
    return [
        record
        for record in sessions.list_sessions(store, group_id)
        if record.status in (SessionStatus.RUNNING, SessionStatus.FINISHED)
    ]


def phase_seconds(store: Store, record: SessionRecord) -> list[tuple[str, int, float | None]]:
    """(name, planned seconds, running seconds used or None if never reached) per phase,
    from replaying the session's clock events."""
    return _replayed(
        record, sessions.session_phases(store, record.id), sessions.clock_events(store, record.id)
    )


def _replayed(
    record: SessionRecord, phases: list[SessionPhaseRecord], events: list[ClockEventRecord]
) -> list[tuple[str, int, float | None]]:
    times = phase_times(
        [phase.to_planned() for phase in phases], events, protect_end=record.protect_end_time
    )
    return [(time.name, time.planned_seconds, time.actual_seconds) for time in times]


def _timing(store: Store, group_id: str, held: list[SessionRecord]) -> tuple[TimingLine, ...]:
    finished = [record for record in held if record.status is SessionStatus.FINISHED]
    timelines = group_timelines(store, group_id, [record.id for record in finished])
    by_name: dict[str, list[tuple[int, float]]] = {}
    for record in finished:
        for name, planned, used in _replayed(record, *timelines[record.id]):
            if used is not None:
                by_name.setdefault(name, []).append((planned, used))
    lines = []
    for name, runs in by_name.items():
        overs = [used - planned for planned, used in runs if used - planned >= OVERRUN_SECONDS]
        lines.append(
            TimingLine(
                phase=name,
                sessions=len(runs),
                planned_minutes=whole_minutes(sum(planned for planned, _ in runs) / len(runs)),
                actual_minutes=whole_minutes(sum(used for _, used in runs) / len(runs)),
                overruns=len(overs),
                biggest_overrun_minutes=whole_minutes(max(overs)) if overs else 0,
            )
        )
    return tuple(lines)


def build_series_report(
    store: Store, group_id: str, *, names: NameStyle = "full", texts: Texts | None = None
) -> SeriesReport:
    """The series report of a group: attendance matrix against the group's rule,
    presenter rotation, timing per phase over the finished sessions, theme counts.
    ``names="initials"`` writes members as initials; words and dates in the language of
    ``texts`` (None: the process's language).

    Everything is read in one read transaction (``Store.snapshot``), each table once for
    all the group's sessions, so the number of queries does not grow with the series."""
    with store.snapshot():
        return _series_report(store, group_id, name_writer(names), texts or texts_for(None))


def _series_report(
    store: Store, group_id: str, name: Callable[[str], str], t: Texts
) -> SeriesReport:
    group = groups.get_group(store, group_id)
    held = held_sessions(store, group_id)
    by_session = group_registers(store, group_id, [record.id for record in held])
    registers: list[Mapping[str, AttendanceStatus | None]] = [
        by_session[record.id] for record in held
    ]
    everyone = members.list_members(store, group_id, include_former=True)
    people: dict[str, str] = {}
    for member in everyone:
        if member.role is not Role.MEMBER or member.person_id in people:
            continue
        # A former member stays on the matrix only where they have a recorded status.
        if member.active or any(register.get(member.person_id) for register in registers):
            people[member.person_id] = member.display_name

    required = group.attendance_required
    planned = t.integer(group.planned_sessions)
    rule = (
        ""
        if required is None
        else t.ngettext(
            "at least {required} of {planned} session",
            "at least {required} of {planned} sessions",
            group.planned_sessions,
        ).format(required=t.integer(required), planned=planned)
    )
    remaining = max(group.planned_sessions - len(held), 0)
    matrix = []
    for person_id, display_name in people.items():
        statuses = [register.get(person_id) for register in registers]
        attended = sum(1 for status in statuses if status in ATTENDED)
        # Below the rule for good once the sessions left cannot make it up; until then
        # the row says how many of the sessions left are needed, unhighlighted.
        shortfall = required is not None and attended + remaining < required
        note = ""
        if shortfall and required is not None:
            note = t.gettext("below {required} of {planned}").format(
                required=t.integer(required), planned=planned
            )
        elif required is not None and attended < required:
            note = t.gettext("needs {needed} of the {left} left").format(
                needed=t.integer(required - attended), left=t.integer(remaining)
            )
        matrix.append(
            MatrixRow(
                name(display_name),
                tuple(NO_MARK if status is None else MARKS[status] for status in statuses),
                attended,
                shortfall,
                note,
            )
        )

    active = [
        (member.person_id, member.display_name)
        for member in everyone
        if member.role is Role.MEMBER and member.active
    ]
    presenters = tuple(
        PresenterLine(
            name(stat.display_name),
            stat.times,
            "" if stat.last_presented is None else _long(stat.last_presented, t),
        )
        for stat in presenter_stats(active, attendance_store.presenter_history(store, group_id))
    )
    bars = tuple(
        ThemeBar(count.name, count.sessions, count.learning_points)
        for count in themes.theme_counts(store, group_id)
        if count.sessions or count.learning_points
    )
    days = [day for record in held if (day := _local_date(record)) is not None]
    return SeriesReport(
        group_name=group.name,
        period=period_text(days, t),
        planned_sessions=group.planned_sessions,
        rule=rule,
        sessions=tuple(
            SeriesSession(
                number,
                _short(_local_date(record), t),
                record.title,
                record.status is SessionStatus.FINISHED,
            )
            for number, record in enumerate(held, start=1)
        ),
        matrix=tuple(matrix),
        presenters=presenters,
        timing=_timing(store, group_id, held),
        themes=bars,
        evaluation=build_evaluation(store, group_id, t),
        language=t.language,
    )


def build_bulletin(
    store: Store, group_id: str, *, with_names: bool = False, texts: Texts | None = None
) -> Bulletin:
    """The shareable learning points of the series grouped by theme (a point with several
    themes appears under each; untagged ones under "Other learning points"). Without
    ``with_names`` no member is named; with it, each point says whose case it came from."""
    t = texts or texts_for(None)
    group = groups.get_group(store, group_id)
    held = {record.id: record for record in sessions.list_sessions(store, group_id)}
    points = notes.group_learning_points(store, group_id, shareable_only=True)
    order = themes.list_themes(store, include_archived=True)

    def shown(point_session_id: str, text: str) -> str:
        record = held.get(point_session_id)
        if not with_names or record is None or not record.presenter_name:
            return text
        return t.gettext("{point} — from {presenter}'s case").format(
            point=text, presenter=record.presenter_name
        )

    def once(texts: list[str]) -> tuple[str, ...]:
        # The same lesson agreed in two sessions is pinned up once.
        seen: set[str] = set()
        kept = []
        for item in texts:
            if fold(item) not in seen:
                seen.add(fold(item))
                kept.append(item)
        return tuple(kept)

    sections = []
    for theme in order:
        tagged = once([shown(p.session_id, p.text) for p in points if theme.id in p.theme_ids])
        if tagged:
            sections.append(BulletinSection(theme.name, tagged))
    known = {theme.id for theme in order}
    other = once(
        [
            shown(p.session_id, p.text)
            for p in points
            if not any(theme_id in known for theme_id in p.theme_ids)
        ]
    )
    if other:
        sections.append(BulletinSection(t.gettext("Other learning points"), other))
    days = [
        day
        for record in held.values()
        if record.status in (SessionStatus.RUNNING, SessionStatus.FINISHED)
        and (day := _local_date(record)) is not None
    ]
    period = period_text(days, t)
    about = (
        t.ngettext(
            "What the group learned in {n} session, {period}.",
            "What the group learned in {n} sessions, {period}.",
            len(days),
        ).format(n=t.integer(len(days)), period=period)
        if days
        else t.gettext("No sessions held yet.")
    )
    return Bulletin(group.name, period, about, tuple(sections), t.language)
