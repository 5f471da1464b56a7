"""Composition root for the desktop app: from a database path to the running window.

The ui package (and with it PySide6) is imported here, inside :func:`run_gui`, so that
the CLI's other commands never pay for Qt or need a display.
"""

# Imports inside functions are the point here: start-up time and keeping Qt away.

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from reflectdesk.start_failure import (
    GuiUnavailableError,
    current_log_file,
    internal_error_message,
    tell_start_failure,
)

if TYPE_CHECKING:
    from pathlib import Path


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
            failure = GuiUnavailableError(str(error) or type(error).__name__)
            _tell(failure.message, quit_after_load, qt_is_up=False)
            raise failure from error
        try:
            return run(
                db_path,
                quit_after_load=quit_after_load,
                inspection=inspection,
                language=language,
                archive=archive,
            )
        except Exception as error:
            # A database that cannot be opened is told in the window (open_or_report);
            # what lands here is a bug before or after the event loop. The command line
            # prints it as well (cli.main).
            _tell(internal_error_message(error), quit_after_load, qt_is_up=True)
            raise
    finally:
        gc.enable()
        # The window is closed and the database with it; the process ends next. A last
        # full collection would walk every object only to free memory the system takes
        # back anyway, which made quitting about 50 ms slower. Objects are still
        # released normally at exit; they are just not traversed again.
        gc.freeze()


def _tell(message: str, quiet: bool, *, qt_is_up: bool) -> None:
    """The start failure in a dialog when nobody would read stderr (start_failure.py)."""
    qt_dialog = None
    if qt_is_up:
        from reflectdesk.ui.shell.start_failure_dialog import show_start_failure

        qt_dialog = show_start_failure
    tell_start_failure(message, quiet=quiet, log_file=current_log_file(), qt_dialog=qt_dialog)
