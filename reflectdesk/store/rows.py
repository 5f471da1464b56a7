"""Small helpers the service modules share for reading one row or record.

Each service module used to spell these out for its own table; the wording of the
"no longer exists" message and the copying of same-named columns live here once.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from sqlalchemy import Row, Select
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from reflectdesk.core.errors import N_, NotFoundError, words

M = TypeVar("M")
R = TypeVar("R")


# One whole sentence per kind of record: Dutch says "die groep" but "dat thema".
_GONE = {
    "action": N_("That action no longer exists."),
    "card": N_("That card no longer exists."),
    "deck": N_("That deck no longer exists."),
    "format": N_("That format no longer exists."),
    "group": N_("That group no longer exists."),
    "learning point": N_("That learning point no longer exists."),
    "note": N_("That note no longer exists."),
    "person": N_("That person no longer exists."),
    "questionnaire": N_("That questionnaire no longer exists."),
    "response": N_("That evaluation form no longer exists."),
    "session": N_("That session no longer exists."),
    "theme": N_("That theme no longer exists."),
}


def gone(what: str) -> NotFoundError:
    """The error for a record deleted elsewhere (another window, a stale view)."""
    sentence = _GONE.get(what, N_("That record no longer exists."))
    return NotFoundError(words().gettext(sentence), what=what)


def get_or_gone(session: Session, model: type[M], row_id: str, what: str, *options: ORMOption) -> M:
    """The mapped row with primary key ``row_id``, or :func:`gone` naming ``what``."""
    found = session.get(model, row_id, options=options or None)
    if found is None:
        raise gone(what)
    return found


def first_or_gone(session: Session, query: Select[Any], what: str) -> Row[Any]:
    """The first row ``query`` selects, or :func:`gone` naming ``what``."""
    row = session.execute(query).first()
    if row is None:
        raise gone(what)
    return row


# Field names per record type: looked up once, since lists build thousands of records.
_FIELD_NAMES: dict[type[Any], tuple[str, ...]] = {}


def _field_names(record_type: type[Any]) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(record_type)
    if names is None:
        names = tuple(field.name for field in dataclasses.fields(record_type))
        _FIELD_NAMES[record_type] = names
    return names


def from_row(record_type: type[R], row: Any, **computed: object) -> R:
    """A ``record_type`` dataclass filled from the ``row`` attributes of the same names.

    ``computed`` gives the fields whose value is not a column as it is: an enum or a
    bool made from SQLite's integer, a count, a name from another table. Columns come
    back from SQLAlchemy typed ``Any``, so spelling each field out checked nothing more.
    """
    values = {
        name: getattr(row, name) for name in _field_names(record_type) if name not in computed
    }
    return record_type(**values, **computed)
