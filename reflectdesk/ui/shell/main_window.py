"""The main window: composes the group list and the group page, and owns the menus.

No domain logic: actions call the page or the store; its change feed refreshes the list.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.model import GroupDraft
from reflectdesk.store import groups, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import list_formats
from reflectdesk.store.settings import mark_welcome_done, welcome_due
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.widgets import splitter
from reflectdesk.ui.exports.attendance_exports import export_attendance_record
from reflectdesk.ui.groups.group_list import GroupListPanel
from reflectdesk.ui.groups.group_page import GroupPage
from reflectdesk.ui.jobs.task import finish_tasks
from reflectdesk.ui.privacy.vault_controller import VaultController
from reflectdesk.ui.shell.leaving import Leaving
from reflectdesk.ui.shell.main_menus import MainMenus
from reflectdesk.ui.shell.sample_banner import SampleBanner
from reflectdesk.ui.shell.search_page import SearchField, SearchPage
from reflectdesk.ui.shell.search_popup import SearchPopup
from reflectdesk.ui.shell.store_signals import StoreSignals
from reflectdesk.ui.shell.welcome_page import EmptyPage, WelcomePage
from reflectdesk.ui.shell.window_settings import fit_to_screen, restore_window, save_window

if TYPE_CHECKING:
    from reflectdesk.core.clock import TimeSource
    from reflectdesk.core.search import SearchHit
    from reflectdesk.ui.exports.export_actions import Exports
    from reflectdesk.ui.room.session_page import SessionPage

DEFAULT_SIZE = (1366, 768)  # fit_to_screen fits it to a laptop; narrower cuts buttons

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    # File ▸ Restore from Backup… confirmed (a backup's Path): the composition root,
    # which owns the Store, closes this window and restores (ui/shell/application.py).
    restore_requested = Signal(object)
    # The welcome's "Open the sample groups", and the sample's way back: the composition
    # root swaps the database under the window (ui/shell/sample_groups.py).
    sample_requested = Signal()
    own_groups_requested = Signal()

    def __init__(
        self,
        store: Store,
        settings: QSettings,
        parent: QWidget | None = None,
        time: TimeSource | None = None,
        sample_of: Path | None = None,
    ) -> None:
        """``sample_of``: this window shows the sample groups; the path is the user's
        own database, named in the banner that leads back to it."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("ReflectDesk")
        self._store = store
        self._settings = settings
        self._time = time  # None: the system clock, set up when a session opens
        self.session_page: SessionPage | None = None
        self._before_search: QWidget | None = None
        self.signals = StoreSignals(store, self)
        # Private notes: locked, unlocked or not set up; locks when idle or on close.
        self.vault = VaultController(store, self)
        self._exports: Exports | None = None
        # Quitting or leaving a session asks first when something would be lost.
        self.leaving = Leaving(self, self.vault, lambda: self.session_page, self.close_session)

        self.group_list = GroupListPanel(self)
        self.group_page = GroupPage(store, self.vault, self)
        self._make_empty_pages(sample_of)
        self.search_field = SearchField(self)
        self.search_field.setObjectName("searchEverything")
        self.search_field.setAccessibleName(self.tr("Search everything"))
        self.search_field.setPlaceholderText(
            self.tr("Search groups, members, sessions and notes (Ctrl+K)")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_page = SearchPage(store, self.search_field, self)
        self.search_page.open_hit.connect(self.open_hit)
        self.search_page.closed.connect(self._leave_search)
        self.search_field.textEdited.connect(self._enter_search)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.group_page)
        self.pages.addWidget(self.search_page)

        self.splitter = splitter(
            self, "mainSplitter", Qt.Orientation.Horizontal, (self.group_list, 0), (self.pages, 1)
        )
        self.splitter.setSizes([300, DEFAULT_SIZE[0] - 300])
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(8, 8, 8, 0)
        column.setSpacing(4)
        if sample_of is not None:
            banner = SampleBanner(sample_of, self)
            banner.back_requested.connect(self.own_groups_requested)
            column.addWidget(banner)
        column.addWidget(self.search_field)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        # Mid-session the results open beside the clock, never over it.
        self.search_popup = SearchPopup(self.search_field, self._search_free_area, central)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

        self.menus = MainMenus(self, self, store, self.vault, self.restore_requested.emit)
        self.statusBar().addPermanentWidget(QLabel(str(store.path), self))

        self.group_list.current_changed.connect(self._show_group)
        self.group_list.show_archived_changed.connect(self._on_show_archived)
        self.group_page.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.group_page.session_open_requested.connect(self.open_session)
        self.group_page.export_requested.connect(self._export_group)
        self.signals.changed.connect(self._on_store_changed)

        fit_to_screen(self, QSize(*DEFAULT_SIZE))
        restore_window(
            settings,
            self,
            {
                "main": self.splitter,
                # Renamed when the group page gave its tables the room: a size saved
                # for the old layout would keep the ground rules at half the page.
                "groupPageRows": self.group_page.splitter,
                "groupLower": self.group_page.lower_splitter,
            },
        )
        self.reload_groups()
        self.group_list.select_first()
        if not self.group_list.current_group_id():
            self.pages.setCurrentWidget(self._no_group_page())
            if self._welcome_due:  # Enter makes the first group
                self.welcome_page.create_button.setFocus()
        self._update_actions()
        self._resume_running_session()

    # --- construction ----------------------------------------------------------------

    def _make_empty_pages(self, sample_of: Path | None) -> None:
        self.empty_page = EmptyPage(self)
        self.empty_page.new_group.connect(self.new_group)
        self._welcome: WelcomePage | None = None
        # The sample is never greeted; the user's database until it has held a group.
        self._welcome_due = sample_of is None and welcome_due(self._store)
        if sample_of is not None:
            self.setWindowTitle(self.tr("Sample groups"))

    @property
    def welcome_page(self) -> WelcomePage:
        """Made on first use: every start but the first does without it."""
        if self._welcome is None:
            self._welcome = WelcomePage(self._store.path.parent, self)
            self._welcome.create_group.connect(self.new_group)
            self._welcome.open_sample.connect(self.sample_requested)
            self.pages.addWidget(self._welcome)
        return self._welcome

    # --- sessions --------------------------------------------------------------------

    def open_session(self, session_id: str) -> None:
        # Imported on first use: the room's widgets are not needed to show the window.
        from reflectdesk.core.clock import SystemTime
        from reflectdesk.ui.room.session_page import SessionPage

        if self._time is None:
            self._time = SystemTime()
        self.close_session()
        try:
            page = SessionPage(
                self._store, self.vault, session_id, self._time, self, settings=self._settings
            )
        except ReflectDeskError as error:
            show_error(self, self.tr("Could not open the session"), error)
            return
        page.back_requested.connect(self.leaving.leave_page)
        page.export_requested.connect(self.menus.export_summary)
        page.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.session_page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        # In the room the session gets the whole window; the list returns with the group.
        self.group_list.hide()
        page.run_view.setFocus()
        self.menus.fill_session_menu()
        self._update_actions()

    def close_session(self) -> None:
        page = self.session_page
        if page is None:
            return
        self._dock_search(beside_session=False)
        self.session_page = None
        self.group_list.show()
        page.shutdown()
        self.pages.removeWidget(page)
        page.deleteLater()
        self.pages.setCurrentWidget(self.group_page)
        self.group_page.reload_members()
        self.menus.fill_session_menu()
        self._update_actions()

    def _export_group(self, kind: str) -> None:
        group_id = self.group_page.group_id
        if not group_id:
            return
        if kind in ("series", "bulletin"):
            self.exports.group_pdf(group_id, bulletin=kind == "bulletin")
        elif kind == "csv":
            self.exports.group_csv(group_id)
        elif kind in ("certificate", "appraisal"):
            export_attendance_record(self.exports, group_id, kind)
        else:
            self.exports.archive(group_id)

    @property
    def exports(self) -> Exports:
        """The export and import commands, set up on first use (not needed to start)."""
        if self._exports is None:
            from reflectdesk.ui.exports.export_actions import Exports

            self._exports = Exports(
                self._store,
                self.vault,
                self,
                lambda text: self.statusBar().showMessage(text, 8000),
                settings=self._settings,
            )
        return self._exports

    # --- search ----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _enter_search(self, _text: str) -> None:
        if self.session_page is not None:
            self._dock_search(beside_session=True)
            self.search_popup.open()
            return
        self._dock_search(beside_session=False)
        if self.pages.currentWidget() is not self.search_page:
            self._before_search = self.pages.currentWidget()
            self.pages.setCurrentWidget(self.search_page)

    def _leave_search(self) -> None:
        self.search_field.clear()
        if self.session_page is not None:
            # Back to the session: the next key is the clock's again.
            self.search_popup.hide()
            self.session_page.run_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        back = self._before_search
        self.pages.setCurrentWidget(back if back is not None else self.group_page)

    def open_hit(self, hit: SearchHit) -> None:
        """Open what a search result points at."""
        from reflectdesk.core.search import HitKind
        from reflectdesk.store import note_lookup

        self.search_field.clear()
        self.close_session()  # the result may be elsewhere; a running session resumes
        self.pages.setCurrentWidget(self.group_page)
        try:
            if hit.kind in (HitKind.LEARNING_POINT, HitKind.ACTION, HitKind.PRIVATE):
                session_id, group_id = note_lookup.note_location(self._store, hit.ref_id)
            elif hit.kind is HitKind.SESSION:
                session_id, group_id = hit.ref_id, hit.group_id
            else:
                session_id, group_id = None, hit.group_id or hit.ref_id
        except ReflectDeskError as error:
            show_error(self, self.tr("Could not open the result"), error)
            return
        if group_id and not self.group_list.select_group(group_id):
            self.group_list.archived_toggle.setChecked(True)
            self.group_list.select_group(group_id)
        if session_id:
            self.open_session(session_id)
            if self.session_page is not None and hit.kind is not HitKind.SESSION:
                self.session_page.tabs.setCurrentWidget(self.session_page.notes)
        elif hit.kind is HitKind.MEMBER:
            self.group_page.members.select_member(hit.ref_id)
            self.group_page.members.table.setFocus()

    def _dock_search(self, *, beside_session: bool) -> None:
        """Put the one search page in the popup (beside a session) or back among the
        pages (anywhere else, where the results take the page)."""
        if beside_session:
            if self.search_page.parent() is not self.search_popup:
                self.pages.removeWidget(self.search_page)
                self.search_popup.hold(self.search_page)
            return
        self.search_popup.hide()
        if self.pages.indexOf(self.search_page) < 0:
            self.pages.addWidget(self.search_page)

    def _search_free_area(self) -> QRect:
        """What the search popup may cover: the session's side tabs, not its clock."""
        central = self.centralWidget()
        page = self.session_page
        if page is None or central is None:
            return QRect()
        return QRect(page.tabs.mapTo(central, QPoint(0, 0)), page.tabs.size())

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A click or Tab away from the search (back to the clock, say) hides the popup;
        the query stays in the field for later."""
        popup = self.search_popup
        if new is None or not popup.isVisible():
            return
        if new is not self.search_field and not popup.isAncestorOf(new):
            popup.hide()

    def _resume_running_session(self) -> None:
        """After a crash or a restart, go straight back to the session that is running."""
        running = sessions.running_session(self._store)
        if running is None:
            return
        if self.group_list.archived_toggle.isChecked() or not self.group_list.select_group(
            running.group_id
        ):
            return
        self.open_session(running.id)
        self.statusBar().showMessage(self.tr("Resumed the running session."), 6000)

    # --- behaviour -------------------------------------------------------------------

    def reload_groups(self) -> None:
        archived = self.group_list.archived_toggle.isChecked()
        records = groups.list_groups(self._store, archived=archived)
        self.group_list.set_groups(records)
        if records and self._welcome_due:
            # The first group exists: the welcome has done its work, for good.
            self._welcome_due = False
            mark_welcome_done(self._store)

    def _show_group(self, group_id: str) -> None:
        self.close_session()
        if group_id:
            self.group_page.show_group(group_id)
            self.pages.setCurrentWidget(self.group_page)
        else:
            self.group_page.discard_invalid_edits()
            self.pages.setCurrentWidget(self._no_group_page())
        self._update_actions()

    def _no_group_page(self) -> QWidget:
        return self.welcome_page if self._welcome_due else self.empty_page

    def _on_show_archived(self, _checked: bool) -> None:
        self.reload_groups()
        self.group_list.select_first()
        if not self.group_list.current_group_id():
            self._show_group("")

    def _on_store_changed(self, area: str, ids: list[str]) -> None:
        if area == "formats":
            self.group_page.refresh_formats()
        if area in ("groups", "members"):
            current = self.group_list.current_group_id()
            self.reload_groups()
            if current and not self.group_list.select_group(current):
                self.group_list.select_first()
            if not self.group_list.current_group_id():
                self._show_group("")  # the last group went: the empty page, not its form
            self._update_actions()

    def _update_actions(self) -> None:
        record = self.group_page.record if self.pages.currentWidget() is self.group_page else None
        self.menus.update_actions(record, session_open=self.session_page is not None)

    def new_group(self) -> None:
        created: list[str] = []

        def create(draft: GroupDraft) -> None:
            created.append(groups.create_group(self._store, draft).id)

        from reflectdesk.ui.groups.group_dialogs import NewGroupDialog  # on first use

        dialog = NewGroupDialog(list_formats(self._store), create, self)
        dialog.accepted.connect(lambda: self._after_create(created[-1] if created else ""))
        dialog.open()

    def _after_create(self, group_id: str) -> None:
        if self.group_list.archived_toggle.isChecked():
            self.group_list.archived_toggle.setChecked(False)
        self.reload_groups()
        self.group_list.select_group(group_id)
        self.statusBar().showMessage(self.tr("Group created. Add its members with Ctrl+M."), 6000)
        self.group_page.members.table.setFocus()

    def request_quit(self) -> None:
        """File ▸ Quit (Ctrl+Q): asks first while a session runs, as the close button does."""
        self.leaving.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A person closing the window (its close button, Alt+F4) is asked first while a
        # session runs, as Ctrl+Q is. The app closing its own window (after an answer, for
        # a restore, after the start-up check) is not spontaneous and is not asked.
        if event.spontaneous() and self.leaving.wants_to_wait():
            event.ignore()
            return
        finish_tasks(self)  # exports, loads and checks this window started
        if self.session_page is not None:
            self.session_page.shutdown()
        self.vault.shutdown()  # after the notes are written: drop the key
        try:
            self.group_page.discard_invalid_edits()
        except ReflectDeskError as error:
            # Never lose the window over a failed save; say so (the log, for an app
            # started from an icon, and stderr) and close.
            log.warning("an edit on the group page was not saved on close: %s", error)
            print(f"reflectdesk: {error}", file=sys.stderr)
        save_window(
            self._settings,
            self,
            {
                "main": self.splitter,
                # Renamed when the group page gave its tables the room: a size saved
                # for the old layout would keep the ground rules at half the page.
                "groupPageRows": self.group_page.splitter,
                "groupLower": self.group_page.lower_splitter,
            },
        )
        super().closeEvent(event)
