"""Who took part in a session: the attendance register, the case presenter, and the
presenter history that feeds the rotation suggestion."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.events import Change
from reflectdesk.core.model import (
    AttendanceStatus,
    ClockEventKind,
    GroupDraft,
    GroupRecord,
    MemberDraft,
    MemberRecord,
    Role,
)
from reflectdesk.core.rotation import presenter_stats, suggest_presenter
from reflectdesk.core.sessions import AttendanceRecord, SessionDraft, SessionRecord
from reflectdesk.store.attendance import (
    attendance,
    presenter_history,
    set_attendance,
    set_presenter,
)
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.groups import create_group
from reflectdesk.store.members import add_member, list_members, remove_member
from reflectdesk.store.sessions import get_session, plan_session, record_clock_event

TUESDAY = datetime(2026, 2, 3, 12, 0, tzinfo=UTC)


@pytest.fixture
def group(store: Store) -> GroupRecord:
    return create_group(
        store, GroupDraft(name="Balint Tuesday", format_id=format_id_for_key(store, "check-in-out"))
    )


@pytest.fixture
def members(store: Store, group: GroupRecord) -> dict[str, MemberRecord]:
    typed = [
        ("Pieter Jansen", Role.MEMBER),
        ("Anna de Vries", Role.FACILITATOR),
        ("IJsbrand van den Eertwegh", Role.MEMBER),
        ("Hüseyin İkiz", Role.CO_FACILITATOR),
    ]
    added = [add_member(store, group.id, MemberDraft(name, role)) for name, role in typed]
    return {record.display_name.split()[0]: record for record in added}


@pytest.fixture
def meeting(store: Store, group: GroupRecord) -> SessionRecord:
    return plan_session(store, group.id, SessionDraft(TUESDAY))


def statuses(records: list[AttendanceRecord]) -> list[tuple[str, AttendanceStatus | None]]:
    return [(record.display_name, record.status) for record in records]


def run(store: Store, session_id: str, started: datetime, *, end: bool = True) -> None:
    record_clock_event(store, session_id, ClockEventRecord(1, ClockEventKind.START, 0.0, started))
    if end:
        ended = started + timedelta(hours=1)
        record_clock_event(store, session_id, ClockEventRecord(2, ClockEventKind.END, 3600, ended))


# -- attendance -------------------------------------------------------------------------


def test_register_lists_every_active_member_by_family_name(
    store: Store, members: dict[str, MemberRecord], meeting: SessionRecord
) -> None:
    register = attendance(store, meeting.id)

    assert statuses(register) == [
        ("IJsbrand van den Eertwegh", None),
        ("Hüseyin İkiz", None),
        ("Pieter Jansen", None),
        ("Anna de Vries", None),
    ]
    assert [record.role for record in register] == [
        Role.MEMBER,
        Role.CO_FACILITATOR,
        Role.MEMBER,
        Role.FACILITATOR,
    ]
    assert register[0].person_id == members["IJsbrand"].person_id


def test_a_stored_family_name_overrides_the_guess(
    store: Store, group: GroupRecord, meeting: SessionRecord
) -> None:
    add_member(store, group.id, MemberDraft("Pieter Jansen"))
    # Sorted under "Zwart", not under the guessed "Aalbers".
    add_member(store, group.id, MemberDraft("Maria Zwart Aalbers", family_name="Zwart Aalbers"))

    assert [r.display_name for r in attendance(store, meeting.id)] == [
        "Pieter Jansen",
        "Maria Zwart Aalbers",
    ]


def test_set_change_and_clear_statuses(
    store: Store, members: dict[str, MemberRecord], meeting: SessionRecord
) -> None:
    changes: list[Change] = []
    store.changes.subscribe(changes.append)
    pieter, ijsbrand = members["Pieter"].person_id, members["IJsbrand"].person_id

    set_attendance(store, meeting.id, pieter, AttendanceStatus.PRESENT)
    set_attendance(store, meeting.id, ijsbrand, AttendanceStatus.EXCUSED)
    set_attendance(store, meeting.id, pieter, AttendanceStatus.LATE)

    assert statuses(attendance(store, meeting.id)) == [
        ("IJsbrand van den Eertwegh", AttendanceStatus.EXCUSED),
        ("Hüseyin İkiz", None),
        ("Pieter Jansen", AttendanceStatus.LATE),
        ("Anna de Vries", None),
    ]

    set_attendance(store, meeting.id, ijsbrand, None)
    set_attendance(store, meeting.id, ijsbrand, None)  # clearing twice is harmless

    assert attendance(store, meeting.id)[0].status is None
    assert changes == [Change("attendance", (meeting.id,))] * 5


def test_registers_are_per_session(
    store: Store, group: GroupRecord, members: dict[str, MemberRecord], meeting: SessionRecord
) -> None:
    other = plan_session(store, group.id, SessionDraft(TUESDAY + timedelta(days=7)))
    set_attendance(store, meeting.id, members["Pieter"].person_id, AttendanceStatus.ABSENT)

    assert all(record.status is None for record in attendance(store, other.id))


def test_a_removed_member_stays_on_the_registers_they_are_on(
    store: Store, group: GroupRecord, members: dict[str, MemberRecord], meeting: SessionRecord
) -> None:
    later = plan_session(store, group.id, SessionDraft(TUESDAY + timedelta(days=7)))
    pieter = members["Pieter"]
    set_attendance(store, meeting.id, pieter.person_id, AttendanceStatus.LEFT_EARLY)

    assert remove_member(store, pieter.membership_id) is False  # kept as a former member

    names = [r.display_name for r in attendance(store, meeting.id)]
    assert "Pieter Jansen" in names
    entry = next(r for r in attendance(store, meeting.id) if r.person_id == pieter.person_id)
    assert entry == AttendanceRecord(
        pieter.person_id, "Pieter Jansen", Role.MEMBER, AttendanceStatus.LEFT_EARLY
    )
    assert "Pieter Jansen" not in [r.display_name for r in attendance(store, later.id)]
    # Their status can still be corrected on the session they attended.
    set_attendance(store, meeting.id, pieter.person_id, AttendanceStatus.PRESENT)
    assert AttendanceStatus.PRESENT in [r.status for r in attendance(store, meeting.id)]


def test_attendance_can_be_recorded_after_the_session(
    store: Store, members: dict[str, MemberRecord], meeting: SessionRecord
) -> None:
    run(store, meeting.id, TUESDAY)
    set_attendance(store, meeting.id, members["Pieter"].person_id, AttendanceStatus.PRESENT)
    assert AttendanceStatus.PRESENT in [r.status for r in attendance(store, meeting.id)]


def test_attendance_refuses_strangers_and_unknown_sessions(
    store: Store, members: dict[str, MemberRecord], meeting: SessionRecord
) -> None:
    stranger_group = create_group(store, GroupDraft(name="Other"))
    stranger = add_member(store, stranger_group.id, MemberDraft("Jan Smit"))
    changes: list[Change] = []
    store.changes.subscribe(changes.append)

    with pytest.raises(InvalidInputError) as error:
        set_attendance(store, meeting.id, stranger.person_id, AttendanceStatus.PRESENT)
    assert error.value.field == "person_id"
    with pytest.raises(NotFoundError):
        set_attendance(store, "no-such-session", members["Pieter"].person_id, None)
    with pytest.raises(NotFoundError):
        attendance(store, "no-such-session")
    assert changes == []
    assert "Jan Smit" not in [r.display_name for r in attendance(store, meeting.id)]


# -- presenter --------------------------------------------------------------------------


def test_set_and_clear_the_presenter(
    store: Store, members: dict[str, MemberRecord], meeting: SessionRecord
) -> None:
    changes: list[Change] = []
    store.changes.subscribe(changes.append)
    pieter = members["Pieter"].person_id

    set_presenter(store, meeting.id, pieter)

    record = get_session(store, meeting.id)
    assert (record.presenter_id, record.presenter_name) == (pieter, "Pieter Jansen")
    set_presenter(store, meeting.id, None)
    cleared = get_session(store, meeting.id)
    assert (cleared.presenter_id, cleared.presenter_name) == (None, None)
    assert changes == [Change("sessions", (meeting.id,))] * 2


def test_the_presenter_must_be_in_the_group(
    store: Store, group: GroupRecord, members: dict[str, MemberRecord], meeting: SessionRecord
) -> None:
    other = create_group(store, GroupDraft(name="Other"))
    stranger = add_member(store, other.id, MemberDraft("Jan Smit"))
    pieter = members["Pieter"]
    set_attendance(store, meeting.id, pieter.person_id, AttendanceStatus.PRESENT)
    remove_member(store, pieter.membership_id)

    for person_id in (stranger.person_id, pieter.person_id, "no-such-person"):
        with pytest.raises(InvalidInputError) as error:
            set_presenter(store, meeting.id, person_id)
        assert error.value.field == "presenter_id"
    with pytest.raises(NotFoundError):
        set_presenter(store, "no-such-session", None)
    assert get_session(store, meeting.id).presenter_id is None


def test_presenter_history_counts_running_and_finished_sessions(
    store: Store, group: GroupRecord, members: dict[str, MemberRecord]
) -> None:
    pieter, ijsbrand = members["Pieter"].person_id, members["IJsbrand"].person_id
    first = plan_session(store, group.id, SessionDraft(TUESDAY))
    second = plan_session(store, group.id, SessionDraft(TUESDAY + timedelta(days=14)))
    running = plan_session(store, group.id, SessionDraft(TUESDAY + timedelta(days=28)))
    planned = plan_session(store, group.id, SessionDraft(TUESDAY + timedelta(days=42)))
    no_presenter = plan_session(store, group.id, SessionDraft(TUESDAY + timedelta(days=7)))
    set_presenter(store, first.id, pieter)
    set_presenter(store, second.id, ijsbrand)
    set_presenter(store, running.id, pieter)
    set_presenter(store, planned.id, ijsbrand)
    # The first session actually took place a day later than planned.
    run(store, first.id, TUESDAY + timedelta(days=1))
    run(store, second.id, TUESDAY + timedelta(days=14))
    run(store, running.id, TUESDAY + timedelta(days=28), end=False)
    run(store, no_presenter.id, TUESDAY + timedelta(days=7))
    other = create_group(store, GroupDraft(name="Other"))
    assert presenter_history(store, other.id) == []

    assert presenter_history(store, group.id) == [
        (pieter, date(2026, 2, 4)),
        (ijsbrand, date(2026, 2, 17)),
        (pieter, date(2026, 3, 3)),
    ]


def test_presenter_can_be_filled_in_after_the_session(
    store: Store, group: GroupRecord, members: dict[str, MemberRecord], meeting: SessionRecord
) -> None:
    run(store, meeting.id, TUESDAY)
    set_presenter(store, meeting.id, members["Pieter"].person_id)
    assert presenter_history(store, group.id) == [(members["Pieter"].person_id, date(2026, 2, 3))]


def test_rotation_from_the_store(
    store: Store, group: GroupRecord, members: dict[str, MemberRecord], meeting: SessionRecord
) -> None:
    set_presenter(store, meeting.id, members["IJsbrand"].person_id)
    run(store, meeting.id, TUESDAY)
    rotation = [
        (member.person_id, member.display_name)
        for member in list_members(store, group.id)
        if member.role is Role.MEMBER
    ]

    stats = presenter_stats(rotation, presenter_history(store, group.id))

    assert [(s.display_name, s.times) for s in stats] == [
        ("IJsbrand van den Eertwegh", 1),
        ("Pieter Jansen", 0),
    ]
    suggested = suggest_presenter(stats)
    assert suggested is not None
    assert suggested.display_name == "Pieter Jansen"
    assert suggest_presenter(stats, absent={members["Pieter"].person_id}) == stats[0]
