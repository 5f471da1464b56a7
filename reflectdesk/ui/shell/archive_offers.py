"""Offering to import an archive the system hands us: named on the command line (how
Windows and Linux open a double-clicked file), handed over by a second start
(single_instance.py), or sent by macOS's Finder as a QFileOpenEvent, at launch or while
the app runs.

The offer is a question, as choosing the file in File ▸ Import Archive is: a double-click
must not merge another laptop's records unasked. Accepted, the import runs as the menu's
does (Exports.import_archive_file: progress, Cancel, the passphrase of notes written on
another laptop). Offers that come before the window is shown wait for it; several wait
their turn, one question and one import at a time.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from reflectdesk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

# What File ▸ Import Archive offers to open, and so what may be handed to us.
ARCHIVE_SUFFIXES = (".rdarchive", ".zip")


def is_archive(path: Path) -> bool:
    return path.suffix.lower() in ARCHIVE_SUFFIXES


class ArchiveOffers(QObject):
    """Asks, for each archive handed to the app, whether to import it into the window's
    database; waits until :meth:`ready` names the window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window_of: Callable[[], MainWindow] | None = None
        self._waiting: deque[Path] = deque()
        self._busy = False
        self.question: QMessageBox | None = None  # the one open now (tests find it here)

    def ready(self, window_of: Callable[[], MainWindow]) -> None:
        """The window is shown: ask about what waited. ``window_of`` gives the current
        main window (a restore replaces it)."""
        self._window_of = window_of
        self._next()

    def offer(self, archive: Path) -> None:
        self._waiting.append(archive)
        self._next()

    def _next(self) -> None:
        if self._window_of is None or self._busy or not self._waiting:
            return
        self._busy = True
        archive = self._waiting.popleft()
        window = self._window_of()
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import archive"),
            self.tr("Import “%1” into this database?").replace("%1", archive.name),
            buttons.Cancel,
            window,
        )
        box.setObjectName("importArchiveOffer")
        box.setInformativeText(
            self.tr(
                "Its groups and sessions are added to the ones here; what is already here "
                "is kept and nothing is duplicated. The file: %1"
            ).replace("%1", str(archive))
        )
        accept = box.addButton(self.tr("Import"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(accept)  # the file was opened to be imported
        box.finished.connect(lambda _result: self._answered(box, archive))
        self.question = box
        box.open()

    def _answered(self, box: QMessageBox, archive: Path) -> None:
        self.question = None
        box.deleteLater()
        clicked = box.clickedButton()
        accepted = clicked is not None and box.buttonRole(clicked) == box.ButtonRole.AcceptRole
        if not accepted or self._window_of is None:
            log.info("An archive handed to the app was not imported (declined)")
            self._done()
            return
        window = self._window_of()
        job = window.exports.import_archive_file(archive, window.reload_groups)
        job.over.connect(self._done)

    def _done(self) -> None:
        self._busy = False
        self._next()


class FileOpenFilter(QObject):
    """Turns macOS's FileOpen events for archives into offers."""

    def __init__(self, offers: ArchiveOffers) -> None:
        super().__init__(offers)
        self._offers = offers

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        archive = Path(event.file())
        if not (is_archive(archive) and archive.is_file()):
            return False
        self._offers.offer(archive)
        return True


def sends_file_open_events() -> bool:
    """Only macOS hands files over as events; Windows and Linux pass them in argv."""
    return sys.platform == "darwin"


def install_file_open_filter(app: QApplication, offers: ArchiveOffers) -> FileOpenFilter | None:
    """On macOS, the filter that hears Finder's FileOpen events (remove it with
    ``app.removeEventFilter``). Elsewhere none: a filter on the application is called
    for every event of every object (about 1.5 µs each from Python), for nothing."""
    if not sends_file_open_events():
        return None
    events = FileOpenFilter(offers)
    app.installEventFilter(events)
    return events
