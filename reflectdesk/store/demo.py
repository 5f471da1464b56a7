"""Realistic, fictional demo databases for trying the app, screenshots and benchmarks.

``small`` is three hand-written groups, created through the service functions exactly as
the ui would. ``large`` is sixty generated groups, written with the ORM models in one
transaction (the services commit once per call, far too slow for hundreds of rows).

Everything is deterministic: names come from ``random.Random(seed)``, dates are fixed
relative to DEMO_TODAY (never the real today), and the large demo even derives its ids from
the seed. The data is built first as plain plans (GroupPlan, MemberPlan, SessionPlan),
then written; each kind of demo data (groups, sessions, notes; later evaluations) has one
planner and one writer, called from :func:`write_demo` in that order.

Sessions follow the same split: the small demo's dozen go through the session services
(plan, clock events, register, presenter), the large demo's three thousand, with their
phases, clock events and registers, are bulk inserts (Core executemany) in the groups'
transaction.

Notes too (core/demo_notes.py plans them): the small demo's go through the note and theme
services; the large demo's thirty thousand learning points, actions and tags are bulk
inserts in the same transaction, while its private notes are written one by one through
the vault seam's insert_private, so that the seam stays the only writer of their text.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from reflectdesk.core.demo_notes import (
    LARGE_NOTES,
    SMALL_NOTES,
    MemberNotePlan,
    SessionNotesPlan,
    plan_notes,
)
from reflectdesk.core.demo_plans import (
    DEMO_TODAY,
    GroupPlan,
    MemberPlan,
    PersonPlan,
    plan_large_groups,
    plan_small_groups,
)
from reflectdesk.core.demo_sessions import SessionPlan, plan_large_sessions, plan_small_sessions
from reflectdesk.core.model import GroupDraft, MemberDraft, NoteKind, Role, SessionStatus
from reflectdesk.core.notes import (
    ActionDraft,
    LearningPointDraft,
    PrivateText,
    clean_action_draft,
    clean_learning_point_draft,
    clean_private_text,
)
from reflectdesk.core.sessions import SessionDraft, clean_session_draft
from reflectdesk.store import attendance as attendance_services
from reflectdesk.store import notes as note_services
from reflectdesk.store import sessions as session_services
from reflectdesk.store import themes as theme_services
from reflectdesk.store import vault_seam
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.errors import StoreError
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.groups import apply_draft, clean_group_draft, create_group
from reflectdesk.store.members import add_member, clean_member_draft
from reflectdesk.store.models.groups import Group, Membership, Person
from reflectdesk.store.models.notes import Note, NoteTheme, SessionTheme, Theme
from reflectdesk.store.models.sessions import Attendance, ClockEvent, SessionPhase
from reflectdesk.store.models.sessions import Session as Meeting

DemoSize = Literal["small", "large"]
DEMO_SIZES: tuple[DemoSize, ...] = ("small", "large")


# Files SQLite and the instance lock keep beside a database.
SIBLINGS = ("-wal", "-shm", ".lock")


class DemoTargetExistsError(StoreError):
    code = "demo_target_exists"

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} already exists; a demo database is only written to a new file.",
            path=str(path),
        )


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What :func:`write_demo` wrote. ``members`` counts active memberships of every role
    (as GroupRecord.member_count does); ``facilitators`` is the part of them that lead."""

    path: Path
    size: DemoSize
    groups: int
    archived_groups: int
    members: int
    facilitators: int
    people: int
    sessions: int = 0
    finished_sessions: int = 0
    clock_events: int = 0
    attendance: int = 0  # register entries
    notes: int = 0  # private notes: the facilitator's on sessions and about members
    learning_points: int = 0
    actions: int = 0


