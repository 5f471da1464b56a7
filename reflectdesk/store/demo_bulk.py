"""Bulk writers for the large demo: groups, sessions with their clock histories and
attendance, and notes, inserted in one transaction with Core executemany (the service
functions commit once per call, far too slow for thousands of rows). Every draft still
passes the services' validation, and private notes still go through the vault seam.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, time, timedelta
from typing import Any, Literal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from reflectdesk.core.model import GroupDraft, MemberDraft, NoteKind
from reflectdesk.core.notes import (
    ActionDraft,
    LearningPointDraft,
    PrivateText,
    clean_action_draft,
    clean_learning_point_draft,
    clean_private_text,
)
from reflectdesk.core.sessions import SessionDraft, clean_session_draft
from reflectdesk.demo.notes import (
    MemberNotePlan,
    SessionNotesPlan,
)
from reflectdesk.demo.plans import (
    DEMO_TODAY,
    GroupPlan,
    MemberPlan,
    PersonPlan,
)
from reflectdesk.demo.sessions import SessionPlan
from reflectdesk.store import vault_seam
from reflectdesk.store.groups import apply_draft, clean_group_draft
from reflectdesk.store.members import clean_member_draft
from reflectdesk.store.models.groups import Group, Membership, Person
from reflectdesk.store.models.notes import Note, NoteTheme, SessionTheme, Theme
from reflectdesk.store.models.sessions import Attendance, ClockEvent, SessionPhase
from reflectdesk.store.models.sessions import Session as Meeting

DemoSize = Literal["small", "large"]
DEMO_SIZES: tuple[DemoSize, ...] = ("small", "large")


# Files SQLite and the instance lock keep beside a database.


class IdSource:
    """UUID4-shaped ids drawn from the seed, so two large demos are identical row by row."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"reflectdesk-demo-ids-{seed}")

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


def insert_groups(
    session: Session,
    plans: list[GroupPlan],
    format_ids: dict[str, str | None],
    new_id: IdSource,
) -> list[Group]:
    """Bulk insert inside the caller's transaction; drafts still pass the services'
    validation, so the demo never holds a row the ui could not have made."""
    people: dict[PersonPlan, Person] = {}
    groups: list[Group] = []
    for plan in plans:
        draft = clean_group_draft(group_draft(plan, format_ids))
        group = apply_draft(Group(id=new_id(), archived_at=plan.archived_at), draft)
        for member in plan.members:
            clean = clean_member_draft(member_draft(member))
            person = people.get(member.person)
            if person is None:
                person = Person(
                    id=new_id(), display_name=clean.display_name, family_name=clean.family_name
                )
                people[member.person] = person
            group.memberships.append(
                Membership(
                    id=new_id(), person=person, role=clean.role.value, joined_on=member.joined_on
                )
            )
        groups.append(group)
    session.add_all(groups)
    session.flush()
    return groups


def person_ids(plans: list[GroupPlan], groups: list[Group]) -> list[dict[PersonPlan, str]]:
    """For each group, the person id of each of its people."""
    return [
        {
            member.person: membership.person.id
            for member, membership in zip(plan.members, group.memberships, strict=True)
        }
        for plan, group in zip(plans, groups, strict=True)
    ]


def insert_sessions(
    session: Session,
    plans: list[GroupPlan],
    groups: list[Group],
    meetings: list[SessionPlan],
    new_id: IdSource,
) -> list[str]:
    """Bulk insert inside the caller's transaction. Timestamps are derived from the
    plans, not the real clock, so the same seed writes the same rows. Returns the
    sessions' ids in plan order."""
    people = person_ids(plans, groups)
    session_ids: list[str] = []
    rows: dict[type[Any], list[dict[str, Any]]] = {
        Meeting: [],
        SessionPhase: [],
        ClockEvent: [],
        Attendance: [],
    }
    for meeting in meetings:
        group, plan, persons = groups[meeting.group], plans[meeting.group], people[meeting.group]
        clean = clean_session_draft(
            SessionDraft(meeting.planned_start, meeting.place, group.format_id)
        )
        session_id = new_id()
        session_ids.append(session_id)
        # The series was planned the week before the group first met.
        planned_on = datetime.combine(plan.starts_on - timedelta(days=7), time(9), tzinfo=UTC)
        ended = meeting.ended_at
        rows[Meeting].append(
            {
                "id": session_id,
                "group_id": group.id,
                "format_id": clean.format_id,
                "title": clean.title,
                "planned_start": clean.planned_start,
                "place": clean.place,
                "status": meeting.status.value,
                "presenter_id": None if meeting.presenter is None else persons[meeting.presenter],
                "protect_end_time": meeting.protect_end_time,
                "started_at": meeting.started_at,
                "ended_at": ended,
                "created_at": planned_on,
                "updated_at": ended or planned_on,
            }
        )
        rows[SessionPhase] += [
            {
                "id": new_id(),
                "session_id": session_id,
                "position": position,
                "name": run.phase.name,
                "planned_seconds": run.phase.planned_seconds,
                "role_cue": run.phase.cue,
                "deck_key": run.phase.deck,
                "actual_start": run.actual_start,
                "actual_end": run.actual_end,
            }
            for position, run in enumerate(meeting.phases)
        ]
        rows[ClockEvent] += [
            {
                "id": new_id(),
                "session_id": session_id,
                "seq": event.seq,
                "kind": event.kind.value,
                "wall_time": event.wall_time,
                "elapsed": event.elapsed,
                "amount_seconds": event.amount,
            }
            for event in meeting.events
        ]
        rows[Attendance] += [
            {
                "id": new_id(),
                "session_id": session_id,
                "person_id": persons[person],
                "status": status.value,
                "recorded_at": ended,
            }
            for person, status in meeting.attendance
        ]
    for model, batch in rows.items():
        if batch:
            # Core executemany on the table: the ORM's bulk path costs more per row here.
            session.execute(insert(model.__table__), batch)
    return session_ids


