"""Starting the GUI: the QApplication, the store, the main window, and the event loop."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.paths import APP_NAME
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.errors import DatabaseInUseError
from reflectdesk.store.sqlite_file import InspectionInBackground
from reflectdesk.ui.common.look import apply_theme
from reflectdesk.ui.common.messages import report_startup_error, show_error
from reflectdesk.ui.exports.auto_backup import AutoBackup, hand_off_backup_at_close
from reflectdesk.ui.exports.file_check import BackgroundFileCheck
from reflectdesk.ui.jobs.task import Task
from reflectdesk.ui.shell.archive_offers import ArchiveOffers, install_file_open_filter
from reflectdesk.ui.shell.crash_handler import CrashHandler
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.qt_fatal import fatal_errors_told
from reflectdesk.ui.shell.restart import start_again, take_restart_request
from reflectdesk.ui.shell.sample_groups import prepare_sample
from reflectdesk.ui.shell.translators import install_language, window_language
from reflectdesk.ui.shell.upgrade_notice import UpgradeNotice, upgrade_due
from reflectdesk.ui.shell.window_settings import open_window_settings

# How long after the window is shown the app starts listening for second starts.
LISTEN_AFTER_MS = 250


def make_application(*, quiet: bool = False) -> QApplication:
    """The application; a Qt platform that cannot start is told, not a silent abort
    (``quiet``: on stderr and in the log only)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    with fatal_errors_told(quiet=quiet):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("nl.reflectdesk.ReflectDesk")
    apply_theme(app)
    return app


def open_or_report(
    db_path: Path,
    *,
    quiet: bool,
    inspection: InspectionInBackground | None = None,
    archive: Path | None = None,
) -> Store | None:
    """Open the database; on failure tell the user (a dialog unless ``quiet``). While an
    upgrade runs, a notice says so (ui/shell/upgrade_notice.py). ``archive``: the file
    this start was given, handed to the ReflectDesk that has the database open, if one
    does."""
    notice = None
    if not quiet and upgrade_due(db_path, inspection):
        notice = UpgradeNotice()
        notice.show_now()
    try:
        return open_store(db_path, seed=seed_builtins, inspection=inspection)
    except ReflectDeskError as error:
        if notice is not None:
            notice.close()
            notice = None
        in_use = isinstance(error, DatabaseInUseError)
        if not quiet and in_use and _came_forward(db_path, archive):
            raise HandedOver from None
        if quiet:
            print(f"reflectdesk: {error}", file=sys.stderr)
        else:
            report_startup_error(error, _not_imported(archive) if in_use else "")
        return None
    finally:
        if notice is not None:
            notice.close()
            notice.deleteLater()


class HandedOver(Exception):
    """The database is open in a running ReflectDesk, which was brought forward."""


def _came_forward(db_path: Path, archive: Path | None) -> bool:
    """Ask the ReflectDesk that holds ``db_path`` to come forward (ui/shell/
    single_instance.py), and to offer to import ``archive`` if given. Only asked when the
    lock says one holds it, so the usual start never loads Qt's network module."""
    from reflectdesk.ui.shell.single_instance import (
        Handover,
        hand_over,
        import_message,
        raise_message,
        server_name,
    )

    message = raise_message() if archive is None else import_message(archive)
    return hand_over(server_name(db_path), message) is Handover.HANDED_OVER


def _not_imported(archive: Path | None) -> str:
    """What the lock's message adds when the running ReflectDesk did not take the file."""
    if archive is None:
        return ""
    text = QCoreApplication.translate(
        "WindowHost",
        "%1 was not imported: the ReflectDesk that has this database open did not answer. "
        "Import it there with File ▸ Import Archive.",
    )
    return text.replace("%1", str(archive))


def listen_for_second_starts(host: WindowHost, db_path: Path, offers: ArchiveOffers) -> None:
    """Let a second start on this database bring this window forward. Begun a moment
    after the window is shown, so its network module is not on the way to the first
    paint; a second start in that moment meets the lock's message, as before."""

    def listen() -> None:
        from reflectdesk.ui.shell.single_instance import InstanceServer, server_name

        InstanceServer(lambda: host.window, host, offers).listen(server_name(db_path))

    QTimer.singleShot(LISTEN_AFTER_MS, host, listen)


