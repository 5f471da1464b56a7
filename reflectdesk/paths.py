"""Where ReflectDesk keeps its data on this machine.

Resolution order for the database: an explicit ``--db PATH``; else the folder named by
the REFLECTDESK_DATA_DIR environment variable; else the per-user data directory that
platformdirs gives for the app name "ReflectDesk".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ReflectDesk"
DATA_DIR_ENV = "REFLECTDESK_DATA_DIR"
DATABASE_FILENAME = "reflectdesk.db"
# The sample groups the welcome page offers: a demo in a file of its own, beside the
# database, so that trying the app never mixes made-up people into real ones.
SAMPLE_FILENAME = "sample-groups.db"


def data_dir() -> Path:
    """The folder for the database, backups and window settings (not created here)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return platform_data_dir(sys.platform)


def platform_data_dir(platform: str) -> Path:
    """The per-user data folder platformdirs gives on ``platform`` (a ``sys.platform``
    value): ``%LOCALAPPDATA%\\ReflectDesk`` on Windows (the installer's uninstaller
    offers to remove that folder), ``~/Library/Application Support/ReflectDesk`` on
    macOS, ``$XDG_DATA_HOME/ReflectDesk`` (``~/.local/share/ReflectDesk``) elsewhere.
    The class is picked by name, not by platformdirs' own guess, so that the choice
    can be tested for every platform on one."""
    # Imported only here: platformdirs is slow to import.
    from platformdirs.api import PlatformDirsABC

    dirs: type[PlatformDirsABC]
    if platform == "win32":
        from platformdirs.windows import Windows

        dirs = Windows
    elif platform == "darwin":
        from platformdirs.macos import MacOS

        dirs = MacOS
    else:
        from platformdirs.unix import Unix

        dirs = Unix
    return dirs(APP_NAME, appauthor=False).user_data_path


def default_db_path() -> Path:
    return data_dir() / DATABASE_FILENAME


def resolve_db_path(explicit: str | os.PathLike[str] | None) -> Path:
    """The database to open: the explicit path when given, else the default one."""
    if explicit is not None:
        return Path(explicit).expanduser().absolute()
    return default_db_path().absolute()


def sample_db_path(db_path: Path) -> Path:
    """The sample groups' database: beside ``db_path``, never ``db_path`` itself (a
    database of one's own that happens to bear the sample's name keeps it)."""
    sample = db_path.parent / SAMPLE_FILENAME
    return sample.with_name("sample-groups-demo.db") if sample == db_path else sample


def backups_dir(db_path: Path) -> Path:
    """Backups of a database live in a ``backups`` folder beside it."""
    return db_path.parent / "backups"


def ui_settings_path() -> Path:
    """Per-machine window geometry and view settings (not part of the shared data)."""
    return data_dir() / "window.ini"


# --- owner-only files and folders -----------------------------------------------------
#
# Everything ReflectDesk writes (the database and its -wal/-shm, backups, archives,
# exports, the log, window settings) may hold what a group said, so on POSIX it is made
# readable by its owner only: files 0600, folders 0700. This is done where each file is
# made, not with a process-wide umask: a umask would also reach whatever the process
# starts (the file manager opened on the log folder, a sound player) and every file
# made in those for the rest of their lives. Files a user made wider on purpose keep
# their modes when opened; an export replaces its file with a new owner-only one.
# On Windows the modes mean nothing; privacy there is the per-user data folder's ACL
# (platformdirs: %LOCALAPPDATA%), which is why it is the default place.

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700
POSIX_MODES = os.name == "posix"


def make_private_folder(folder: Path) -> Path:
    """Make ``folder`` (and its missing parents) if missing; on POSIX the folder made
    here is 0700. An existing folder is left as it is (it may be the user's)."""
    missing = not folder.exists()
    folder.mkdir(mode=OWNER_ONLY_FOLDER, parents=True, exist_ok=True)
    if missing and POSIX_MODES:
        folder.chmod(OWNER_ONLY_FOLDER)  # mkdir's mode is trimmed by the umask
    return folder


def create_private_file(path: Path) -> bool:
    """Create ``path`` empty and owner-only (0600 on POSIX) unless it exists; returns
    whether it was made here. Made before SQLite or a library opens the name, so the
    file never exists with wider modes, not even for a moment."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE)
    except FileExistsError:
        return False
    os.close(handle)
    return True


def make_private(path: Path) -> None:
    """Set ``path`` owner-only on POSIX (a file some library made with its own modes)."""
    if POSIX_MODES:
        path.chmod(OWNER_ONLY_FOLDER if path.is_dir() else OWNER_ONLY_FILE)
