"""The large demo as the store's bulk records (store/bulk_records.py), for
bulk_insert_history: sixty groups' three thousand sessions and thirty thousand notes in
one transaction, where the services, committing once per call, would take minutes.

Here are the demo's own choices of time: a series is planned the week before the group
first meets, learning points are named in the minutes before the END, and an action done
is ticked off about halfway to its due date, never after the demo's today.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, time, timedelta

from reflectdesk.core.notes import PrivateText
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.demo.notes import MemberNotePlan, SessionNotesPlan
from reflectdesk.demo.plans import DEMO_TODAY, GroupPlan
from reflectdesk.demo.sessions import SessionPlan
from reflectdesk.demo.small import group_draft, member_draft
from reflectdesk.store.bulk_records import (
    BulkAction,
    BulkGroup,
    BulkMember,
    BulkMemberNote,
    BulkPoint,
    BulkResponse,
    BulkSession,
    BulkSessionNotes,
    History,
)

TODAY_MORNING = datetime.combine(DEMO_TODAY, time(8), tzinfo=UTC)


class IdSource:
    """UUID4-shaped ids drawn from the seed, so two large demos are identical row by row."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"reflectdesk-demo-ids-{seed}")

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


def large_history(
    plans: list[GroupPlan],
    meetings: list[SessionPlan],
    notes: tuple[list[SessionNotesPlan], list[MemberNotePlan]],
    responses: list[BulkResponse],
    format_ids: dict[str, str | None],
) -> History:
    written, about = notes
    return History(
        groups=[_group(plan, format_ids) for plan in plans],
        sessions=[_session(meeting, plans) for meeting in meetings],
        session_notes=[_session_notes(plan, meetings) for plan in written],
        member_notes=[
            BulkMemberNote(note.group, note.person, PrivateText(body=note.body), note.written_at)
            for note in about
        ],
        responses=responses,
    )


def _group(plan: GroupPlan, format_ids: dict[str, str | None]) -> BulkGroup:
    return BulkGroup(
        draft=group_draft(plan, format_ids),
        members=[
            BulkMember(member.person, member_draft(member), member.joined_on)
            for member in plan.members
        ],
        archived_at=plan.archived_at,
    )


def _session(meeting: SessionPlan, plans: list[GroupPlan]) -> BulkSession:
    # The series was planned the week before the group first met.
    starts_on = plans[meeting.group].starts_on
    planned_on = datetime.combine(starts_on - timedelta(days=7), time(9), tzinfo=UTC)
    return BulkSession(
        group=meeting.group,
        draft=SessionDraft(
            meeting.planned_start, meeting.place, protect_end_time=meeting.protect_end_time
        ),
        status=meeting.status,
        created_at=planned_on,
        phases=meeting.phases,
        events=meeting.events,
        presenter=meeting.presenter,
        attendance=meeting.attendance,
        started_at=meeting.started_at,
        ended_at=meeting.ended_at,
    )


def _session_notes(plan: SessionNotesPlan, meetings: list[SessionPlan]) -> BulkSessionNotes:
    ended = meetings[plan.meeting].ended_at or plan.written_at
    count = len(plan.points)
    points = [
        # Named in the closing round, twenty seconds apart, the last just before the END.
        BulkPoint(point.text, point.shareable, point.themes, ended - timedelta(seconds=20 * n))
        for n, point in zip(range(count, 0, -1), plan.points, strict=True)
    ]
    actions = []
    for number, action in enumerate(plan.actions, start=1):
        stamp = plan.written_at + timedelta(seconds=number)
        done_at = None
        if action.done:
            halfway = stamp + (action.due_on - ended.date()) / 2
            done_at = min(halfway, TODAY_MORNING)
        actions.append(BulkAction(action.text, action.owner, action.due_on, stamp, done_at))
    return BulkSessionNotes(
        session=plan.meeting,
        private=PrivateText(body=plan.private),
        written_at=plan.written_at,
        points=points,
        actions=actions,
        themes=plan.themes,
    )
