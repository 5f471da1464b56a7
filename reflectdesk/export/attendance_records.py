"""What a participant takes away from a series: the certificate of attendance and the
appraisal evidence, as plain results the PDFs lay out (attendance_records_pdf.py).

Hours come from the one rule in core/attended_time.py; this module only picks the
sessions a person attended and writes their minutes as people read them. Every word and
date is in the language of the ``Texts`` handed in. Neither result names anyone but the
participant and the group's facilitators; the appraisal evidence carries only the
shareable learning points of the sessions the participant attended.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reflectdesk.core.attended_time import (
    ATTENDED_TIME_RULE,
    AttendedKind,
    LengthSource,
    minutes_attended,
)
from reflectdesk.core.model import ATTENDED, AttendanceStatus, MemberRecord, Role
from reflectdesk.core.notes import LearningPointRecord
from reflectdesk.core.sessions import SessionRecord
from reflectdesk.export.series import period_text
from reflectdesk.i18n.texts import Texts
from reflectdesk.store import groups, members, notes
from reflectdesk.store.attended_reads import (
    SessionTimes,
    group_accreditation_id,
    group_session_times,
)
from reflectdesk.store.database import Store
from reflectdesk.store.rows import gone

__all__ = [
    "AppraisalEvidence",
    "AttendedLine",
    "Certificate",
    "build_appraisal",
    "build_certificates",
    "duration_text",
]


@dataclass(frozen=True, slots=True)
class AttendedLine:
    """One session the participant attended, with its minutes by the rule."""

    session_id: str
    date_text: str
    format_name: str
    kind: AttendedKind
    minutes: int  # 0 when the time is not recorded
    minutes_text: str  # "1 hour 15 minutes" or "time not recorded"
    remark: str  # "15 minutes late", "planned length (not run with the clock)", or ""


@dataclass(frozen=True, slots=True)
class Certificate:
    participant: str
    person_id: str
    group_name: str
    setting: str
    facilitators: tuple[str, ...]
    accreditation_id: str
    period: str  # the participant's first to last session attended
    series_period: str  # the series' first to last session anyone attended
    sessions: tuple[AttendedLine, ...]
    total_minutes: int
    total_text: str
    not_recorded: int  # sessions attended whose time is not recorded
    rule: str
    language: str


@dataclass(frozen=True, slots=True)
class AppraisalEvidence:
    participant: str
    group_name: str
    setting: str
    period: str
    sessions: tuple[AttendedLine, ...]
    total_text: str
    # (session date, its shareable learning points) for the sessions attended, in order.
    points: tuple[tuple[str, tuple[str, ...]], ...]
    statement: str  # what was checked before it was written
    language: str


_AWAY = (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)


def _local_date(record: SessionRecord) -> date | None:
    """The day the session ran (else was planned for), where the laptop is."""
    when = record.started_at or record.planned_start
    return None if when is None else when.astimezone().date()


def duration_text(minutes: int, texts: Texts) -> str:
    """ "2 hours 40 minutes", "45 minutes", "3 hours" (Dutch: "2 uur 40 minuten")."""
    hours, rest = divmod(minutes, 60)
    hours_part = texts.ngettext("{n} hour", "{n} hours", hours).format(n=texts.integer(hours))
    minutes_part = texts.ngettext("{n} minute", "{n} minutes", rest).format(n=texts.integer(rest))
    if hours and rest:
        return texts.gettext("{hours} {minutes}").format(hours=hours_part, minutes=minutes_part)
    return hours_part if hours else minutes_part


def _remark(times: SessionTimes, person_id: str, texts: Texts) -> str:
    mark = times.marks[person_id]
    parts: list[str] = []
    if mark.minutes_missed is not None and mark.status in _AWAY:
        n = mark.minutes_missed
        if mark.status is AttendanceStatus.LATE:
            line = texts.ngettext("arrived {n} minute late", "arrived {n} minutes late", n)
        else:
            line = texts.ngettext("left {n} minute early", "left {n} minutes early", n)
        parts.append(line.format(n=texts.integer(n)))
    if times.length.source is LengthSource.PLANNED:
        parts.append(texts.gettext("planned length (not run with the session clock)"))
    return "; ".join(parts)


class _Words:
    """The words a series' lines repeat, made once per export rather than once per
    line: every participant's line of a session has its date, and durations recur."""

    def __init__(self, texts: Texts) -> None:
        self.texts = texts
        self._dates: dict[str, str] = {}
        self._durations: dict[int, str] = {}

    def date(self, record: SessionRecord) -> str:
        if record.id not in self._dates:
            day = _local_date(record)
            self._dates[record.id] = (
                self.texts.gettext("date not set") if day is None else self.texts.long_date(day)
            )
        return self._dates[record.id]

    def duration(self, minutes: int) -> str:
        if minutes not in self._durations:
            self._durations[minutes] = duration_text(minutes, self.texts)
        return self._durations[minutes]


def _lines(series: Sequence[SessionTimes], person_id: str, words: _Words) -> list[AttendedLine]:
    texts = words.texts
    lines = []
    for times in series:
        mark = times.marks.get(person_id)
        if mark is None or mark.status not in ATTENDED:
            continue
        attended = minutes_attended(mark.status, mark.minutes_missed, times.length.minutes)
        lines.append(
            AttendedLine(
                times.record.id,
                words.date(times.record),
                times.record.format_name or "",
                attended.kind,
                attended.minutes,
                texts.gettext("time not recorded")
                if attended.kind is AttendedKind.TIME_NOT_RECORDED
                else words.duration(attended.minutes),
                _remark(times, person_id, texts),
            )
        )
    return lines


