"""Session formats in the database: the built-ins from resources/formats, kept in step
at open, and the list offered in pickers."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from reflectdesk.core.model import FormatSummary
from reflectdesk.resources import list_resources
from reflectdesk.store.database import Store
from reflectdesk.store.models.formats import Format, FormatPhase
from reflectdesk.store.models.settings import Setting

if TYPE_CHECKING:
    from reflectdesk.core.formats import FormatDefinition

FINGERPRINT_SETTING = "builtin_formats_fingerprint"


def _digest(definition: FormatDefinition) -> str:
    from reflectdesk.core.formats import dump_format

    return hashlib.sha256(dump_format(definition).encode("utf-8")).hexdigest()


def shipped_formats_fingerprint() -> str:
    """A hash of the shipped format files' names and bytes: cheap to compute at every
    start, unlike parsing and checking them."""
    digest = hashlib.sha256()
    for entry in list_resources("formats", ".toml"):
        digest.update(entry.name.encode("utf-8") + b"\0")
        digest.update(entry.read_bytes() + b"\0")
    return digest.hexdigest()


def sync_builtin_formats(
    session: Session, definitions: list[FormatDefinition] | None = None
) -> None:
    """Insert or refresh the built-in formats; leave user formats and history alone.

    Called at every open with no ``definitions``: then the files are parsed only when
    their fingerprint differs from the one recorded at the last sync (a new version of
    ReflectDesk). A built-in whose file changed is rewritten in place; sessions already
    planned keep their own copy of the phases, so history is safe.
    """
    fingerprint = None
    if definitions is None:
        fingerprint = json.dumps(shipped_formats_fingerprint())
        settings = Setting.__table__
        recorded = session.scalar(
            select(settings.c.value).where(settings.c.key == FINGERPRINT_SETTING)
        )
        if recorded == fingerprint:
            return
        from reflectdesk.core.formats import load_builtin_formats

        definitions = load_builtin_formats()
    _apply_definitions(session, definitions)
    if fingerprint is not None:
        session.merge(Setting(key=FINGERPRINT_SETTING, value=fingerprint))


def _apply_definitions(session: Session, definitions: list[FormatDefinition]) -> None:
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
            _move_aside_user_format(session, definition.key)
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


def _move_aside_user_format(session: Session, key: str) -> None:
    """A new version ships a built-in whose key one of the facilitator's own formats
    already has: the user's format keeps everything but takes the next free key."""
    mine = session.scalar(select(Format).where(Format.key == key, Format.builtin.is_(False)))
    if mine is None:
        return
    taken = set(session.scalars(select(Format.key).where(Format.key.like(f"{key}-%"))))
    number = 2
    while f"{key}-{number}" in taken:
        number += 1
    mine.key = f"{key}-{number}"
    session.flush()


def list_formats(store: Store) -> list[FormatSummary]:
    """Built-ins in their shipped order, then the facilitator's own formats by name."""
    formats, phases = Format.__table__, FormatPhase.__table__
    total = (
        select(func.coalesce(func.sum(phases.c.planned_seconds), 0))
        .where(phases.c.format_id == formats.c.id)
        .correlate(formats)
        .scalar_subquery()
    )
    query = select(
        formats.c.id,
        formats.c.key,
        formats.c.name,
        formats.c.family,
        formats.c.builtin,
        total.label("total_seconds"),
    ).order_by(formats.c.builtin.desc(), formats.c.position, formats.c.name)
    with store.reading() as session:
        return [
            FormatSummary(
                id=row.id,
                key=row.key,
                name=row.name,
                family=row.family,
                total_minutes=int(row.total_seconds) // 60,
                builtin=bool(row.builtin),
            )
            for row in session.execute(query)
        ]


def format_id_for_key(store: Store, key: str) -> str | None:
    formats = Format.__table__
    with store.reading() as session:
        found = session.scalar(select(formats.c.id).where(formats.c.key == key))
        return None if found is None else str(found)
