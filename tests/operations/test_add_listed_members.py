"""Adding a pasted list of people: all of it in one transaction, or nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reflectdesk.core.errors import InvalidInputError
from reflectdesk.core.events import Change
from reflectdesk.core.member_list import read_pasted
from reflectdesk.core.model import GroupDraft, MemberDraft, Role
from reflectdesk.operations.member_list import add_listed_members
from reflectdesk.store import groups, members
from reflectdesk.store.database import Store


def test_the_list_is_added_in_order_with_roles_and_family_names(store: Store) -> None:
    group = groups.create_group(store, GroupDraft("Balint 2"))
    heard: list[Change] = []
    store.changes.subscribe(heard.append)
    rows = read_pasted("Naam\tRol\nEertwegh, van den, IJsbrand\tBegeleider\nHüseyin Yılmaz\n")
    added = add_listed_members(store, group.id, rows)
    assert [(m.display_name, m.role, m.family_name) for m in added] == [
        ("IJsbrand van den Eertwegh", Role.FACILITATOR, "van den Eertwegh"),
        ("Hüseyin Yılmaz", Role.MEMBER, ""),
    ]
    assert heard == [Change("members", (group.id,))]  # one change for the whole list
    assert [m.display_name for m in members.list_members(store, group.id)] == [
        "IJsbrand van den Eertwegh",
        "Hüseyin Yılmaz",
    ]


def test_a_blocking_problem_adds_nobody_and_names_the_line(store: Store) -> None:
    group = groups.create_group(store, GroupDraft("Balint 2"))
    members.add_member(store, group.id, MemberDraft("Anna de Vries"))
    rows = read_pasted("Jan Jansen\n\nanna DE vries\n")
    with pytest.raises(InvalidInputError, match="Line 3"):
        add_listed_members(store, group.id, rows)
    assert len(members.list_members(store, group.id)) == 1
    # Left out, the duplicate no longer stands in the way.
    added = add_listed_members(store, group.id, [rows[0], replace(rows[1], included=False)])
    assert [m.display_name for m in added] == ["Jan Jansen"]


def test_the_store_adds_all_or_nothing(store: Store) -> None:
    group = groups.create_group(store, GroupDraft("Balint 2"))
    with pytest.raises(InvalidInputError):
        members.add_members(store, group.id, [MemberDraft("Jan"), MemberDraft("   ")])
    assert members.list_members(store, group.id) == []
    assert members.add_members(store, group.id, []) == []
