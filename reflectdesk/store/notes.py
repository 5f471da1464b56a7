"""Service functions for notes: private notes (per session, or follow-up notes about a
member), learning points and actions. One short transaction per user action.

Private text never passes through this module's SQL: it is written and read only by
reflectdesk.store.vault_seam. Saving a private note is the editor's autosave path, so it
is one transaction and idempotent: text equal to what is stored writes nothing, calls no
hook and publishes nothing.

Mutations publish, after they commit, Change("notes", id) for private notes,
Change("learning_points", id) and Change("actions", id), with the note's id.

Search hook: :data:`on_note_written` and :data:`on_note_deleted` are lists of callables
``hook(session, note_id)`` that every write (or delete) of a note of any kind calls INSIDE
its transaction, after the row is written (or before it is deleted, so the row can still
be read). A hook that raises rolls the write back. Hooks get the id only, never text: an
index may read a learning point's or an action's ``body``, but must not index private
notes (kind "private"), whose text only the vault seam can read. Notes removed by a
cascade (a deleted session or group) do not call ``on_note_deleted``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Row, Select, delete, func, insert, select, update
from sqlalchemy.orm import Session as OrmSession

from reflectdesk.core.errors import InvalidInputError, words
from reflectdesk.core.model import NoteKind
from reflectdesk.core.notes import (
    ActionDraft,
    ActionRecord,
    LearningPointDraft,
    LearningPointRecord,
    PrivateNoteRecord,
    PrivateText,
    clean_action_draft,
    clean_learning_point_draft,
    clean_private_text,
)
from reflectdesk.store import vault_seam
from reflectdesk.store.database import Store
from reflectdesk.store.models.base import new_id, utcnow
from reflectdesk.store.models.groups import Group, Membership, Person
from reflectdesk.store.models.notes import Note, NoteTheme
from reflectdesk.store.models.sessions import Session
from reflectdesk.store.rows import get_or_gone, gone
from reflectdesk.store.themes import check_theme_ids, replace_note_themes, tags_by_owner

NoteHook = Callable[[OrmSession, str], None]
N = TypeVar("N")
# Reads the records of one note kind (learning points or actions) that a query selects.
ReadNotes = Callable[[OrmSession, Select[Any]], list[N]]

# The search engineer registers the full-text index's updates here (see the docstring).
on_note_written: list[NoteHook] = []
on_note_deleted: list[NoteHook] = []

_AREAS = {
    NoteKind.PRIVATE: "notes",
    NoteKind.LEARNING_POINT: "learning_points",
    NoteKind.ACTION: "actions",
}
_PRIVATE = NoteKind.PRIVATE.value
_POINT = NoteKind.LEARNING_POINT.value
_ACTION = NoteKind.ACTION.value

# Reads are Core selects returning plain records (see store/groups.py for why).
_notes = Note.__table__
_note_themes = NoteTheme.__table__
_sessions = Session.__table__
_persons = Person.__table__
_memberships = Membership.__table__


def _call(hooks: list[NoteHook], session: OrmSession, note_id: str) -> None:
    for hook in list(hooks):
        hook(session, note_id)


def _session_group(session: OrmSession, session_id: str) -> str:
    group_id = session.scalar(select(_sessions.c.group_id).where(_sessions.c.id == session_id))
    if group_id is None:
        raise gone("session")
    return str(group_id)


def _require_group(session: OrmSession, group_id: str) -> None:
    get_or_gone(session, Group, group_id, "group")


def _load_one(
    session: OrmSession, records: ReadNotes[N], query: Select[Any], note_id: str, what: str
) -> N:
    """The one note ``records`` reads with ``query`` and ``note_id``, or gone(``what``)."""
    found = records(session, query.where(_notes.c.id == note_id))
    if not found:
        raise gone(what)
    return found[0]


def _of_session(
    store: Store, session_id: str, records: ReadNotes[N], query: Select[Any]
) -> list[N]:
    """The session's notes that ``query`` selects, in the order they were added."""
    query = query.where(_notes.c.session_id == session_id).order_by(
        _notes.c.created_at, _notes.c.id
    )
    with store.reading() as session:
        _session_group(session, session_id)
        return records(session, query)


