"""The co-facilitators' debrief of a session (core/debrief.py), stored on the session's
row. It is not private-note text: it is kept in clear like learning points, shown in the
app and in the session summary, and not indexed for search.
"""

from __future__ import annotations

from sqlalchemy import select, update

from reflectdesk.core.debrief import Debrief, clean_debrief
from reflectdesk.store.database import Store
from reflectdesk.store.models.sessions import Session
from reflectdesk.store.rows import first_or_gone

_sessions = Session.__table__


def debrief(store: Store, session_id: str) -> Debrief:
    """The session's debrief; every answer '' when there is none."""
    query = select(
        _sessions.c.debrief_went_well,
        _sessions.c.debrief_differently,
        _sessions.c.debrief_next_presenter,
    ).where(_sessions.c.id == session_id)
    with store.reading() as session:
        row = first_or_gone(session, query, "session")
    return Debrief(row.debrief_went_well, row.debrief_differently, row.debrief_next_presenter)


def save_debrief(store: Store, session_id: str, answers: Debrief) -> Debrief:
    """Replace the session's debrief with ``answers`` (cleaned; too long is an
    InvalidInputError). Saving an empty one clears it."""
    clean = clean_debrief(answers)
    with store.transaction() as session:
        exists = select(_sessions.c.id).where(_sessions.c.id == session_id)
        first_or_gone(session, exists, "session")
        session.execute(
            update(Session)
            .where(Session.id == session_id)
            .values(
                debrief_went_well=clean.went_well,
                debrief_differently=clean.differently,
                debrief_next_presenter=clean.next_presenter,
            )
        )
    store.changes.publish("sessions", session_id)
    return clean
