"""Realistic, fictional demo databases for trying the app, screenshots and benchmarks.

``small`` is three hand-written groups, created through the service functions exactly as
the ui would. ``large`` is sixty generated groups, written with the ORM models in one
transaction (the services commit once per call, far too slow for hundreds of rows).

Everything is deterministic: names come from ``random.Random(seed)``, dates are fixed
relative to DEMO_TODAY (never the real today), and the large demo even derives its ids from
the seed. The data is built first as plain plans (GroupPlan, MemberPlan, SessionPlan),
then written; each kind of demo data (groups, sessions; later notes, evaluations) has one
planner and one writer, called from :func:`write_demo` in that order.

Sessions follow the same split: the small demo's dozen go through the session services
(plan, clock events, register, presenter), the large demo's three thousand, with their
phases, clock events and registers, are bulk inserts (Core executemany) in the groups'
transaction.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import insert
from sqlalchemy.orm import Session

from reflectdesk.core.demo_plans import (
    GroupPlan,
    MemberPlan,
    PersonPlan,
    plan_large_groups,
    plan_small_groups,
)
from reflectdesk.core.demo_sessions import SessionPlan, plan_large_sessions, plan_small_sessions
from reflectdesk.core.model import GroupDraft, MemberDraft, Role, SessionStatus
from reflectdesk.core.sessions import SessionDraft, clean_session_draft
from reflectdesk.store import attendance as attendance_services
from reflectdesk.store import sessions as session_services
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.errors import StoreError
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.groups import apply_draft, clean_group_draft, create_group
from reflectdesk.store.members import add_member, clean_member_draft
from reflectdesk.store.models.groups import Group, Membership, Person
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
    else:
        plans = plan_large_groups(rng)
        meetings = plan_large_sessions(plans, rng)
    try:
        with open_store(path, seed=seed_builtins) as store:
            format_ids = _format_ids(store, {plan.format_key for plan in plans})
            if size == "small":
                created = _create_groups(store, plans, format_ids)
                _create_sessions(store, meetings, created)
            else:
                ids = _IdSource(seed)
                with store.transaction() as session:
                    groups = _insert_groups(session, plans, format_ids, ids)
                    _insert_sessions(session, plans, groups, meetings, ids)
                    # Notes and evaluations for the large demo go here, each from its
                    # own _plan_*/_insert_* pair fed by ``rng`` and ``ids``.
    except BaseException:
        # The file is new and ours: a half-written demo would only block the next try.
        for leftover in (path, *(path.with_name(path.name + end) for end in SIBLINGS)):
            leftover.unlink(missing_ok=True)
        raise
    return _summarise(path, size, plans, meetings)


def _summarise(
    path: Path, size: DemoSize, plans: list[GroupPlan], meetings: list[SessionPlan]
) -> DemoSummary:
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
) -> None:
    """Through the session services, as the ui does it: plan (which copies the group's
    format), then the register, the presenter, and the clock's events one by one, the
    phases' actual times written with the END."""
    for meeting in meetings:
        group_id, people = groups[meeting.group]
        draft = SessionDraft(
            planned_start=meeting.planned_start,
            place=meeting.place,
            protect_end_time=meeting.protect_end_time,
        )
        record = session_services.plan_session(store, group_id, draft)
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


def _insert_sessions(
    session: Session,
    plans: list[GroupPlan],
    groups: list[Group],
    meetings: list[SessionPlan],
    new_id: _IdSource,
) -> None:
    """Bulk insert inside the caller's transaction. Timestamps are derived from the
    plans, not the real clock, so the same seed writes the same rows."""
    people = [
        {
            member.person: membership.person.id
            for member, membership in zip(plan.members, group.memberships, strict=True)
        }
        for plan, group in zip(plans, groups, strict=True)
    ]
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
