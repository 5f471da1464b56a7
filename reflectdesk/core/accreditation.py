"""Accrediting bodies' thresholds for Balint leaders, read from data files
(resources/accreditation/*.toml, described in its SCHEMA.md) so they can be updated
without code, and a leader's progress against them.

A requirement is a count the app can make from the log (:class:`CountKind`) over the
whole log or the reference date's calendar year (:class:`Period`), or a ``manual`` item
(a supervisor's written report) that the leader ticks when it is done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from reflectdesk.core.definitions import close_file, item_start, open_file
from reflectdesk.core.errors import N_
from reflectdesk.core.leader_log import LogTotals
from reflectdesk.core.shipped import load_shipped
from reflectdesk.core.tomlfile import FieldChecker, FileProblemsError

__all__ = [
    "AccreditationBody",
    "AccreditationFileError",
    "CountKind",
    "Period",
    "Progress",
    "Requirement",
    "body_by_key",
    "load_bodies",
    "parse_body",
    "progress",
]

SCHEMA_VERSION = 1
TOP_LEVEL_FIELDS = (
    "schema", "key", "name", "description", "source_url", "source_title", "checked_on",
    "requirements",
)  # fmt: skip
REQUIREMENT_FIELDS = ("key", "text", "count", "number", "period")
REQUIREMENTS_MAX = 30
NUMBER_MAX = 10_000


class CountKind(StrEnum):
    SESSIONS_LED = "sessions_led"
    SESSIONS_CO_LED = "sessions_co_led"
    SESSIONS = "sessions_led_or_co_led"
    CASES = "cases"
    SUPERVISION_SESSIONS = "supervision_sessions"
    SUPERVISION_HOURS = "supervision_hours"
    TRAINING_EVENTS = "training_events"
    MONTHS_LED = "months_led"
    # A debrief with the co-leader after every co-led ReflectDesk session: ``number`` is
    # ignored, the co-led sessions are the number needed.
    DEBRIEFS = "co_leader_debriefs"
    MANUAL = "manual"  # not countable by the app: the leader ticks it


class Period(StrEnum):
    ALL = "all"
    YEAR = "year"  # the calendar year of the reference date


class AccreditationFileError(FileProblemsError):
    code = "accreditation_file"
    kind = N_("accreditation file")
    note = N_("requirements are numbered from 1")


@dataclass(frozen=True, slots=True)
class Requirement:
    key: str
    text: str  # a LocalText (English and Dutch)
    count: CountKind
    number: int
    period: Period


@dataclass(frozen=True, slots=True)
class AccreditationBody:
    key: str
    name: str  # LocalText
    description: str  # LocalText; '' when none
    source_url: str
    source_title: str
    checked_on: dt.date
    requirements: tuple[Requirement, ...]


@dataclass(frozen=True, slots=True)
class Progress:
    """One requirement against the log. For hours, ``done`` and ``needed`` are minutes
    (counted to the minute, shown as hours)."""

    requirement: Requirement
    done: int
    needed: int
    year: int | None  # the year counted, for a per-year requirement

    @property
    def to_go(self) -> int:
        return max(0, self.needed - self.done)

    @property
    def met(self) -> bool:
        # Nothing to count is not done: a debrief "after every co-led session" is not
        # met by a leader who has co-led none yet.
        return self.needed > 0 and self.done >= self.needed

    @property
    def manual(self) -> bool:
        return self.requirement.count is CountKind.MANUAL

    @property
    def in_minutes(self) -> bool:
        return self.requirement.count is CountKind.SUPERVISION_HOURS


def _requirement(check: FieldChecker, index: int, table: dict[str, Any]) -> Requirement | None:
    before, prefix = item_start(check, "requirements", index, table, known=REQUIREMENT_FIELDS)
    key = check.key(prefix + "key", table.get("key"), example="co-led-sessions", required=True)
    text = check.local_text(prefix + "text", table.get("text"), limit=400, required=True)
    count = check.choice(prefix + "count", table.get("count"), choices=tuple(CountKind))
    number = check.integer(prefix + "number", table.get("number"), minimum=0, maximum=NUMBER_MAX)
    period = check.choice(
        prefix + "period", table.get("period", Period.ALL.value), choices=tuple(Period)
    )
    if len(check.problems) > before or number is None:
        return None
    return Requirement(key, text, CountKind(count), number, Period(period))


def parse_body(text: str, source: str = "<accreditation>") -> AccreditationBody:
    """Read one body's file; AccreditationFileError lists every problem found."""
    data, check, (key, name, description) = open_file(
        text,
        source,
        AccreditationFileError,
        fields=TOP_LEVEL_FIELDS,
        version=SCHEMA_VERSION,
        what=N_("accreditation"),
        key_example="uk-balint-society",
    )
    url = check.text("source_url", data.get("source_url"), limit=500, required=True)
    title = check.text("source_title", data.get("source_title"), limit=300, required=True)
    checked = data.get("checked_on")
    if not isinstance(checked, dt.date) or isinstance(checked, dt.datetime):
        check.add("checked_on", N_("must be a date such as 2026-12-07"))
    requirements = check.tables(
        "requirements",
        data.get("requirements"),
        lambda index, table: _requirement(check, index, table),
        contents=N_("a key, a text, a count and a number"),
        limit=REQUIREMENTS_MAX,
    )
    keys = [found.key for found in requirements]
    for index, found in enumerate(requirements):
        if found.key in keys[:index]:
            check.add(f"requirements[{index + 1}].key", N_("is used twice"))
    close_file(check, AccreditationFileError, source)
    assert isinstance(checked, dt.date)
    return AccreditationBody(key, name, description, url, title, checked, tuple(requirements))


@cache
def load_bodies() -> tuple[AccreditationBody, ...]:
    """The shipped bodies, in file-name order."""
    return tuple(load_shipped("accreditation", parse_body, AccreditationFileError))


def body_by_key(key: str) -> AccreditationBody | None:
    for body in load_bodies():
        if body.key == key:
            return body
    return None


def _done(count: CountKind, totals: LogTotals, year: int | None) -> int:
    part = totals if year is None else totals.year(year)
    values = {
        CountKind.SESSIONS_LED: part.led,
        CountKind.SESSIONS_CO_LED: part.co_led,
        CountKind.SESSIONS: part.led + part.co_led,
        CountKind.CASES: part.cases,
        CountKind.SUPERVISION_SESSIONS: part.supervision_sessions,
        CountKind.SUPERVISION_HOURS: part.supervision_minutes,
        CountKind.TRAINING_EVENTS: part.training_events,
    }
    return values[count]


def progress(
    body: AccreditationBody,
    totals: LogTotals,
    *,
    today: dt.date,
    ticked: frozenset[str] = frozenset(),
) -> tuple[Progress, ...]:
    """Each requirement of ``body`` against ``totals``; ``ticked`` holds the keys of the
    manual items the leader marked done; a per-year count reads ``today``'s year."""
    found = []
    for requirement in body.requirements:
        count = requirement.count
        year = today.year if requirement.period is Period.YEAR else None
        needed = requirement.number
        if count is CountKind.MANUAL:
            needed = max(needed, 1)
            done = needed if requirement.key in ticked else 0
        elif count is CountKind.DEBRIEFS:
            done, needed = totals.co_led_debriefed, totals.co_led_in_app
        elif count is CountKind.MONTHS_LED:
            done = totals.months_led
        else:
            done = _done(count, totals, year)
            if count is CountKind.SUPERVISION_HOURS:
                needed *= 60
        found.append(Progress(requirement, done, needed, year))
    return tuple(found)