def _insert(
    session: OrmSession, kind: str, session_id: str, group_id: str, values: dict[str, Any]
) -> str:
    """Insert a learning point or an action; returns its new id."""
    note_id = new_id()
    now = utcnow()
    row = {"id": note_id, "kind": kind, "session_id": session_id, "group_id": group_id}
    session.execute(insert(Note).values(**row, **values, created_at=now, updated_at=now))
    return note_id


def _check_in_group(session: OrmSession, group_id: str, person_id: str, field: str) -> None:
    """The person must be, or have been, a member of the group."""
    member = session.scalar(
        select(_memberships.c.id)
        .where(_memberships.c.group_id == group_id, _memberships.c.person_id == person_id)
        .limit(1)
    )
    if member is None:
        raise InvalidInputError(field, words().gettext("That person is not in this group."))


def _notes_of(kind: str, *columns: Any) -> Select[Any]:
    """The notes of one ``kind``: the columns every note record has (its id, session and
    group), then ``columns``."""
    common = (_notes.c.id, _notes.c.session_id, _notes.c.group_id)
    return select(*common, *columns).where(_notes.c.kind == kind)


def _named(query: Select[Any], person: Any, label: str) -> Select[Any]:
    """``query`` with the display name of the person that the notes' column ``person``
    refers to, as ``label`` (None where it refers to nobody)."""
    return query.add_columns(_persons.c.display_name.label(label)).select_from(
        _notes.outerjoin(_persons, _persons.c.id == person)
    )


# -- private notes ----------------------------------------------------------------------


def _private_query() -> Select[Any]:
    columns = (_notes.c.person_id, _notes.c.created_at, _notes.c.updated_at)
    return _named(_notes_of(_PRIVATE, *columns), _notes.c.person_id, "person_name")


def _on_session(session_id: str) -> ColumnElement[bool]:
    return (_notes.c.session_id == session_id) & _notes.c.person_id.is_(None)


def _about_member(group_id: str, person_id: str) -> ColumnElement[bool]:
    return (
        (_notes.c.group_id == group_id)
        & (_notes.c.person_id == person_id)
        & _notes.c.session_id.is_(None)
    )


def _private_record(row: Row[Any], text: PrivateText) -> PrivateNoteRecord:
    return PrivateNoteRecord(**row._asdict(), title=text.title, body=text.body)


def private_records_where(
    session: OrmSession, condition: ColumnElement[bool]
) -> list[PrivateNoteRecord]:
    query = _private_query().where(condition).order_by(_notes.c.created_at, _notes.c.id)
    rows = session.execute(query).all()
    texts = vault_seam.read_private(session, [row.id for row in rows])
    return [_private_record(row, texts[row.id]) for row in rows]


def _save_private(
    store: Store,
    note_id: str | None,
    text: PrivateText,
    owner: ColumnElement[bool],
    place: Callable[[OrmSession], tuple[str | None, str, str | None]],
) -> PrivateNoteRecord:
    """Create (``note_id`` None) or update a private note matching ``owner``; ``place``
    checks the owner and gives the new row's (session_id, group_id, person_id)."""
    clean = clean_private_text(text)
    with store.transaction() as session:
        if note_id is None:
            session_id, group_id, person_id = place(session)
            note_id = new_id()
            vault_seam.insert_private(
                session,
                note_id,
                clean,
                session_id=session_id,
                group_id=group_id,
                person_id=person_id,
            )
            changed = True
        else:
            found = session.scalar(
                select(_notes.c.id).where(_notes.c.id == note_id, _notes.c.kind == _PRIVATE, owner)
            )
            if found is None:
                raise gone("note")
            changed = vault_seam.update_private(session, note_id, clean)
        if changed:
            _call(on_note_written, session, note_id)
        row = session.execute(_private_query().where(_notes.c.id == note_id)).one()
    if changed:
        store.changes.publish("notes", note_id)
    return _private_record(row, clean)


def save_private_note(
    store: Store, session_id: str, text: PrivateText, note_id: str | None = None
) -> PrivateNoteRecord:
    """Create the facilitator's private note on a session, or save it again (autosave).

    Unchanged text (after cleaning) writes nothing and keeps ``updated_at``. The body may
    hold up to 20,000 characters; title and body may be empty.
    """

    def place(session: OrmSession) -> tuple[str | None, str, str | None]:
        return session_id, _session_group(session, session_id), None

    return _save_private(store, note_id, text, _on_session(session_id), place)