class WindowHost(QObject):
    """Owns the open Store and the main window built on it, and replaces both when a
    backup is restored. Emits ``replaced`` once a new window is shown.

    A restore closes the window (which writes every pending autosave), closes the
    Store (its lock with it), restores, reopens the same path and builds a fresh
    window: every page holds the Store it was made with, so a new window on the
    reopened database is simpler and surer than re-pointing each one in place. The
    sample groups are shown the same way: the user's database is closed, a window is
    built on the sample's file, and "Back to My Groups" swaps them back.
    """

    replaced = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = store
        self.own_path = store.path  # the user's database; the sample is beside it
        self._sample_task: Task | None = None
        self.window = self._make_window(store)

    def _make_window(self, store: Store) -> MainWindow:
        sample_of = self.own_path if store.path != self.own_path else None
        window = MainWindow(store, open_window_settings(), sample_of=sample_of)
        window.restore_requested.connect(self.restore)
        window.sample_requested.connect(self.open_sample)
        window.own_groups_requested.connect(lambda: self.switch_to(self.own_path))
        return window

    def open_sample(self) -> None:
        """The welcome's "Open the sample groups": write the sample once, in its own
        file, then show it in place of the user's (empty) database."""
        if self._sample_task is not None:
            return  # already being written: one click is enough

        def ready(path: Path) -> None:
            self._sample_task = None
            self.switch_to(path)

        self._sample_task = prepare_sample(self.window, self.own_path, ready, self)
        if self._sample_task is not None:
            self._sample_task.failed.connect(lambda _error: setattr(self, "_sample_task", None))

    def switch_to(self, path: Path) -> None:
        """Close the window and its store and open a new window on ``path`` (the
        sample, or the user's own database again); back to the user's if the sample
        cannot be opened."""
        app = QApplication.instance()
        if not isinstance(app, QApplication) or self.store is None:
            return
        old = self.window
        quit_on_close = self._close_window(app)
        if quit_on_close is None:
            return
        self.store.close()
        self.store = None
        try:
            store = open_store(path, seed=seed_builtins)
        except ReflectDeskError as error:
            if path == self.own_path:
                report_startup_error(error)
                app.quit()
                return
            self._reopen(self.own_path, old, None, None, quietly=True)
            app.setQuitOnLastWindowClosed(quit_on_close)
            if self.store is not None:
                self._tell_sample_refused(path, error)
            return
        self.store = store
        self.window = self._make_window(store)
        self.window.show()
        self.window.activateWindow()
        old.deleteLater()
        app.setQuitOnLastWindowClosed(quit_on_close)
        self.replaced.emit()

    def _tell_sample_refused(self, path: Path, error: ReflectDeskError) -> None:
        """Back on the user's own groups: why the sample did not open, and the way out."""
        fresh = self.tr(
            "The sample groups are kept in %1. Delete that file to have them made afresh "
            "the next time."
        ).replace("%1", str(path))
        title = self.tr("Could not open the sample groups")
        show_error(self.window, title, f"{error}\n\n{fresh}")

    def _close_window(self, app: QApplication) -> bool | None:
        """Close the window (which writes every pending autosave) and its dialogs,
        keeping the app running; the app's quit-on-last-window setting as it was, or
        None if the window would not close."""
        old = self.window
        for child in old.findChildren(QWidget):
            if child.isWindow() and child.isVisible():
                child.close()  # dialogs write their autosaves as they close
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the old window closes before the new shows
        if not old.close():  # closeEvent flushes the session's notes
            app.setQuitOnLastWindowClosed(quit_on_close)
            return None
        return quit_on_close

    def restore(self, backup: Path) -> None:
        """Close the window and the store, restore ``backup`` off the ui thread (a large
        database takes seconds), then reopen it on a new window."""
        from reflectdesk.store.backups import restore_backup  # on first use
        from reflectdesk.ui.jobs.task import call_in_background

        app = QApplication.instance()
        store = self.store
        if not isinstance(app, QApplication) or store is None:
            return
        old = self.window
        quit_on_close = self._close_window(app)
        if quit_on_close is None:
            return
        path = store.path
        store.close()  # the lock with it: restore_backup refuses a database in use
        self.store = None
        progress = QProgressDialog(
            QCoreApplication.translate("WindowHost", "Restoring the backup…"), "", 0, 0
        )
        progress.setObjectName("restoreProgress")
        progress.setCancelButton(None)  # the copy runs in one go; it cannot stop halfway
        progress.setMinimumDuration(0)
        progress.show()
        call = call_in_background(lambda: restore_backup(path, backup), self)

        def finish(before: object, error: ReflectDeskError | None) -> None:
            progress.close()
            self._reopen(path, old, before if isinstance(before, Path) else None, error)
            app.setQuitOnLastWindowClosed(quit_on_close)

        call.succeeded.connect(lambda before: finish(before, None))
        call.failed.connect(lambda error: finish(None, error))
        call.start()

    def _reopen(
        self,
        path: Path,
        old: MainWindow,
        before: Path | None,
        error: ReflectDeskError | None,
        *,
        quietly: bool = False,
    ) -> None:
        """A new window on the database at ``path`` (restored, or as it was if the
        restore was refused), saying what happened."""
        app = QApplication.instance()
        reopened = open_or_report(path, quiet=False)
        self.store = reopened
        if reopened is None:
            if app is not None:
                app.quit()
            return
        self.window = self._make_window(reopened)
        self.window.show()
        self.window.activateWindow()
        old.deleteLater()
        if quietly:
            pass  # back from a sample that would not open: that was said already
        elif error is not None:
            show_error(self.window, self.tr("The backup was not restored"), error)
        else:
            done = self.tr("Restored the backup. The data before is kept in %1.")
            self.window.statusBar().showMessage(done.replace("%1", str(before)), 10000)
        self.replaced.emit()


