"""The first-run welcome is due only while a database has never held a group."""

from __future__ import annotations

from reflectdesk.core.model import GroupDraft
from reflectdesk.store import groups
from reflectdesk.store.database import Store
from reflectdesk.store.settings import welcome_due


def test_a_new_database_is_due_a_welcome(store: Store) -> None:
    assert welcome_due(store)
    assert welcome_due(store)  # asking does not use it up


def test_once_a_group_existed_the_welcome_never_returns(store: Store) -> None:
    group = groups.create_group(store, GroupDraft("Balint Leiden"))
    assert not welcome_due(store)
    groups.set_archived(store, group.id, True)
    assert not welcome_due(store)


def test_a_database_from_before_the_welcome_keeps_it_away_after_its_groups_go(
    store: Store,
) -> None:
    # An older database holds groups but no flag: seeing them sets it.
    group = groups.create_group(store, GroupDraft("Intervisie Utrecht"))
    groups.set_archived(store, group.id, True)
    assert not welcome_due(store)
    assert not welcome_due(store)
