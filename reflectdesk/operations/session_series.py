"""Plan a series of sessions: the days a rhythm gives, checked against the group's other
sessions and the clock, then planned all at once.

The window's series planner previews with :func:`check_series` on every change and plans
with :func:`plan_series`; both read the group's format for the length of a session.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reflectdesk.core.session_series import Busy, SeriesDay, SeriesPlan, checked_series
from reflectdesk.core.sessions import SessionDraft, SessionRecord
from reflectdesk.store import groups, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.session_series import plan_sessions
from reflectdesk.store.user_formats import format_definition

__all__ = ["busy_times", "check_series", "format_minutes", "plan_series"]


def format_minutes(store: Store, group_id: str) -> int:
    """How long a session of the group's format lasts (0 when the group has none)."""
    format_id = groups.get_group(store, group_id).format_id
    return 0 if format_id is None else format_definition(store, format_id).total_minutes


def busy_times(store: Store, group_id: str) -> list[Busy]:
    """The group's dated sessions as times a new one would clash with."""
    return [
        Busy(record.planned_start, record.planned_seconds)
        for record in sessions.list_sessions(store, group_id)
        if record.planned_start is not None
    ]


def check_series(store: Store, group_id: str, plan: SeriesPlan, now: datetime) -> list[SeriesDay]:
    """The series' sessions with their warnings (clashes, days past)."""
    return checked_series(plan, busy_times(store, group_id), now)


def plan_series(
    store: Store, group_id: str, days: Sequence[SeriesDay], place: str = ""
) -> list[SessionRecord]:
    """Plan one session per day of the series from the group's format, in one
    transaction. Warnings do not stop it: the facilitator saw them and chose."""
    drafts = [SessionDraft(planned_start=day.start, place=place) for day in days]
    return plan_sessions(store, group_id, drafts)
