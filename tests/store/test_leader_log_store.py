"""The leader log in the database: sessions gathered across groups by the leader's
folded name, and hand entries with private notes kept by the vault."""

from __future__ import annotations

from datetime import date

import pytest

from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.leader_entries import EntryDraft
from reflectdesk.core.model import LeaderLogKind, Role
from reflectdesk.store import leader_log
from reflectdesk.store.database import Store
from reflectdesk.store.keyring import VaultLockedError
from reflectdesk.store.vault import lock
from tests.fakes import open_vault
from tests.leader_sample import make_group, noon, run_session

SUPERVISION = LeaderLogKind.SUPERVISION


def test_one_leader_across_two_groups_however_the_name_is_written(store: Store) -> None:
    first = make_group(store, "Balint Utrecht", (("Anne de Vries", Role.FACILITATOR),))
    second = make_group(
        store,
        "Balint Zwolle",
        (("Joost Kok", Role.FACILITATOR), ("ANNE DE VRIÉS", Role.CO_FACILITATOR)),
        format_key="balint-two-cases",
    )
    run_session(store, first, noon(date(2026, 1, 6)), 50)
    run_session(store, second, noon(date(2026, 1, 13)), 90, debrief="Goed gesprek")
    run_session(store, first, noon(date(2026, 2, 3)), 49.5)

    found = leader_log.led_sessions(store, "anne de vries")

    assert [(s.group_name, s.role, s.cases, s.minutes, s.debriefed) for s in found] == [
        ("Balint Utrecht", LeaderLogKind.LED, 1, 50, False),
        ("Balint Zwolle", LeaderLogKind.CO_LED, 2, 90, True),
        ("Balint Utrecht", LeaderLogKind.LED, 1, 50, False),  # 49.5 min rounds up
    ]
    assert [s.on_date for s in found] == [date(2026, 1, 6), date(2026, 1, 13), date(2026, 2, 3)]
    assert leader_log.leader_names(store) == ["Anne de Vries", "Joost Kok"]


def test_unfinished_sessions_and_those_outside_the_membership_do_not_count(store: Store) -> None:
    group = make_group(
        store, "Intervisie", (("Anne de Vries", Role.FACILITATOR),), joined_on=date(2026, 2, 1)
    )
    run_session(store, group, noon(date(2026, 1, 20)), 60)  # before she joined
    run_session(store, group, noon(date(2026, 2, 1)), 60)  # the day she joined: counts
    run_session(store, group, noon(date(2026, 2, 8)), 60, finish=False)  # still running
    found = leader_log.led_sessions(store, "Anne de Vries")
    assert [s.on_date for s in found] == [date(2026, 2, 1)]


def test_a_member_is_not_a_leader(store: Store) -> None:
    group = make_group(store, "Intervisie", (("Anne de Vries", Role.FACILITATOR),))
    run_session(store, group, noon(date(2026, 2, 1)), 60)
    assert leader_log.led_sessions(store, "Bram Member") == []


def test_hand_entries_keep_their_note_private_and_can_be_changed(store: Store) -> None:
    draft = EntryDraft(SUPERVISION, date(2026, 3, 1), 60, " Dr. Jansen ", note="Over grenzen")
    entry = leader_log.add_entry(store, "Anne de Vries", draft)
    assert entry.counterpart == "Dr. Jansen" and entry.has_note
    assert leader_log.entry_note(store, entry.id) == "Over grenzen"
    assert [e.id for e in leader_log.entries(store, "ANNE DE VRIES")] == [entry.id]

    kept = leader_log.update_entry(store, entry.id, EntryDraft(SUPERVISION, date(2026, 3, 2), 75))
    assert kept.minutes == 75 and kept.has_note
    assert leader_log.entry_note(store, entry.id) == "Over grenzen"
    changed = leader_log.update_entry(
        store, entry.id, EntryDraft(SUPERVISION, date(2026, 3, 2), 75, note="Nieuw")
    )
    assert leader_log.entry_note(store, changed.id) == "Nieuw"
    removed = leader_log.update_entry(
        store, entry.id, EntryDraft(SUPERVISION, date(2026, 3, 2), 75, note="")
    )
    assert not removed.has_note and leader_log.entry_note(store, entry.id) == ""

    leader_log.delete_entry(store, entry.id)
    assert leader_log.entries(store, "Anne de Vries") == []
    with pytest.raises(NotFoundError):
        leader_log.delete_entry(store, entry.id)


def test_cases_are_kept_only_for_sessions_led_elsewhere(store: Store) -> None:
    led = leader_log.add_entry(
        store, "Anne", EntryDraft(LeaderLogKind.LED, date(2026, 1, 1), 60, cases=2)
    )
    supervision = leader_log.add_entry(
        store, "Anne", EntryDraft(SUPERVISION, date(2026, 1, 1), 60, cases=2)
    )
    assert (led.cases, supervision.cases) == (2, None)


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (EntryDraft(SUPERVISION, date(2026, 1, 1), -1), "minutes"),
        (EntryDraft(SUPERVISION, date(2026, 1, 1), 14_401), "minutes"),
        (EntryDraft(LeaderLogKind.LED, date(2026, 1, 1), 60, cases=21), "cases"),
        (EntryDraft(SUPERVISION, date(2026, 1, 1), 60, "x" * 121), "counterpart"),
    ],
)
def test_wrong_entries_are_refused_and_nothing_is_written(
    store: Store, draft: EntryDraft, field: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        leader_log.add_entry(store, "Anne", draft)
    assert caught.value.field == field
    assert leader_log.entries(store, "Anne") == []


def test_a_locked_vault_refuses_a_note_and_writes_nothing(store: Store) -> None:
    lock(store)
    with pytest.raises(VaultLockedError):
        leader_log.add_entry(
            store, "Anne", EntryDraft(SUPERVISION, date(2026, 1, 1), 60, note="Geheim")
        )
    assert leader_log.entries(store, "Anne") == []
    # Without a note an entry needs no vault.
    entry = leader_log.add_entry(store, "Anne", EntryDraft(SUPERVISION, date(2026, 1, 1), 60))
    open_vault(store)
    assert leader_log.entry_note(store, entry.id) == ""


def test_an_entrys_note_stays_out_of_the_search_over_private_notes(store: Store) -> None:
    from reflectdesk.store.note_lookup import private_note_ids

    leader_log.add_entry(
        store, "Anne", EntryDraft(SUPERVISION, date(2026, 1, 1), 60, note="Over grenzen")
    )
    assert private_note_ids(store) == []


def test_reading_a_note_while_locked_is_refused(store: Store) -> None:
    entry = leader_log.add_entry(
        store, "Anne", EntryDraft(SUPERVISION, date(2026, 1, 1), 60, note="Over grenzen")
    )
    lock(store)
    with pytest.raises(VaultLockedError):
        leader_log.entry_note(store, entry.id)
