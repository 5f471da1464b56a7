"""Where a save dialog opens: the folder last used for that kind of export, remembered
per computer in the window settings (a folder belongs to this laptop, not to the data),
else the user's Documents folder, else their home folder. Never the folder the program
was started from: a relative or empty start makes Qt open the working directory, which
is the program's folder when it is started from a menu or a shortcut."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from reflectdesk.ui.common.settings_file import open_window_settings

__all__ = ["SaveFolders", "first_existing_folder"]

GROUP = "exportFolders"


def first_existing_folder(*candidates: str | Path | None) -> Path:
    """The first candidate that is an absolute path to a folder that exists now; the
    home folder when none is."""
    for candidate in candidates:
        if not candidate:
            continue
        path = Path(candidate)
        if path.is_absolute() and path.is_dir():
            return path
    return Path.home()


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class SaveFolders:
    """The last folder per kind of export ("summary", "series", "archive", ...)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        # The window's own settings object when there is one; a second on the same
        # file (as for dialogs made without the window) sees the same values.
        self._settings = settings if settings is not None else open_window_settings()

    def folder(self, kind: str) -> Path:
        """Where a save dialog for ``kind`` opens: the last folder used for it while
        it still exists, else Documents, else home."""
        remembered = self._settings.value(f"{GROUP}/{kind}")
        last = remembered if isinstance(remembered, str) else None
        return first_existing_folder(last, documents_folder())

    def remember(self, kind: str, chosen: Path, *, is_folder: bool = False) -> None:
        """Keep the folder of ``chosen`` (a file, or a folder itself) for ``kind``."""
        folder = chosen if is_folder else chosen.parent
        self._settings.setValue(f"{GROUP}/{kind}", str(folder.absolute()))
        self._settings.sync()
