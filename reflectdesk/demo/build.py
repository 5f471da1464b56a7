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

Notes too (demo/notes.py plans them): the small demo's go through the note and theme
services; the large demo's thirty thousand learning points, actions and tags are bulk
inserts in the same transaction, while its private notes are written one by one through
the vault seam's insert_private, so that the seam stays the only writer of their text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from reflectdesk.core.model import Role, SessionStatus
from reflectdesk.core.notes import (
    ActionDraft,
    LearningPointDraft,
    PrivateText,
)
from reflectdesk.core.questionnaires import load_builtin_questionnaires
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.demo.evaluations import (
    LARGE_EVALUATIONS,
    SMALL_EVALUATIONS,
    ResponsePlan,
    plan_evaluations,
)
from reflectdesk.demo.notes import (
    LARGE_NOTES,
    SMALL_NOTES,
    MemberNotePlan,
    SessionNotesPlan,
    plan_notes,
)
from reflectdesk.demo.plans import (
    GroupPlan,
    PersonPlan,
    plan_large_groups,
    plan_small_groups,
)
from reflectdesk.demo.sessions import SessionPlan, plan_large_sessions, plan_small_sessions
from reflectdesk.demo.small import create_responses, insert_responses
from reflectdesk.store import attendance as attendance_services
from reflectdesk.store import notes as note_services
from reflectdesk.store import sessions as session_services
from reflectdesk.store import themes as theme_services
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.demo_bulk import (
    IdSource,
    NoteRows,
    group_draft,
    insert_groups,
    insert_sessions,
    member_draft,
    person_ids,
)
from reflectdesk.store.errors import StoreError
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.groups import create_group
from reflectdesk.store.members import add_member
from reflectdesk.store.vault import create_vault

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
    responses: int = 0  # questionnaire forms: session, series and conditions


DEMO_PASSPHRASE = "demo passphrase"


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
            # The demo's private notes are encrypted like real ones, under a passphrase
            # everyone knows (it is printed by `reflectdesk demo` and in the README).
            create_vault(store, DEMO_PASSPHRASE)
            format_ids = _format_ids(store, {plan.format_key for plan in plans})
            if size == "small":
                created = _create_groups(store, plans, format_ids)
                session_ids = _create_sessions(store, meetings, created)
                _create_notes(store, meetings, created, session_ids, notes)
                responses = create_responses(
                    store,
                    _plan_evaluations(plans, meetings, size, seed),
                    session_ids=session_ids,
                    group_ids=[group_id for group_id, _ in created],
                )
            else:
                ids = IdSource(seed)
                with store.transaction() as session:
                    groups = insert_groups(session, plans, format_ids, ids)
                    session_ids = insert_sessions(session, plans, groups, meetings, ids)
                    people = person_ids(plans, groups)
                    group_ids = [group.id for group in groups]
                    rows = NoteRows(
                        session,
                        meetings=meetings,
                        session_ids=session_ids,
                        group_ids=group_ids,
                        people=people,
                        new_id=ids,
                    )
                    rows.insert(*notes)
                    responses = insert_responses(
                        session,
                        _plan_evaluations(plans, meetings, size, seed),
                        session_ids=session_ids,
                        group_ids=group_ids,
                        new_id=ids,
                    )
    except BaseException:
        # The file is new and ours: a half-written demo would only block the next try.
        for leftover in (path, *(path.with_name(path.name + end) for end in SIBLINGS)):
            leftover.unlink(missing_ok=True)
        raise
    return replace(_summarise(path, size, plans, meetings, notes), responses=responses)


def _plan_evaluations(
    plans: list[GroupPlan], meetings: list[SessionPlan], size: DemoSize, seed: int
) -> list[ResponsePlan]:
    """The demo's questionnaire responses, from their own random stream so that adding
    them changed none of the other demo data."""
    specs = {spec.key: spec for spec in load_builtin_questionnaires()}
    share = SMALL_EVALUATIONS if size == "small" else LARGE_EVALUATIONS
    rng = random.Random(f"reflectdesk-demo-evaluations-{seed}")
    return plan_evaluations(plans, meetings, specs, rng, share)


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


# --- writers ---------------------------------------------------------------------------


def _create_groups(
    store: Store, plans: list[GroupPlan], format_ids: dict[str, str | None]
) -> list[tuple[str, dict[PersonPlan, str]]]:
    """Through the service functions, one transaction per action, as the ui does it.
    Returns each group's id with the person id of each of its people."""
    created: list[tuple[str, dict[PersonPlan, str]]] = []
    for plan in plans:
        record = create_group(store, group_draft(plan, format_ids))
        people = {
            member.person: add_member(
                store, record.id, member_draft(member), joined_on=member.joined_on
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
