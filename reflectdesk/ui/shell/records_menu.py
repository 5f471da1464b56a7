"""The Records menu: what a facilitator keeps for others to read (a leader's log toward
accreditation). The window behind it is imported on first use; one is kept open and
brought forward when asked for again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar

from reflectdesk.core.model import MemberRecord, Role
from reflectdesk.store.database import Store
from reflectdesk.ui.common.save_folders import SaveFolders
from reflectdesk.ui.common.translation import Translates
from reflectdesk.ui.privacy.vault_controller import VaultController

if TYPE_CHECKING:
    from reflectdesk.ui.records.leader_log_window import LeaderLogWindow

# Ctrl+Alt beside Programmes (P) and Questionnaires (Q); not Ctrl+Alt+L, which locks the
# screen on Ubuntu and Mint.
LEADER_LOG_SHORTCUT = "Ctrl+Alt+R"


class RecordsMenu(Translates):
    """Builds the menu on ``menu_bar``. ``folders`` gives the window's save folders (the
    last folder per kind of export) when an export is started; ``current_member`` the
    member chosen on the group page (None when none is), whose log a second action opens
    when they facilitate."""

    def __init__(
        self,
        window: QMainWindow,
        menu_bar: QMenuBar,
        store: Store,
        vault: VaultController,
        *,
        folders: Callable[[], SaveFolders],
        current_member: Callable[[], MemberRecord | None],
    ) -> None:
        self._window = window
        self._store = store
        self._vault = vault
        self._folders = folders
        self._current_member = current_member
        self.log_window: LeaderLogWindow | None = None  # the one open, if any
        self.menu = menu_bar.addMenu(self.tr("Recor&ds"))
        self.menu.setObjectName("recordsMenu")
        self.leader_log_action = QAction(self.tr("&Leader Log…"), window)
        self.leader_log_action.setObjectName("leaderLog")
        self.leader_log_action.setShortcut(QKeySequence(LEADER_LOG_SHORTCUT))
        native = self.leader_log_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.leader_log_action.setToolTip(
            self.tr("Sessions led, supervision and progress toward accreditation (%1)").replace(
                "%1", native
            )
        )
        # triggered(checked) would pass its flag as the leader: a slot of its own.
        self.leader_log_action.triggered.connect(self._open_from_menu)
        self.facilitator_log_action = QAction(self.tr("Leader Log of This &Facilitator…"), window)
        self.facilitator_log_action.setObjectName("facilitatorLeaderLog")
        self.facilitator_log_action.setToolTip(
            self.tr("The log of the facilitator chosen in the group's members")
        )
        self.facilitator_log_action.triggered.connect(self._open_for_member)
        self.menu.addAction(self.leader_log_action)
        self.menu.addAction(self.facilitator_log_action)
        self.menu.aboutToShow.connect(self._follow_member)
        window.addAction(self.leader_log_action)  # works while the menu bar is hidden too

    def _open_from_menu(self) -> None:
        self.open_leader_log()

    def _facilitator(self) -> str:
        """The chosen member's name when they facilitate or co-facilitate, else ''."""
        member = self._current_member()
        leading = (Role.FACILITATOR, Role.CO_FACILITATOR)
        return member.display_name if member is not None and member.role in leading else ""

    def _follow_member(self) -> None:
        self.facilitator_log_action.setEnabled(bool(self._facilitator()))

    def _open_for_member(self) -> None:
        if name := self._facilitator():
            self.open_leader_log(name)

    def open_leader_log(self, leader: str = "") -> LeaderLogWindow:
        """The leader log window, opened (or brought forward) on ``leader``'s log, else on
        the one it shows (at first: the name saved as "my name")."""
        from reflectdesk.ui.records.leader_log_window import LeaderLogWindow  # on first use

        if self.log_window is None:
            self.log_window = LeaderLogWindow(
                self._store, self._vault, self._window, folders=self._folders(), leader=leader
            )
            self.log_window.finished.connect(self._forget)
        elif leader:
            self.log_window.show_leader(leader)
        self.log_window.show()
        self.log_window.raise_()
        self.log_window.activateWindow()
        return self.log_window

    def _forget(self) -> None:
        if self.log_window is not None:
            self.log_window.deleteLater()
        self.log_window = None
