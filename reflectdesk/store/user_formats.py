"""The facilitator's own formats: copy, edit, delete, and import or export format files.

Built-in formats are never changed here; a facilitator edits a copy. Every check on a
format's name, description and phases is the format file's own (``parse_format``): a
definition is written out and read back, so what can be saved can always be exported
and imported again, under exactly the limits SCHEMA.md documents.

Every mutation publishes Change("formats", id) after it commits; deleting a format that
groups use also publishes Change("groups", ...) for those groups.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import Row, Select, func, select
from sqlalchemy.orm import Session, selectinload

from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.formats import (
    KEY_PATTERN,
    FormatDefinition,
    FormatFileError,
    FormatProblem,
    PhaseDefinition,
    dump_format,
    parse_format,
)
from reflectdesk.core.limits import KEY_MAX_LENGTH, free_key
from reflectdesk.core.model import FormatSummary
from reflectdesk.files import write_atomically
from reflectdesk.store.database import Store
from reflectdesk.store.models.formats import Format, FormatPhase
from reflectdesk.store.models.groups import Group

BUILTIN_REFUSAL = "Built-in formats cannot be changed; make a copy."
FALLBACK_KEY = "my-format"

_formats = Format.__table__
_phases = FormatPhase.__table__


# --- checking ------------------------------------------------------------------------------


def _tidy_text(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _tidy(definition: FormatDefinition) -> FormatDefinition:
    """NFC text without surrounding space; an empty deck is no deck."""
    return replace(
        definition,
        name=_tidy_text(definition.name),
        description=_tidy_text(definition.description),
        phases=tuple(
            PhaseDefinition(
                name=_tidy_text(phase.name),
                minutes=phase.minutes,
                cue=_tidy_text(phase.cue),
                deck=_tidy_text(phase.deck or "") or None,
            )
            for phase in definition.phases
        ),
    )


def _surrogate_problems(definition: FormatDefinition) -> list[FormatProblem]:
    # A lone surrogate cannot be written to a UTF-8 file at all, so dump_format refuses it.
    fields = [("name", definition.name), ("description", definition.description)]
    for number, phase in enumerate(definition.phases, start=1):
        fields += [(f"phases[{number}].name", phase.name), (f"phases[{number}].cue", phase.cue)]
    return [
        FormatProblem(path, None, "contains a character that cannot be saved")
        for path, text in fields
        if any(unicodedata.category(char) == "Cs" for char in text)
    ]


def _checked(definition: FormatDefinition) -> tuple[FormatDefinition | None, list[FormatProblem]]:
    tidy = _tidy(definition)
    problems = _surrogate_problems(tidy)
    if problems:
        return None, problems
    try:
        return parse_format(dump_format(tidy)), []
    except FormatFileError as error:
        # Lines would point into the generated text, which nobody sees.
        return None, [replace(problem, line=None) for problem in error.problems]


def definition_problems(definition: FormatDefinition) -> list[FormatProblem]:
    """Everything that keeps ``definition`` from being saved, each with its field path
    (``phases[2].minutes``, phases counted from 1) and no line; [] when it can be saved."""
    return _checked(definition)[1]


def clean_definition(definition: FormatDefinition) -> FormatDefinition:
    """The definition as it will be stored, or InvalidInputError naming the first field;
    ``error.params["problems"]`` lists every problem."""
    clean, problems = _checked(definition)
    if clean is None:
        listed = "; ".join(f"{problem.field} {problem.message}".strip() for problem in problems)
        raise InvalidInputError(
            problems[0].field,
            f"The format cannot be saved: {listed}.",
            problems=tuple(problems),
        )
    return clean


# --- keys ----------------------------------------------------------------------------------

# Letters that do not decompose into a Latin letter plus marks under NFKD.
_LATIN = str.maketrans({"ı": "i", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d"})
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", "abgdeziTiklmnxoprsstyfXPo", strict=True))
_GREEK_LONG = {"T": "th", "X": "ch", "P": "ps"}


def key_from_name(name: str) -> str:
    """A format key that reads like ``name``: "Balint — Ayşe's" → "balint-ayses".

    Greek is transliterated; a name in another script gives "my-format"."""
    text = unicodedata.normalize("NFKD", name.casefold().translate(_LATIN))
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.replace("ου", "ou")
    text = "".join(_GREEK_LONG.get(g, g) for g in (_GREEK.get(char, char) for char in text))
    text = text.replace("'", "").replace("’", "")
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    slug = slug[:KEY_MAX_LENGTH].rstrip("-")
    return slug if KEY_PATTERN.fullmatch(slug) else FALLBACK_KEY


def _unique_key(session: Session, wanted: str) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``... cut so that it stays a valid key."""
    return free_key(wanted, set(session.scalars(select(_formats.c.key))))


# --- reading ---------------------------------------------------------------------------------


def _summary_query() -> Select[Any]:
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
    )


