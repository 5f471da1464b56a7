"""Minutes away of a late arrival or early leaver: stored with the mark, validated against
the session's length, cleared when the mark changes; and the group read the hours rule uses."""

from __future__ import annotations

import pytest

from reflectdesk.core.attended_time import LengthSource, SessionLength
from reflectdesk.core.errors import InvalidInputError
from reflectdesk.core.model import AttendanceStatus as S
from reflectdesk.store.attendance import attendance, set_attendance, set_minutes_missed
from reflectdesk.store.attended_reads import Mark, group_session_times
from reflectdesk.store.database import Store
from tests.hours_sample import build_hours_sample


def _minutes(store: Store, session_id: str, person_id: str) -> int | None:
    return next(r for r in attendance(store, session_id) if r.person_id == person_id).minutes_missed


def test_minutes_are_kept_with_a_late_mark(store: Store) -> None:
    sample = build_hours_sample(store)
    assert _minutes(store, sample.session_ids[1], sample.pieter) == 15
    set_minutes_missed(store, sample.session_ids[1], sample.pieter, 20)
    assert _minutes(store, sample.session_ids[1], sample.pieter) == 20
    set_minutes_missed(store, sample.session_ids[1], sample.pieter, None)
    assert _minutes(store, sample.session_ids[1], sample.pieter) is None


def test_going_back_to_present_clears_the_minutes(store: Store) -> None:
    sample = build_hours_sample(store)
    set_attendance(store, sample.session_ids[1], sample.pieter, S.LEFT_EARLY)
    assert _minutes(store, sample.session_ids[1], sample.pieter) == 15  # still away
    set_attendance(store, sample.session_ids[1], sample.pieter, S.PRESENT)
    assert _minutes(store, sample.session_ids[1], sample.pieter) is None


@pytest.mark.parametrize("minutes", [-1, 91, True])
def test_minutes_outside_the_session_are_refused(store: Store, minutes: int) -> None:
    sample = build_hours_sample(store)
    with pytest.raises(InvalidInputError):
        set_minutes_missed(store, sample.session_ids[1], sample.pieter, minutes)
    assert _minutes(store, sample.session_ids[1], sample.pieter) == 15


def test_the_whole_planned_session_may_be_missed(store: Store) -> None:
    sample = build_hours_sample(store)
    set_minutes_missed(store, sample.session_ids[1], sample.pieter, 90)
    assert _minutes(store, sample.session_ids[1], sample.pieter) == 90


def test_minutes_need_a_late_or_early_mark(store: Store) -> None:
    sample = build_hours_sample(store)
    with pytest.raises(InvalidInputError, match="late or left early"):
        set_minutes_missed(store, sample.session_ids[0], sample.pieter, 10)  # present


def test_the_group_read_has_each_length_and_mark(store: Store) -> None:
    sample = build_hours_sample(store)
    series = group_session_times(store, sample.group_id)
    assert [times.record.id for times in series] == list(sample.session_ids)
    assert [times.length for times in series] == [
        SessionLength(90, LengthSource.CLOCK),
        SessionLength(85, LengthSource.CLOCK),
        SessionLength(90, LengthSource.PLANNED),
        SessionLength(90, LengthSource.CLOCK),
    ]
    assert [times.marks[sample.pieter] for times in series] == [
        Mark(S.PRESENT, None),
        Mark(S.LATE, 15),
        Mark(S.LEFT_EARLY, None),
        Mark(S.ABSENT, None),
    ]
