"""A small window while the database is upgraded at start-up.

Opening runs any due migration before the main window exists (store/database.py). Most
are instant, but one that rebuilds an index (0014, the search prefixes; 0015, the
search index's joined words) takes seconds on a large file: 12 s for a busy
department's year, two minutes for ten (0015: 5 s and about a minute). Without a word the
facilitator would see nothing happen after a double-click and start the app again. The
notice is shown only when the file's revision is older than this version's, painted
before the migration starts, and closed when the store is open (or failed to open).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.store.schema import HEAD_REVISION, KNOWN_REVISIONS
from reflectdesk.store.sqlite_file import InspectionInBackground, inspect_database_file

log = logging.getLogger(__name__)


def upgrade_due(db_path: Path, inspection: InspectionInBackground | None) -> bool:
    """Whether opening ``db_path`` will migrate it: an existing file at an older known
    revision. Any trouble reading it says no: opening reports it properly."""
    try:
        if inspection is not None and inspection.path == db_path.absolute():
            state = inspection.result()
        else:
            state = inspect_database_file(db_path.absolute())
    except ReflectDeskError:
        return False
    revision = state.revision
    return revision is not None and revision in KNOWN_REVISIONS and revision != HEAD_REVISION


class UpgradeNotice(QWidget):
    """What the facilitator sees while the upgrade runs (the event loop is not running
    yet, so it is painted once, before the work starts)."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Dialog)
        self.setObjectName("upgradeNotice")
        self.setWindowTitle(self.tr("Upgrading"))  # Qt adds "— ReflectDesk"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.message = QLabel(
            self.tr(
                "Upgrading your database to this version of ReflectDesk. A backup of it "
                "was made first.\n\nWith many years of records this can take a minute or "
                "two; ReflectDesk opens when it is done."
            ),
            self,
        )
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(420)
        layout.addWidget(self.message)
        self.setAccessibleName(self.tr("Upgrading the database"))

    def show_now(self) -> None:
        self.show()
        self.raise_()
        # Painted before the upgrade holds the ui thread.
        for _ in range(3):
            QCoreApplication.processEvents()
        QApplication.processEvents()
        log.info("showing the upgrade notice")
