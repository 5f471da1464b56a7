"""Service functions for groups: one short transaction per user action.

Every mutation publishes a Change("groups", id) on the store's feed after it commits.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Row, Select, func, select
from sqlalchemy.orm import Session

from reflectdesk.core.errors import N_, InvalidInputError, words
from reflectdesk.core.limits import MAX_PLANNED_SESSIONS, SETTING_MAX_LENGTH
from reflectdesk.core.local_text import stored_in
from reflectdesk.core.model import FACILITATOR_ROLES, GroupDraft, GroupRecord
from reflectdesk.core.names import fold
from reflectdesk.core.sessions import clean_accreditation_id
from reflectdesk.core.validation import (
    check_count,
    clean_long_text,
    clean_name,
    clean_optional_line,
)
from reflectdesk.i18n.languages import LANGUAGES
from reflectdesk.i18n.texts import current_language
from reflectdesk.store.database import Store
from reflectdesk.store.models.formats import Format
from reflectdesk.store.models.groups import Group, Membership
from reflectdesk.store.rows import first_or_gone, from_row, get_or_gone


def clean_group_draft(draft: GroupDraft) -> GroupDraft:
    """The draft as it will be stored, or InvalidInputError naming the field."""
    planned = check_count(
        draft.planned_sessions,
        field="planned_sessions",
        label=N_("The planned number of sessions"),
        low=1,
        high=MAX_PLANNED_SESSIONS,
    )
    required = draft.attendance_required
    if required is not None and not 0 <= required <= planned:
        raise InvalidInputError(
            "attendance_required",
            words()
            .ngettext(
                "The attendance rule asks for {required} sessions, but only {planned} is planned.",
                "The attendance rule asks for {required} sessions, but only {planned} are planned.",
                planned,
            )
            .format(required=required, planned=planned),
        )
    return GroupDraft(
        name=clean_name(draft.name, field="name", label=N_("The group name")),
        format_id=draft.format_id or None,
        setting=clean_optional_line(
            draft.setting, field="setting", label=N_("The setting"), max_length=SETTING_MAX_LENGTH
        ),
        planned_sessions=planned,
        attendance_required=required,
        ground_rules=clean_long_text(
            draft.ground_rules, field="ground_rules", label=N_("The ground rules")
        ),
        language=_clean_language(draft.language),
        accreditation_id=clean_accreditation_id(draft.accreditation_id),
    )


def _clean_language(language: str | None) -> str | None:
    if language is not None and language not in LANGUAGES:
        message = words().gettext("ReflectDesk does not speak {language}.")
        raise InvalidInputError("language", message.format(language=repr(language)))
    return language or None


# Reads are Core selects over the mapped tables, returning plain records: they skip the
# ORM's identity map and mapper set-up, which keeps the first window quick to appear.
_groups = Group.__table__
_memberships = Membership.__table__
_formats = Format.__table__


def _records_query() -> Select[Any]:
    active_members = (
        select(func.count(_memberships.c.id))
        .where(_memberships.c.group_id == _groups.c.id, _memberships.c.left_on.is_(None))
        .correlate(_groups)
        .scalar_subquery()
    )
    # Facilitators and co-facilitators apart: the figures a group reports count its
    # participants (member_count less these).
    active_facilitators = (
        select(func.count(_memberships.c.id))
        .where(
            _memberships.c.group_id == _groups.c.id,
            _memberships.c.left_on.is_(None),
            _memberships.c.role.in_([role.value for role in FACILITATOR_ROLES]),
        )
        .correlate(_groups)
        .scalar_subquery()
    )
    return select(
        _groups.c.id,
        _groups.c.name,
        _groups.c.format_id,
        _formats.c.name.label("format_name"),
        _formats.c.texts.label("format_texts"),
        _groups.c.setting,
        _groups.c.planned_sessions,
        _groups.c.attendance_required,
        _groups.c.ground_rules,
        _groups.c.archived_at,
        active_members.label("member_count"),
        active_facilitators.label("facilitator_count"),
        _groups.c.language,
        _groups.c.accreditation_id,
    ).select_from(_groups.outerjoin(_formats, _formats.c.id == _groups.c.format_id))


def _to_record(row: Row[Any]) -> GroupRecord:
    language = row.language or current_language()
    return from_row(
        GroupRecord,
        row,
        archived=row.archived_at is not None,
        # The format's name in the group's language, else the app's.
        format_name=None
        if row.format_name is None
        else _format_name(row.format_texts, row.format_name, language),
    )


@lru_cache(maxsize=256)
def _format_name(texts: str | None, plain: str, language: str) -> str:
    # Hundreds of groups share a handful of formats: their names are read from JSON once.
    return stored_in(texts, "name", plain, language)


def list_groups(store: Store, *, archived: bool = False) -> list[GroupRecord]:
    """Active groups (or only archived ones), sorted by name as a person reads it."""
    archived_at = _groups.c.archived_at
    condition = archived_at.is_not(None) if archived else archived_at.is_(None)
    with store.reading() as session:
        records = [_to_record(row) for row in session.execute(_records_query().where(condition))]
    return sorted(records, key=lambda record: (fold(record.name), record.name, record.id))


def get_group(store: Store, group_id: str) -> GroupRecord:
    with store.reading() as session:
        return _load_record(session, group_id)


def _load_record(session: Session, group_id: str) -> GroupRecord:
    return _to_record(
        first_or_gone(session, _records_query().where(_groups.c.id == group_id), "group")
    )


def _get(session: Session, group_id: str) -> Group:
    return get_or_gone(session, Group, group_id, "group")


def _check_format(session: Session, format_id: str | None) -> None:
    if format_id is not None and session.get(Format, format_id) is None:
        raise InvalidInputError("format_id", words().gettext("The chosen format no longer exists."))


def apply_draft(group: Group, clean: GroupDraft) -> Group:
    """Copy a cleaned draft onto a group row (new or existing)."""
    group.name = clean.name
    group.format_id = clean.format_id
    group.setting = clean.setting
    group.planned_sessions = clean.planned_sessions
    group.attendance_required = clean.attendance_required
    group.ground_rules = clean.ground_rules
    group.language = clean.language
    group.accreditation_id = clean.accreditation_id
    return group


def create_group(store: Store, draft: GroupDraft) -> GroupRecord:
    clean = clean_group_draft(draft)
    with store.transaction() as session:
        _check_format(session, clean.format_id)
        group = apply_draft(Group(), clean)
        session.add(group)
        session.flush()
        record = _load_record(session, group.id)
    store.changes.publish("groups", record.id)
    return record


def update_group(store: Store, group_id: str, draft: GroupDraft) -> GroupRecord:
    clean = clean_group_draft(draft)
    with store.transaction() as session:
        _check_format(session, clean.format_id)
        apply_draft(_get(session, group_id), clean)
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


def group_language(store: Store, group_id: str) -> str | None:
    """The language the group chose ("nl"), or None when it follows the app's: what its
    sessions, cards, questionnaires and, by default, its exports are shown in."""
    with store.reading() as session:
        found = session.execute(select(_groups.c.language).where(_groups.c.id == group_id)).first()
    return None if found is None else found.language


def shown_language(store: Store, group_id: str | None) -> str:
    """The language to show a group's content in: its own, else the app's."""
    chosen = None if group_id is None else group_language(store, group_id)
    return chosen or current_language()