def save_member_note(
    store: Store, group_id: str, person_id: str, text: PrivateText, note_id: str | None = None
) -> PrivateNoteRecord:
    """Create or save a private follow-up note about a member of the group (a current
    or former member); otherwise like :func:`save_private_note`."""

    def place(session: OrmSession) -> tuple[str | None, str, str | None]:
        _require_group(session, group_id)
        _check_in_group(session, group_id, person_id, "person_id")
        return None, group_id, person_id

    return _save_private(store, note_id, text, _about_member(group_id, person_id), place)


def private_notes(store: Store, session_id: str) -> list[PrivateNoteRecord]:
    """The facilitator's private notes on the session, oldest first."""
    with store.reading() as session:
        _session_group(session, session_id)
        return private_records_where(session, _on_session(session_id))


def member_notes(store: Store, group_id: str, person_id: str) -> list[PrivateNoteRecord]:
    """The private follow-up notes about one member of the group, oldest first."""
    with store.reading() as session:
        return private_records_where(session, _about_member(group_id, person_id))


def delete_note(store: Store, note_id: str) -> None:
    """Delete a note of any kind (private note, learning point or action)."""
    with store.transaction() as session:
        kind = session.scalar(select(_notes.c.kind).where(_notes.c.id == note_id))
        if kind is None:
            raise gone("note")
        _call(on_note_deleted, session, note_id)
        session.execute(delete(Note).where(Note.id == note_id))
    store.changes.publish(_AREAS[NoteKind(kind)], note_id)


# -- learning points --------------------------------------------------------------------


def _point_query() -> Select[Any]:
    text = _notes.c.body.label("text")
    return _notes_of(_POINT, text, _notes.c.shareable, _notes.c.created_at, _notes.c.updated_at)


def _point_records(session: OrmSession, query: Select[Any]) -> list[LearningPointRecord]:
    rows = session.execute(query).all()
    tags = tags_by_owner(session, _note_themes, "note_id", [row.id for row in rows])
    return [LearningPointRecord(**row._asdict(), theme_ids=tags.get(row.id, ())) for row in rows]


def _load_point(session: OrmSession, point_id: str) -> LearningPointRecord:
    return _load_one(session, _point_records, _point_query(), point_id, "learning point")


def add_learning_point(
    store: Store, session_id: str, draft: LearningPointDraft
) -> LearningPointRecord:
    """A learning point of the session (up to 500 characters, one line), tagged with
    themes (archived ones are refused)."""
    clean = clean_learning_point_draft(draft)
    with store.transaction() as session:
        group_id = _session_group(session, session_id)
        check_theme_ids(session, clean.theme_ids, ())
        values = {"body": clean.text, "shareable": clean.shareable}
        note_id = _insert(session, _POINT, session_id, group_id, values)
        replace_note_themes(session, note_id, clean.theme_ids)
        _call(on_note_written, session, note_id)
        record = _load_point(session, note_id)
    store.changes.publish("learning_points", note_id)
    return record


def update_learning_point(
    store: Store, point_id: str, draft: LearningPointDraft
) -> LearningPointRecord:
    """Change text, shareable flag and themes (a theme archived since may be kept).
    Writes nothing when nothing changed."""
    clean = clean_learning_point_draft(draft)
    with store.transaction() as session:
        current = _load_point(session, point_id)
        same_tags = set(current.theme_ids) == set(clean.theme_ids)
        if same_tags and (current.text, current.shareable) == (clean.text, clean.shareable):
            return current
        check_theme_ids(session, clean.theme_ids, current.theme_ids)
        session.execute(
            update(Note)
            .where(Note.id == point_id)
            .values(body=clean.text, shareable=clean.shareable, updated_at=utcnow())
        )
        if not same_tags:
            replace_note_themes(session, point_id, clean.theme_ids)
        _call(on_note_written, session, point_id)
        record = _load_point(session, point_id)
    store.changes.publish("learning_points", point_id)
    return record


def learning_points(store: Store, session_id: str) -> list[LearningPointRecord]:
    """The session's learning points in the order they were added."""
    return _of_session(store, session_id, _point_records, _point_query())


