"""Themes: the study's built-in experience and learning-gain themes, the facilitator's
own, tags on sessions, and how often a group used each theme.

Themes are archived, never deleted, so past tags and counts stay intact. Built-ins keep
their stable key when renamed. Mutations publish Change("themes", theme_id) after they
commit; tagging a session publishes Change("themes", session_id).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import FromClause, Row, Select, delete, func, insert, select
from sqlalchemy.orm import Session as OrmSession

from reflectdesk.core.errors import InvalidInputError, words
from reflectdesk.core.model import NoteKind, ThemeKind
from reflectdesk.core.notes import (
    BUILTIN_THEMES,
    ThemeCount,
    ThemeDefinition,
    ThemeRecord,
    check_theme_name_free,
    clean_theme_name,
    shown_theme_name,
    theme_sort_key,
    unique_ids,
)
from reflectdesk.i18n.texts import current_language
from reflectdesk.store.database import Store
from reflectdesk.store.models.groups import Group
from reflectdesk.store.models.notes import Note, NoteTheme, SessionTheme, Theme
from reflectdesk.store.models.sessions import Session
from reflectdesk.store.models.settings import Setting
from reflectdesk.store.rows import from_row, get_or_gone, gone

__all__ = [
    "BUILTIN_THEMES_SETTING",
    "add_theme",
    "archive_theme",
    "check_theme_ids",
    "list_themes",
    "rename_theme",
    "replace_note_themes",
    "session_theme_ids",
    "set_session_themes",
    "sync_builtin_themes",
    "tags_by_owner",
    "theme_counts",
]

# JSON {"fingerprint": sha256 of the applied list, "names": {key: name as shipped}}.
BUILTIN_THEMES_SETTING = "builtin_themes"

_themes = Theme.__table__
_session_themes = SessionTheme.__table__
_note_themes = NoteTheme.__table__
_notes = Note.__table__
_sessions = Session.__table__
_settings = Setting.__table__


# -- built-ins --------------------------------------------------------------------------


def _fingerprint(definitions: Sequence[ThemeDefinition]) -> str:
    listed = [[item.key, ThemeKind(item.kind).value, item.name] for item in definitions]
    return hashlib.sha256(json.dumps(listed, ensure_ascii=False).encode("utf-8")).hexdigest()


def sync_builtin_themes(
    session: OrmSession, definitions: Sequence[ThemeDefinition] | None = None
) -> None:
    """Insert or refresh the built-in themes (the study's 4 + 6 unless ``definitions``
    are given, for tests); cheap when nothing changed since the last sync.

    A built-in the user renamed keeps the user's name; one still carrying the name shipped
    last time takes the new shipped name. Archived built-ins stay archived. A built-in no
    longer shipped becomes one of the user's themes, with its tags.
    """
    definitions = BUILTIN_THEMES if definitions is None else definitions
    fingerprint = _fingerprint(definitions)
    recorded = _recorded(session)
    if recorded.get("fingerprint") == fingerprint:
        return
    shipped_before = recorded.get("names")
    if not isinstance(shipped_before, dict):
        shipped_before = {}
    rows = {row.key: row for row in session.scalars(select(Theme))}
    for definition in definitions:
        row = rows.get(definition.key)
        if row is None:
            session.add(
                Theme(
                    key=definition.key,
                    name=definition.name,
                    kind=ThemeKind(definition.kind).value,
                    builtin=True,
                    archived=False,
                )
            )
            continue
        if row.name == shipped_before.get(definition.key):
            row.name = definition.name
        row.kind = ThemeKind(definition.kind).value
        row.builtin = True
    shipped_keys = {definition.key for definition in definitions}
    for key, row in rows.items():
        if row.builtin and key not in shipped_keys:
            row.builtin = False
    names = {definition.key: definition.name for definition in definitions}
    value = json.dumps({"fingerprint": fingerprint, "names": names}, ensure_ascii=False)
    session.merge(Setting(key=BUILTIN_THEMES_SETTING, value=value))


def _recorded(session: OrmSession) -> dict[str, Any]:
    raw = session.scalar(select(_settings.c.value).where(_settings.c.key == BUILTIN_THEMES_SETTING))
    try:
        value = json.loads(raw) if raw is not None else {}
    except ValueError:
        value = {}  # a damaged record only costs one full sync
    return value if isinstance(value, dict) else {}


# -- the theme list ---------------------------------------------------------------------


def _to_record(row: Row[Any]) -> ThemeRecord:
    return from_row(
        ThemeRecord,
        row,
        name=shown_theme_name(row.key, row.name, current_language()),
        kind=ThemeKind(row.kind),
        builtin=bool(row.builtin),
        archived=bool(row.archived),
    )


def _order(record: ThemeRecord) -> tuple[int, int, str, str, str]:
    return theme_sort_key(record.key, record.name, record.kind)


def _all_records(session: OrmSession) -> list[ThemeRecord]:
    columns = (_themes.c.id, _themes.c.key, _themes.c.name, _themes.c.kind)
    query: Select[Any] = select(*columns, _themes.c.builtin, _themes.c.archived)
    return sorted((_to_record(row) for row in session.execute(query)), key=_order)


def list_themes(
    store: Store, *, kind: ThemeKind | None = None, include_archived: bool = False
) -> list[ThemeRecord]:
    """Experience themes first, then learning gains; built-ins in the study's order,
    then the user's own by name."""
    with store.reading() as session:
        records = _all_records(session)
    return [
        record
        for record in records
        if (kind is None or record.kind is ThemeKind(kind))
        and (include_archived or not record.archived)
    ]