def write_demo(path: Path, size: DemoSize, seed: int = 7) -> DemoSummary:
    """Create a new database at ``path`` filled with demo data.

    Raises DemoTargetExistsError when ``path`` exists (the caller removes it first when
    asked to replace it) and any StoreError from opening the new database.
    """
    if size not in DEMO_SIZES:
        raise ValueError(f"unknown demo size {size!r}")
    path = path.absolute()
    if path.exists():
        raise DemoTargetExistsError(path)
    rng = random.Random(seed)
    if size == "small":
        plans = plan_small_groups()
        meetings = plan_small_sessions(plans, rng)
        notes = plan_notes(plans, meetings, rng, SMALL_NOTES)
    else:
        plans = plan_large_groups(rng)
        meetings = plan_large_sessions(plans, rng)
        notes = plan_notes(plans, meetings, rng, LARGE_NOTES)
    try:
        with open_store(path, seed=seed_builtins) as store:
            format_ids = _format_ids(store, {plan.format_key for plan in plans})
            if size == "small":
                created = _create_groups(store, plans, format_ids)
                session_ids = _create_sessions(store, meetings, created)
                _create_notes(store, meetings, created, session_ids, notes)
            else:
                ids = _IdSource(seed)
                with store.transaction() as session:
                    groups = _insert_groups(session, plans, format_ids, ids)
                    session_ids = _insert_sessions(session, plans, groups, meetings, ids)
                    people = _person_ids(plans, groups)
                    group_ids = [group.id for group in groups]
                    rows = _NoteRows(
                        session,
                        meetings=meetings,
                        session_ids=session_ids,
                        group_ids=group_ids,
                        people=people,
                        new_id=ids,
                    )
                    rows.insert(*notes)
                    # Evaluations for the large demo go here, from their own
                    # _plan_*/_insert_* pair fed by ``rng`` and ``ids``.
    except BaseException:
        # The file is new and ours: a half-written demo would only block the next try.
        for leftover in (path, *(path.with_name(path.name + end) for end in SIBLINGS)):
            leftover.unlink(missing_ok=True)
        raise
    return _summarise(path, size, plans, meetings, notes)


def _summarise(
    path: Path,
    size: DemoSize,
    plans: list[GroupPlan],
    meetings: list[SessionPlan],
    notes: tuple[list[SessionNotesPlan], list[MemberNotePlan]],
) -> DemoSummary:
    written, about = notes
    memberships = [member for plan in plans for member in plan.members]
    return DemoSummary(
        path=path,
        size=size,
        groups=len(plans),
        archived_groups=sum(plan.archived_at is not None for plan in plans),
        members=len(memberships),
        facilitators=sum(member.role is not Role.MEMBER for member in memberships),
        people=len({member.person for member in memberships}),
        sessions=len(meetings),
        finished_sessions=sum(m.status is SessionStatus.FINISHED for m in meetings),
        clock_events=sum(len(m.events) for m in meetings),
        attendance=sum(len(m.attendance) for m in meetings),
        notes=len(written) + len(about),
        learning_points=sum(len(plan.points) for plan in written),
        actions=sum(len(plan.actions) for plan in written),
    )


def _format_ids(store: Store, keys: set[str]) -> dict[str, str | None]:
    # A built-in that a later version renames simply leaves the demo group without format.
    return {key: format_id_for_key(store, key) for key in sorted(keys)}


class _IdSource:
    """UUID4-shaped ids drawn from the seed, so two large demos are identical row by row."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"reflectdesk-demo-ids-{seed}")

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


# --- writers ---------------------------------------------------------------------------


def _create_groups(
    store: Store, plans: list[GroupPlan], format_ids: dict[str, str | None]
) -> list[tuple[str, dict[PersonPlan, str]]]:
    """Through the service functions, one transaction per action, as the ui does it.
    Returns each group's id with the person id of each of its people."""
    created: list[tuple[str, dict[PersonPlan, str]]] = []
    for plan in plans:
        record = create_group(store, _group_draft(plan, format_ids))
        people = {
            member.person: add_member(
                store, record.id, _member_draft(member), joined_on=member.joined_on
            ).person_id
            for member in plan.members
        }
        created.append((record.id, people))
    return created


def _create_sessions(
    store: Store, meetings: list[SessionPlan], groups: list[tuple[str, dict[PersonPlan, str]]]
) -> list[str]:
    """Through the session services, as the ui does it: plan (which copies the group's
    format), then the register, the presenter, and the clock's events one by one, the
    phases' actual times written with the END. Returns the sessions' ids in plan order."""
    session_ids: list[str] = []
    for meeting in meetings:
        group_id, people = groups[meeting.group]
        draft = SessionDraft(
            planned_start=meeting.planned_start,
            place=meeting.place,
            protect_end_time=meeting.protect_end_time,
        )
        record = session_services.plan_session(store, group_id, draft)
        session_ids.append(record.id)
        for person, status in meeting.attendance:
            attendance_services.set_attendance(store, record.id, people[person], status)
        if meeting.presenter is not None:
            attendance_services.set_presenter(store, record.id, people[meeting.presenter])
        times = [
            (position, run.actual_start, run.actual_end)
            for position, run in enumerate(meeting.phases)
        ]
        for number, event in enumerate(meeting.events, start=1):
            last = number == len(meeting.events)
            session_services.record_clock_event(store, record.id, event, times if last else ())
    return session_ids


