"""A leader's log: the sessions they led or co-led, what they entered by hand
(supervision, training, sessions led elsewhere), and the totals an accrediting body asks
about. Pure arithmetic on plain records; the store gathers them, operations words them.

Rules, stated once (the PDF's note repeats them):

- **Who.** A leader is recognised across groups by their display name, folded
  (:func:`leader_key`: case, accents and titles' dots ignored), because each group keeps
  its own person rows.
- **Minutes.** A session's minutes are the clock's running time from its start to its
  end with the pauses left out, as certificates of attendance count the same session
  (:func:`core.attended_time.running_seconds`); from ``started_at`` to ``ended_at`` when
  the clock was never ended. Whole minutes, halves rounded up
  (:func:`core.phase_times.whole_minutes`).
- **Cases.** See :func:`cases_presented`.
- **Months.** A month counts as led when at least one session was led or co-led in it,
  in ReflectDesk or entered by hand ("at least monthly for two years" is 24 such months).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reflectdesk.core.model import LeaderLogKind
from reflectdesk.core.names import fold
from reflectdesk.core.phase_times import whole_minutes

__all__ = [
    "CASE_FAMILIES",
    "LedSession",
    "LogEntry",
    "LogTotals",
    "YearTotals",
    "cases_presented",
    "leader_key",
    "session_minutes",
    "totals",
]

# Format families in which a member brings a case to every session (Balint, intervision).
CASE_FAMILIES = frozenset({"balint", "intervision"})
# Formats built for two cases in one session, and user copies of them (same key stem).
_TWO_CASE_STEM = "balint-two-cases"

LED_KINDS = frozenset({LeaderLogKind.LED, LeaderLogKind.CO_LED})


def leader_key(name: str) -> str:
    """The form two spellings of one leader's name share ("Dr. Anne de Vries",
    "anne de vries", "Anne de Vriés"): folded, dots dropped, spaces collapsed."""
    return " ".join(fold(name).replace(".", " ").split())


def cases_presented(format_key: str | None, family: str | None, has_presenter: bool) -> int:
    """How many cases a finished session had, from what the app knows of it.

    The rule: a format built for two cases (``balint-two-cases`` and copies of it)
    counts 2; any other Balint or intervision format counts 1 (a member brings a case to
    every such session, whether or not the presenter was picked in the app); a session
    of another format, or with none, counts 1 when a case presenter was recorded and 0
    otherwise.
    """
    if format_key is not None and format_key.startswith(_TWO_CASE_STEM):
        return 2
    if family in CASE_FAMILIES:
        return 1
    return 1 if has_presenter else 0


def session_minutes(started_at: datetime | None, ended_at: datetime | None) -> int:
    """Whole minutes from the clock's start to its end; 0 when either is missing."""
    if started_at is None or ended_at is None or ended_at <= started_at:
        return 0
    return whole_minutes((ended_at - started_at).total_seconds())


@dataclass(frozen=True, slots=True)
class LedSession:
    """A finished ReflectDesk session the leader led (``role`` LED) or co-led (CO_LED)."""

    session_id: str
    on_date: date
    group_name: str
    format_name: str  # '' when the session had no format
    role: LeaderLogKind
    cases: int
    minutes: int
    # The co-facilitators' debrief was recorded for it (the room's debrief page).
    debriefed: bool


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One hand entry. ``has_note`` says a private note exists; its text is read through
    the vault only on request (operations.leader_log.entry_note)."""

    id: str
    leader_name: str
    kind: LeaderLogKind
    on_date: date
    minutes: int
    counterpart: str  # supervisor, trainer or co-leader; '' when none
    title: str  # event's or group's name; '' when none
    cases: int | None  # sessions led elsewhere only
    has_note: bool


@dataclass(frozen=True, slots=True)
class YearTotals:
    year: int
    led: int
    co_led: int
    cases: int
    minutes: int  # led and co-led
    supervision_sessions: int
    supervision_minutes: int
    training_events: int
    training_minutes: int

    @property
    def sessions(self) -> int:
        return self.led + self.co_led


@dataclass(frozen=True, slots=True)
class LogTotals:
    """Everything counted, over the whole log; ``per_year`` by calendar year, oldest
    first (a body that counts per year reads its year there)."""

    led: int
    co_led: int
    cases: int
    minutes: int
    supervision_sessions: int
    supervision_minutes: int
    training_events: int
    training_minutes: int
    months_led: int
    co_led_in_app: int  # co-led ReflectDesk sessions: the ones a debrief can be recorded for
    co_led_debriefed: int
    per_year: tuple[YearTotals, ...]

    @property
    def sessions(self) -> int:
        return self.led + self.co_led

    def year(self, year: int) -> YearTotals:
        for found in self.per_year:
            if found.year == year:
                return found
        return YearTotals(year, 0, 0, 0, 0, 0, 0, 0, 0)


class _Tally:
    def __init__(self) -> None:
        self.counts = dict.fromkeys(
            (
                "led", "co_led", "cases", "minutes", "supervision_sessions",
                "supervision_minutes", "training_events", "training_minutes",
            ),
            0,
        )  # fmt: skip

    def add_led(self, role: LeaderLogKind, cases: int, minutes: int) -> None:
        self.counts["led" if role is LeaderLogKind.LED else "co_led"] += 1
        self.counts["cases"] += cases
        self.counts["minutes"] += minutes

    def add_entry(self, entry: LogEntry) -> None:
        if entry.kind in LED_KINDS:
            self.add_led(entry.kind, entry.cases or 0, entry.minutes)
        elif entry.kind is LeaderLogKind.SUPERVISION:
            self.counts["supervision_sessions"] += 1
            self.counts["supervision_minutes"] += entry.minutes
        else:
            self.counts["training_events"] += 1
            self.counts["training_minutes"] += entry.minutes


def _year(years: dict[int, _Tally], year: int) -> _Tally:
    if year not in years:  # not setdefault: a tally for every session was the log's cost
        years[year] = _Tally()
    return years[year]


def totals(sessions: Sequence[LedSession], entries: Iterable[LogEntry]) -> LogTotals:
    """Add up a leader's sessions and hand entries."""
    whole = _Tally()
    years: dict[int, _Tally] = {}
    months: set[tuple[int, int]] = set()
    for session in sessions:
        whole.add_led(session.role, session.cases, session.minutes)
        _year(years, session.on_date.year).add_led(session.role, session.cases, session.minutes)
        months.add((session.on_date.year, session.on_date.month))
    for entry in entries:
        whole.add_entry(entry)
        _year(years, entry.on_date.year).add_entry(entry)
        if entry.kind in LED_KINDS:
            months.add((entry.on_date.year, entry.on_date.month))
    co_led = [s for s in sessions if s.role is LeaderLogKind.CO_LED]
    return LogTotals(
        **whole.counts,
        months_led=len(months),
        co_led_in_app=len(co_led),
        co_led_debriefed=sum(1 for s in co_led if s.debriefed),
        per_year=tuple(YearTotals(year, **years[year].counts) for year in sorted(years)),
    )
