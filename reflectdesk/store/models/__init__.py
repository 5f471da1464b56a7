"""SQLAlchemy 2 typed models for the whole ReflectDesk data model, one module per area.

The modules are imported where they are used, not all at once: mapping every table costs
tens of milliseconds, and the first window needs only groups, formats and settings.
:func:`load_all` imports every module, for migrations, archives and tests that need the
complete metadata.
"""

from __future__ import annotations

from importlib import import_module

from sqlalchemy import MetaData

AREAS = (
    "groups",
    "formats",
    "sessions",
    "cards",
    "notes",
    "evaluation",
    "settings",
    "privacy",
    "leader_log",
)


def load_all() -> MetaData:
    """Import every model module; returns the complete metadata."""
    for area in AREAS:
        import_module(f"reflectdesk.store.models.{area}")
    from reflectdesk.store.models.base import Base

    return Base.metadata