def _to_summary(row: Row[Any]) -> FormatSummary:
    return FormatSummary(
        id=row.id,
        key=row.key,
        name=row.name,
        family=row.family,
        total_minutes=int(row.total_seconds) // 60,
        builtin=bool(row.builtin),
    )


def _load_summary(session: Session, format_id: str) -> FormatSummary:
    row = session.execute(_summary_query().where(_formats.c.id == format_id)).first()
    if row is None:
        raise NotFoundError("That format no longer exists.")
    return _to_summary(row)


def _minutes(seconds: int) -> int:
    """Formats count whole minutes; a phase stored in seconds is rounded to the nearest."""
    return max(1, (seconds + 30) // 60)


def _to_definition(row: Format) -> FormatDefinition:
    return FormatDefinition(
        key=row.key,
        name=row.name,
        family=row.family,
        description=row.description,
        phases=tuple(
            PhaseDefinition(
                name=phase.name,
                minutes=_minutes(phase.planned_seconds),
                cue=phase.role_cue,
                deck=phase.deck_key,
            )
            for phase in row.phases
        ),
    )


def _get(session: Session, format_id: str) -> Format:
    row = session.get(Format, format_id, options=[selectinload(Format.phases)])
    if row is None:
        raise NotFoundError("That format no longer exists.")
    return row


def format_definition(store: Store, format_id: str) -> FormatDefinition:
    """A format with its phases, as it would be written to a file."""
    with store.reading() as session:
        return _to_definition(_get(session, format_id))


def list_format_definitions(store: Store) -> list[tuple[FormatSummary, FormatDefinition]]:
    """Every format with its phases, in the order of ``list_formats``."""
    order = (_formats.c.builtin.desc(), _formats.c.position, _formats.c.name)
    with store.reading() as session:
        summaries = [_to_summary(row) for row in session.execute(_summary_query().order_by(*order))]
        rows = session.scalars(select(Format).options(selectinload(Format.phases)))
        definitions = {row.id: _to_definition(row) for row in rows}
    return [(summary, definitions[summary.id]) for summary in summaries]


# --- changing ------------------------------------------------------------------------------


def _set_contents(row: Format, session: Session, clean: FormatDefinition) -> None:
    row.name = clean.name
    row.description = clean.description
    row.phases.clear()
    session.flush()  # the old phases must go before new ones take their positions
    row.phases.extend(
        FormatPhase(
            position=index,
            name=phase.name,
            planned_seconds=phase.minutes * 60,
            role_cue=phase.cue,
            deck_key=phase.deck,
        )
        for index, phase in enumerate(clean.phases)
    )


def _add_user_format(session: Session, clean: FormatDefinition, key: str) -> str:
    row = Format(key=_unique_key(session, key), family=clean.family, builtin=False)
    session.add(row)
    _set_contents(row, session, clean)
    session.flush()
    return row.id


def copy_format(store: Store, format_id: str, new_name: str) -> FormatSummary:
    """A user format with ``format_id``'s phases, named ``new_name``, under a new key."""
    with store.transaction() as session:
        source = _to_definition(_get(session, format_id))
        clean = clean_definition(replace(source, name=new_name))
        new_id = _add_user_format(session, clean, key_from_name(clean.name))
        summary = _load_summary(session, new_id)
    store.changes.publish("formats", summary.id)
    return summary


def save_user_format(store: Store, format_id: str, definition: FormatDefinition) -> FormatSummary:
    """Replace the name, description and phases of a user format; its key and family stay.

    Raises InvalidInputError for a built-in format or a definition that breaks the format
    schema's rules (see :func:`clean_definition`)."""
    with store.transaction() as session:
        row = _get(session, format_id)
        if row.builtin:
            raise InvalidInputError("format_id", BUILTIN_REFUSAL)
        clean = clean_definition(replace(definition, key=row.key, family=row.family))
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
    source = str(path)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark from an editor is harmless
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        byte = data[error.start : error.start + 1].hex()
        message = f"is not UTF-8 text (byte 0x{byte}); save the file as UTF-8"
        raise FormatFileError(source, [FormatProblem("", line, message)]) from None
    return parse_format(text, source)


def import_format_file(store: Store, path: Path) -> FormatSummary:
    """Add the format in ``path`` as a user format, keeping its name. Its key is kept when
    free; otherwise it gets the first free ``key-2``, ``key-3``... (see the summary's key).

    Raises FormatFileError or OSError before anything is written."""
    definition = read_format_file(path)
    with store.transaction() as session:
        new_id = _add_user_format(session, definition, definition.key)
        summary = _load_summary(session, new_id)
    store.changes.publish("formats", summary.id)
    return summary


def export_format_file(store: Store, format_id: str, path: Path) -> None:
    """Write a format (built-in or not) to ``path`` as a format file. The file is written
    whole or not at all: to a temporary file beside it, then moved into place."""
    data = dump_format(format_definition(store, format_id)).encode("utf-8")
    write_atomically(path, data)
