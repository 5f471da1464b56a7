"""The fast path for writing a long history at once: groups, sessions with their clock
histories and registers, notes and questionnaire responses, inserted in one transaction
with Core executemany (the service functions commit once per call, far too slow for
thousands of rows; the large demo writes 3,021 sessions and 28,000 learning points).

Every draft still passes the services' validation, so this never writes a row the ui
could not have made, and private notes still go through the vault seam (which needs the
vault unlocked). The records are described in store/bulk_records.py.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from reflectdesk.core.model import NoteKind
from reflectdesk.core.notes import (
    ActionDraft,
    LearningPointDraft,
    PrivateText,
    clean_action_draft,
    clean_learning_point_draft,
    clean_private_text,
)
from reflectdesk.core.sessions import clean_session_draft
from reflectdesk.store import vault_seam
from reflectdesk.store.bulk_records import (
    BulkGroup,
    BulkResponse,
    BulkSession,
    BulkSessionNotes,
    History,
)
from reflectdesk.store.database import Store
from reflectdesk.store.groups import apply_draft, clean_group_draft
from reflectdesk.store.members import clean_member_draft
from reflectdesk.store.models.evaluation import Answer, Question, Questionnaire, Response
from reflectdesk.store.models.groups import Group, Membership, Person
from reflectdesk.store.models.notes import Note, NoteTheme, SessionTheme, Theme
from reflectdesk.store.models.sessions import Attendance, ClockEvent, SessionPhase
from reflectdesk.store.models.sessions import Session as Meeting

NewId = Callable[[], str]
People = dict[Hashable, str]  # the caller's person key -> person id


def bulk_insert_history(store: Store, history: History, *, new_id: NewId) -> None:
    """Write ``history`` in one transaction (all or nothing). ``new_id`` gives every
    row's id, in a fixed order, so a seeded source writes the same database twice."""
    with store.transaction() as session:
        groups = _insert_groups(session, history.groups, new_id)
        people = _person_ids(history.groups, groups)
        session_ids = _insert_sessions(session, history.sessions, groups, people, new_id)
        group_ids = [group.id for group in groups]
        rows = _NoteRows(
            session,
            sessions=history.sessions,
            session_ids=session_ids,
            group_ids=group_ids,
            people=people,
            new_id=new_id,
        )
        rows.insert(history)
        _insert_responses(
            session,
            history.responses,
            session_ids=session_ids,
            group_ids=group_ids,
            new_id=new_id,
        )


def _insert_groups(session: Session, plans: Sequence[BulkGroup], new_id: NewId) -> list[Group]:
    people: dict[Hashable, Person] = {}
    groups: list[Group] = []
    for plan in plans:
        draft = clean_group_draft(plan.draft)
        group = apply_draft(Group(id=new_id(), archived_at=plan.archived_at), draft)
        for member in plan.members:
            clean = clean_member_draft(member.draft)
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


