"""A series of sessions planned in one go, and when each session last changed (what a
calendar export numbers its versions by).

All the sessions of a series are planned in one transaction: a refusal of any (a place
too long, a group deleted meanwhile) plans none, so a series is never left half made.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from reflectdesk.core.sessions import SessionDraft, SessionRecord, clean_session_draft
from reflectdesk.store.database import Store
from reflectdesk.store.models.groups import Group
from reflectdesk.store.models.sessions import Session
from reflectdesk.store.rows import get_or_gone
from reflectdesk.store.sessions import add_planned_session, get_session

__all__ = ["last_changes", "plan_sessions"]

_sessions = Session.__table__


def plan_sessions(
    store: Store, group_id: str, drafts: Sequence[SessionDraft]
) -> list[SessionRecord]:
    """Plan every draft as a session of the group (each with its format's phases, as
    plan_session does), all or none; the planned sessions in the drafts' order."""
    cleaned = [clean_session_draft(draft) for draft in drafts]
    with store.transaction() as session:
        group = get_or_gone(session, Group, group_id, "group")
        ids = [add_planned_session(session, group, clean) for clean in cleaned]
    for session_id in ids:
        store.changes.publish("sessions", session_id)
    return [get_session(store, session_id) for session_id in ids]


def last_changes(store: Store, group_id: str) -> dict[str, datetime]:
    """Each of the group's sessions' id and when its row last changed (UTC)."""
    query = select(_sessions.c.id, _sessions.c.updated_at).where(_sessions.c.group_id == group_id)
    with store.reading() as session:
        return {str(row.id): row.updated_at for row in session.execute(query)}
