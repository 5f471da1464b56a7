"""Who presents the case next: counts per member and a fair, deterministic suggestion.

In Balint-style groups every member brings a case in turn. The facilitator is offered the
member who presented least, and of those the one who presented longest ago; the
suggestion is only a suggestion, the store records whoever actually presented.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from reflectdesk.core.names import sort_key

__all__ = ["PresenterStat", "presenter_stats", "suggest_presenter"]


@dataclass(frozen=True, slots=True)
class PresenterStat:
    """How often one member presented in this series, and when last (None: never)."""

    person_id: str
    display_name: str
    times: int
    last_presented: date | None


def presenter_stats(
    members: Sequence[tuple[str, str]], presented: Sequence[tuple[str, date]]
) -> list[PresenterStat]:
    """One stat per member, in name order.

    ``members`` are (person_id, display_name) of the group's active members with role
    member; ``presented`` are (person_id, date) of the series' running or finished
    sessions that had a presenter. Presentations by people who are not in ``members``
    (former members, facilitators) are ignored; a member listed twice counts once.
    """
    times: dict[str, int] = {}
    last: dict[str, date] = {}
    for person_id, when in presented:
        times[person_id] = times.get(person_id, 0) + 1
        if person_id not in last or when > last[person_id]:
            last[person_id] = when
    stats: dict[str, PresenterStat] = {}
    for person_id, display_name in members:
        if person_id not in stats:
            stats[person_id] = PresenterStat(
                person_id, display_name, times.get(person_id, 0), last.get(person_id)
            )
    return sorted(stats.values(), key=_name_order)


def suggest_presenter(
    stats: Sequence[PresenterStat], *, absent: Collection[str] = ()
) -> PresenterStat | None:
    """The member who presented least, then longest ago (never beats any date), then
    first by name; people whose id is in ``absent`` are skipped. None when nobody is left.
    """
    skipped = set(absent)
    candidates = [stat for stat in stats if stat.person_id not in skipped]
    if not candidates:
        return None
    return min(candidates, key=_suggestion_order)


def _name_order(stat: PresenterStat) -> tuple[tuple[str, ...], str]:
    # The id settles two members with the same display name, so the order never depends
    # on the order the rows arrived in.
    return sort_key(stat.display_name), stat.person_id


def _suggestion_order(
    stat: PresenterStat,
) -> tuple[int, bool, date, tuple[tuple[str, ...], str]]:
    last = stat.last_presented
    return stat.times, last is not None, last or date.min, _name_order(stat)