def _person_ids(plans: Sequence[BulkGroup], groups: list[Group]) -> list[People]:
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
    meetings: Sequence[BulkSession],
    groups: list[Group],
    people: list[People],
    new_id: NewId,
) -> list[str]:
    """Returns the sessions' ids in the records' order."""
    session_ids: list[str] = []
    rows: dict[type[Any], list[dict[str, Any]]] = {
        Meeting: [],
        SessionPhase: [],
        ClockEvent: [],
        Attendance: [],
    }
    for meeting in meetings:
        group, persons = groups[meeting.group], people[meeting.group]
        draft = meeting.draft
        if draft.format_id is None:
            draft = replace(draft, format_id=group.format_id)
        clean = clean_session_draft(draft)
        session_id = new_id()
        session_ids.append(session_id)
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
                "protect_end_time": clean.protect_end_time,
                "started_at": meeting.started_at,
                "ended_at": ended,
                "created_at": meeting.created_at,
                "updated_at": ended or meeting.created_at,
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
    """Private notes through the vault seam, then learning points, actions and tags as
    Core executemany (the search index's triggers index the points and actions as they
    go in)."""

    def __init__(
        self,
        session: Session,
        *,
        sessions: Sequence[BulkSession],
        session_ids: list[str],
        group_ids: list[str],
        people: list[People],
        new_id: NewId,
    ) -> None:
        self._session = session
        self._sessions = sessions
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

    def insert(self, history: History) -> None:
        for notes in history.session_notes:
            self._session_notes(notes)
        for note in history.member_notes:
            person_id = self._people[note.group][note.person]
            group_id = self._group_ids[note.group]
            self._private(note.body, note.written_at, None, group_id, person_id)
        for model, batch in self._rows.items():
            if batch:
                self._session.execute(insert(model.__table__), batch)
        if self._stamps:
            # The vault seam stamps a private note with the real time; these were written
            # on the records' dates. An ORM bulk update by primary key sets only the stamps.
            self._session.execute(update(Note), self._stamps)

    def _private(
        self,
        body: PrivateText,
        stamp: datetime,
        session_id: str | None,
        group_id: str,
        person_id: str | None,
    ) -> None:
        note_id = self._new_id()
        vault_seam.insert_private(
            self._session,
            note_id,
            clean_private_text(body),
            session_id=session_id,
            group_id=group_id,
            person_id=person_id,
        )
        self._stamps.append({"id": note_id, "created_at": stamp, "updated_at": stamp})

    def _session_notes(self, plan: BulkSessionNotes) -> None:
        session_id = self._session_ids[plan.session]
        group = self._sessions[plan.session].group
        group_id = self._group_ids[group]
        people = self._people[group]
        self._private(plan.private, plan.written_at, session_id, group_id, None)
        notes, tags = self._rows[Note], self._rows[NoteTheme]
        for point in plan.points:
            themes = tuple(self._themes[key] for key in point.themes if key in self._themes)
            draft = LearningPointDraft(point.text, point.shareable, themes)
            # The same few thousand texts recur; each is checked once.
            clean = self._clean.get(draft) or self._clean.setdefault(
                draft, clean_learning_point_draft(draft)
            )
            note_id = self._new_id()
            notes.append(
                _note_row(note_id, NoteKind.LEARNING_POINT, session_id, group_id, point.written_at)
                | {"body": clean.text, "shareable": clean.shareable}
            )
            tags += [{"note_id": note_id, "theme_id": theme_id} for theme_id in clean.theme_ids]
        for action in plan.actions:
            owner = None if action.owner is None else people[action.owner]
            cleaned = clean_action_draft(ActionDraft(action.text, owner, action.due_on))
            row = _note_row(
                self._new_id(), NoteKind.ACTION, session_id, group_id, action.written_at
            )
            row |= {"body": cleaned.text, "owner_id": cleaned.owner_id, "due_on": cleaned.due_on}
            if action.done_at is not None:
                row |= {"done": True, "updated_at": action.done_at}
            notes.append(row)
        self._rows[SessionTheme] += [
            {"session_id": session_id, "theme_id": self._themes[key]}
            for key in plan.themes
            if key in self._themes
        ]


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


def _latest_ids(session: Session, keys: set[str]) -> dict[str, str]:
    rows = session.execute(
        select(Questionnaire.key, Questionnaire.id)
        .where(Questionnaire.key.in_(keys))
        .order_by(Questionnaire.version)
    )
    return {key: questionnaire_id for key, questionnaire_id in rows}  # latest wins


def _insert_responses(
    session: Session,
    plans: Sequence[BulkResponse],
    *,
    session_ids: Sequence[str],
    group_ids: Sequence[str],
    new_id: NewId,
) -> None:
    """Every value is within its item's scale, as record_response would insist."""
    questionnaire_ids = _latest_ids(session, {plan.key for plan in plans})
    question_ids: dict[tuple[str, str], str] = {
        (key, question_key): question_id
        for key, questionnaire_id in questionnaire_ids.items()
        for question_key, question_id in session.execute(
            select(Question.key, Question.id).where(Question.questionnaire_id == questionnaire_id)
        )
    }
    responses: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    for plan in plans:
        response_id = new_id()
        responses.append(
            {
                "id": response_id,
                "questionnaire_id": questionnaire_ids[plan.key],
                "session_id": None if plan.session is None else session_ids[plan.session],
                "group_id": group_ids[plan.group],
                "person_id": None,
                "timepoint": plan.timepoint,
                "respondent_code": plan.respondent_code,
                "submitted_at": plan.submitted_at,
            }
        )
        answers += [
            {
                "id": new_id(),
                "response_id": response_id,
                "question_id": question_ids[(plan.key, key)],
                "value": value,
                "text": "",
            }
            for key, value in plan.values
        ]
        answers += [
            {
                "id": new_id(),
                "response_id": response_id,
                "question_id": question_ids[(plan.key, key)],
                "value": None,
                "text": text,
            }
            for key, text in plan.texts
        ]
    if responses:
        session.execute(insert(cast(Table, Response.__table__)), responses)
        session.execute(insert(cast(Table, Answer.__table__)), answers)
