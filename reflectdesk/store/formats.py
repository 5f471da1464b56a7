"""Session formats in the database: the built-ins from resources/formats, kept in step
at open, and the list offered in pickers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, Select, func, select
from sqlalchemy.orm import Session, selectinload

from reflectdesk.core.local_text import stored_in, texts_json
from reflectdesk.core.model import FormatSummary
from reflectdesk.i18n.texts import current_language
from reflectdesk.store.database import Store
from reflectdesk.store.definitions import new_builtin, sync_builtins
from reflectdesk.store.models.formats import Format, FormatPhase
from reflectdesk.store.rows import from_row

if TYPE_CHECKING:
    from reflectdesk.core.formats import FormatDefinition

FINGERPRINT_SETTING = "builtin_formats_fingerprint"


def sync_builtin_formats(
    session: Session, definitions: list[FormatDefinition] | None = None
) -> None:
    """Insert or refresh the built-in formats; leave user formats and history alone.

    Called at every open with no ``definitions``: then the files are parsed only when
    their fingerprint differs from the one recorded at the last sync (a new version of
    ReflectDesk). A built-in whose file changed is rewritten in place; sessions already
    planned keep their own copy of the phases, so history is safe.
    """
    # Imported here: an up-to-date database never needs the format files' parser.
    from reflectdesk.core.formats import FORMATS

    sync_builtins(session, FORMATS, FINGERPRINT_SETTING, _apply_definitions, definitions)


def _apply_definitions(session: Session, definitions: list[FormatDefinition]) -> None:
    from reflectdesk.core.formats import FORMATS

    existing = {
        fmt.key: fmt
        for fmt in session.scalars(
            select(Format).where(Format.builtin.is_(True)).options(selectinload(Format.phases))
        )
    }
    for position, definition in enumerate(definitions):
        digest = FORMATS.digest(definition)
        row = existing.get(definition.key)
        if row is not None and row.source_digest == digest and row.position == position:
            continue
        if row is None:
            row = new_builtin(session, Format, definition.key)
        row.name = str(definition.name)
        row.family = definition.family
        row.description = str(definition.description)
        row.texts = texts_json(name=definition.name, description=definition.description)
        row.position = position
        row.source_digest = digest
        set_phases(session, row, definition)


def set_phases(session: Session, row: Format, definition: FormatDefinition) -> None:
    """Make ``definition``'s phases the format's, in order."""
    row.phases.clear()
    session.flush()  # old phases must go before new ones reuse their positions
    row.phases.extend(
        FormatPhase(
            position=index,
            name=str(phase.name),
            planned_seconds=phase.minutes * 60,
            role_cue=str(phase.cue),
            deck_key=phase.deck,
            texts=texts_json(name=phase.name, cue=phase.cue),
        )
        for index, phase in enumerate(definition.phases)
    )


_formats = Format.__table__
_phases = FormatPhase.__table__


def summary_query() -> Select[Any]:
    """The columns of a FormatSummary, with the format's total planned time."""
    total = (
        select(func.coalesce(func.sum(_phases.c.planned_seconds), 0))
        .where(_phases.c.format_id == _formats.c.id)
        .correlate(_formats)
        .scalar_subquery()
    )
    return select(
        _formats.c.id,
        _formats.c.key,
        _formats.c.name,
        _formats.c.family,
        _formats.c.builtin,
        total.label("total_seconds"),
        _formats.c.texts,
    )


# Built-ins in their shipped order, then the facilitator's own formats by name.
PICKER_ORDER = (_formats.c.builtin.desc(), _formats.c.position, _formats.c.name)


def to_summary(row: Row[Any]) -> FormatSummary:
    return from_row(
        FormatSummary,
        row,
        name=stored_in(row.texts, "name", row.name, current_language()),
        total_minutes=int(row.total_seconds) // 60,
        builtin=bool(row.builtin),
    )


def list_formats(store: Store) -> list[FormatSummary]:
    """Built-ins in their shipped order, then the facilitator's own formats by name."""
    with store.reading() as session:
        return [to_summary(row) for row in session.execute(summary_query().order_by(*PICKER_ORDER))]


def format_id_for_key(store: Store, key: str) -> str | None:
    with store.reading() as session:
        found = session.scalar(select(_formats.c.id).where(_formats.c.key == key))
        return None if found is None else str(found)
