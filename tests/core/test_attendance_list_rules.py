"""The attendance list's rules: registration numbers, accreditation ids, times and their
source, the duration in hours, and the reminder at 9, 10 and 11 days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from reflectdesk.core.attendance_list import (
    REMINDER_DAYS,
    RegistrationKind,
    TimesSource,
    accreditation_of,
    hours_of,
    registration_kind,
    reminder_due,
    session_times,
)

START = datetime(2026, 3, 3, 13, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("", RegistrationKind.NONE),
        ("  ", RegistrationKind.NONE),
        ("19012345601", RegistrationKind.BIG),
        ("190 123 456 01", RegistrationKind.BIG),
        ("1234567", RegistrationKind.GMC),
        ("123456", RegistrationKind.OTHER),
        ("GMC1234567", RegistrationKind.OTHER),
        ("١٢٣٤٥٦٧", RegistrationKind.OTHER),  # Arabic-Indic digits: not a GMC number
    ],
)
def test_a_registration_number_is_told_by_its_digits(number: str, kind: RegistrationKind) -> None:
    assert registration_kind(number) is kind


def test_a_sessions_own_accreditation_id_wins_over_its_groups() -> None:
    assert accreditation_of("S-2", "G-1") == "S-2"
    assert accreditation_of("", "G-1") == "G-1"
    assert accreditation_of(" ", "") == ""


def test_times_come_from_the_clock_when_it_ran_the_session() -> None:
    times = session_times(START, START + timedelta(minutes=95, seconds=40), START, 3600)

    assert times is not None
    assert times.source is TimesSource.CLOCK
    assert times.minutes == 95
    assert times.hours == 1.58


def test_times_are_the_planned_start_and_length_without_the_clock() -> None:
    times = session_times(None, None, START, 90 * 60)

    assert times is not None
    assert times.source is TimesSource.PLANNED
    assert times.end == START + timedelta(minutes=90)
    assert times.hours == 1.5
    assert session_times(START, None, START, 60).source is TimesSource.PLANNED  # type: ignore[union-attr]
    assert session_times(None, None, None, 60) is None


@pytest.mark.parametrize(
    ("minutes", "hours"), [(0, 0.0), (1, 0.02), (50, 0.83), (100, 1.67), (45, 0.75), (135, 2.25)]
)
def test_hours_have_two_decimals_rounded_half_up(minutes: int, hours: float) -> None:
    assert hours_of(minutes) == hours


@pytest.mark.parametrize(("days", "due"), [(9, False), (10, True), (11, True)])
def test_the_reminder_comes_ten_days_after_the_session(days: int, due: bool) -> None:
    finished = date(2026, 3, 3)
    today = finished + timedelta(days=days)
    assert REMINDER_DAYS == 10
    assert (
        reminder_due(accreditation_id="A1", finished_on=finished, exported_at=None, today=today)
        is due
    )


def test_no_reminder_once_exported_or_when_not_accredited() -> None:
    finished = date(2026, 3, 3)
    today = finished + timedelta(days=30)
    exported = datetime(2026, 3, 4, tzinfo=UTC)
    assert not reminder_due(
        accreditation_id="A1", finished_on=finished, exported_at=exported, today=today
    )
    assert not reminder_due(
        accreditation_id="", finished_on=finished, exported_at=None, today=today
    )
    assert not reminder_due(accreditation_id="A1", finished_on=None, exported_at=None, today=today)