def _load(session: OrmSession, theme_id: str) -> ThemeRecord:
    found = next((record for record in _all_records(session) if record.id == theme_id), None)
    if found is None:
        raise gone("theme")
    return found


def _get(session: OrmSession, theme_id: str) -> Theme:
    return get_or_gone(session, Theme, theme_id, "theme")


def add_theme(store: Store, name: str, kind: ThemeKind) -> ThemeRecord:
    """A theme of the facilitator's own; its name must differ from the others of its kind
    (ignoring case and accents)."""
    clean = clean_theme_name(name)
    theme_kind = ThemeKind(kind)
    with store.transaction() as session:
        check_theme_name_free(clean, theme_kind, _all_records(session))
        theme = Theme(
            key=f"user-{uuid.uuid4().hex}",
            name=clean,
            kind=theme_kind.value,
            builtin=False,
            archived=False,
        )
        session.add(theme)
        session.flush()
        record = _load(session, theme.id)
    store.changes.publish("themes", record.id)
    return record


def rename_theme(store: Store, theme_id: str, name: str) -> ThemeRecord:
    """Rename any theme, built-ins included (their key stays, so tags are unaffected)."""
    clean = clean_theme_name(name)
    with store.transaction() as session:
        theme = _get(session, theme_id)
        kind = ThemeKind(theme.kind)
        check_theme_name_free(clean, kind, _all_records(session), except_id=theme_id)
        theme.name = clean
        session.flush()
        record = _load(session, theme_id)
    store.changes.publish("themes", theme_id)
    return record


def archive_theme(store: Store, theme_id: str, archived: bool = True) -> ThemeRecord:
    """Hide a theme from pickers (its tags and counts stay), or restore it."""
    with store.transaction() as session:
        theme = _get(session, theme_id)
        if not archived:
            others = [record for record in _all_records(session) if not record.archived]
            check_theme_name_free(theme.name, ThemeKind(theme.kind), others, except_id=theme_id)
        theme.archived = archived
        session.flush()
        record = _load(session, theme_id)
    store.changes.publish("themes", theme_id)
    return record


# -- tags -------------------------------------------------------------------------------


def check_theme_ids(session: OrmSession, theme_ids: Sequence[str], kept: Collection[str]) -> None:
    """Every id must be a theme; an archived one only if it is already tagged (``kept``),
    so saving an old learning point again does not lose its tags."""
    if not theme_ids:
        return
    query = select(_themes.c.id, _themes.c.name, _themes.c.archived).where(
        _themes.c.id.in_(list(theme_ids))
    )
    found = {row.id: row for row in session.execute(query)}
    if len(found) != len(set(theme_ids)):
        raise InvalidInputError(
            "theme_ids", words().gettext("One of the chosen themes no longer exists.")
        )
    for theme_id, row in found.items():
        if row.archived and theme_id not in kept:
            raise InvalidInputError(
                "theme_ids",
                words()
                .gettext('The theme "{name}" is archived; restore it before using it again.')
                .format(name=row.name),
                theme_id=theme_id,
            )


def tags_by_owner(
    session: OrmSession, tags: FromClause, owner: str, owner_ids: Collection[str]
) -> dict[str, tuple[str, ...]]:
    """{session or note id: its theme ids in theme order} from ``tags`` (session_themes
    or note_themes), whose column ``owner`` names the tagged record."""
    if not owner_ids:
        return {}
    owner_column = tags.c[owner]
    query = (
        select(owner_column, _themes.c.id, _themes.c.key, _themes.c.name, _themes.c.kind)
        .select_from(tags.join(_themes, _themes.c.id == tags.c.theme_id))
        .where(owner_column.in_(list(owner_ids)))
    )
    found: dict[str, list[tuple[tuple[int, int, str, str, str], str]]] = {}
    for row in session.execute(query):
        order = theme_sort_key(row.key, row.name, ThemeKind(row.kind))
        found.setdefault(row[0], []).append((order, row.id))
    return {key: tuple(theme_id for _, theme_id in sorted(pairs)) for key, pairs in found.items()}


