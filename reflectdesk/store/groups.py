"""Service functions for groups: one short transaction per user action.

Every mutation publishes a Change("groups", id) on the store's feed after it commits.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.model import GroupDraft, GroupRecord
from reflectdesk.core.names import fold
from reflectdesk.core.validation import (
    check_count,
    clean_long_text,
    clean_name,
    clean_optional_line,
)
from reflectdesk.store.database import Store
from reflectdesk.store.models import Format, Group, Membership

MAX_PLANNED_SESSIONS = 100
SETTING_MAX_LENGTH = 200


def clean_group_draft(draft: GroupDraft) -> GroupDraft:
    """The draft as it will be stored, or InvalidInputError naming the field."""
    planned = check_count(
        draft.planned_sessions,
        field="planned_sessions",
        label="The planned number of sessions",
        low=1,
        high=MAX_PLANNED_SESSIONS,
    )
    required = draft.attendance_required
    if required is not None and not 0 <= required <= planned:
        raise InvalidInputError(
            "attendance_required",
            f"The attendance rule asks for {required} sessions, but only {planned} are planned.",
        )
    return GroupDraft(
        name=clean_name(draft.name, field="name", label="The group name"),
        format_id=draft.format_id or None,
        setting=clean_optional_line(
            draft.setting, field="setting", label="The setting", max_length=SETTING_MAX_LENGTH
        ),
        planned_sessions=planned,
        attendance_required=required,
        ground_rules=clean_long_text(
            draft.ground_rules, field="ground_rules", label="The ground rules"
        ),
    )


def _records_query() -> Select[Group, str | None, int]:
    active_members = (
        select(func.count(Membership.id))
        .where(Membership.group_id == Group.id, Membership.left_on.is_(None))
        .correlate(Group)
        .scalar_subquery()
    )
    return select(Group, Format.name, active_members).outerjoin(
        Format, Format.id == Group.format_id
    )


def _to_record(group: Group, format_name: str | None, member_count: int) -> GroupRecord:
    return GroupRecord(
        id=group.id,
        name=group.name,
        format_id=group.format_id,
        format_name=format_name,
        setting=group.setting,
        planned_sessions=group.planned_sessions,
        attendance_required=group.attendance_required,
        ground_rules=group.ground_rules,
        archived=group.archived_at is not None,
        member_count=member_count,
    )


def list_groups(store: Store, *, archived: bool = False) -> list[GroupRecord]:
    """Active groups (or only archived ones), sorted by name as a person reads it."""
    condition = Group.archived_at.is_not(None) if archived else Group.archived_at.is_(None)
    with store.reading() as session:
        rows = session.execute(_records_query().where(condition)).all()
        records = [_to_record(group, name, count) for group, name, count in rows]
    return sorted(records, key=lambda record: (fold(record.name), record.name, record.id))


def get_group(store: Store, group_id: str) -> GroupRecord:
    with store.reading() as session:
        return _load_record(session, group_id)


def _load_record(session: Session, group_id: str) -> GroupRecord:
    row = session.execute(_records_query().where(Group.id == group_id)).first()
    if row is None:
        raise NotFoundError("That group no longer exists.")
    group, format_name, member_count = row
    return _to_record(group, format_name, member_count)


def _get(session: Session, group_id: str) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError("That group no longer exists.")
    return group


def _check_format(session: Session, format_id: str | None) -> None:
    if format_id is not None and session.get(Format, format_id) is None:
        raise InvalidInputError("format_id", "The chosen format no longer exists.")


def create_group(store: Store, draft: GroupDraft) -> GroupRecord:
    clean = clean_group_draft(draft)
    with store.transaction() as session:
        _check_format(session, clean.format_id)
        group = Group(
            name=clean.name,
            format_id=clean.format_id,
            setting=clean.setting,
            planned_sessions=clean.planned_sessions,
            attendance_required=clean.attendance_required,
            ground_rules=clean.ground_rules,
        )
        session.add(group)
        session.flush()
        record = _load_record(session, group.id)
    store.changes.publish("groups", record.id)
    return record


def update_group(store: Store, group_id: str, draft: GroupDraft) -> GroupRecord:
    clean = clean_group_draft(draft)
    with store.transaction() as session:
        _check_format(session, clean.format_id)
        group = _get(session, group_id)
        group.name = clean.name
        group.format_id = clean.format_id
        group.setting = clean.setting
        group.planned_sessions = clean.planned_sessions
        group.attendance_required = clean.attendance_required
        group.ground_rules = clean.ground_rules
        session.flush()
        record = _load_record(session, group_id)
    store.changes.publish("groups", group_id)
    return record


def rename_group(store: Store, group_id: str, name: str) -> GroupRecord:
    draft = get_group(store, group_id).to_draft()
    return update_group(store, group_id, replace(draft, name=name))


def set_archived(store: Store, group_id: str, archived: bool) -> GroupRecord:
    """Archive a group (hidden from the main list, nothing deleted) or restore it."""
    with store.transaction() as session:
        group = _get(session, group_id)
        if archived and group.archived_at is None:
            group.archived_at = datetime.now(UTC)
        elif not archived:
            group.archived_at = None
        session.flush()
        record = _load_record(session, group_id)
    store.changes.publish("groups", group_id)
    return record


def count_groups(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count(Group.id))) or 0
