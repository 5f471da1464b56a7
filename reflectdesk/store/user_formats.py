"""The facilitator's own formats: copy, edit, delete, and import or export format files.

Built-in formats are never changed here; a facilitator edits a copy. Every check on a
format's name, description and phases is the format file's own (``parse_format``): a
definition is written out and read back, so what can be saved can always be exported
and imported again, under exactly the limits SCHEMA.md documents.

Every mutation publishes Change("formats", id) after it commits; deleting a format that
groups use also publishes Change("groups", ...) for those groups.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reflectdesk.core import definitions
from reflectdesk.core.definitions import checked, clean
from reflectdesk.core.errors import InvalidInputError
from reflectdesk.core.formats import FORMATS, FormatDefinition, FormatProblem, PhaseDefinition
from reflectdesk.core.local_text import carry_languages, stored_text, texts_json
from reflectdesk.core.model import FormatSummary
from reflectdesk.store.database import Store
from reflectdesk.store.definitions import add_own, export_file, free_key_in
from reflectdesk.store.formats import PICKER_ORDER, set_phases, summary_query, to_summary
from reflectdesk.store.models.formats import Format
from reflectdesk.store.models.groups import Group
from reflectdesk.store.rows import first_or_gone, get_or_gone

BUILTIN_REFUSAL = "Built-in formats cannot be changed; make a copy."
FALLBACK_KEY = "my-format"

_formats = Format.__table__


# --- checking ------------------------------------------------------------------------------


def definition_problems(definition: FormatDefinition) -> list[FormatProblem]:
    """Everything that keeps ``definition`` from being saved, each with its field path
    (``phases[2].minutes``, phases counted from 1) and no line; [] when it can be saved."""
    return checked(FORMATS, definition)[1]


def clean_definition(definition: FormatDefinition) -> FormatDefinition:
    """The definition as it will be stored, or InvalidInputError naming the first field;
    ``error.params["problems"]`` lists every problem."""
    return clean(FORMATS, definition)


# --- keys ----------------------------------------------------------------------------------


def key_from_name(name: str) -> str:
    """A format key that reads like ``name``: "Balint — Ayşe's" → "balint-ayses".

    Greek is transliterated; a name in another script gives "my-format"."""
    return definitions.key_from_name(name, FALLBACK_KEY)


# --- reading ---------------------------------------------------------------------------------


def _load_summary(session: Session, format_id: str) -> FormatSummary:
    query = summary_query().where(_formats.c.id == format_id)
    return to_summary(first_or_gone(session, query, "format"))


def _minutes(seconds: int) -> int:
    """Formats count whole minutes; a phase stored in seconds is rounded to the nearest."""
    return max(1, (seconds + 30) // 60)


def _to_definition(row: Format) -> FormatDefinition:
    return FormatDefinition(
        key=row.key,
        name=stored_text(row.texts, "name", row.name),
        family=row.family,
        description=stored_text(row.texts, "description", row.description),
        phases=tuple(
            PhaseDefinition(
                name=stored_text(phase.texts, "name", phase.name),
                minutes=_minutes(phase.planned_seconds),
                cue=stored_text(phase.texts, "cue", phase.role_cue),
                deck=phase.deck_key,
            )
            for phase in row.phases
        ),
    )


def _get(session: Session, format_id: str) -> Format:
    return get_or_gone(session, Format, format_id, "format", selectinload(Format.phases))


def format_definition(store: Store, format_id: str) -> FormatDefinition:
    """A format with its phases, as it would be written to a file."""
    with store.reading() as session:
        return _to_definition(_get(session, format_id))


def list_format_definitions(store: Store) -> list[tuple[FormatSummary, FormatDefinition]]:
    """Every format with its phases, in the order of ``list_formats``."""
    with store.reading() as session:
        query = summary_query().order_by(*PICKER_ORDER)
        summaries = [to_summary(row) for row in session.execute(query)]
        rows = session.scalars(select(Format).options(selectinload(Format.phases)))
        definitions = {row.id: _to_definition(row) for row in rows}
    return [(summary, definitions[summary.id]) for summary in summaries]


# --- changing ------------------------------------------------------------------------------


def _set_contents(row: Format, session: Session, clean: FormatDefinition) -> None:
    row.name = str(clean.name)
    row.description = str(clean.description)
    row.texts = texts_json(name=clean.name, description=clean.description)
    set_phases(session, row, clean)


def _add_user_format(session: Session, clean: FormatDefinition, key: str) -> str:
    row = Format(key=free_key_in(session, Format.key, key), family=clean.family, builtin=False)
    session.add(row)
    _set_contents(row, session, clean)
    session.flush()
    return row.id


def copy_format(store: Store, format_id: str, new_name: str) -> FormatSummary:
    """A user format with ``format_id``'s phases, named ``new_name``, under a new key."""

    def add(session: Session) -> str:
        source = _to_definition(_get(session, format_id))
        clean = clean_definition(replace(source, name=new_name))
        return _add_user_format(session, clean, key_from_name(clean.name))

    return add_own(store, "formats", add, _load_summary)


def save_user_format(store: Store, format_id: str, definition: FormatDefinition) -> FormatSummary:
    """Replace the name, description and phases of a user format; its key and family stay.

    Raises InvalidInputError for a built-in format or a definition that breaks the format
    schema's rules (see :func:`clean_definition`)."""
    with store.transaction() as session:
        row = _get(session, format_id)
        if row.builtin:
            raise InvalidInputError("format_id", BUILTIN_REFUSAL)
        edited = replace(definition, key=row.key, family=row.family)
        clean = clean_definition(carry_languages(_to_definition(row), edited))
        _set_contents(row, session, clean)
        session.flush()
        summary = _load_summary(session, format_id)
    store.changes.publish("formats", format_id)
    return summary


def delete_user_format(store: Store, format_id: str) -> None:
    """Delete a user format. Groups that used it are left without a format; sessions keep
    the phases they copied when they were planned."""
    with store.transaction() as session:
        row = _get(session, format_id)
        if row.builtin:
            raise InvalidInputError("format_id", BUILTIN_REFUSAL)
        group_ids = list(session.scalars(select(Group.id).where(Group.format_id == format_id)))
        # Its phases go with it; the foreign keys of groups and sessions become NULL.
        session.delete(row)
    store.changes.publish("formats", format_id)
    if group_ids:
        store.changes.publish("groups", *group_ids)


# --- files ---------------------------------------------------------------------------------


def read_format_file(path: Path) -> FormatDefinition:
    """Parse a format file. Raises FormatFileError (every problem, with lines) or OSError
    (a file that cannot be read)."""
    return FORMATS.read(path)


def import_format_file(store: Store, path: Path) -> FormatSummary:
    """Add the format in ``path`` as a user format, keeping its name. Its key is kept when
    free; otherwise it gets the first free ``key-2``, ``key-3``... (see the summary's key).

    Raises FormatFileError or OSError before anything is written."""
    definition = read_format_file(path)

    def add(session: Session) -> str:
        return _add_user_format(session, definition, definition.key)

    return add_own(store, "formats", add, _load_summary)


def export_format_file(store: Store, format_id: str, path: Path) -> None:
    """Write a format (built-in or not) to ``path`` as a format file. The file is written
    whole or not at all: to a temporary file beside it, then moved into place."""
    export_file(FORMATS, format_definition(store, format_id), path)
