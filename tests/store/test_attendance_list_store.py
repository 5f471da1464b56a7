"""The store's side of the CPD attendance list: registration numbers kept per person,
accreditation ids on groups and sessions (the session's own wins), who a list names, and
which lists are owed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from reflectdesk.core.errors import NotFoundError
from reflectdesk.core.model import AttendanceStatus, GroupDraft, MemberDraft, Role, SessionStatus
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import attendance_list as list_store
from reflectdesk.store import groups, members, sessions, settings
from reflectdesk.store.database import Store
from tests.export.sample import FACILITATOR, PLANNED_START, build_sample


def test_a_registration_number_round_trips_through_the_member_form(store: Store) -> None:
    group = groups.create_group(store, GroupDraft("Intervisie"))
    added = members.add_member(
        store, group.id, MemberDraft("Anna de Vries", registration_number=" 19012345601 ")
    )
    assert added.registration_number == "19012345601"
    changed = members.update_member(
        store, added.membership_id, replace(added.to_draft(), registration_number="GMC 1234567")
    )
    assert changed.registration_number == "GMC 1234567"
    assert members.list_members(store, group.id)[0].registration_number == "GMC 1234567"
    several = members.add_members(
        store, group.id, [MemberDraft("Bram Jansen", registration_number="1234567")]
    )
    assert several[0].registration_number == "1234567"


def test_accreditation_ids_are_kept_and_the_sessions_own_wins(store: Store) -> None:
    group = groups.create_group(store, GroupDraft("Balint", accreditation_id="GAIA-1"))
    assert group.accreditation_id == "GAIA-1"
    own = sessions.plan_session(
        store, group.id, SessionDraft(PLANNED_START, accreditation_id="GAIA-2")
    )
    follows = sessions.plan_session(
        store, group.id, SessionDraft(PLANNED_START + timedelta(days=28))
    )
    assert own.accreditation_id == "GAIA-2"

    listed = list_store.listed_sessions(store, [own.id, follows.id])
    assert [item.accreditation_id for item in listed] == ["GAIA-2", "GAIA-1"]
    list_store.set_session_accreditation(store, own.id, "")
    assert list_store.listed_sessions(store, [own.id])[0].accreditation_id == "GAIA-1"


def test_a_recorded_session_lists_those_there_and_its_facilitators(store: Store) -> None:
    sample = build_sample(store)
    listed = list_store.listed_sessions(store, [sample.session_id])[0]

    names = [person.display_name for person in listed.people]
    assert names[0] == FACILITATOR  # facilitators first
    assert "Anna de Vries" not in names  # excused
    assert listed.status is SessionStatus.FINISHED
    late = next(p for p in listed.people if p.status is AttendanceStatus.LATE)
    assert late.display_name == "Hüseyin İkiz"


def test_a_session_with_nothing_recorded_lists_every_member_to_sign(store: Store) -> None:
    group = groups.create_group(store, GroupDraft("Balint"))
    members.add_member(store, group.id, MemberDraft("Anna de Vries"))
    members.add_member(store, group.id, MemberDraft("Marieke Hoogendoorn", Role.FACILITATOR))
    planned = sessions.plan_session(store, group.id, SessionDraft(PLANNED_START))

    listed = list_store.listed_sessions(store, [planned.id])[0]
    assert [p.display_name for p in listed.people] == ["Marieke Hoogendoorn", "Anna de Vries"]
    assert all(p.status is None for p in listed.people)


def test_minutes_missed_are_read_when_recorded(store: Store) -> None:
    sample = build_sample(store)
    from sqlalchemy import update

    from reflectdesk.store.models.sessions import Attendance

    with store.transaction() as session:
        session.execute(
            update(Attendance)
            .where(Attendance.status == AttendanceStatus.LATE.value)
            .values(minutes_missed=15)
        )
    listed = list_store.listed_sessions(store, [sample.session_id])[0]
    assert {p.display_name: p.minutes_missed for p in listed.people}["Hüseyin İkiz"] == 15


def test_an_unknown_session_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        list_store.listed_sessions(store, ["no-such-session"])


def _accredit(store: Store, group_id: str, accreditation_id: str = "GAIA-7") -> None:
    record = groups.get_group(store, group_id)
    groups.update_group(
        store, group_id, replace(record.to_draft(), accreditation_id=accreditation_id)
    )


@pytest.mark.parametrize(("days", "owed"), [(9, False), (10, True), (11, True)])
def test_a_list_is_owed_ten_days_after_an_accredited_session(
    store: Store, days: int, owed: bool
) -> None:
    sample = build_sample(store)
    finished_on = sessions.get_session(store, sample.session_id).ended_at
    assert finished_on is not None
    today = finished_on.astimezone().date() + timedelta(days=days)
    assert list_store.owed_lists(store, today) == []  # not accredited yet

    _accredit(store, sample.group_id)
    found = [item.session_id for item in list_store.owed_lists(store, today)]
    assert found == ([sample.session_id] if owed else [])


def test_exporting_settles_what_is_owed_and_dismissing_is_kept(store: Store) -> None:
    sample = build_sample(store)
    _accredit(store, sample.group_id)
    today = date(2026, 4, 1)
    assert len(list_store.owed_lists(store, today, group_id=sample.group_id)) == 1

    list_store.mark_exported(store, [sample.session_id], datetime(2026, 3, 20, tzinfo=UTC))
    assert list_store.owed_lists(store, today) == []

    settings.dismiss_list_reminder(store, sample.session_id)
    assert settings.dismissed_list_reminders(store) == {sample.session_id}


def test_a_planned_session_is_not_marked_exported(store: Store) -> None:
    group = groups.create_group(store, GroupDraft("Balint", accreditation_id="G"))
    planned = sessions.plan_session(store, group.id, SessionDraft(PLANNED_START))
    list_store.mark_exported(store, [planned.id], datetime(2026, 3, 20, tzinfo=UTC))
    from reflectdesk.store.models.sessions import Session

    with store.reading() as session:
        assert session.get(Session, planned.id).attendance_list_exported_at is None  # type: ignore[union-attr]


def test_a_series_takes_finished_accredited_sessions_in_the_period(store: Store) -> None:
    sample = build_sample(store)
    assert list_store.accredited_sessions(store, sample.group_id) == []
    _accredit(store, sample.group_id)
    assert list_store.accredited_sessions(store, sample.group_id) == [sample.session_id]
    day = PLANNED_START.astimezone().date()
    assert list_store.accredited_sessions(store, sample.group_id, first=day, last=day) == [
        sample.session_id
    ]
    later = day + timedelta(days=1)
    assert list_store.accredited_sessions(store, sample.group_id, first=later) == []


def test_search_never_finds_a_registration_number(store: Store) -> None:
    from reflectdesk.store import search_index

    group = groups.create_group(store, GroupDraft("Intervisie"))
    members.add_member(
        store, group.id, MemberDraft("Anna de Vries", registration_number="19012345601")
    )
    assert search_index.search(store, "Anna")  # the member is found by name
    assert search_index.search(store, "19012345601") == []
