"""The language preference of this computer's user, kept beside the window settings.

It is per machine, not in the database: the language must be known before a database is
opened (to say in the right language that it cannot be), and the command line reads it
too, so it lives in a small JSON file of its own that needs no Qt to read.
"""

from __future__ import annotations

import json
import logging
import os

from reflectdesk.i18n.languages import PREFERENCES, SYSTEM, resolve, system_languages
from reflectdesk.paths import create_private_file, data_dir, make_private_folder

LANGUAGE_ENV = "REFLECTDESK_LANG"
_FILE_NAME = "language.json"
_log = logging.getLogger(__name__)


def saved_preference() -> str:
    """ "system" unless a language was chosen in Preferences (a damaged file counts as
    no choice)."""
    try:
        raw = (data_dir() / _FILE_NAME).read_text(encoding="utf-8")
        value = json.loads(raw).get("language")
    except (OSError, ValueError, AttributeError):
        return SYSTEM
    return value if value in PREFERENCES else SYSTEM


def save_preference(preference: str) -> None:
    """Keep ``preference`` for the next start (raises OSError when the folder refuses)."""
    if preference not in PREFERENCES:
        raise ValueError(f"unknown language preference {preference!r}")
    folder = make_private_folder(data_dir())
    path = folder / _FILE_NAME
    create_private_file(path)
    path.write_text(json.dumps({"language": preference}) + "\n", encoding="utf-8")
    _log.info("Language preference saved: %s", preference)


def chosen_language(explicit: str | None = None, system: list[str] | None = None) -> str:
    """The language for this run: ``--lang`` when given, else REFLECTDESK_LANG, else the
    saved preference, else the system's (``system`` when the caller knows it better)."""
    preference = explicit or os.environ.get(LANGUAGE_ENV) or saved_preference()
    return resolve(preference, system if system is not None else system_languages())
