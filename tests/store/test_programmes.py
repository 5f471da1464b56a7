"""Programmes: created, renamed, listed, deleted (freeing their groups); groups put in and
taken out; names checked as group names are."""

from __future__ import annotations

import pytest

from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.events import Change
from reflectdesk.core.model import GroupDraft
from reflectdesk.store import programmes
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group, set_archived


def test_a_programme_holds_groups_and_deleting_it_frees_them(store: Store) -> None:
    one = create_group(store, GroupDraft("Balint 1"))
    two = create_group(store, GroupDraft("Balint 2"))
    other = create_group(store, GroupDraft("Intervision"))
    cohort = programmes.create_programme(store, "  Balint programme 2026–27 ", "Groups 1–6")
    assert cohort.name == "Balint programme 2026–27"
    programmes.add_group(store, cohort.id, two.id)
    programmes.add_group(store, cohort.id, one.id)
    set_archived(store, two.id, True)  # an archived group stays in its programme

    assert [g.name for g in programmes.programme_groups(store, cohort.id)] == [
        "Balint 1",
        "Balint 2",
    ]
    assert programmes.get_programme(store, cohort.id).group_count == 2
    assert programmes.programme_of(store, other.id) is None

    programmes.remove_group(store, cohort.id, one.id)
    assert programmes.programme_of(store, one.id) is None
    programmes.delete_programme(store, cohort.id)
    assert programmes.list_programmes(store) == []
    assert programmes.programme_of(store, two.id) is None  # the link went with it
    with pytest.raises(NotFoundError):
        programmes.add_group(store, cohort.id, one.id)


def test_a_group_is_in_one_programme_at_most(store: Store) -> None:
    group = create_group(store, GroupDraft("Balint 1"))
    first = programmes.create_programme(store, "First")
    second = programmes.create_programme(store, "Second")
    programmes.add_group(store, first.id, group.id)
    programmes.add_group(store, second.id, group.id)
    assert programmes.programme_of(store, group.id) == second.id
    programmes.remove_group(store, first.id, group.id)  # not in it: nothing happens
    assert programmes.programme_of(store, group.id) == second.id


def test_names_are_checked_and_found(store: Store) -> None:
    with pytest.raises(InvalidInputError) as empty:
        programmes.create_programme(store, "   ")
    assert empty.value.field == "name"
    with pytest.raises(InvalidInputError):
        programmes.create_programme(store, "x" * 121)
    cohort = programmes.create_programme(store, "Balint 2026")
    renamed = programmes.rename_programme(store, cohort.id, "Balint 2026–27", "six groups")
    assert (renamed.name, renamed.description) == ("Balint 2026–27", "six groups")
    assert programmes.find_programme(store, "balint 2026–27").id == cohort.id
    assert programmes.find_programme(store, cohort.id).id == cohort.id
    programmes.create_programme(store, "Balint 2026–27")
    with pytest.raises(InvalidInputError):
        programmes.find_programme(store, "Balint 2026–27")
    with pytest.raises(NotFoundError):
        programmes.find_programme(store, "CRS")


def test_changes_are_announced(store: Store) -> None:
    seen: list[Change] = []
    store.changes.subscribe(seen.append)
    group = create_group(store, GroupDraft("Balint 1"))
    cohort = programmes.create_programme(store, "Cohort")
    seen.clear()
    programmes.add_group(store, cohort.id, group.id)
    programmes.delete_programme(store, cohort.id)
    assert {change.area for change in seen} == {"groups", "programmes"}
