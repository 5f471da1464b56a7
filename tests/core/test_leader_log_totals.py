"""The leader log's arithmetic and each body's thresholds, on hand-counted logs: at
each threshold, one below and one above."""

from __future__ import annotations

from datetime import date

import pytest

from reflectdesk.core.accreditation import body_by_key, load_bodies, progress
from reflectdesk.core.leader_log import (
    LedSession,
    LogEntry,
    cases_presented,
    leader_key,
    session_minutes,
    totals,
)
from reflectdesk.core.model import LeaderLogKind

LED, CO_LED = LeaderLogKind.LED, LeaderLogKind.CO_LED
TODAY = date(2026, 12, 7)


def sessions(
    count: int,
    role: LeaderLogKind,
    *,
    cases: int = 1,
    debriefed: int = 0,
    start: date = date(2025, 1, 15),
) -> list[LedSession]:
    """``count`` sessions a month apart from ``start`` (so ``count`` distinct months)."""
    found = []
    for n in range(count):
        month = start.month - 1 + n
        day = date(start.year + month // 12, month % 12 + 1, 15)
        found.append(LedSession(f"s{n}", day, "G", "F", role, cases, 60, n < debriefed))
    return found


def entries(
    count: int, kind: LeaderLogKind, *, year: int = 2026, minutes: int = 60
) -> list[LogEntry]:
    return [
        LogEntry(
            f"e{n}", "A", kind, date(year, 1 + n % 12, 1 + n // 12), minutes, "", "", None, False
        )
        for n in range(count)
    ]


def by_key(
    body: str,
    found_sessions: list[LedSession],
    found_entries: list[LogEntry],
    ticked: frozenset[str] = frozenset(),
) -> dict[str, tuple[int, int, int, bool]]:
    found = body_by_key(body)
    assert found is not None
    counted = totals(found_sessions, found_entries)
    return {
        item.requirement.key: (item.done, item.needed, item.to_go, item.met)
        for item in progress(found, counted, today=TODAY, ticked=ticked)
    }


def test_totals_add_sessions_and_entries_by_kind_and_year() -> None:
    log = sessions(3, LED, cases=2) + sessions(2, CO_LED, debriefed=1, start=date(2026, 5, 1))
    hand = [
        LogEntry("a", "A", LED, date(2025, 2, 2), 50, "", "Elders", 1, False),
        LogEntry(
            "b", "A", LeaderLogKind.SUPERVISION, date(2026, 1, 9), 45, "Dr. J", "", None, True
        ),
        LogEntry(
            "c", "A", LeaderLogKind.SUPERVISION, date(2026, 3, 9), 75, "Dr. J", "", None, False
        ),
        LogEntry(
            "d", "A", LeaderLogKind.TRAINING, date(2026, 4, 1), 480, "", "Weekend", None, False
        ),
    ]
    n = totals(log, hand)
    assert (n.led, n.co_led, n.sessions) == (4, 2, 6)
    assert n.cases == 3 * 2 + 2 * 1 + 1
    assert n.minutes == 5 * 60 + 50
    assert (n.supervision_sessions, n.supervision_minutes) == (2, 120)
    assert (n.training_events, n.training_minutes) == (1, 480)
    # Jan, Feb, Mar 2025 led; Feb 2025 again by hand; May, Jun 2026 co-led.
    assert n.months_led == 5
    assert (n.co_led_in_app, n.co_led_debriefed) == (2, 1)
    assert [y.year for y in n.per_year] == [2025, 2026]
    assert n.year(2025).led == 4 and n.year(2026).supervision_minutes == 120
    assert n.year(1999).sessions == 0


@pytest.mark.parametrize(
    ("co_led", "done", "to_go", "met"), [(19, 19, 1, False), (20, 20, 0, True), (21, 21, 0, True)]
)
def test_uk_co_led_sessions_at_and_around_twenty(
    co_led: int, done: int, to_go: int, met: bool
) -> None:
    found = by_key("uk-balint-society", sessions(co_led, CO_LED), [])
    assert found["co-led-sessions"] == (done, 20, to_go, met)


def test_uk_led_sessions_do_not_count_as_co_led() -> None:
    found = by_key("uk-balint-society", sessions(25, LED), [])
    assert found["co-led-sessions"] == (0, 20, 20, False)


@pytest.mark.parametrize(("events", "met"), [(1, False), (2, True), (3, True)])
def test_uk_training_events(events: int, met: bool) -> None:
    found = by_key("uk-balint-society", [], entries(events, LeaderLogKind.TRAINING))
    assert found["leadership-training"][3] is met


def test_uk_written_report_is_a_manual_tick() -> None:
    assert by_key("uk-balint-society", [], [])["supervisor-report"] == (0, 1, 1, False)
    ticked = frozenset({"supervisor-report"})
    assert by_key("uk-balint-society", [], [], ticked)["supervisor-report"] == (1, 1, 0, True)


@pytest.mark.parametrize(
    ("meetings", "cases", "met_meetings", "met_cases"),
    [
        (19, 1, False, False),  # 19 meetings, 19 cases
        (20, 1, True, False),  # 20 meetings, 20 cases
        (21, 1, True, False),
        (15, 2, False, True),  # 30 cases over 15 meetings: cases done, meetings not
        (20, 2, True, True),  # 40 cases
    ],
)
def test_bsanz_cases_over_meetings(
    meetings: int, cases: int, met_meetings: bool, met_cases: bool
) -> None:
    # Half led, half co-led: both count equally.
    log = sessions(meetings // 2, LED, cases=cases) + sessions(
        meetings - meetings // 2, CO_LED, cases=cases
    )
    found = by_key("bsanz", log, [])
    assert found["meetings"][:2] == (meetings, 20) and found["meetings"][3] is met_meetings
    assert found["case-discussions"][:2] == (meetings * cases, 30)
    assert found["case-discussions"][3] is met_cases


def test_bsanz_29_30_31_cases_exactly() -> None:
    for count, met in ((29, False), (30, True), (31, True)):
        log = sessions(count, LED)
        assert by_key("bsanz", log, [])["case-discussions"] == (count, 30, max(0, 30 - count), met)


@pytest.mark.parametrize(("count", "met"), [(9, False), (10, True), (11, True)])
def test_bsanz_supervision_counts_this_year_only(count: int, met: bool) -> None:
    hand = entries(count, LeaderLogKind.SUPERVISION) + entries(
        12, LeaderLogKind.SUPERVISION, year=2025
    )
    found = by_key("bsanz", [], hand)
    assert found["supervision-per-year"] == (count, 10, max(0, 10 - count), met)


@pytest.mark.parametrize(("months", "met"), [(23, False), (24, True), (25, True)])
def test_abs_monthly_for_two_years(months: int, met: bool) -> None:
    log = sessions(months, LED)
    # A second session in an already counted month adds no month.
    log += sessions(1, CO_LED)
    assert by_key("american-balint-society", log, [])["monthly-two-years"] == (
        months,
        24,
        max(0, 24 - months),
        met,
    )


@pytest.mark.parametrize(("count", "met"), [(11, False), (12, True), (13, True)])
def test_abs_supervised_sessions(count: int, met: bool) -> None:
    hand = entries(6, LeaderLogKind.SUPERVISION, year=2025) + entries(
        count - 6, LeaderLogKind.SUPERVISION
    )
    assert by_key("american-balint-society", [], hand)["supervised-sessions"][3] is met


@pytest.mark.parametrize(("debriefed", "met"), [(9, False), (10, True)])
def test_abs_debrief_after_every_co_led_group(debriefed: int, met: bool) -> None:
    found = by_key("american-balint-society", sessions(10, CO_LED, debriefed=debriefed), [])
    assert found["co-leader-debriefs"] == (debriefed, 10, 10 - debriefed, met)


def test_abs_debriefs_are_not_done_before_any_co_led_session() -> None:
    found = by_key("american-balint-society", sessions(3, LED), [])
    assert found["co-leader-debriefs"] == (0, 0, 0, False)


@pytest.mark.parametrize(("events", "met"), [(2, False), (3, True), (4, True)])
def test_abs_three_intensives(events: int, met: bool) -> None:
    found = by_key("american-balint-society", [], entries(events, LeaderLogKind.TRAINING))
    assert found["intensives"][3] is met


def test_every_shipped_body_has_a_source_and_dutch_texts() -> None:
    for body in load_bodies():
        assert body.source_url.startswith("https://")
        assert body.checked_on <= TODAY
        for requirement in body.requirements:
            assert requirement.text.text("nl") != requirement.text.text("en")  # type: ignore[attr-defined]


def test_cases_rule() -> None:
    assert cases_presented("balint-two-cases", "balint", False) == 2
    assert cases_presented("balint-two-cases-2", "balint", True) == 2
    assert cases_presented("balint-one-case", "balint", False) == 1
    assert cases_presented("intervision-incident", "intervision", False) == 1
    assert cases_presented("check-in-out", "check-in-out", False) == 0
    assert cases_presented("check-in-out", "check-in-out", True) == 1
    assert cases_presented(None, None, False) == 0


def test_minutes_and_names() -> None:
    from datetime import UTC, datetime, timedelta

    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    assert session_minutes(start, start + timedelta(seconds=90 * 60 + 29)) == 90
    assert session_minutes(start, start + timedelta(seconds=90 * 60 + 30)) == 91
    assert session_minutes(start, None) == 0
    assert leader_key("Dr. Anne de Vriés") == leader_key("dr anne  DE vries")
