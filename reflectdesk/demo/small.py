"""The small demo, written through the store's service functions exactly as the ui would:
one transaction per action, the services stamping the real time where they do.
"""

from __future__ import annotations

from collections.abc import Sequence

from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.notes import ActionDraft, LearningPointDraft, PrivateText
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.demo.notes import MemberNotePlan, SessionNotesPlan
from reflectdesk.demo.plans import GroupPlan, MemberPlan, PersonPlan
from reflectdesk.demo.sessions import SessionPlan
from reflectdesk.store import attendance as attendance_services
from reflectdesk.store import notes as note_services
from reflectdesk.store import sessions as session_services
from reflectdesk.store import themes as theme_services
from reflectdesk.store.bulk_records import BulkResponse
from reflectdesk.store.database import Store
from reflectdesk.store.errors import StoreError
from reflectdesk.store.groups import create_group
from reflectdesk.store.members import add_member
from reflectdesk.store.questionnaires import latest_questionnaire
from reflectdesk.store.responses import record_response


def group_draft(plan: GroupPlan, format_ids: dict[str, str | None]) -> GroupDraft:
    return GroupDraft(
        name=plan.name,
        format_id=format_ids.get(plan.format_key),
        setting=plan.setting,
        planned_sessions=plan.planned_sessions,
        attendance_required=plan.attendance_required,
        ground_rules=plan.ground_rules,
        language=plan.language,
    )


def member_draft(member: MemberPlan) -> MemberDraft:
    return MemberDraft(
        display_name=member.person.display_name,
        role=member.role,
        family_name=member.person.family_name,
    )


def create_groups(
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


def create_sessions(
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


def create_notes(
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


def create_responses(
    store: Store,
    plans: Sequence[BulkResponse],
    *,
    session_ids: Sequence[str],
    group_ids: Sequence[str],
) -> int:
    """Through record_response, one transaction per form, as the ui does it."""
    questionnaire_ids: dict[str, str] = {}
    for key in sorted({plan.key for plan in plans}):
        found = latest_questionnaire(store, key)
        if found is None:
            raise StoreError(f"the demo's questionnaire {key!r} is missing")
        questionnaire_ids[key] = found.id
    for plan in plans:
        answers: dict[str, int | str | None] = {**dict(plan.values), **dict(plan.texts)}
        record_response(
            store,
            questionnaire_ids[plan.key],
            answers,
            session_id=None if plan.session is None else session_ids[plan.session],
            group_id=group_ids[plan.group],
            timepoint=plan.timepoint,
            submitted_at=plan.submitted_at,
            respondent_code=plan.respondent_code,
        )
    return len(plans)
