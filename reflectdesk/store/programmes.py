"""Programmes (cohorts of groups) and which groups belong to them.

A programme is a name and a description; a group points at its programme through
``groups.programme_id``. That column has no foreign key (migration 0012 says why), so
this module keeps the link: deleting a programme clears it on its groups in the same
transaction, and a group is only ever put in a programme that exists.

Mutations publish Change("programmes", id) after they commit, and Change("groups", id)
for every group whose programme changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, func, select, update

from reflectdesk.core.errors import N_, InvalidInputError, NotFoundError, words
from reflectdesk.core.limits import DESCRIPTION_MAX_LENGTH
from reflectdesk.core.model import GroupRecord
from reflectdesk.core.names import fold, matching_id_or_name
from reflectdesk.core.validation import clean_long_text, clean_name
from reflectdesk.store.database import Store
from reflectdesk.store.groups import get_group, list_groups
from reflectdesk.store.models.groups import Group, Programme
from reflectdesk.store.rows import get_or_gone

__all__ = [
    "ProgrammeRecord",
    "add_group",
    "create_programme",
    "delete_programme",
    "find_programme",
    "get_programme",
    "list_programmes",
    "programme_groups",
    "programme_of",
    "remove_group",
    "rename_programme",
]

_programmes = Programme.__table__
_groups = Group.__table__


@dataclass(frozen=True, slots=True)
class ProgrammeRecord:
    id: str
    name: str
    description: str
    group_count: int  # its groups, archived ones included


def _gone() -> NotFoundError:
    return NotFoundError(words().gettext("That programme no longer exists."), what="programme")


def _clean_name(name: str) -> str:
    # The same rules as a group's name: a programme is named like one.
    return clean_name(name, field="name", label=N_("The programme name"))


def _clean_description(description: str) -> str:
    return clean_long_text(
        description,
        field="description",
        label=N_("The description"),
        max_length=DESCRIPTION_MAX_LENGTH,
    )


def _records(session: Any, where: Any = None) -> list[ProgrammeRecord]:
    counts = (
        select(func.count(_groups.c.id))
        .where(_groups.c.programme_id == _programmes.c.id)
        .correlate(_programmes)
        .scalar_subquery()
    )
    query = select(
        _programmes.c.id, _programmes.c.name, _programmes.c.description, counts.label("n")
    )
    if where is not None:
        query = query.where(where)
    return [_to_record(row) for row in session.execute(query)]


def _to_record(row: Row[Any]) -> ProgrammeRecord:
    return ProgrammeRecord(row.id, row.name, row.description, int(row.n))


def list_programmes(store: Store) -> list[ProgrammeRecord]:
    """Every programme, sorted by name as a person reads it."""
    with store.reading() as session:
        records = _records(session)
    return sorted(records, key=lambda record: (fold(record.name), record.name, record.id))


def get_programme(store: Store, programme_id: str) -> ProgrammeRecord:
    with store.reading() as session:
        found = _records(session, _programmes.c.id == programme_id)
    if not found:
        raise _gone()
    return found[0]


def find_programme(store: Store, wanted: str) -> ProgrammeRecord:
    """A programme by its id, else by its name (case-insensitive); NotFoundError when
    none matches, InvalidInputError when several share the name."""
    named = matching_id_or_name(
        list_programmes(store), wanted, id_of=lambda p: p.id, name_of=lambda p: p.name
    )
    if len(named) == 1:
        return named[0]
    if named:
        message = words().gettext('{n} programmes are named "{name}"; give the id instead')
        raise InvalidInputError("programme", message.format(n=len(named), name=wanted))
    message = words().gettext('no programme has the name or id "{name}"')
    raise NotFoundError(message.format(name=wanted), what="programme")


def create_programme(store: Store, name: str, description: str = "") -> ProgrammeRecord:
    programme = Programme(name=_clean_name(name), description=_clean_description(description))
    with store.transaction() as session:
        session.add(programme)
        session.flush()
        programme_id = programme.id
    store.changes.publish("programmes", programme_id)
    return get_programme(store, programme_id)


def rename_programme(
    store: Store, programme_id: str, name: str, description: str | None = None
) -> ProgrammeRecord:
    clean = _clean_name(name)
    with store.transaction() as session:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise _gone()
        programme.name = clean
        if description is not None:
            programme.description = _clean_description(description)
    store.changes.publish("programmes", programme_id)
    return get_programme(store, programme_id)


def delete_programme(store: Store, programme_id: str) -> None:
    """Delete the programme; its groups stay, out of any programme."""
    with store.transaction() as session:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise _gone()
        freed = list(
            session.scalars(select(_groups.c.id).where(_groups.c.programme_id == programme_id))
        )
        session.execute(
            update(Group).where(Group.programme_id == programme_id).values(programme_id=None)
        )
        session.delete(programme)
    store.changes.publish("programmes", programme_id)
    for group_id in freed:
        store.changes.publish("groups", group_id)


def _set_programme(store: Store, group_id: str, programme_id: str | None) -> None:
    with store.transaction() as session:
        if programme_id is not None and session.get(Programme, programme_id) is None:
            raise _gone()
        group = get_or_gone(session, Group, group_id, "group")
        before = group.programme_id
        group.programme_id = programme_id
    store.changes.publish("groups", group_id)
    store.changes.publish("programmes", *(p for p in (before, programme_id) if p is not None))


def add_group(store: Store, programme_id: str, group_id: str) -> None:
    """Put the group in the programme (out of any other: a group is in one at most)."""
    _set_programme(store, group_id, programme_id)


def remove_group(store: Store, programme_id: str, group_id: str) -> None:
    """Take the group out of the programme (nothing happens if it is not in it)."""
    if programme_of(store, group_id) == programme_id:
        _set_programme(store, group_id, None)


def programme_of(store: Store, group_id: str) -> str | None:
    """The id of the group's programme, or None."""
    with store.reading() as session:
        row = session.execute(
            select(_groups.c.programme_id).where(_groups.c.id == group_id)
        ).first()
    if row is None:
        get_group(store, group_id)  # raises the group's own "no longer exists"
    return None if row is None else row.programme_id


def programme_groups(store: Store, programme_id: str) -> list[GroupRecord]:
    """The programme's groups (archived ones too), sorted by name."""
    get_programme(store, programme_id)
    with store.reading() as session:
        ids = set(
            session.scalars(select(_groups.c.id).where(_groups.c.programme_id == programme_id))
        )
    everyone = list_groups(store) + list_groups(store, archived=True)
    chosen = [group for group in everyone if group.id in ids]
    return sorted(chosen, key=lambda group: (fold(group.name), group.name, group.id))