class NoteRows:
    """Writes the large demo's notes inside the caller's transaction: private notes
    through the vault seam, then learning points, actions and tags as Core executemany
    (the search index's triggers index the points and actions as they go in)."""

    def __init__(
        self,
        session: Session,
        *,
        meetings: list[SessionPlan],
        session_ids: list[str],
        group_ids: list[str],
        people: list[dict[PersonPlan, str]],
        new_id: IdSource,
    ) -> None:
        self._session = session
        self._meetings = meetings
        self._session_ids = session_ids
        self._group_ids = group_ids
        self._people = people
        self._new_id = new_id
        self._themes: dict[str, str] = dict(session.execute(select(Theme.key, Theme.id)).all())
        self._stamps: list[dict[str, Any]] = []
        self._clean: dict[LearningPointDraft, LearningPointDraft] = {}
        self._rows: dict[type[Any], list[dict[str, Any]]] = {
            Note: [],
            NoteTheme: [],
            SessionTheme: [],
        }

    def insert(self, written: list[SessionNotesPlan], about: list[MemberNotePlan]) -> None:
        for plan in written:
            self._session_notes(plan)
        for note in about:
            person_id = self._people[note.group][note.person]
            group_id = self._group_ids[note.group]
            self._private(note.body, note.written_at, None, group_id, person_id)
        for model, batch in self._rows.items():
            if batch:
                self._session.execute(insert(model.__table__), batch)
        if self._stamps:
            # The vault seam stamps a private note with the real time; these were written
            # on the demo's dates. An ORM bulk update by primary key sets only the stamps.
            self._session.execute(update(Note), self._stamps)

    def _private(
        self,
        body: str,
        stamp: datetime,
        session_id: str | None,
        group_id: str,
        person_id: str | None,
    ) -> None:
        note_id = self._new_id()
        text = clean_private_text(PrivateText(body=body))
        vault_seam.insert_private(
            self._session,
            note_id,
            text,
            session_id=session_id,
            group_id=group_id,
            person_id=person_id,
        )
        self._stamps.append({"id": note_id, "created_at": stamp, "updated_at": stamp})

    def _session_notes(self, plan: SessionNotesPlan) -> None:
        meeting = self._meetings[plan.meeting]
        session_id = self._session_ids[plan.meeting]
        group_id = self._group_ids[meeting.group]
        people = self._people[meeting.group]
        ended = meeting.ended_at or plan.written_at
        self._private(plan.private, plan.written_at, session_id, group_id, None)
        notes, tags = self._rows[Note], self._rows[NoteTheme]
        # Learning points are named in the closing round, in the minutes before the END.
        for number, point in enumerate(plan.points):
            themes = tuple(self._themes[key] for key in point.themes if key in self._themes)
            draft = LearningPointDraft(point.text, point.shareable, themes)
            # The same few thousand texts recur; each is checked once.
            clean = self._clean.get(draft) or self._clean.setdefault(
                draft, clean_learning_point_draft(draft)
            )
            stamp = ended - timedelta(seconds=20 * (len(plan.points) - number))
            note_id = self._new_id()
            notes.append(
                note_row(note_id, NoteKind.LEARNING_POINT, session_id, group_id, stamp)
                | {"body": clean.text, "shareable": clean.shareable}
            )
            tags += [{"note_id": note_id, "theme_id": theme_id} for theme_id in clean.theme_ids]
        for number, action in enumerate(plan.actions, start=1):
            owner = None if action.owner is None else people[action.owner]
            cleaned = clean_action_draft(ActionDraft(action.text, owner, action.due_on))
            stamp = plan.written_at + timedelta(seconds=number)
            row = note_row(self._new_id(), NoteKind.ACTION, session_id, group_id, stamp)
            row |= {"body": cleaned.text, "owner_id": cleaned.owner_id, "due_on": cleaned.due_on}
            if action.done:
                # Ticked off about halfway to the due date, and never after the demo's today.
                halfway = stamp + (action.due_on - ended.date()) / 2
                row |= {"done": True, "updated_at": min(halfway, TODAY_MORNING)}
            notes.append(row)
        self._rows[SessionTheme] += [
            {"session_id": session_id, "theme_id": self._themes[key]}
            for key in plan.themes
            if key in self._themes
        ]


TODAY_MORNING = datetime.combine(DEMO_TODAY, time(8), tzinfo=UTC)


def note_row(
    note_id: str, kind: NoteKind, session_id: str, group_id: str, stamp: datetime
) -> dict[str, Any]:
    """A learning point's or an action's row, every column but the private text's."""
    return {
        "id": note_id,
        "kind": kind.value,
        "session_id": session_id,
        "group_id": group_id,
        "person_id": None,
        "title": "",
        "body": "",
        "shareable": False,
        "owner_id": None,
        "due_on": None,
        "done": False,
        "created_at": stamp,
        "updated_at": stamp,
    }


def group_draft(plan: GroupPlan, format_ids: dict[str, str | None]) -> GroupDraft:
    return GroupDraft(
        name=plan.name,
        format_id=format_ids.get(plan.format_key),
        setting=plan.setting,
        planned_sessions=plan.planned_sessions,
        attendance_required=plan.attendance_required,
        ground_rules=plan.ground_rules,
    )


def member_draft(member: MemberPlan) -> MemberDraft:
    return MemberDraft(
        display_name=member.person.display_name,
        role=member.role,
        family_name=member.person.family_name,
    )
