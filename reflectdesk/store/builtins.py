"""Everything ReflectDesk ships as data and loads into the database at open: session
formats, prompt-card decks and themes. Each loader is skipped cheaply when the shipped
files have not changed since the last open (see the fingerprints in the settings table).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from reflectdesk.store.decks import sync_builtin_decks
from reflectdesk.store.formats import sync_builtin_formats
from reflectdesk.store.themes import sync_builtin_themes


def seed_builtins(session: Session) -> None:
    """The ``seed`` for open_store: bring every built-in up to date in one transaction."""
    sync_builtin_formats(session)
    sync_builtin_decks(session)
    sync_builtin_themes(session)
