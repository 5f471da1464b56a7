"""What a laptop publishes to the hub, table by table, in dependency order (issue 20):
the columns that leave the laptop and which rows of each table belong to the chosen
groups. docs/architecture.md, "The publish contract", is the reading of this module.

Never read here: private notes (``notes.kind = 'private'``: the query names the shareable
kinds, so a private note's row, let alone its sealed text, is never loaded), the sealed
columns, settings, the vault, identifier overrides, and ``persons.registration_number``
(laptop-only: the hub has no such column since migration 0018). A leader-log entry goes
without its note (``note_id`` sent as NULL).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, false, literal, null, or_, select, union

from reflectdesk.core.model import NoteKind
from reflectdesk.store.models.base import Base
from reflectdesk.store.models.cards import Card, CardShown, Deck
from reflectdesk.store.models.evaluation import Answer, Question, Questionnaire, Response
from reflectdesk.store.models.formats import Format, FormatPhase
from reflectdesk.store.models.groups import Group, Membership, Person
from reflectdesk.store.models.leader_log import LeaderLogEntry
from reflectdesk.store.models.notes import Note, NoteTheme, SessionTheme, Theme
from reflectdesk.store.models.sessions import Attendance, ClockEvent, Session, SessionPhase

# Kept on the laptop whatever the table (private by construction on the hub, too).
NEVER_SENT = ("sealed", "seal_counter")
# Columns of a shared table the hub does not have (marked laptop-only in the migrations).
LAPTOP_ONLY: dict[str, tuple[str, ...]] = {"persons": ("registration_number",)}
# Sent as a fixed value instead of the laptop's.
REPLACED: dict[str, dict[str, Any]] = {
    "leader_log_entries": {"note_id": None},
    # A laptop's built-in format, deck, questionnaire or theme has that laptop's own id,
    # so on the hub it is this laptop's library row (its key marked when another laptop
    # has it: hub_writes.unique_keys); the hub's own built-ins are nobody's to change
    # (migration 0017), and a row sent as built-in would be refused.
    **{table: {"builtin": False} for table in ("formats", "decks", "questionnaires", "themes")},
}
# The note kinds that are published (learning points only when marked shareable).
PUBLISHED_KINDS = (NoteKind.LEARNING_POINT.value, NoteKind.ACTION.value)


class Owner(Enum):
    """How the hub's row-level security knows a row is this facilitator's."""

    GROUP = "group"  # a hub_group_owners row (the groups table itself)
    ROW = "row"  # a hub_row_owners row per row (persons, the library, the leader log)
    PARENT = "parent"  # its group's or its library parent's owner


@dataclass(frozen=True)
class PublishTable:
    table: Table
    owner: Owner
    # Library parts: (parent table, column): written only when the parent is ours.
    parent: tuple[str, str] | None = None
    library: bool = False  # shared by every laptop: a row someone else owns is skipped
    replaced: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.table.primary_key.columns)

    @property
    def columns(self) -> tuple[str, ...]:
        kept = (*NEVER_SENT, *LAPTOP_ONLY.get(self.name, ()))
        return tuple(c.name for c in self.table.columns if c.name not in kept)


def _t(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _spec(model: type[Base], owner: Owner, **extra: Any) -> PublishTable:
    table = _t(model)
    return PublishTable(table, owner, replaced=REPLACED.get(table.name, {}), **extra)


# Parents before children: the order of the upserts (deletions run in reverse).
TABLES: tuple[PublishTable, ...] = (
    _spec(Format, Owner.ROW, library=True),
    _spec(FormatPhase, Owner.PARENT, parent=("formats", "format_id"), library=True),
    _spec(Deck, Owner.ROW, library=True),
    _spec(Card, Owner.PARENT, parent=("decks", "deck_id"), library=True),
    _spec(Questionnaire, Owner.ROW, library=True),
    _spec(Question, Owner.PARENT, parent=("questionnaires", "questionnaire_id"), library=True),
    _spec(Theme, Owner.ROW, library=True),
    _spec(Person, Owner.ROW),
    _spec(Group, Owner.GROUP),
    _spec(Membership, Owner.PARENT),
    _spec(Session, Owner.PARENT),
    _spec(SessionPhase, Owner.PARENT),
    _spec(ClockEvent, Owner.PARENT),
    _spec(Attendance, Owner.PARENT),
    _spec(CardShown, Owner.PARENT),
    _spec(SessionTheme, Owner.PARENT),
    _spec(Note, Owner.PARENT),
    _spec(NoteTheme, Owner.PARENT),
    _spec(Response, Owner.PARENT),
    _spec(Answer, Owner.PARENT),
    _spec(LeaderLogEntry, Owner.ROW),
)
BY_NAME = {spec.name: spec for spec in TABLES}


def _in(column: Any, ids: Collection[str] | Select[Any]) -> ColumnElement[bool]:
    if isinstance(ids, Select):
        return column.in_(ids)  # type: ignore[no-any-return]
    return column.in_(list(ids)) if ids else false()


class Scope:
    """The id subqueries of the rows that belong to ``groups`` (the chosen groups)."""

    def __init__(self, groups: Collection[str]) -> None:
        self.groups = list(groups)
        s, n, r = _t(Session).c, _t(Note).c, _t(Response).c
        self.sessions = select(s.id).where(_in(s.group_id, self.groups))
        by_group = or_(_in(n.group_id, self.groups), _in(n.session_id, self.sessions))
        published = or_(
            (n.kind == NoteKind.LEARNING_POINT.value) & n.shareable.is_(True),
            n.kind == NoteKind.ACTION.value,
        )
        self.notes = select(n.id).where(by_group, published, n.kind.in_(PUBLISHED_KINDS))
        self.responses = select(r.id).where(
            or_(_in(r.group_id, self.groups), _in(r.session_id, self.sessions))
        )

    def persons(self) -> Select[Any]:
        m, a, s = _t(Membership).c, _t(Attendance).c, _t(Session).c
        n, r = _t(Note).c, _t(Response).c
        return select(
            union(
                select(m.person_id).where(_in(m.group_id, self.groups)),
                select(a.person_id).where(_in(a.session_id, self.sessions)),
                select(s.presenter_id).where(_in(s.group_id, self.groups)),
                select(n.person_id).where(_in(n.id, self.notes)),
                select(n.owner_id).where(_in(n.id, self.notes)),
                select(r.person_id).where(_in(r.id, self.responses)),
            ).subquery()
        )

    def where(self, name: str) -> ColumnElement[bool]:
        """Which rows of the table ``name`` this publish carries."""
        rule: ColumnElement[bool] = self._rules()[name]()
        return rule

    def _rules(self) -> dict[str, Any]:
        g, s, n = _t(Group).c, _t(Session).c, _t(Note).c
        used_formats = union(
            select(g.format_id).where(_in(g.id, self.groups)),
            select(s.format_id).where(_in(s.id, self.sessions)),
        )
        shown = select(_t(CardShown).c.card_id).where(
            _in(_t(CardShown).c.session_id, self.sessions)
        )
        used_decks = select(_t(Card).c.deck_id).where(_in(_t(Card).c.id, shown))
        used_questionnaires = select(_t(Response).c.questionnaire_id).where(
            _in(_t(Response).c.id, self.responses)
        )
        used_themes = union(
            select(_t(SessionTheme).c.theme_id).where(
                _in(_t(SessionTheme).c.session_id, self.sessions)
            ),
            select(_t(NoteTheme).c.theme_id).where(_in(_t(NoteTheme).c.note_id, self.notes)),
        )
        on_session = ("session_phases", "clock_events", "attendance", "cards_shown")
        return {
            "formats": lambda: _t(Format).c.id.in_(select(used_formats.subquery())),
            "format_phases": lambda: _t(FormatPhase).c.format_id.in_(
                select(used_formats.subquery())
            ),
            "decks": lambda: _t(Deck).c.id.in_(used_decks),
            "cards": lambda: _t(Card).c.id.in_(shown),
            "questionnaires": lambda: _t(Questionnaire).c.id.in_(used_questionnaires),
            "questions": lambda: _t(Question).c.questionnaire_id.in_(used_questionnaires),
            "themes": lambda: _t(Theme).c.id.in_(select(used_themes.subquery())),
            "persons": lambda: _t(Person).c.id.in_(self.persons()),
            "groups": lambda: _in(g.id, self.groups),
            "memberships": lambda: _in(_t(Membership).c.group_id, self.groups),
            "sessions": lambda: _in(s.group_id, self.groups),
            **{
                name: (lambda name=name: BY_NAME[name].table.c.session_id.in_(self.sessions))
                for name in on_session
            },
            "session_themes": lambda: _t(SessionTheme).c.session_id.in_(self.sessions),
            "notes": lambda: n.id.in_(self.notes),
            "note_themes": lambda: _t(NoteTheme).c.note_id.in_(self.notes),
            "responses": lambda: _t(Response).c.id.in_(self.responses),
            "answers": lambda: _t(Answer).c.response_id.in_(self.responses),
            # A facilitator's own log: published with the first chosen group.
            "leader_log_entries": lambda: literal(bool(self.groups)),
        }


def rows_query(spec: PublishTable, scope: Scope) -> Select[Any]:
    """The published columns of the rows of ``spec`` in ``scope``; a replaced column
    is read as its fixed value, so the laptop's value is never loaded."""
    columns = [
        (null() if spec.replaced[name] is None else literal(spec.replaced[name])).label(name)
        if name in spec.replaced
        else spec.table.c[name]
        for name in spec.columns
    ]
    return select(*columns).where(scope.where(spec.name))


def row_key(spec: PublishTable, row: Any) -> str:
    return "|".join(str(row[name]) for name in spec.keys)


def key_values(spec: PublishTable, key: str) -> Sequence[str]:
    return key.split("|")