def _period(series: Sequence[SessionTimes], lines: Sequence[AttendedLine], texts: Texts) -> str:
    attended = {line.session_id for line in lines}
    days = [
        day
        for times in series
        if times.record.id in attended and (day := _local_date(times.record)) is not None
    ]
    return period_text(days, texts)


def _facilitators(everyone: Sequence[MemberRecord]) -> tuple[str, ...]:
    leading = (Role.FACILITATOR, Role.CO_FACILITATOR)
    return tuple(member.display_name for member in everyone if member.role in leading)


def build_certificates(
    store: Store, group_id: str, texts: Texts, person_id: str | None = None
) -> tuple[Certificate, ...]:
    """One certificate per participant who attended at least one session (or the one
    for ``person_id``, whatever they attended), in the order of the member list."""
    with store.snapshot():
        group = groups.get_group(store, group_id)
        everyone = members.list_members(store, group_id, include_former=True)
        series = group_session_times(store, group_id)
        accreditation = group_accreditation_id(store, group_id)
    facilitators = _facilitators(everyone)
    held = [
        day
        for times in series
        if any(mark.status in ATTENDED for mark in times.marks.values())
        and (day := _local_date(times.record)) is not None
    ]
    series_period = period_text(held, texts)
    chosen = [
        member
        for member in everyone
        if (member.person_id == person_id if person_id else member.role is Role.MEMBER)
    ]
    if person_id and not chosen:
        raise gone("person")
    certificates: list[Certificate] = []
    words = _Words(texts)
    for member in _once(chosen):
        lines = _lines(series, member.person_id, words)
        if not lines and person_id is None:
            continue
        total = sum(line.minutes for line in lines)
        certificates.append(
            Certificate(
                participant=member.display_name,
                person_id=member.person_id,
                group_name=group.name,
                setting=group.setting,
                facilitators=facilitators,
                accreditation_id=accreditation,
                period=_period(series, lines, texts),
                series_period=series_period,
                sessions=tuple(lines),
                total_minutes=total,
                total_text=words.duration(total),
                not_recorded=sum(line.kind is AttendedKind.TIME_NOT_RECORDED for line in lines),
                rule=texts.gettext(ATTENDED_TIME_RULE),
                language=texts.language,
            )
        )
    return tuple(certificates)


def _once(chosen: Sequence[MemberRecord]) -> list[MemberRecord]:
    """Someone who left and joined again has two memberships: one certificate."""
    by_person: dict[str, MemberRecord] = {}
    for member in chosen:
        by_person.setdefault(member.person_id, member)
    return list(by_person.values())


def appraisal_points(
    store: Store, group_id: str, person_id: str
) -> tuple[list[SessionTimes], list[LearningPointRecord]]:
    """The group's sessions and the shareable learning points of those the person
    attended: exactly the note text the appraisal evidence writes."""
    with store.snapshot():
        series = group_session_times(store, group_id)
        attended = {
            times.record.id
            for times in series
            if (mark := times.marks.get(person_id)) is not None and mark.status in ATTENDED
        }
        points = [
            point
            for point in notes.group_learning_points(store, group_id, shareable_only=True)
            if point.session_id in attended
        ]
    return series, points


def appraisal_statement(texts: Texts, *, identifiers_kept: bool) -> str:
    """What the page says about its text: checked, and whether findings were let through."""
    if identifiers_kept:
        return texts.gettext(
            "This summary holds no private notes and no other participant's name. Its "
            "learning points were checked for third-party identifiable information "
            "(names, exact ages, dates, numbers); details the check found were kept as "
            "written by the facilitator's choice."
        )
    return texts.gettext(
        "This summary holds no private notes and no other participant's name. Its "
        "learning points were checked for third-party identifiable information (names, "
        "exact ages, dates, numbers) before it was written: it contains none, as checked."
    )


def build_appraisal(
    store: Store,
    group_id: str,
    person_id: str,
    texts: Texts,
    *,
    identifiers_kept: bool = False,
    read: tuple[list[SessionTimes], list[LearningPointRecord]] | None = None,
) -> AppraisalEvidence:
    """The participant's appraisal evidence: sessions attended with hours, and the
    shareable learning points of those sessions (no other person is named).
    ``identifiers_kept``: findings of the check were let through, which the page says;
    ``read``: what appraisal_points returned for the check, so it is not read twice."""
    with store.snapshot():
        group = groups.get_group(store, group_id)
        member = next(
            (
                m
                for m in members.list_members(store, group_id, include_former=True)
                if m.person_id == person_id
            ),
            None,
        )
        if member is None:
            raise gone("person")
        series, points = read or appraisal_points(store, group_id, person_id)
    lines = _lines(series, person_id, _Words(texts))
    by_session: dict[str, list[str]] = {}
    for point in points:
        by_session.setdefault(point.session_id, []).append(point.text)
    return AppraisalEvidence(
        participant=member.display_name,
        group_name=group.name,
        setting=group.setting,
        period=_period(series, lines, texts),
        sessions=tuple(lines),
        total_text=duration_text(sum(line.minutes for line in lines), texts),
        points=tuple(
            (line.date_text, tuple(by_session[line.session_id]))
            for line in lines
            if line.session_id in by_session
        ),
        statement=appraisal_statement(texts, identifiers_kept=identifiers_kept),
        language=texts.language,
    )
