"""A hand-built series for the hours-attended rule, written through the public functions.

Four sessions of 90 planned minutes (Case 30 + Discussion 60):

1. 3 Feb 2026, run straight through on the clock: 90 minutes.
2. 3 Mar 2026, run with a 15-minute pause and ended early: 30 + 20 + 35 = 85 minutes.
3. 7 Apr 2026, never run with the clock: its planned 90 minutes.
4. 5 May 2026, run straight through: 90 minutes.

Pieter Jansen: present (90), late by 15 minutes (85 - 15 = 70), left early without the
minutes recorded (time not recorded), absent: 160 minutes, 2 hours 40 minutes.
Sanne Bakker: present at all four: 90 + 85 + 90 + 90 = 355 minutes, 5 hours 55 minutes.
Anna de Vries facilitates. Session 2 has a shareable learning point, a private one (not
shareable) and session 4 one Pieter did not attend.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import update

from reflectdesk.core.clock import SessionClock
from reflectdesk.core.clock_state import PlannedPhase
from reflectdesk.core.model import AttendanceStatus as S
from reflectdesk.core.model import GroupDraft, MemberDraft, Role
from reflectdesk.core.notes import LearningPointDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import attendance, groups, members, notes, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.models.groups import Group
from tests.fakes import FakeTime

PLAN = (PlannedPhase("Case", 1800), PlannedPhase("Discussion", 3600))
DAYS = (
    datetime(2026, 2, 3, 13, 0, tzinfo=UTC),
    datetime(2026, 3, 3, 13, 0, tzinfo=UTC),
    datetime(2026, 4, 7, 12, 0, tzinfo=UTC),
    datetime(2026, 5, 5, 12, 0, tzinfo=UTC),
)
SHARED_POINT = "Naming the feeling in the room helped the presenter."
LATER_POINT = "Silence can be a question too."
PRIVATE_POINT = "Pieter seemed tired."
PIETER_MINUTES = 160
SANNE_MINUTES = 355


@dataclass(frozen=True)
class HoursSample:
    group_id: str
    session_ids: tuple[str, ...]
    pieter: str  # person ids
    sanne: str
    anna: str


def _run(store: Store, session_id: str, start: datetime, steps: list[tuple[str, float]]) -> None:
    fake = FakeTime(start)
    clock = SessionClock(PLAN, fake)
    sessions.record_clock_event(store, session_id, clock.start())
    for action, wait in steps:
        fake.advance(wait)
        sessions.record_clock_event(store, session_id, getattr(clock, action)())


def build_hours_sample(store: Store, *, accreditation_id: str = "") -> HoursSample:
    group = groups.create_group(
        store, GroupDraft(name="Balint Tuesday", setting="GP trainers, Utrecht")
    )
    added = {
        name: members.add_member(store, group.id, MemberDraft(name, role))
        for name, role in (
            ("Pieter Jansen", Role.MEMBER),
            ("Sanne Bakker", Role.MEMBER),
            ("Anna de Vries", Role.FACILITATOR),
        )
    }
    if accreditation_id:
        with store.transaction() as session:
            session.execute(
                update(Group).where(Group.id == group.id).values(accreditation_id=accreditation_id)
            )
    ids = []
    for day in DAYS:
        record = sessions.plan_session(store, group.id, SessionDraft(day))
        sessions.replace_session_phases(store, record.id, PLAN)
        ids.append(record.id)
    _run(store, ids[0], DAYS[0], [("next", 1800), ("end", 3600)])
    _run(
        store,
        ids[1],
        DAYS[1],
        [("next", 1800), ("pause", 1200), ("resume", 900), ("end", 2100)],
    )
    _run(store, ids[3], DAYS[3], [("next", 1800), ("end", 3600)])
    pieter, sanne, anna = (added[n].person_id for n in added)
    for session_id, status in zip(ids, (S.PRESENT, S.LATE, S.LEFT_EARLY, S.ABSENT), strict=True):
        attendance.set_attendance(store, session_id, pieter, status)
        attendance.set_attendance(store, session_id, sanne, S.PRESENT)
        attendance.set_attendance(store, session_id, anna, S.PRESENT)
    attendance.set_minutes_missed(store, ids[1], pieter, 15)
    notes.add_learning_point(store, ids[1], LearningPointDraft(SHARED_POINT, shareable=True))
    notes.add_learning_point(store, ids[1], LearningPointDraft(PRIVATE_POINT, shareable=False))
    notes.add_learning_point(store, ids[3], LearningPointDraft(LATER_POINT, shareable=True))
    return HoursSample(group.id, tuple(ids), pieter, sanne, anna)
