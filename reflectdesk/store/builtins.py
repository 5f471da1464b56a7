"""Everything ReflectDesk ships as data and loads into the database at open: session
formats, prompt-card decks, questionnaires and themes.

At every open one combined fingerprint of the shipped data is compared with the one
recorded at the last load; only when it differs are the loaders imported and run (each
then skips what did not change). Opening an up-to-date database thus maps no deck or
note tables at all, which keeps the first window quick.
"""

from __future__ import annotations

import hashlib
import json
from importlib.resources import files

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from reflectdesk import __version__
from reflectdesk.resources import list_resources
from reflectdesk.store.models.settings import Setting

FINGERPRINT_SETTING = "builtins_fingerprint"
# Where the built-in themes are defined (in code, not in a resource file).
THEMES_SOURCE = ("reflectdesk.core", "notes.py")


def shipped_fingerprint() -> str:
    digest = hashlib.sha256(__version__.encode())
    for folder in ("formats", "decks", "questionnaires"):
        for entry in list_resources(folder, ".toml"):
            digest.update(f"{folder}/{entry.name}\0".encode())
            digest.update(entry.read_bytes())
    package, name = THEMES_SOURCE
    digest.update(files(package).joinpath(name).read_bytes())
    return digest.hexdigest()


def seed_builtins(session: Session) -> None:
    """The ``seed`` for open_store: bring every built-in up to date in one transaction."""
    fingerprint = json.dumps(shipped_fingerprint())
    settings = Setting.__table__
    recorded = session.scalar(select(settings.c.value).where(settings.c.key == FINGERPRINT_SETTING))
    if recorded == fingerprint:
        return
    # Imported only when something shipped changed (a new version, a fresh database).
    from reflectdesk.store.decks import sync_builtin_decks
    from reflectdesk.store.formats import sync_builtin_formats
    from reflectdesk.store.questionnaires import sync_builtin_questionnaires
    from reflectdesk.store.themes import sync_builtin_themes

    sync_builtin_formats(session)
    sync_builtin_decks(session)
    sync_builtin_questionnaires(session)
    sync_builtin_themes(session)
    statement = insert(Setting).values(key=FINGERPRINT_SETTING, value=fingerprint)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[settings.c.key], set_={"value": statement.excluded.value}
        )
    )
