"""A small programme of three groups, built through the store's public functions, with
the raw numbers kept beside it so the tests can compute every figure by plain Python.

Group "Balint A": 4 students, 1 facilitator, rule 2 of 3.
Group "Balint B": 3 students, a facilitator and a co-facilitator, rule 3 of 3.
Group "Balint C": 5 students, 1 facilitator, no rule.
Each group holds three sessions (started and ended); the students' register marks are in
ATTENDED below; facilitators are marked present every time (they must never count).
Every session gets session-evaluation forms (SAFE_SPACE: values of "safe-space" per
group, per session, None = left blank); each group has series start and end forms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.model import (
    AttendanceStatus,
    ClockEventKind,
    GroupDraft,
    MemberDraft,
    Role,
)
from reflectdesk.core.notes import LearningPointDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import attendance, formats, groups, members, notes, sessions, themes
from reflectdesk.store.database import Store
from reflectdesk.store.questionnaires import latest_questionnaire
from reflectdesk.store.responses import record_response

P, A, L, E = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
)
START = datetime(2026, 9, 1, 13, 0, tzinfo=UTC)


@dataclass(frozen=True)
class GroupPlan:
    name: str
    students: int
    facilitators: tuple[Role, ...]
    required: int | None
    # register marks per student, one per session
    marks: tuple[tuple[AttendanceStatus, ...], ...]
    # "safe-space" answers per session
    safe_space: tuple[tuple[int | None, ...], ...]
    start_end: tuple[tuple[int, ...], tuple[int, ...]]  # "discuss-difficult-cases"


PLANS = (
    GroupPlan(
        "Balint A",
        4,
        (Role.FACILITATOR,),
        2,
        ((P, P, P), (P, A, A), (L, P, E), (A, A, P)),
        ((5, 4, 2, None), (4, 4, 3), (5, 5, 4, 4)),
        ((2, 3, 4), (4, 5, 5)),
    ),
    GroupPlan(
        "Balint B",
        3,
        (Role.FACILITATOR, Role.CO_FACILITATOR),
        3,
        ((P, P, P), (P, L, P), (P, E, P)),
        ((3, 2, 4), (4, 5), (5, 4, 5)),
        ((3, 3), (4, 4)),
    ),
    GroupPlan(
        "Balint C",
        5,
        (Role.FACILITATOR,),
        None,
        ((P, P, P), (P, P, A), (A, P, P), (P, A, P), (P, P, P)),
        ((1, 2, 3, 4, 5), (4, 4, 4, 2, None), (5, 5, 4)),
        ((1, 2, 2, 5), (3, 4, 4, 5)),
    ),
)


@dataclass
class ProgrammeSample:
    group_ids: list[str] = field(default_factory=list)
    session_ids: list[list[str]] = field(default_factory=list)
    theme_ids: list[str] = field(default_factory=list)


def _questionnaire(store: Store, key: str) -> str:
    found = latest_questionnaire(store, key)
    assert found is not None
    return found.id


def _hold(store: Store, session_id: str, when: datetime) -> None:
    for seq, kind in enumerate((ClockEventKind.START, ClockEventKind.END), start=1):
        event = ClockEventRecord(seq=seq, kind=kind, elapsed=60.0 * (seq - 1), wall_time=when)
        sessions.record_clock_event(store, session_id, event)


def build_programme_sample(store: Store, plans: tuple[GroupPlan, ...] = PLANS) -> ProgrammeSample:
    sample = ProgrammeSample()
    format_id = formats.format_id_for_key(store, "balint-one-case")
    session_eval = _questionnaire(store, "session-evaluation")
    series_eval = _questionnaire(store, "series-evaluation")
    theme_ids = [theme.id for theme in themes.list_themes(store)[:3]]
    sample.theme_ids = theme_ids
    for g, plan in enumerate(plans):
        group = groups.create_group(
            store,
            GroupDraft(plan.name, format_id, planned_sessions=3, attendance_required=plan.required),
        )
        sample.group_ids.append(group.id)
        facilitators = [
            members.add_member(store, group.id, MemberDraft(f"Facilitator {g}{i}", role))
            for i, role in enumerate(plan.facilitators)
        ]
        students = [
            members.add_member(store, group.id, MemberDraft(f"Student {g}{i}")).person_id
            for i in range(plan.students)
        ]
        ids = []
        for number in range(3):
            when = START + timedelta(weeks=number, hours=g)
            meeting = sessions.plan_session(
                store, group.id, SessionDraft(planned_start=when, title=f"S{number + 1}")
            )
            ids.append(meeting.id)
            _hold(store, meeting.id, when)
            for person, marks in zip(students, plan.marks, strict=True):
                attendance.set_attendance(store, meeting.id, person, marks[number])
            for facilitator in facilitators:
                attendance.set_attendance(store, meeting.id, facilitator.person_id, P)
            for value in plan.safe_space[number]:
                record_response(
                    store,
                    session_eval,
                    {"safe-space": value, "depth": 4},
                    session_id=meeting.id,
                )
            # Themes: session n of every group is tagged with theme n; one learning
            # point per session tagged with theme 0.
            themes.set_session_themes(store, meeting.id, [theme_ids[number]])
            notes.add_learning_point(
                store,
                meeting.id,
                LearningPointDraft(f"Point {g}{number}", theme_ids=(theme_ids[0],)),
            )
        sample.session_ids.append(ids)
        for timepoint, values in zip(("start", "end"), plan.start_end, strict=True):
            for value in values:
                record_response(
                    store,
                    series_eval,
                    {"discuss-difficult-cases": value},
                    group_id=group.id,
                    timepoint=timepoint,
                )
    return sample
