"""Planning a series through the operation, and its calendar read back with icalendar:
dates, time zones (Amsterdam, London), UIDs stable across exports, one event per planned
session, nothing private in it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import update

from reflectdesk.core.errors import InvalidInputError
from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.session_series import Rhythm, SeriesPlan
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.operations.calendar_export import (
    NothingToExportError,
    calendar_bytes,
    calendar_file_name,
    export_calendar,
    uid_of,
)
from reflectdesk.operations.session_series import check_series, format_minutes, plan_series
from reflectdesk.store import attendance, groups, members, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.models.sessions import Session

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
LONDON = ZoneInfo("Europe/London")
BEFORE = datetime(2026, 1, 1, tzinfo=UTC)
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _group(store: Store, name: str = "Balint group 2") -> str:
    balint = format_id_for_key(store, "balint-one-case")
    return groups.create_group(store, GroupDraft(name=name, format_id=balint)).id


def _series(
    first: date, count: int = 6, zone: ZoneInfo = AMSTERDAM, minutes: int = 90
) -> SeriesPlan:
    return SeriesPlan(first, time(19, 0), Rhythm.WEEKLY, count, minutes, zone)


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_a_series_is_planned_from_the_groups_format(store: Store) -> None:
    group = _group(store)
    minutes = format_minutes(store, group)
    assert minutes > 0
    days = check_series(store, group, _series(date(2026, 3, 23), 3, minutes=minutes), BEFORE)
    planned = plan_series(store, group, days, place="Room 3")
    assert [r.planned_start for r in planned] == [d.start for d in days]
    assert all(r.place == "Room 3" and r.planned_seconds == minutes * 60 for r in planned)
    assert len(sessions.list_sessions(store, group)) == 3


def test_a_clash_with_a_planned_session_is_found(store: Store) -> None:
    group = _group(store)
    taken = datetime(2026, 3, 30, 17, 30, tzinfo=UTC)  # 19:30 in Amsterdam, summer time
    sessions.plan_session(store, group, SessionDraft(planned_start=taken))
    days = check_series(store, group, _series(date(2026, 3, 23), 3), NOW)
    assert [d.clashes for d in days] == [0, 1, 0]
    other_group = _group(store, "Another group")
    assert all(
        d.clashes == 0 for d in check_series(store, other_group, _series(date(2026, 3, 23)), NOW)
    )


def test_a_series_refused_half_way_plans_nothing(store: Store) -> None:
    group = _group(store)
    days = check_series(store, group, _series(date(2026, 3, 23), 2), BEFORE)
    with pytest.raises(InvalidInputError):
        plan_series(store, group, days, place="x" * 500)
    assert sessions.list_sessions(store, group) == []


@pytest.mark.parametrize(
    ("zone", "name"), [(AMSTERDAM, "Europe/Amsterdam"), (LONDON, "Europe/London")]
)
def test_the_calendar_keeps_the_wall_clock_time_in_its_zone(
    store: Store, zone: ZoneInfo, name: str
) -> None:
    group = _group(store)
    # Over the change to summer time (Sunday 29 March 2026 in both zones).
    plan_series(
        store, group, check_series(store, group, _series(date(2026, 3, 23), 2, zone), BEFORE)
    )
    data, count = calendar_bytes(store, group, zone=name, now=NOW)
    events = _events(data)
    assert count == len(events) == 2
    for event, day in zip(events, (date(2026, 3, 23), date(2026, 3, 30)), strict=True):
        start = event.decoded("dtstart")
        assert event["dtstart"].params["TZID"] == name
        assert start.tzinfo is not None and str(start.tzinfo) == name
        assert (start.date(), start.time()) == (day, time(19, 0))
        assert event.decoded("dtend") - start == timedelta(minutes=format_minutes(store, group))
    zones = [c["TZID"] for c in icalendar.Calendar.from_ical(data).walk("VTIMEZONE")]
    assert zones == [name]


def test_utc_when_no_zone_is_known(store: Store) -> None:
    group = _group(store)
    start = datetime(2026, 5, 5, 17, 0, tzinfo=UTC)
    sessions.plan_session(store, group, SessionDraft(planned_start=start))
    data, _ = calendar_bytes(store, group, now=NOW)
    assert b"DTSTART:20260505T170000Z" in data
    assert _events(data)[0].decoded("dtstart") == start


def test_uids_are_stable_and_a_change_raises_the_sequence(store: Store) -> None:
    group = _group(store)
    plan_series(store, group, check_series(store, group, _series(date(2026, 4, 7), 3), BEFORE))
    first = _events(calendar_bytes(store, group, zone="Europe/Amsterdam", now=NOW)[0])
    record = sessions.list_sessions(store, group)[1]
    moved = SessionDraft(planned_start=record.planned_start + timedelta(hours=1), place="Room 9")
    sessions.update_session(store, record.id, moved)
    with store.transaction() as session:  # a change a second later than the export
        later = datetime.now(UTC) + timedelta(seconds=2)
        session.execute(update(Session).where(Session.id == record.id).values(updated_at=later))
    again = _events(calendar_bytes(store, group, zone="Europe/Amsterdam", now=NOW)[0])
    assert [str(e["uid"]) for e in first] == [str(e["uid"]) for e in again]
    assert str(again[1]["uid"]) == uid_of(record.id) == f"{record.id}@reflectdesk"
    assert again[1]["sequence"] > first[1]["sequence"]
    assert again[0]["sequence"] == first[0]["sequence"]
    assert str(again[1]["location"]) == "Room 9"


def test_one_event_per_planned_session_and_nothing_private(store: Store) -> None:
    group = _group(store)
    person = members.add_member(store, group, MemberDraft(display_name="Anna de Vries"))
    plan_series(store, group, check_series(store, group, _series(date(2026, 4, 7), 4), BEFORE))
    records = sessions.list_sessions(store, group)
    attendance.set_presenter(store, records[0].id, person.person_id)
    data, count = calendar_bytes(store, group, zone="Europe/London", language="en", now=NOW)
    assert count == 4
    summaries = [str(e["summary"]) for e in _events(data)]
    assert summaries == [f"Balint group 2 — session {n}" for n in range(1, 5)]
    assert b"Anna" not in data and b"Vries" not in data
    single, one = calendar_bytes(
        store, group, session_id=records[2].id, zone="Europe/London", now=NOW
    )
    assert one == 1 and str(_events(single)[0]["uid"]) == uid_of(records[2].id)


def test_dutch_words_and_file_names(store: Store, tmp_path: Path) -> None:
    group = _group(store, "Balintgroep 2")
    plan_series(store, group, check_series(store, group, _series(date(2026, 11, 3), 1), BEFORE))
    written = export_calendar(store, group, tmp_path / "c.ics", language="nl", now=NOW)
    assert written.events == 1
    assert str(_events(written.path.read_bytes())[0]["summary"]) == "Balintgroep 2 — bijeenkomst 1"
    assert calendar_file_name(store, group, language="nl") == "Balintgroep 2 — agenda.ics"


def test_nothing_to_export(store: Store) -> None:
    with pytest.raises(NothingToExportError):
        calendar_bytes(store, _group(store), now=NOW)