def start_file_check(store: Store, window: MainWindow) -> BackgroundFileCheck:
    """The full check of the file, when one is due (ui/exports/file_check.py)."""
    check = BackgroundFileCheck(store, window, window.menus.restore_backup_action.trigger)
    check.start()
    return check


def run(
    db_path: Path,
    *,
    quit_after_load: bool,
    inspection: InspectionInBackground | None = None,
    language: str | None = None,
    archive: Path | None = None,
) -> int:
    """The window on ``db_path`` until it closes; ``language`` is ``--lang`` (None: the
    saved preference, else the system's); ``archive``: a file to offer to import, once
    the window is shown (ui/shell/archive_offers.py)."""
    app = make_application(quiet=quit_after_load)
    translators = install_language(app, window_language(language))
    crashes = CrashHandler()  # no parent: it goes with this call, not with the app
    crashes.install()
    offers = ArchiveOffers()
    # Finder's FileOpen event can come as soon as the event loop runs: before the store
    # is open (an upgrade notice), so the offers wait for the window.
    file_opens = install_file_open_filter(app, offers)
    try:
        code = _run(app, db_path, quit_after_load, inspection, archive=archive, offers=offers)
        # Asked for in Preferences (a new language); the store is closed by now.
        if take_restart_request():
            start_again()
        return code
    finally:
        if file_opens is not None:
            app.removeEventFilter(file_opens)
        crashes.uninstall()
        for translator in translators:
            app.removeTranslator(translator)


def _run(
    app: QApplication,
    db_path: Path,
    quit_after_load: bool,
    inspection: InspectionInBackground | None,
    *,
    archive: Path | None = None,
    offers: ArchiveOffers | None = None,
) -> int:
    import PySide6
    from PySide6.QtCore import qVersion

    logging.getLogger(__name__).info("Qt %s, PySide6 %s", qVersion(), PySide6.__version__)
    try:
        store = open_or_report(
            db_path, quiet=quit_after_load, inspection=inspection, archive=archive
        )
    except HandedOver:  # already open in a running window, now brought forward
        gc.enable()
        return 0
    if store is None:
        gc.enable()
        return 1
    host = WindowHost(store)
    auto_backup = AutoBackup(store.path, host)
    try:
        auto_backup.made.connect(
            lambda path: host.window.statusBar().showMessage(
                QCoreApplication.translate("WindowHost", "Backed up to %1").replace("%1", path),
                6000,
            )
        )
        host.window.show()
        offers = offers if offers is not None else ArchiveOffers(host)
        if archive is not None:
            offers.offer(archive)
        if not quit_after_load:  # a smoke test asks nothing
            # Asked once the window has had its first paint.
            QTimer.singleShot(0, host, lambda: offers.ready(lambda: host.window))
        listen_for_second_starts(host, db_path, offers)
        start_file_check(store, host.window)  # in the background, after the first paint
        gc.enable()  # switched off for start-up by reflectdesk.app
        if quit_after_load:
            # Quit once the event loop has shown the window with its data.
            QTimer.singleShot(0, host.window.close)
        return app.exec()
    finally:
        auto_backup.stop()
        if host.store is not None:
            host.store.close()
        # After closing, every change is in the main file: back it up if it changed, in
        # a process of its own, so that this one ends now (store/close_backup.py).
        hand_off_backup_at_close(store.path)
