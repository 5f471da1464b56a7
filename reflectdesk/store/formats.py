"""Session formats in the database: the built-ins from resources/formats, kept in step
at open, and the list offered in pickers."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reflectdesk.core.formats import FormatDefinition, dump_format, load_builtin_formats
from reflectdesk.core.model import FormatSummary
from reflectdesk.store.database import Store
from reflectdesk.store.models import Format, FormatPhase


def _digest(definition: FormatDefinition) -> str:
    return hashlib.sha256(dump_format(definition).encode("utf-8")).hexdigest()


def sync_builtin_formats(
    session: Session, definitions: list[FormatDefinition] | None = None
) -> None:
    """Insert or refresh the built-in formats; leave user formats and history alone.

    A built-in whose file changed (a new ReflectDesk version) is rewritten in place;
    sessions already planned keep their own copy of the phases, so history is safe.
    """
    definitions = load_builtin_formats() if definitions is None else definitions
    existing = {
        fmt.key: fmt
        for fmt in session.scalars(
            select(Format).where(Format.builtin.is_(True)).options(selectinload(Format.phases))
        )
    }
    for position, definition in enumerate(definitions):
        digest = _digest(definition)
        row = existing.get(definition.key)
        if row is not None and row.source_digest == digest and row.position == position:
            continue
        if row is None:
            row = Format(key=definition.key, builtin=True)
            session.add(row)
        row.name = definition.name
        row.family = definition.family
        row.description = definition.description
        row.position = position
        row.source_digest = digest
        row.phases.clear()
        session.flush()  # old phases must go before new ones reuse their positions
        row.phases.extend(
            FormatPhase(
                position=index,
                name=phase.name,
                planned_seconds=phase.minutes * 60,
                role_cue=phase.cue,
                deck_key=phase.deck,
            )
            for index, phase in enumerate(definition.phases)
        )


def list_formats(store: Store) -> list[FormatSummary]:
    """Built-ins in their shipped order, then the facilitator's own formats by name."""
    with store.reading() as session:
        rows = session.scalars(
            select(Format)
            .options(selectinload(Format.phases))
            .order_by(Format.builtin.desc(), Format.position, Format.name)
        ).all()
        return [
            FormatSummary(
                id=row.id,
                key=row.key,
                name=row.name,
                family=row.family,
                total_minutes=sum(phase.planned_seconds for phase in row.phases) // 60,
                builtin=row.builtin,
            )
            for row in rows
        ]


def format_id_for_key(store: Store, key: str) -> str | None:
    with store.reading() as session:
        return session.scalar(select(Format.id).where(Format.key == key))
