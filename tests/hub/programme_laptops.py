"""Two facilitators' laptops publishing their groups into one hub programme, and a third
group into another programme, for the programme-view tests (issue 20): built through the
store's public functions from the programme sample (tests/programme_sample.py), with
every learning point made shareable so that the hub has what the laptops count."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reflectdesk.core.notes import LearningPointDraft
from reflectdesk.operations import hub_publish
from reflectdesk.store import hub_roles, notes, programmes, publish_ledger
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from tests.fakes import open_vault
from tests.programme_sample import PLANS, GroupPlan, build_programme_sample


@dataclass(frozen=True)
class PublishedProgramme:
    lead_url: str  # the lead's connection string
    programme_id: str  # on the hub
    groups: list[str]  # the programme's, on the hub
    other_groups: list[str]  # published into another programme


def _laptop(path: Path, plans: tuple[GroupPlan, ...], programme: str) -> tuple[Store, list[str]]:
    store = open_store(path, seed=seed_builtins)
    open_vault(store)
    sample = build_programme_sample(store, plans)
    for sessions in sample.session_ids:
        for session_id in sessions:
            for point in notes.learning_points(store, session_id):
                draft = LearningPointDraft(point.text, True, point.theme_ids)
                notes.update_learning_point(store, point.id, draft)
    for group_id in sample.group_ids:
        publish_ledger.choose_group(store, group_id, programme)
    return store, sample.group_ids


def publish_two_laptops(hub_url: str, folder: Path) -> PublishedProgramme:
    """Anna's laptop publishes "Balint A", Bram's "Balint B" into Lotte's programme, and
    Bram also "Balint C" into Carla's, another programme."""
    lead = hub_roles.add_lead(hub_url, "Lotte", "Balint 2026")
    other = hub_roles.add_lead(hub_url, "Carla", "CRS 2026")
    anna = hub_roles.add_facilitator(hub_url, "Anna").connection_string
    bram = hub_roles.add_facilitator(hub_url, "Bram").connection_string
    mine, theirs = [], []
    store, groups = _laptop(folder / "anna.db", PLANS[:1], lead.programme_id)
    try:
        hub_publish.publish(store, anna)
        mine += groups
    finally:
        store.close()
    store, groups = _laptop(folder / "bram.db", PLANS[1:2], lead.programme_id)
    try:
        more = build_programme_sample(store, PLANS[2:3])
        publish_ledger.choose_group(store, more.group_ids[0], other.programme_id)
        hub_publish.publish(store, bram)
        mine += groups
        theirs += more.group_ids
    finally:
        store.close()
    return PublishedProgramme(lead.connection_string, lead.programme_id, mine, theirs)


def laptops_together(path: Path) -> tuple[Store, str]:
    """The same two groups kept on one laptop, in one programme: the figures the hub's
    programme must equal. Returns the store (close it) and its programme's id."""
    store, groups = _laptop(path, PLANS[:2], "unused")
    programme = programmes.create_programme(store, "Balint 2026")
    for group_id in groups:
        programmes.add_group(store, programme.id, group_id)
    return store, programme.id
