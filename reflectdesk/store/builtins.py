"""Everything ReflectDesk ships as data and loads into the database at open: session
formats, prompt-card decks, questionnaires and themes.

At every open one combined fingerprint of the shipped data is compared with the one
recorded at the last load; only when it differs are the loaders imported and run (each
then skips what did not change). Opening an up-to-date database thus maps no deck or
note tables at all, which keeps the first window quick.

The fingerprint is made from data only (resource files and the theme records), never
from the package's .py sources: a stand-alone bundle ships bytecode, not sources.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from reflectdesk import __version__
from reflectdesk.core.local_text import LocalText
from reflectdesk.core.model import ThemeKind
from reflectdesk.core.notes import BUILTIN_THEMES, ThemeDefinition
from reflectdesk.resources import list_resources
from reflectdesk.store.models.settings import Setting

FINGERPRINT_SETTING = "builtins_fingerprint"


def themes_record(definitions: Sequence[ThemeDefinition]) -> bytes:
    """The built-in themes as stable JSON: key, kind and the name in every language, in
    the order shipped, so it changes exactly when the shipped themes change."""
    listed = [
        [item.key, ThemeKind(item.kind).value, _all_languages(item.name)] for item in definitions
    ]
    return json.dumps(listed, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _all_languages(name: str) -> dict[str, str]:
    # A LocalText as a str is only its English; the Dutch is shipped data too.
    return dict(name.texts) if isinstance(name, LocalText) else {"": name}


def shipped_fingerprint() -> str:
    digest = hashlib.sha256(__version__.encode())
    for folder in ("formats", "decks", "questionnaires"):
        for entry in list_resources(folder, ".toml"):
            digest.update(f"{folder}/{entry.name}\0".encode())
            digest.update(entry.read_bytes())
    digest.update(b"themes\0" + themes_record(BUILTIN_THEMES))
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
