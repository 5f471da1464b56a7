"""Service functions for a group's members (people and their memberships).

A member who already has history in the group (attendance, a presented case) is not
deleted on removal: the membership gets a ``left_on`` date, so registers stay complete.
Mutations publish Change("members", group_id) after they commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, exists, literal, select
from sqlalchemy.orm import Session as OrmSession

from reflectdesk.core.attendance_list import REGISTRATION_NUMBER_MAX_LENGTH
from reflectdesk.core.errors import N_, NotFoundError, words
from reflectdesk.core.model import MemberDraft, MemberRecord, Role
from reflectdesk.core.names import sort_key
from reflectdesk.core.validation import clean_name, clean_optional_line
from reflectdesk.store.database import Store
from reflectdesk.store.engine_kind import EngineKind
from reflectdesk.store.models.groups import Group, Membership, Person
from reflectdesk.store.rows import from_row, get_or_gone

NAME_MAX_LENGTH = 120


def clean_member_draft(draft: MemberDraft) -> MemberDraft:
    return MemberDraft(
        display_name=clean_name(draft.display_name, field="display_name", label=N_("The name")),
        role=Role(draft.role),
        family_name=clean_optional_line(
            draft.family_name,
            field="family_name",
            label=N_("The family name"),
            max_length=NAME_MAX_LENGTH,
        ),
        registration_number=clean_optional_line(
            draft.registration_number,
            field="registration_number",
            label=N_("The registration number"),
            max_length=REGISTRATION_NUMBER_MAX_LENGTH,
        ),
    )


# A Core select returning plain records (see store/groups.py for why); the mutations
# read their result back through it too, so there is one mapping from rows to records.
_memberships = Membership.__table__
_persons = Person.__table__


def _registration_number(kind: EngineKind) -> ColumnElement[str]:
    """The laptop's column; on the hub, which never holds one (migration 0018), ''."""
    if kind is EngineKind.LAPTOP:
        return _persons.c.registration_number
    return literal("").label("registration_number")


def _person(kind: EngineKind, draft: MemberDraft) -> Person:
    person = Person(display_name=draft.display_name, family_name=draft.family_name)
    if kind is EngineKind.LAPTOP:  # the hub has nowhere to keep it, by design
        person.registration_number = draft.registration_number
    return person


def _records_query(kind: EngineKind) -> Select[Any]:
    return select(
        _memberships.c.id.label("membership_id"),
        _memberships.c.person_id,
        _persons.c.display_name,
        _persons.c.family_name,
        _memberships.c.role,
        _memberships.c.joined_on,
        _memberships.c.left_on,
        _registration_number(kind),
    ).select_from(_memberships.join(_persons, _persons.c.id == _memberships.c.person_id))


def _to_record(row: Row[Any]) -> MemberRecord:
    return from_row(MemberRecord, row, role=Role(row.role))


def _load(session: OrmSession, kind: EngineKind, membership_id: str) -> MemberRecord:
    query = _records_query(kind).where(_memberships.c.id == membership_id)
    return _to_record(session.execute(query).one())


def member_sort_key(record: MemberRecord) -> tuple[str, ...]:
    return sort_key(record.display_name, record.family_name or None)


def list_members(
    store: Store, group_id: str, *, include_former: bool = False
) -> list[MemberRecord]:
    """Members of a group sorted by family name (Dutch particles ignored)."""
    query = _records_query(store.kind).where(_memberships.c.group_id == group_id)
    if not include_former:
        query = query.where(_memberships.c.left_on.is_(None))
    with store.reading() as session:
        records = [_to_record(row) for row in session.execute(query)]
    return sorted(records, key=member_sort_key)


def _membership(session: OrmSession, membership_id: str) -> Membership:
    membership = session.get(Membership, membership_id)
    if membership is None:
        raise NotFoundError(words().gettext("That member is no longer in the group."))
    return membership


def add_member(
    store: Store, group_id: str, draft: MemberDraft, *, joined_on: date | None = None
) -> MemberRecord:
    clean = clean_member_draft(draft)
    with store.transaction() as session:
        get_or_gone(session, Group, group_id, "group")
        person = _person(store.kind, clean)
        membership = Membership(
            group_id=group_id,
            person=person,
            role=clean.role.value,
            joined_on=joined_on or date.today(),
        )
        session.add(membership)
        session.flush()
        record = _load(session, store.kind, membership.id)
    store.changes.publish("members", group_id)
    return record


def add_members(
    store: Store, group_id: str, drafts: Sequence[MemberDraft], *, joined_on: date | None = None
) -> list[MemberRecord]:
    """Add several members in one transaction: all of them, or (on any refusal) none.
    Every draft is cleaned before the transaction begins, so a bad name is found before a
    row is written. Returns the records in the order of ``drafts``."""
    clean = [clean_member_draft(draft) for draft in drafts]
    day = joined_on or date.today()
    with store.transaction() as session:
        get_or_gone(session, Group, group_id, "group")
        added = [
            Membership(
                group_id=group_id,
                person=_person(store.kind, draft),
                role=draft.role.value,
                joined_on=day,
            )
            for draft in clean
        ]
        session.add_all(added)
        session.flush()
        records = [_load(session, store.kind, membership.id) for membership in added]
    if records:
        store.changes.publish("members", group_id)
    return records


def update_member(store: Store, membership_id: str, draft: MemberDraft) -> MemberRecord:
    clean = clean_member_draft(draft)
    with store.transaction() as session:
        membership = _membership(session, membership_id)
        membership.person.display_name = clean.display_name
        membership.person.family_name = clean.family_name
        if store.kind is EngineKind.LAPTOP:
            membership.person.registration_number = clean.registration_number
        membership.role = clean.role.value
        session.flush()
        record = _load(session, store.kind, membership_id)
        group_id = membership.group_id
    store.changes.publish("members", group_id)
    return record


def remove_member(store: Store, membership_id: str, *, today: date | None = None) -> bool:
    """Remove a member from the group. Returns True when the record was deleted, False
    when it was kept as a former member because the group has history with them."""
    with store.transaction() as session:
        membership = _membership(session, membership_id)
        group_id = membership.group_id
        if _has_history(session, membership):
            membership.left_on = today or date.today()
            deleted = False
        else:
            person = membership.person
            session.delete(membership)
            session.flush()
            if not person.memberships:
                session.delete(person)
            deleted = True
    store.changes.publish("members", group_id)
    return deleted


def _has_history(session: OrmSession, membership: Membership) -> bool:
    # Imported here: the session and note tables are not needed for the first window.
    from reflectdesk.store.models.notes import Note
    from reflectdesk.store.models.sessions import Attendance, Session

    in_group = Session.group_id == membership.group_id
    attended = exists().where(
        Attendance.person_id == membership.person_id,
        Attendance.session_id == Session.id,
        in_group,
    )
    presented = exists().where(Session.presenter_id == membership.person_id, in_group)
    # Notes about them, or actions they own, would lose their person if it were deleted.
    noted = exists().where(
        Note.group_id == membership.group_id,
        (Note.person_id == membership.person_id) | (Note.owner_id == membership.person_id),
    )
    return bool(session.scalar(select(attended | presented | noted)))
