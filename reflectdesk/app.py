"""Composition root for the desktop app: from a database path to the running window.

The ui package (and with it PySide6) is imported here, inside :func:`run_gui`, so that
the CLI's other commands never pay for Qt or need a display.
"""

# Imports inside functions are the point here: start-up time and keeping Qt away.

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from reflectdesk.core.errors import ReflectDeskError, words

if TYPE_CHECKING:
    from pathlib import Path


class GuiUnavailableError(ReflectDeskError):
    """Qt or the ui package cannot be loaded (a broken install, missing system libraries)."""

    code = "gui_unavailable"

    def __init__(self, detail: str) -> None:
        super().__init__(
            words()
            .gettext(
                "The ReflectDesk window cannot start: {detail}. Reinstall ReflectDesk; "
                "the commands 'list', 'check' and 'demo' still work."
            )
            .format(detail=detail),
            detail=detail,
        )


def run_gui(
    db_path: Path, quit_after_load: bool, language: str | None = None, archive: Path | None = None
) -> int:
    """Open the main window on ``db_path`` and run the event loop; returns the exit code.

    With ``quit_after_load`` the app quits as soon as the database is loaded (smoke tests
    and the start-up benchmark). ``language`` is ``--lang`` (None: the saved preference,
    else the system's); ``archive`` the file the window offers to import (a double-click).
    """
    # Start-up allocates hundreds of thousands of long-lived objects (SQLAlchemy, Qt
    # bindings) and no garbage: collecting during it only costs time. The window turns
    # collection back on once it is shown (ui/shell/application.py).
    gc.disable()
    # The store (and with it SQLAlchemy) must be imported before PySide6: once PySide6
    # is loaded, it reads the source of every module imported after it to look for
    # its __feature__ switches, which made start-up about a tenth slower.
    import importlib.resources.readers  # noqa: F401

    import sqlalchemy.dialects.sqlite  # noqa: F401  (loaded by create_engine otherwise)

    import reflectdesk.store.backups
    import reflectdesk.store.builtins
    import reflectdesk.store.close_backup
    import reflectdesk.store.formats
    import reflectdesk.store.full_check
    import reflectdesk.store.groups
    import reflectdesk.store.members
    import reflectdesk.store.private_search
    import reflectdesk.store.sessions
    import reflectdesk.store.settings
    import reflectdesk.store.themes
    import reflectdesk.store.vault_state  # noqa: F401
    from reflectdesk.store.sqlite_file import InspectionInBackground

    # The cheap look at the file (header, id, revision, schema; no full pass, which runs
    # in the background once the window is shown) overlaps with importing Qt.
    inspection = InspectionInBackground(db_path.absolute())

    try:
        try:
            from reflectdesk.ui.shell.application import run
        except ImportError as error:
            # Only a failure to import the ui lands here; errors inside run() pass on.
            raise GuiUnavailableError(str(error) or type(error).__name__) from error
        return run(
            db_path,
            quit_after_load=quit_after_load,
            inspection=inspection,
            language=language,
            archive=archive,
        )
    finally:
        gc.enable()
        # The window is closed and the database with it; the process ends next. A last
        # full collection would walk every object only to free memory the system takes
        # back anyway, which made quitting about 50 ms slower. Objects are still
        # released normally at exit; they are just not traversed again.
        gc.freeze()
