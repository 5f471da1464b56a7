"""Where this laptop stands with the hub (issue 20, ``reflectdesk hub status`` and the
app's Preferences ▸ Hub): the laptop's side, read offline, and the hub's, when a hub is
configured and can be reached.

The laptop's side is the groups offered to the hub with their hub programmes, per table
when its last batch was committed on the hub and how many rows wait to go (the publish's
own plan: operations/hub_publish.plan_publish, so status and publish never disagree),
and how many learning points and actions the identifier check holds back (a count: their
text stays where it is). An unreachable hub, or none configured, leaves the laptop's
side whole and says why in ``hub_error`` (raised by the command line after it printed
the rest, so the exit status is that of every other command that could not reach it).
Qt-free; psycopg only when a hub is asked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from reflectdesk.operations.hub_publish import plan_publish
from reflectdesk.store import publish_ledger
from reflectdesk.store.database import Store
from reflectdesk.store.groups import list_groups
from reflectdesk.store.hub_errors import (
    HubDriverMissingError,
    HubNotSetUpError,
    HubRefusedError,
    HubServerTooOldError,
    HubUnreachableError,
)
from reflectdesk.store.publish_tables import TABLES

if TYPE_CHECKING:
    from reflectdesk.store.errors import StoreError
    from reflectdesk.store.hub_setup import HubStatus

# Why a hub's side may be missing; anything else is a fault, not a state to show.
HUB_PROBLEMS = (
    HubUnreachableError,
    HubNotSetUpError,
    HubRefusedError,
    HubDriverMissingError,
    HubServerTooOldError,
)


@dataclass(frozen=True)
class OfferedGroup:
    group_id: str
    name: str | None  # None: offered, then deleted on this laptop
    programme_id: str | None  # the hub programme it is published under
    programme_name: str | None = None  # known when the hub was reached


@dataclass(frozen=True)
class TableStatus:
    table: str
    last_published: datetime | None  # UTC; None: never a batch of it
    to_send: int
    to_remove: int


@dataclass(frozen=True)
class LaptopSide:
    groups: tuple[OfferedGroup, ...]
    tables: tuple[TableStatus, ...]  # every published table, in publishing order
    held_back: int  # learning points and actions the identifier check holds back

    @property
    def queued(self) -> int:
        return sum(table.to_send + table.to_remove for table in self.tables)

    @property
    def last_published(self) -> datetime | None:
        times = [table.last_published for table in self.tables if table.last_published]
        return max(times) if times else None


@dataclass(frozen=True)
class HubStatusReport:
    laptop: LaptopSide | None  # None: no laptop database asked about
    hub_url: str | None  # the address asked (None: no hub configured)
    hub: HubStatus | None = None  # None: not configured, or not reached
    hub_error: StoreError | None = field(default=None)  # why the hub's side is missing


def laptop_side(store: Store, programme_names: Mapping[str, str] | None = None) -> LaptopSide:
    """The laptop's side, read from the laptop alone."""
    plan = plan_publish(store)
    counts = plan.counts()
    last = publish_ledger.last_published(store)
    names = {g.id: g.name for g in [*list_groups(store), *list_groups(store, archived=True)]}
    known = programme_names or {}
    groups = tuple(
        OfferedGroup(group_id, names.get(group_id), programme, known.get(programme or ""))
        for group_id, programme in sorted(
            plan.groups.items(), key=lambda item: (names.get(item[0]) or "", item[0])
        )
    )
    tables = tuple(
        TableStatus(spec.name, last.get(spec.name), *counts.get(spec.name, (0, 0)))
        for spec in TABLES
    )
    return LaptopSide(groups, tables, len(plan.held_notes()))


def hub_status(store: Store | None, url: str | None) -> HubStatusReport:
    """The laptop's side of ``store`` (if given) and the hub's at ``url`` (if given:
    else the address the laptop saved at its last publish)."""
    from reflectdesk.store.hub_setup import hub_status as hub_side

    if url is None and store is not None:
        url = publish_ledger.saved_hub_url(store)
    hub: HubStatus | None = None
    problem: StoreError | None = None
    names: dict[str, str] = {}
    if url is not None:
        try:
            hub = hub_side(url)
            if store is not None:
                names = _programme_names(store, url)
        except HUB_PROBLEMS as error:
            problem = error
    laptop = None if store is None else laptop_side(store, names)
    return HubStatusReport(laptop, url, hub, problem)


def _programme_names(store: Store, url: str) -> dict[str, str]:
    from reflectdesk.store.hub_programme_names import programme_names

    wanted = {p for p in publish_ledger.chosen_groups(store).values() if p is not None}
    return programme_names(url, wanted)
