"""Starting the GUI: the QApplication, the store, the main window, and the event loop."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.paths import APP_NAME
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.sqlite_file import InspectionInBackground
from reflectdesk.ui.auto_backup import AutoBackup, backup_now_if_due
from reflectdesk.ui.main_window import MainWindow
from reflectdesk.ui.messages import report_startup_error
from reflectdesk.ui.theme import apply_theme
from reflectdesk.ui.window_settings import open_window_settings


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("nl.reflectdesk.ReflectDesk")
    apply_theme(app)
    return app


def open_or_report(
    db_path: Path, *, quiet: bool, inspection: InspectionInBackground | None = None
) -> Store | None:
    """Open the database; on failure tell the user (a dialog unless ``quiet``)."""
    try:
        return open_store(db_path, seed=seed_builtins, inspection=inspection)
    except ReflectDeskError as error:
        if quiet:
            print(f"reflectdesk: {error}", file=sys.stderr)
        else:
            report_startup_error(error)
        return None


def run(
    db_path: Path,
    *,
    quit_after_load: bool,
    inspection: InspectionInBackground | None = None,
) -> int:
    app = make_application()
    store = open_or_report(db_path, quiet=quit_after_load, inspection=inspection)
    if store is None:
        gc.enable()
        return 1
    try:
        window = MainWindow(store, open_window_settings())
        auto_backup = AutoBackup(store.path, window)
        auto_backup.made.connect(
            lambda path: window.statusBar().showMessage(f"Backed up to {path}", 6000)
        )
        window.show()
        gc.enable()  # switched off for start-up by reflectdesk.app
        if quit_after_load:
            # Quit once the event loop has shown the window with its data.
            QTimer.singleShot(0, window.close)
        return app.exec()
    finally:
        store.close()
        # After closing, every change is in the main file: back it up if it changed.
        backup_now_if_due(store.path, on_close=True)
