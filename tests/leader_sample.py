"""Small hand-counted leader logs built through the public store functions: groups with
a facilitator and a co-facilitator, sessions run on the clock for a given number of
minutes, hand entries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.debrief import Debrief
from reflectdesk.core.model import ClockEventKind, GroupDraft, MemberDraft, Role
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import formats, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.debriefs import save_debrief
from reflectdesk.store.groups import create_group
from reflectdesk.store.members import add_member

JOINED = date(2020, 1, 1)


def make_group(
    store: Store,
    name: str,
    leaders: tuple[tuple[str, Role], ...],
    *,
    format_key: str = "balint-one-case",
    joined_on: date = JOINED,
) -> str:
    """A group of ``format_key`` whose leaders are ``(display name, role)``; its id."""
    format_id = formats.format_id_for_key(store, format_key)
    group = create_group(store, GroupDraft(name=name, format_id=format_id))
    for display_name, role in leaders:
        add_member(store, group.id, MemberDraft(display_name, role), joined_on=joined_on)
    add_member(store, group.id, MemberDraft("Bram Member"), joined_on=joined_on)
    return group.id


def run_session(
    store: Store,
    group_id: str,
    start: datetime,
    minutes: float,
    *,
    finish: bool = True,
    debrief: str = "",
) -> str:
    """A session started at ``start`` and (unless ``finish`` is False) ended ``minutes``
    later on the clock; with a co-facilitators' debrief when ``debrief`` is given."""
    planned = sessions.plan_session(store, group_id, SessionDraft(start))
    events = [ClockEventRecord(1, ClockEventKind.START, 0.0, start)]
    if finish:
        end = start + timedelta(minutes=minutes)
        events.append(ClockEventRecord(2, ClockEventKind.END, minutes * 60, end))
    for event in events:
        sessions.record_clock_event(store, planned.id, event)
    if debrief:
        save_debrief(store, planned.id, Debrief(went_well=debrief))
    return planned.id


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, 0, tzinfo=UTC)
