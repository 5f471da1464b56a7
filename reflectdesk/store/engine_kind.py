"""Which engine a database runs on: the laptop's SQLite file, or the department hub's
PostgreSQL server (issue 20). The one seam every engine-dependent step asks.

The same models and the same Alembic migrations build both. What only the laptop has is
decided here once, by the dialect's name, so a migration says ``if on_laptop():`` (see
store/migrations/engines.py) and never compares dialect names itself:

- SQLite's own machinery: pragmas, the ``reflectdesk_fold`` SQL function, the FTS5
  search index and its triggers, batch mode (copying tables to alter them).
- Whatever is private to the facilitator's laptop: the vault, sealed note text and its
  counter, the settings (the per-group pairing secrets that make members' pseudonyms),
  the identifier overrides. The hub never gets their tables or columns, so no publish,
  bug or query can put private text there: it has nowhere to go.

No SQLAlchemy here: the caller hands over the dialect's name (``engine.dialect.name``),
so this module costs nothing at start-up.
"""

from __future__ import annotations

from enum import StrEnum


class EngineKind(StrEnum):
    LAPTOP = "laptop"  # SQLite: one facilitator's file
    HUB = "hub"  # PostgreSQL 14+: the department's programme database


class UnknownEngineError(ValueError):
    """A database other than SQLite or PostgreSQL: ReflectDesk runs on neither."""


_KINDS = {"sqlite": EngineKind.LAPTOP, "postgresql": EngineKind.HUB}

# The URL schemes a hub may be given as (SQLAlchemy's, and libpq's own short form).
HUB_SCHEMES = ("postgresql", "postgresql+psycopg", "postgres")


def engine_kind(dialect_name: str) -> EngineKind:
    """The kind of database behind a SQLAlchemy dialect (``engine.dialect.name``)."""
    try:
        return _KINDS[dialect_name]
    except KeyError:
        raise UnknownEngineError(f"no ReflectDesk schema for a {dialect_name!r} database") from None


def is_hub_url(url: str) -> bool:
    """Whether ``url`` names a PostgreSQL hub rather than a laptop file."""
    scheme, separator, _rest = url.partition("://")
    return bool(separator) and scheme.lower() in HUB_SCHEMES
