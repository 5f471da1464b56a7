"""A group for the participation tests (tests/export/test_participation.py and the
Results page's), with figures worked out by hand.

The group: 9 participants, 1 facilitator and 1 co-facilitator.

    session   participants present     facilitators    session forms   rate
    1         9 (all present)          2 present       6               6/9 = 66.7 %
    2         7 (5 + 1 late + 1 left   2 present       7               7/7 = 100 %
              early; 2 absent)
    3         no register              —               2               –

Overall: forms of the sessions with a register 6 + 7 = 13, participants present
9 + 7 = 16, rate 13/16 = 81.25 % (the 2 forms of session 3 are not set against anyone).
The conditions chart counts 9 and 7 (never 11 and 9), and "–" for session 3.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from reflectdesk.core.model import AttendanceStatus, GroupDraft, MemberDraft, Role
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store.attendance import set_attendance
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group
from reflectdesk.store.members import add_member
from reflectdesk.store.questionnaires import latest_questionnaire
from reflectdesk.store.responses import record_response
from reflectdesk.store.sessions import plan_session

START = datetime(2026, 3, 3, 13, tzinfo=UTC)
AGREE = {"safe-space": 4, "depth": 5, "learned-from-peers": 4}


@dataclass(frozen=True)
class Group:
    id: str
    sessions: list[str]
    participants: list[str]
    facilitators: list[str]


def qid(store: Store, key: str) -> str:
    found = latest_questionnaire(store, key)
    assert found is not None
    return found.id


def _forms(store: Store, session_id: str, n: int) -> None:
    for _ in range(n):
        record_response(store, qid(store, "session-evaluation"), AGREE, session_id=session_id)


def build_participation_group(store: Store) -> Group:
    """The group of the module docstring, with its registers and forms."""
    group = create_group(store, GroupDraft(name="Balint 5", attendance_required=2))
    participants = [
        add_member(store, group.id, MemberDraft(f"Student {n}")).person_id for n in range(1, 10)
    ]
    facilitators = [
        add_member(store, group.id, MemberDraft("Lead", role=Role.FACILITATOR)).person_id,
        add_member(store, group.id, MemberDraft("Co", role=Role.CO_FACILITATOR)).person_id,
    ]
    sessions = [
        plan_session(store, group.id, SessionDraft(planned_start=START + timedelta(weeks=n))).id
        for n in range(3)
    ]
    first, second, third = sessions
    for person in participants + facilitators:
        set_attendance(store, first, person, AttendanceStatus.PRESENT)
    second_marks = [AttendanceStatus.PRESENT] * 5 + [
        AttendanceStatus.LATE,
        AttendanceStatus.LEFT_EARLY,
        AttendanceStatus.ABSENT,
        AttendanceStatus.EXCUSED,
    ]
    for person, mark in zip(participants, second_marks, strict=True):
        set_attendance(store, second, person, mark)
    for person in facilitators:
        set_attendance(store, second, person, AttendanceStatus.PRESENT)
    _forms(store, first, 6)
    _forms(store, second, 7)
    _forms(store, third, 2)
    conditions = qid(store, "conditions-check")
    for session_id in sessions:
        record_response(store, conditions, {"safety": 4}, session_id=session_id)
    return Group(group.id, sessions, participants, facilitators)
