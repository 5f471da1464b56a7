"""Where ReflectDesk keeps its data on this machine.

Resolution order for the database: an explicit ``--db PATH``; else the folder named by
the REFLECTDESK_DATA_DIR environment variable; else the per-user data directory that
platformdirs gives for the app name "ReflectDesk".
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "ReflectDesk"
DATA_DIR_ENV = "REFLECTDESK_DATA_DIR"
DATABASE_FILENAME = "reflectdesk.db"


def data_dir() -> Path:
    """The folder for the database, backups and window settings (not created here)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path  # only here: it is slow to import

    return user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / DATABASE_FILENAME


def resolve_db_path(explicit: str | os.PathLike[str] | None) -> Path:
    """The database to open: the explicit path when given, else the default one."""
    if explicit is not None:
        return Path(explicit).expanduser().absolute()
    return default_db_path().absolute()


def backups_dir(db_path: Path) -> Path:
    """Backups of a database live in a ``backups`` folder beside it."""
    return db_path.parent / "backups"


def ui_settings_path() -> Path:
    """Per-machine window geometry and view settings (not part of the shared data)."""
    return data_dir() / "window.ini"