def group_learning_points(
    store: Store, group_id: str, *, shareable_only: bool = False
) -> list[LearningPointRecord]:
    """The learning points of all the group's sessions, session by session (by start,
    else planned start; undated last), optionally only the shareable ones."""
    when = func.coalesce(_sessions.c.started_at, _sessions.c.planned_start)
    query = (
        _point_query()
        .join_from(_notes, _sessions, _sessions.c.id == _notes.c.session_id)
        .where(_notes.c.group_id == group_id)
        .order_by(when.is_(None), when, _sessions.c.id, _notes.c.created_at, _notes.c.id)
    )
    if shareable_only:
        query = query.where(_notes.c.shareable.is_(True))
    with store.reading() as session:
        _require_group(session, group_id)
        return _point_records(session, query)


# -- actions ----------------------------------------------------------------------------


def _action_query() -> Select[Any]:
    columns = (_notes.c.body.label("text"), _notes.c.owner_id, _notes.c.due_on, _notes.c.done)
    return _named(_notes_of(_ACTION, *columns), _notes.c.owner_id, "owner_name")


def _action_records(session: OrmSession, query: Select[Any]) -> list[ActionRecord]:
    return [ActionRecord(**row._asdict()) for row in session.execute(query)]


def _load_action(session: OrmSession, action_id: str) -> ActionRecord:
    return _load_one(session, _action_records, _action_query(), action_id, "action")


def _write_action(
    store: Store, action_id: str, values: dict[str, Any], owner_id: str | None = None
) -> ActionRecord:
    with store.transaction() as session:
        current = _load_action(session, action_id)
        if owner_id is not None:
            _check_in_group(session, current.group_id, owner_id, "owner_id")
        session.execute(
            update(Note).where(Note.id == action_id).values(**values, updated_at=utcnow())
        )
        _call(on_note_written, session, action_id)
        record = _load_action(session, action_id)
    store.changes.publish("actions", action_id)
    return record


def add_action(store: Store, session_id: str, draft: ActionDraft) -> ActionRecord:
    """An action agreed in the session (up to 300 characters), owned by a member of the
    group or, with ``owner_id`` None, by the facilitator."""
    clean = clean_action_draft(draft)
    with store.transaction() as session:
        group_id = _session_group(session, session_id)
        if clean.owner_id is not None:
            _check_in_group(session, group_id, clean.owner_id, "owner_id")
        values = {"body": clean.text, "owner_id": clean.owner_id, "due_on": clean.due_on}
        note_id = _insert(session, _ACTION, session_id, group_id, values)
        _call(on_note_written, session, note_id)
        record = _load_action(session, note_id)
    store.changes.publish("actions", note_id)
    return record


def update_action(store: Store, action_id: str, draft: ActionDraft) -> ActionRecord:
    """Change the text, owner and due date; whether it is done is kept."""
    clean = clean_action_draft(draft)
    values = {"body": clean.text, "owner_id": clean.owner_id, "due_on": clean.due_on}
    return _write_action(store, action_id, values, clean.owner_id)


def set_action_done(store: Store, action_id: str, done: bool) -> ActionRecord:
    return _write_action(store, action_id, {"done": bool(done)})


def actions(store: Store, session_id: str) -> list[ActionRecord]:
    """The session's actions in the order they were added."""
    return _of_session(store, session_id, _action_records, _action_query())


def open_actions(store: Store, group_id: str) -> list[ActionRecord]:
    """The group's actions not yet done, soonest due first; those without a date last."""
    query = (
        _action_query()
        .where(_notes.c.group_id == group_id, _notes.c.done.is_(False))
        .order_by(_notes.c.due_on.is_(None), _notes.c.due_on, _notes.c.created_at, _notes.c.id)
    )
    with store.reading() as session:
        _require_group(session, group_id)
        return _action_records(session, query)


def open_actions_before(store: Store, session_id: str) -> list[ActionRecord]:
    """The open actions the group agreed in its other sessions, to review at the start
    of this one (soonest due first, as :func:`open_actions`)."""
    with store.reading() as session:
        group_id = _session_group(session, session_id)
    return [a for a in open_actions(store, group_id) if a.session_id != session_id]
