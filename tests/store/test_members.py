"""The members service: adding, sorting by family name, updating and removing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.events import Change
from reflectdesk.core.model import GroupDraft, GroupRecord, MemberDraft, MemberRecord, Role
from reflectdesk.core.names import sort_key
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group
from reflectdesk.store.members import add_member, list_members, remove_member, update_member
from reflectdesk.store.models.groups import Person
from reflectdesk.store.models.sessions import Attendance, Session

# Typed in no particular order; Dutch readers expect them under E, I, I, J, V, and the
# Greek name after the Latin ones (sort_key compares folded Greek by code point).
TYPED = [
    "Pieter Jansen",
    "Νίκος Παπαδόπουλος",
    "Anna de Vries",
    "Ioanna Ikonomou",
    "IJsbrand van den Eertwegh",
    "Hüseyin İkiz",
]
EXPECTED_ORDER = [
    "IJsbrand van den Eertwegh",
    "Hüseyin İkiz",
    "Ioanna Ikonomou",
    "Pieter Jansen",
    "Anna de Vries",
    "Νίκος Παπαδόπουλος",
]


@pytest.fixture
def group(store: Store) -> GroupRecord:
    return create_group(store, GroupDraft(name="Balint Tuesday"))


def person_count(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count(Person.id))) or 0


def record_attendance(store: Store, group_id: str, person_id: str) -> None:
    with store.transaction() as session:
        meeting = Session(
            group_id=group_id,
            title="Session 1",
            planned_start=datetime(2026, 2, 3, 13, 0, tzinfo=UTC),
        )
        session.add(meeting)
        session.flush()
        session.add(Attendance(session_id=meeting.id, person_id=person_id, status="present"))


def test_add_and_list(store: Store, group: GroupRecord) -> None:
    added = add_member(
        store,
        group.id,
        MemberDraft("  Anna   de Vries ", Role.FACILITATOR),
        joined_on=date(2026, 1, 12),
    )

    assert added.display_name == "Anna de Vries"
    assert added.role is Role.FACILITATOR
    assert added.joined_on == date(2026, 1, 12)
    assert added.left_on is None
    assert added.active
    assert list_members(store, group.id) == [added]


def test_joined_on_defaults_to_today(store: Store, group: GroupRecord) -> None:
    added = add_member(store, group.id, MemberDraft("Anna de Vries"))
    assert added.joined_on == date.today()


def test_members_are_listed_by_family_name(store: Store, group: GroupRecord) -> None:
    for name in TYPED:
        add_member(store, group.id, MemberDraft(name))

    listed = [member.display_name for member in list_members(store, group.id)]

    assert listed == EXPECTED_ORDER
    assert listed == sorted(TYPED, key=sort_key)


def test_stored_family_name_overrides_the_guess(store: Store, group: GroupRecord) -> None:
    add_member(store, group.id, MemberDraft("Nguyen Thi Lan", family_name="Nguyen"))
    add_member(store, group.id, MemberDraft("Pieter Jansen"))

    listed = [member.display_name for member in list_members(store, group.id)]

    assert listed == ["Pieter Jansen", "Nguyen Thi Lan"]


def test_members_of_other_groups_are_not_listed(store: Store, group: GroupRecord) -> None:
    other = create_group(store, GroupDraft(name="Other"))
    add_member(store, other.id, MemberDraft("Anna de Vries"))

    assert list_members(store, group.id) == []


def test_add_to_unknown_group_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        add_member(store, "no-such-group", MemberDraft("Anna de Vries"))
    assert person_count(store) == 0


@pytest.mark.parametrize("name", ["", "  ", "x" * 10_000])
def test_bad_member_name_is_refused(store: Store, group: GroupRecord, name: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        add_member(store, group.id, MemberDraft(name))

    assert caught.value.field == "display_name"
    assert person_count(store) == 0


def test_update_member(store: Store, group: GroupRecord) -> None:
    added = add_member(store, group.id, MemberDraft("Anna de Vries"))
    add_member(store, group.id, MemberDraft("Pieter Jansen"))

    updated = update_member(
        store, added.membership_id, MemberDraft("Anna Aalders", Role.CO_FACILITATOR)
    )

    assert updated.display_name == "Anna Aalders"
    assert updated.role is Role.CO_FACILITATOR
    assert updated.person_id == added.person_id
    listed = list_members(store, group.id)
    assert [member.display_name for member in listed] == ["Anna Aalders", "Pieter Jansen"]


def test_update_unknown_member_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        update_member(store, "no-such-membership", MemberDraft("Anna de Vries"))


def test_remove_member_without_history_deletes_the_person(store: Store, group: GroupRecord) -> None:
    added = add_member(store, group.id, MemberDraft("Anna de Vries"))
    kept = add_member(store, group.id, MemberDraft("Pieter Jansen"))

    assert remove_member(store, added.membership_id) is True

    assert list_members(store, group.id, include_former=True) == [kept]
    assert person_count(store) == 1
    with store.reading() as session:
        assert session.get(Person, added.person_id) is None


def test_remove_member_with_attendance_keeps_a_former_member(
    store: Store, group: GroupRecord
) -> None:
    added = add_member(store, group.id, MemberDraft("Anna de Vries"))
    kept = add_member(store, group.id, MemberDraft("Pieter Jansen"))
    record_attendance(store, group.id, added.person_id)

    assert remove_member(store, added.membership_id, today=date(2026, 3, 1)) is False

    assert list_members(store, group.id) == [kept]
    former = list_members(store, group.id, include_former=True)
    assert [member.display_name for member in former] == ["Pieter Jansen", "Anna de Vries"]
    removed: MemberRecord = former[1]
    assert removed.left_on == date(2026, 3, 1)
    assert not removed.active
    assert person_count(store) == 2
    with store.reading() as session:
        attendance = session.scalars(select(Attendance)).all()
        assert [row.person_id for row in attendance] == [added.person_id]


def test_remove_member_who_presented_keeps_a_former_member(
    store: Store, group: GroupRecord
) -> None:
    added = add_member(store, group.id, MemberDraft("Anna de Vries"))
    with store.transaction() as session:
        session.add(Session(group_id=group.id, presenter_id=added.person_id))

    assert remove_member(store, added.membership_id, today=date(2026, 3, 1)) is False

    assert list_members(store, group.id) == []
    assert person_count(store) == 1


def test_attendance_in_another_group_is_not_history_here(store: Store, group: GroupRecord) -> None:
    other = create_group(store, GroupDraft(name="Other"))
    added = add_member(store, group.id, MemberDraft("Anna de Vries"))
    record_attendance(store, other.id, added.person_id)

    assert remove_member(store, added.membership_id) is True

    assert list_members(store, group.id, include_former=True) == []


def test_remove_unknown_member_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        remove_member(store, "no-such-membership")


def test_member_changes_are_published_with_the_group_id(store: Store, group: GroupRecord) -> None:
    changes: list[Change] = []
    store.changes.subscribe(changes.append)

    added = add_member(store, group.id, MemberDraft("Anna de Vries"))
    update_member(store, added.membership_id, MemberDraft("Anna de Boer"))
    remove_member(store, added.membership_id)

    assert changes == [Change("members", (group.id,))] * 3


def test_remove_member_with_a_follow_up_note_keeps_a_former_member(
    store: Store, group: GroupRecord
) -> None:
    from reflectdesk.core.notes import PrivateText
    from reflectdesk.store.notes import member_notes, save_member_note

    added = add_member(store, group.id, MemberDraft("Hüseyin İkiz"))
    save_member_note(store, group.id, added.person_id, PrivateText(body="Seemed tired; ask."))
    assert remove_member(store, added.membership_id) is False
    assert len(member_notes(store, group.id, added.person_id)) == 1