def replace_note_themes(session: OrmSession, note_id: str, theme_ids: Sequence[str]) -> None:
    """Tag a note with exactly ``theme_ids`` (checked with check_theme_ids first)."""
    session.execute(delete(NoteTheme).where(NoteTheme.note_id == note_id))
    if theme_ids:
        rows = [{"note_id": note_id, "theme_id": theme_id} for theme_id in theme_ids]
        session.execute(insert(NoteTheme), rows)


def _session_tags(session: OrmSession, session_id: str) -> tuple[str, ...]:
    return tags_by_owner(session, _session_themes, "session_id", [session_id]).get(session_id, ())


def session_theme_ids(store: Store, session_id: str) -> tuple[str, ...]:
    """The session's themes, in theme order."""
    with store.reading() as session:
        get_or_gone(session, Session, session_id, "session")
        return _session_tags(session, session_id)


def set_session_themes(store: Store, session_id: str, theme_ids: Iterable[str]) -> tuple[str, ...]:
    """Tag the session with exactly these themes (any status: tags are often added
    afterwards); returns them in theme order. Writes nothing when they are unchanged."""
    wanted = unique_ids(theme_ids)
    with store.transaction() as session:
        get_or_gone(session, Session, session_id, "session")
        current = _session_tags(session, session_id)
        if set(current) == set(wanted):
            return current
        check_theme_ids(session, wanted, current)
        session.execute(delete(SessionTheme).where(SessionTheme.session_id == session_id))
        if wanted:
            session.execute(
                insert(SessionTheme),
                [{"session_id": session_id, "theme_id": theme_id} for theme_id in wanted],
            )
        result = _session_tags(session, session_id)
    store.changes.publish("themes", session_id)
    return result


# -- counts -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ThemeUse:
    id: str
    key: str
    name: str
    kind: str
    archived: bool
    sessions: int
    learning_points: int


def theme_counts(store: Store, group_id: str) -> list[ThemeCount]:
    """For every theme in use: how many of the group's sessions and learning points are
    tagged with it. Archived themes appear only where they were used."""
    # One pass over the group's sessions and one over its learning points, each counted
    # by theme: a count per theme would read the group's notes once for every theme.
    sessions_tagged = (
        select(_session_themes.c.theme_id, func.count())
        .select_from(
            _session_themes.join(_sessions, _sessions.c.id == _session_themes.c.session_id)
        )
        .where(_sessions.c.group_id == group_id)
        .group_by(_session_themes.c.theme_id)
    )
    points_tagged = (
        select(_note_themes.c.theme_id, func.count())
        .select_from(_note_themes.join(_notes, _notes.c.id == _note_themes.c.note_id))
        .where(_notes.c.group_id == group_id, _notes.c.kind == NoteKind.LEARNING_POINT.value)
        .group_by(_note_themes.c.theme_id)
    )
    themes = select(_themes.c.id, _themes.c.key, _themes.c.name, _themes.c.kind, _themes.c.archived)
    groups = Group.__table__  # a Core check: an ORM get() would set up every mapper
    with store.reading() as session:
        if session.scalar(select(groups.c.id).where(groups.c.id == group_id)) is None:
            raise gone("group")
        in_sessions = {row[0]: int(row[1]) for row in session.execute(sessions_tagged)}
        in_points = {row[0]: int(row[1]) for row in session.execute(points_tagged)}
        all_themes = session.execute(themes).all()
    rows = [
        _ThemeUse(
            row.id,
            row.key,
            row.name,
            row.kind,
            row.archived,
            in_sessions.get(row.id, 0),
            in_points.get(row.id, 0),
        )
        for row in all_themes
    ]
    rows.sort(key=lambda row: theme_sort_key(row.key, row.name, ThemeKind(row.kind)))
    return [
        ThemeCount(
            theme_id=row.id,
            name=shown_theme_name(row.key, row.name, current_language()),
            kind=ThemeKind(row.kind),
            sessions=int(row.sessions),
            learning_points=int(row.learning_points),
        )
        for row in rows
        if not row.archived or row.sessions or row.learning_points
    ]
