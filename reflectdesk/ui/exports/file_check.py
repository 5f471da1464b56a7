"""The full check of the database file, run in the background once the window is shown.

Opening reads only what is cheap (store/sqlite_file.py), so the window comes up as fast
with ten years of records as with one. The check that reads every page runs here, on its
own read-only connection off the ui thread (store/full_check.py): right after the first
paint when the last run stopped uncleanly, else a minute after start-up when a week has
passed since the last one that passed (core/full_check_rule.py). Damage is shown in a
banner across the top of the window, never a dialog (nothing may open over a running
clock), with the way out: File ▸ Restore from Backup…. Writing is not stopped meanwhile:
a facilitator mid-session keeps typing and the notes keep being saved; the banner says
what to do next.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.full_check_rule import FullCheckReason
from reflectdesk.store.database import Store
from reflectdesk.store.full_check import (
    FullCheckResult,
    full_check_reason,
    record_full_check,
    run_full_check,
)
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.jobs.task import Task

# After an unclean stop: as soon as the window has painted (or this long after start(),
# should the paint have come before it). Otherwise in idle time, well after the
# facilitator has started working.
AT_THE_LATEST_MS = 500
PERIODIC_AFTER_MS = 60_000

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(UTC)


class DamageBanner(QToolBar):
    """Across the top of the window: the file is damaged, and the way to a healthy copy."""

    def __init__(self, verdict: str, restore: Callable[[], object], parent: QMainWindow) -> None:
        super().__init__(parent)
        self.setObjectName("fileDamageBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not one to hide from a context menu
        # One row across the whole width: the message takes what the button leaves.
        row = QWidget(self)
        row.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(8, 4, 8, 4)
        self.message = QLabel(
            self.tr(
                "ReflectDesk found damage in this database file. Restore a healthy copy "
                "now with File ▸ Restore from Backup…; what you add until then may be lost."
            ),
            row,
        )
        self.message.setWordWrap(True)
        set_role(self.message, "inlineError")
        # A tool bar paints its widgets' text as button text: keep the error's colour.
        self.message.setForegroundRole(QPalette.ColorRole.WindowText)
        # SQLite's own words, for support; they name pages and indexes, not records.
        self.message.setToolTip(self.tr("Found: %1").replace("%1", verdict))
        layout.addWidget(self.message, 1)
        self.restore_button = QPushButton(self.tr("Restore from Backup…"), row)
        self.restore_button.setObjectName("restoreFromBanner")
        self.restore_button.clicked.connect(restore)
        layout.addWidget(self.restore_button)
        self.addWidget(row)
        self.setAccessibleName(self.tr("The database file is damaged"))


class BackgroundFileCheck(QObject):
    """Starts the full check when one is due (:meth:`start`, after the window is shown);
    emits ``checked(result)`` when it ran to the end. A child of the window, so the
    window's close stops it (finish_tasks): SQLite is asked to stop within milliseconds."""

    checked = Signal(object)  # FullCheckResult

    def __init__(
        self,
        store: Store,
        window: QMainWindow,
        restore: Callable[[], object],
        now: Callable[[], datetime] = utc_now,
        periodic_after_ms: int = PERIODIC_AFTER_MS,
    ) -> None:
        super().__init__(window)
        self._store = store
        self._window = window
        self._restore = restore
        self._now = now
        self._periodic_after_ms = periodic_after_ms
        self.reason: FullCheckReason | None = None
        self.task: Task | None = None
        self.banner: DamageBanner | None = None

    def start(self) -> FullCheckReason | None:
        """Schedule the check if one is due; returns why (None: not due)."""
        self.reason = full_check_reason(self._store, self._now())
        if self.reason is FullCheckReason.UNCLEAN_STOP:
            self._window.installEventFilter(self)  # starts at the first paint
            QTimer.singleShot(AT_THE_LATEST_MS, self, self._run)
        elif self.reason is FullCheckReason.PERIODIC:
            QTimer.singleShot(self._periodic_after_ms, self, self._run)
        return self.reason

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once the paint is done
        return False

    def _run(self) -> None:
        self._window.removeEventFilter(self)
        # A window closed meanwhile (quitting, or replaced by a restore) has handed its
        # Store back: the file may be another's by now.
        if self.task is not None or not self._window.isVisible():
            return
        store = self._store
        task = Task(lambda _p, cancelled: run_full_check(store, cancelled.is_set), self, "check")
        task.succeeded.connect(self._finished)
        task.failed.connect(lambda error: log.warning("full check failed: %s", error))
        self.task = task
        task.start()

    def _finished(self, result: object) -> None:
        if not isinstance(result, FullCheckResult) or not self._window.isVisible():
            return  # stopped, or the window (and its Store) is gone
        if result.passed:
            try:
                record_full_check(self._store, result, self._now())
            except ReflectDeskError as error:  # the next start checks again; no harm
                log.warning("the full check could not be recorded: %s", error)
        else:
            self._show_damage(result.verdict)
        self.checked.emit(result)

    def _show_damage(self, verdict: str) -> None:
        self.banner = DamageBanner(verdict, self._restore, self._window)
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.banner.show()
        QApplication.alert(self._window)  # the taskbar, when the window is not in front
