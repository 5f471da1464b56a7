"""When a full check of the database file is due (core/full_check_rule.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from reflectdesk.core.full_check_rule import FULL_CHECK_EVERY, FullCheckReason, full_check_due

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def test_an_unclean_stop_makes_it_due_even_right_after_a_check() -> None:
    due = full_check_due(unclean_stop=True, last_passed=NOW - timedelta(minutes=5), now=NOW)
    assert due is FullCheckReason.UNCLEAN_STOP


def test_never_checked_is_due() -> None:
    assert full_check_due(unclean_stop=False, last_passed=None, now=NOW) is (
        FullCheckReason.PERIODIC
    )


def test_a_check_within_the_week_is_not_due_and_a_week_old_one_is() -> None:
    nearly = NOW - FULL_CHECK_EVERY + timedelta(seconds=1)
    assert full_check_due(unclean_stop=False, last_passed=nearly, now=NOW) is None
    week = NOW - FULL_CHECK_EVERY
    assert full_check_due(unclean_stop=False, last_passed=week, now=NOW) is (
        FullCheckReason.PERIODIC
    )


def test_a_check_dated_in_the_future_is_due() -> None:
    """The clock was put back: the date no longer says how long ago the check was."""
    later = NOW + timedelta(days=1)
    assert full_check_due(unclean_stop=False, last_passed=later, now=NOW) is (
        FullCheckReason.PERIODIC
    )