def _create_notes(
    store: Store,
    meetings: list[SessionPlan],
    groups: list[tuple[str, dict[PersonPlan, str]]],
    session_ids: list[str],
    notes: tuple[list[SessionNotesPlan], list[MemberNotePlan]],
) -> None:
    """Through the note and theme services, as the ui does it (the services stamp the
    real time, as they do for the small demo's sessions)."""
    written, about = notes
    theme_ids = {t.key: t.id for t in theme_services.list_themes(store, include_archived=True)}
    for plan in written:
        session_id = session_ids[plan.meeting]
        people = groups[meetings[plan.meeting].group][1]
        note_services.save_private_note(store, session_id, PrivateText(body=plan.private))
        for point in plan.points:
            tags = tuple(theme_ids[key] for key in point.themes if key in theme_ids)
            draft = LearningPointDraft(point.text, point.shareable, tags)
            note_services.add_learning_point(store, session_id, draft)
        for action in plan.actions:
            owner = None if action.owner is None else people[action.owner]
            draft_action = ActionDraft(action.text, owner, action.due_on)
            record = note_services.add_action(store, session_id, draft_action)
            if action.done:
                note_services.set_action_done(store, record.id, True)
        tags = tuple(theme_ids[key] for key in plan.themes if key in theme_ids)
        theme_services.set_session_themes(store, session_id, tags)
    for note in about:
        group_id, people = groups[note.group]
        text = PrivateText(body=note.body)
        note_services.save_member_note(store, group_id, people[note.person], text)


def _insert_groups(
    session: Session,
    plans: list[GroupPlan],
    format_ids: dict[str, str | None],
    new_id: _IdSource,
) -> list[Group]:
    """Bulk insert inside the caller's transaction; drafts still pass the services'
    validation, so the demo never holds a row the ui could not have made."""
    people: dict[PersonPlan, Person] = {}
    groups: list[Group] = []
    for plan in plans:
        draft = clean_group_draft(_group_draft(plan, format_ids))
        group = apply_draft(Group(id=new_id(), archived_at=plan.archived_at), draft)
        for member in plan.members:
            clean = clean_member_draft(_member_draft(member))
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


def _person_ids(plans: list[GroupPlan], groups: list[Group]) -> list[dict[PersonPlan, str]]:
    """For each group, the person id of each of its people."""
    return [
        {
            member.person: membership.person.id
            for member, membership in zip(plan.members, group.memberships, strict=True)
        }
        for plan, group in zip(plans, groups, strict=True)
    ]


def _insert_sessions(
    session: Session,
    plans: list[GroupPlan],
    groups: list[Group],
    meetings: list[SessionPlan],
    new_id: _IdSource,
) -> list[str]:
    """Bulk insert inside the caller's transaction. Timestamps are derived from the
    plans, not the real clock, so the same seed writes the same rows. Returns the
    sessions' ids in plan order."""
    people = _person_ids(plans, groups)
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


class _NoteRows:
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
        new_id: _IdSource,
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
                _note_row(note_id, NoteKind.LEARNING_POINT, session_id, group_id, stamp)
                | {"body": clean.text, "shareable": clean.shareable}
            )
            tags += [{"note_id": note_id, "theme_id": theme_id} for theme_id in clean.theme_ids]
        for number, action in enumerate(plan.actions, start=1):
            owner = None if action.owner is None else people[action.owner]
            cleaned = clean_action_draft(ActionDraft(action.text, owner, action.due_on))
            stamp = plan.written_at + timedelta(seconds=number)
            row = _note_row(self._new_id(), NoteKind.ACTION, session_id, group_id, stamp)
            row |= {"body": cleaned.text, "owner_id": cleaned.owner_id, "due_on": cleaned.due_on}
            if action.done:
                # Ticked off about halfway to the due date, and never after the demo's today.
                halfway = stamp + (action.due_on - ended.date()) / 2
                row |= {"done": True, "updated_at": min(halfway, _TODAY_MORNING)}
            notes.append(row)
        self._rows[SessionTheme] += [
            {"session_id": session_id, "theme_id": self._themes[key]}
            for key in plan.themes
            if key in self._themes
        ]


_TODAY_MORNING = datetime.combine(DEMO_TODAY, time(8), tzinfo=UTC)


def _note_row(
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


def _group_draft(plan: GroupPlan, format_ids: dict[str, str | None]) -> GroupDraft:
    return GroupDraft(
        name=plan.name,
        format_id=format_ids.get(plan.format_key),
        setting=plan.setting,
        planned_sessions=plan.planned_sessions,
        attendance_required=plan.attendance_required,
        ground_rules=plan.ground_rules,
    )


def _member_draft(member: MemberPlan) -> MemberDraft:
    return MemberDraft(
        display_name=member.person.display_name,
        role=member.role,
        family_name=member.person.family_name,
    )
