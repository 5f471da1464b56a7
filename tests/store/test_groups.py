"""The groups service: what it stores, how it lists, what it refuses, what it announces."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.events import Change
from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.names import fold
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key, list_formats
from reflectdesk.store.groups import (
    count_groups,
    create_group,
    get_group,
    list_groups,
    rename_group,
    set_archived,
    update_group,
)
from reflectdesk.store.members import add_member, remove_member
from reflectdesk.store.models.sessions import Attendance, Session


def test_create_and_get_round_trip(store: Store) -> None:
    format_id = list_formats(store)[0].id
    draft = GroupDraft(
        name="Balint Tuesday",
        format_id=format_id,
        setting="GP training, year 2",
        planned_sessions=8,
        attendance_required=6,
        ground_rules="What is said here stays here.\nOne speaker at a time.",
    )

    created = create_group(store, draft)
    loaded = get_group(store, created.id)

    assert loaded == created
    assert loaded.to_draft() == draft
    assert loaded.format_name == list_formats(store)[0].name
    assert loaded.archived is False
    assert loaded.member_count == 0
    assert count_groups(store) == 1


def test_get_unknown_group_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        get_group(store, "no-such-id")


def test_list_is_sorted_by_folded_name(store: Store) -> None:
    for name in ["zeta group", "Éclair", "Balint B", "balint a", "Ärzte Kreis", "Intervisie"]:
        create_group(store, GroupDraft(name=name))

    names = [group.name for group in list_groups(store)]

    assert names == ["Ärzte Kreis", "balint a", "Balint B", "Éclair", "Intervisie", "zeta group"]
    assert [fold(name) for name in names] == sorted(fold(name) for name in names)


def test_update_changes_every_field(store: Store) -> None:
    group = create_group(store, GroupDraft(name="Balint Tuesday"))
    format_id = format_id_for_key(store, "check-in-out")
    new = GroupDraft(
        name="Balint Wednesday",
        format_id=format_id,
        setting="Hospital, ward 4",
        planned_sessions=10,
        attendance_required=None,
        ground_rules="Phones away.",
    )

    updated = update_group(store, group.id, new)

    assert updated.to_draft() == new
    assert get_group(store, group.id) == updated
    assert count_groups(store) == 1


def test_rename_keeps_the_other_fields(store: Store) -> None:
    group = create_group(
        store, GroupDraft(name="Balint Tuesday", planned_sessions=12, setting="Online")
    )

    renamed = rename_group(store, group.id, "  Balint   Thursday ")

    assert renamed.name == "Balint Thursday"
    assert renamed.planned_sessions == 12
    assert renamed.setting == "Online"


def test_archive_and_restore(store: Store) -> None:
    kept = create_group(store, GroupDraft(name="Kept"))
    old = create_group(store, GroupDraft(name="Last year's group"))

    archived = set_archived(store, old.id, True)

    assert archived.archived is True
    assert [group.id for group in list_groups(store)] == [kept.id]
    assert [group.id for group in list_groups(store, archived=True)] == [old.id]
    assert count_groups(store) == 2

    restored = set_archived(store, old.id, False)

    assert restored.archived is False
    assert {group.id for group in list_groups(store)} == {kept.id, old.id}
    assert list_groups(store, archived=True) == []


def test_member_count_counts_active_members_only(store: Store) -> None:
    group = create_group(store, GroupDraft(name="Balint Tuesday"))
    other = create_group(store, GroupDraft(name="Other group"))
    members = [
        add_member(store, group.id, MemberDraft(name))
        for name in ["Anna de Vries", "Pieter Jansen", "Hüseyin İkiz"]
    ]
    add_member(store, other.id, MemberDraft("Ioanna Ikonomou"))
    # Pieter has attended a session, so removing him keeps him as a former member.
    with store.transaction() as session:
        meeting = Session(group_id=group.id, title="Session 1")
        session.add(meeting)
        session.flush()
        session.add(
            Attendance(session_id=meeting.id, person_id=members[1].person_id, status="present")
        )
    assert remove_member(store, members[1].membership_id, today=date(2026, 3, 1)) is False
    assert remove_member(store, members[2].membership_id) is True

    assert get_group(store, group.id).member_count == 1
    assert get_group(store, other.id).member_count == 1
    by_id = {record.id: record.member_count for record in list_groups(store)}
    assert by_id == {group.id: 1, other.id: 1}


@pytest.mark.parametrize(
    "name",
    ["", "   ", "\t\n \u00a0", "x" * 10_000],
    ids=["empty", "spaces", "whitespace", "10000 characters"],
)
def test_bad_name_is_refused_and_nothing_written(store: Store, name: str) -> None:
    changes: list[Change] = []
    store.changes.subscribe(changes.append)

    with pytest.raises(InvalidInputError) as caught:
        create_group(store, GroupDraft(name=name))

    assert caught.value.field == "name"
    assert count_groups(store) == 0
    assert changes == []


@pytest.mark.parametrize("name", ["", "   ", "x" * 10_000], ids=["empty", "spaces", "long"])
def test_bad_rename_is_refused_and_nothing_written(store: Store, name: str) -> None:
    group = create_group(store, GroupDraft(name="Balint Tuesday"))

    with pytest.raises(InvalidInputError) as caught:
        rename_group(store, group.id, name)

    assert caught.value.field == "name"
    assert get_group(store, group.id).name == "Balint Tuesday"


def test_long_name_message_gives_length_and_limit(store: Store) -> None:
    with pytest.raises(InvalidInputError) as caught:
        create_group(store, GroupDraft(name="x" * 10_000))

    assert "10,000" in str(caught.value)
    assert "120" in str(caught.value)


@pytest.mark.parametrize(
    "name",
    [
        "Ομάδα Balint Αθήνας",
        "Yansıtıcı Uygulama Grubu İzmir",
        "Intervisie IJsselmonde — huisartsen in opleiding",
        "Ĳmuiden ’t Hof",
    ],
)
def test_names_in_other_scripts_round_trip_exactly(store: Store, name: str) -> None:
    created = create_group(store, GroupDraft(name=name))

    assert created.name == name
    assert get_group(store, created.id).name == name
    assert [group.name for group in list_groups(store)] == [name]


def test_decomposed_name_is_stored_composed(store: Store) -> None:
    decomposed = unicodedata.normalize("NFD", "Ομάδα Αθήνας Hüseyin")
    assert decomposed != unicodedata.normalize("NFC", decomposed)

    created = create_group(store, GroupDraft(name=decomposed))

    assert get_group(store, created.id).name == unicodedata.normalize("NFC", decomposed)


def test_attendance_required_above_planned_is_refused(store: Store) -> None:
    with pytest.raises(InvalidInputError) as caught:
        create_group(store, GroupDraft(name="Balint", planned_sessions=6, attendance_required=7))

    assert caught.value.field == "attendance_required"
    assert count_groups(store) == 0


def test_attendance_required_equal_to_planned_is_accepted(store: Store) -> None:
    group = create_group(
        store, GroupDraft(name="Balint", planned_sessions=6, attendance_required=6)
    )
    assert group.attendance_required == 6


@pytest.mark.parametrize("planned", [0, -1, 101])
def test_planned_sessions_out_of_range_is_refused(store: Store, planned: int) -> None:
    with pytest.raises(InvalidInputError) as caught:
        create_group(store, GroupDraft(name="Balint", planned_sessions=planned))

    assert caught.value.field == "planned_sessions"
    assert count_groups(store) == 0


def test_unknown_format_is_refused(store: Store) -> None:
    with pytest.raises(InvalidInputError) as caught:
        create_group(store, GroupDraft(name="Balint", format_id="no-such-format"))

    assert caught.value.field == "format_id"
    assert count_groups(store) == 0


def test_changes_are_published_after_commit(store: Store) -> None:
    seen: list[tuple[Change, int, str]] = []

    def listener(change: Change) -> None:
        # Read through a fresh session: the change must already be committed.
        group = get_group(store, change.ids[0])
        seen.append((change, count_groups(store), group.name))

    store.changes.subscribe(listener)

    group = create_group(store, GroupDraft(name="Balint Tuesday"))
    update_group(store, group.id, GroupDraft(name="Balint Wednesday"))
    rename_group(store, group.id, "Balint Thursday")
    set_archived(store, group.id, True)

    assert seen == [
        (Change("groups", (group.id,)), 1, "Balint Tuesday"),
        (Change("groups", (group.id,)), 1, "Balint Wednesday"),
        (Change("groups", (group.id,)), 1, "Balint Thursday"),
        (Change("groups", (group.id,)), 1, "Balint Thursday"),
    ]


def test_unsubscribed_listener_hears_nothing(store: Store) -> None:
    changes: list[Change] = []
    unsubscribe = store.changes.subscribe(changes.append)
    unsubscribe()

    create_group(store, GroupDraft(name="Balint Tuesday"))

    assert changes == []


def test_changing_a_missing_group_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        update_group(store, "no-such-id", GroupDraft(name="Balint"))
    with pytest.raises(NotFoundError):
        rename_group(store, "no-such-id", "Balint")
    with pytest.raises(NotFoundError):
        set_archived(store, "no-such-id", True)
    assert count_groups(store) == 0


def test_the_form_path_stores_names_the_archive_rules_accept(store: Store) -> None:
    """The store's create functions and archive import share core/validation: what the
    forms store passes the archive's rules, and a lone surrogate is refused by both."""
    from reflectdesk.core.record_rules import check_record

    group = create_group(
        store, GroupDraft("Balint\u202egnp.exe\x07group", ground_rules="one\x0btwo\x00")
    )
    assert group.name == "Balint gnp.exe group"
    assert group.ground_rules == "one\ntwo"
    check_record("groups", {"name": group.name, "ground_rules": group.ground_rules})
    with pytest.raises(InvalidInputError, match="lone surrogate") as caught:
        create_group(store, GroupDraft("Balint \udc80"))
    assert caught.value.field == "name"
    with pytest.raises(InvalidInputError, match="lone surrogate"):
        add_member(store, group.id, MemberDraft("Hu\udc80seyin"))
