"""What the evaluation results of a group need beside the answers themselves: which
questionnaires the group has responses to, and how many participants attended each
session.

Both are one grouped query each, so the results page and the series report stay fast on
a long series (the per-session register in ``attendance.py`` is one query per session).

Public API: :func:`answered_questionnaires`, :func:`attended_counts`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select

from reflectdesk.core.model import ATTENDED, FACILITATOR_ROLES
from reflectdesk.store.database import Store
from reflectdesk.store.models.evaluation import Questionnaire, Response
from reflectdesk.store.models.groups import Membership
from reflectdesk.store.models.sessions import Attendance
from reflectdesk.store.models.sessions import Session as Meeting

_q = Questionnaire.__table__
_responses = Response.__table__
_sessions = Meeting.__table__
_attendance = Attendance.__table__
_memberships = Membership.__table__


@dataclass(frozen=True, slots=True)
class AnsweredQuestionnaire:
    """A questionnaire key with the group's number of responses to it (any version)."""

    key: str
    name: str  # of its latest version
    purpose: str
    responses: int


def answered_questionnaires(store: Store, group_id: str) -> list[AnsweredQuestionnaire]:
    """The questionnaires the group has responses to (on its sessions or its series),
    most answered first."""
    in_group = select(_sessions.c.id).where(_sessions.c.group_id == group_id)
    counts = (
        select(_q.c.key, func.count(_responses.c.id))
        .join(_q, _q.c.id == _responses.c.questionnaire_id)
        .where((_responses.c.group_id == group_id) | _responses.c.session_id.in_(in_group))
        .group_by(_q.c.key)
    )
    with store.reading() as session:
        found: dict[str, int] = {key: count for key, count in session.execute(counts)}
        if not found:
            return []
        latest: dict[str, tuple[str, str]] = {}
        for key, name, purpose in session.execute(
            select(_q.c.key, _q.c.name, _q.c.purpose)
            .where(_q.c.key.in_(found))
            .order_by(_q.c.version)
        ):
            latest[key] = (name, purpose)  # the latest version wins
    rows = []
    for key, count in found.items():
        name, purpose = latest.get(key, (key, "session"))
        rows.append(AnsweredQuestionnaire(key, name, purpose, count))
    rows.sort(key=lambda row: (-row.responses, row.key))
    return rows


def attended_counts(store: Store, group_id: str) -> dict[str, tuple[int, int]]:
    """Per session of the group: (attended, recorded), of its participants only (the
    facilitators and co-facilitators are not counted: they lead, they do not fill in the
    participants' forms). Attended counts present, late and left early; recorded counts
    every status on the register. Sessions without any recorded status are left out."""
    was_there = _attendance.c.status.in_([status.value for status in ATTENDED])
    attended = func.sum(case((was_there, 1), else_=0))
    # A person counts as a facilitator of the group if any membership of theirs in it
    # says so (someone who left and came back has two).
    leads = (
        select(_memberships.c.id)
        .where(
            _memberships.c.group_id == _sessions.c.group_id,
            _memberships.c.person_id == _attendance.c.person_id,
            _memberships.c.role.in_([role.value for role in FACILITATOR_ROLES]),
        )
        .exists()
    )
    query = (
        select(_attendance.c.session_id, attended, func.count(_attendance.c.id))
        .join(_sessions, _sessions.c.id == _attendance.c.session_id)
        .where(_sessions.c.group_id == group_id, ~leads)
        .group_by(_attendance.c.session_id)
    )
    with store.reading() as session:
        return {
            session_id: (int(present or 0), int(total))
            for session_id, present, total in session.execute(query)
        }
