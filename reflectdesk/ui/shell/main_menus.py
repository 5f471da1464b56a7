"""The main window's actions and menus (every action with its shortcut shown), and the
small handlers behind them. The window holds one :class:`MainMenus`; what the menus act on
(its pages and commands) they reach through the small :class:`MenuHost` protocol."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from reflectdesk.core.model import GroupRecord
from reflectdesk.store.database import Store
from reflectdesk.ui.common.translation import Translates
from reflectdesk.ui.hub.hub_actions import HubActions
from reflectdesk.ui.privacy.privacy_menu import PrivacyMenu
from reflectdesk.ui.privacy.vault_controller import VaultController
from reflectdesk.ui.shell.evaluation_menu import EvaluationMenu
from reflectdesk.ui.shell.help_menu import HelpMenu
from reflectdesk.ui.shell.print_commands import PrintCommands
from reflectdesk.ui.shell.records_menu import RecordsMenu

if TYPE_CHECKING:
    from reflectdesk.ui.exports.export_actions import Exports
    from reflectdesk.ui.groups.group_list import GroupListPanel
    from reflectdesk.ui.groups.group_page import GroupPage
    from reflectdesk.ui.room.session_page import SessionPage


# Programmes (cohorts of groups): Ctrl+Alt+P, beside the questionnaires' Ctrl+Alt+Q.
PROGRAMMES_SHORTCUT = "Ctrl+Alt+P"


def fill_menu(menu: QMenu, *actions: QAction | None) -> None:
    """Add ``actions`` to ``menu`` in order; a None stands for a separator."""
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)


class MenuHost(Protocol):
    """What the menus act on: the main window's pages and commands."""

    @property
    def group_page(self) -> GroupPage: ...

    @property
    def group_list(self) -> GroupListPanel: ...

    @property
    def session_page(self) -> SessionPage | None: ...

    @property
    def exports(self) -> Exports: ...

    def new_group(self) -> None: ...

    def focus_search(self) -> None: ...

    def close_session(self) -> None: ...

    def request_quit(self) -> None: ...

    def reload_groups(self) -> None: ...


class MainMenus(Translates):
    """Builds the actions (parented to ``window``, so their shortcuts work there) and the
    menu bar of ``window``; their handlers act on ``host``. ``restore(path)`` runs when a
    backup was chosen in File ▸ Restore from Backup…"""

    def __init__(
        self,
        window: QMainWindow,
        host: MenuHost,
        store: Store,
        vault: VaultController,
        restore: Callable[[Path], object],
    ) -> None:
        self._window = window
        self._host = host
        self._store = store
        self._restore_backup = restore
        self.prints = PrintCommands(window, store, vault, host, self._action)
        self.hub = HubActions(window, store)  # File ▸ Publish to Hub…, Preferences ▸ Hub
        self._build_actions()
        self._build_menus(vault)

    def _action(
        self,
        text: str,
        shortcut: QKeySequence.StandardKey | str | None,
        slot: Callable[[], object] | None,
        name: str,
        fallback: str = "",
    ) -> QAction:
        """An action whose tooltip names its shortcut. A standard key the platform
        leaves empty (e.g. Quit on some desktops) falls back to ``fallback``."""
        action = QAction(text, self._window)
        action.setObjectName(name)
        if shortcut is not None:
            sequence = QKeySequence(shortcut)
            if sequence.isEmpty() and fallback:
                sequence = QKeySequence(fallback)
            action.setShortcut(sequence)
            native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "").rstrip("…")
            action.setToolTip(f"{plain} ({native})")
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_group_action = self._action(
            self.tr("&New Group…"), key.New, self._host.new_group, "newGroup", "Ctrl+N"
        )
        self.rename_action = self._action(
            self.tr("&Rename Group"), "F2", self._host.group_page.start_rename, "renameGroup"
        )
        self.archive_action = self._action(
            self.tr("&Archive Group…"),
            "Ctrl+Shift+A",
            lambda: self._set_archived(True),
            "archiveGroup",
        )
        self.restore_action = self._action(
            self.tr("Re&store Group"),
            "Ctrl+Shift+R",
            lambda: self._set_archived(False),
            "restoreGroup",
        )
        self.programmes_action = self._action(
            self.tr("Pro&grammes…"), PROGRAMMES_SHORTCUT, self._programmes, "programmes"
        )
        self.quit_action = self._action(
            self.tr("&Quit"), key.Quit, self._host.request_quit, "quit", "Ctrl+Q"
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.add_member_action = self._action(
            self.tr("&Add Member…"), "Ctrl+M", self._host.group_page.add_member, "addMember"
        )
        self.add_members_action = self._action(
            self.tr("Add &Several Members…"),
            None,
            self._host.group_page.add_several_members,
            "addSeveralMembers",
        )
        self.edit_member_action = self._action(
            self.tr("&Edit Member…"),
            "Ctrl+Shift+M",
            lambda: self._on_member(self._host.group_page.edit_member),
            "editMember",
        )
        self.member_notes_action = self._action(
            self.tr("Member &Notes…"),
            "Ctrl+Shift+O",
            lambda: self._on_member(self._host.group_page.member_notes),
            "memberNotes",
        )
        self.remove_member_action = self._host.group_page.members.remove_action
        self.remove_member_action.setText(self.tr("&Remove Member…"))
        self.search_action = self._action(
            self.tr("&Search Everything"), "Ctrl+K", self._host.focus_search, "searchEverything"
        )
        self.filter_action = self._action(
            self.tr("&Find Group"), key.Find, self._focus_filter, "findGroup", "Ctrl+F"
        )
        self.show_archived_action = self._action(
            self.tr("Show &Archived Groups"), "Ctrl+Shift+H", None, "showArchivedGroups"
        )
        self.show_archived_action.setCheckable(True)
        archived_toggle = self._host.group_list.archived_toggle
        self.show_archived_action.toggled.connect(archived_toggle.setChecked)
        archived_toggle.toggled.connect(self.show_archived_action.setChecked)
        self.plan_session_action = self._action(
            self.tr("&Plan Session…"),
            "Ctrl+Shift+P",
            self._host.group_page.plan_session,
            "planSession",
        )
        self.plan_series_action = self._action(
            self.tr("Plan &Series…"), None, self._host.group_page.plan_series, "planSeries"
        )
        self.back_to_group_action = self._action(
            self.tr("Back to &Group"), "Alt+Left", self._host.close_session, "backToGroup"
        )
        self.manage_formats_action = self._action(
            self.tr("&Manage Formats…"), "Ctrl+Shift+F", self._manage_formats, "manageFormats"
        )
        self.prompt_cards_action = self._action(
            self.tr("Prompt &Cards…"), "Ctrl+Shift+C", self._prompt_cards, "promptCards"
        )
        self.export_summary_action = self._action(
            self.tr("Session &Summary (PDF)…"), "Ctrl+E", self.export_summary, "exportSummary"
        )
        self.export_handout_action = self._action(
            self.tr("Participant &Handout (PDF)…"),
            "Ctrl+Shift+D",
            lambda: self.prints.export("handout"),
            "exportHandout",
        )
        self.export_series_action = self._action(
            self.tr("&Series Report (PDF)…"),
            "Ctrl+Shift+S",
            self._on_group(lambda g: self._host.exports.group_pdf(g, bulletin=False)),
            "exportSeries",
        )
        self.export_bulletin_action = self._action(
            self.tr("Learning &Bulletin (PDF)…"),
            "Ctrl+Shift+B",
            self._on_group(lambda g: self._host.exports.group_pdf(g, bulletin=True)),
            "exportBulletin",
        )
        self.export_csv_action = self._action(
            self.tr("Group Tables (&CSV)…"),
            None,
            self._on_group(lambda g: self._host.exports.group_csv(g)),  # noqa: PLW0108 (lazy)
            "exportCsv",
        )
        self.export_group_archive_action = self._action(
            self.tr("&Archive of This Group…"),
            None,
            self._on_group(lambda g: self._host.exports.archive(g)),  # noqa: PLW0108 (lazy)
            "exportGroupArchive",
        )
        self.export_all_archive_action = self._action(
            self.tr("Archive of &Everything…"), None, self._export_all_archive, "exportAll"
        )
        self.import_archive_action = self._action(
            self.tr("&Import Archive…"), "Ctrl+Shift+I", self._import_archive, "importArchive"
        )
        self.restore_backup_action = self._action(
            self.tr("Restore from &Backup…"), None, self._restore_from_backup, "restoreBackup"
        )
        self.hub_programme_action = self._action(
            self.tr("Open Programme from &Hub…"), None, self._hub_programme, "hubProgramme"
        )
        self.preferences_action = self._action(
            self.tr("&Preferences…"),
            QKeySequence.StandardKey.Preferences,
            self._preferences,
            "preferences",
            "Ctrl+,",
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.log_folder_action = self._action(
            self.tr("Open &Log Folder"), None, self._open_log_folder, "openLogFolder"
        )

    def _build_menus(self, vault: VaultController) -> None:
        menu_bar = self._window.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        prints = self.prints
        fill_menu(file_menu, self.new_group_action, self.programmes_action, None)
        fill_menu(file_menu, self.hub_programme_action, None)
        fill_menu(
            file_menu.addMenu(self.tr("&Export")),
            self.export_summary_action,
            self.export_handout_action,
            prints.export_register_action,
            self.export_series_action,
            self.export_bulletin_action,
            self.export_csv_action,
            self._host.group_page.sessions.calendar_all_action,
            self._host.group_page.sessions.calendar_one_action,
            self._host.group_page.sessions.attendance_list_all_action,
            self._host.group_page.sessions.attendance_list_one_action,
            self.export_group_archive_action,
            self.export_all_archive_action,
        )
        fill_menu(
            file_menu,
            prints.print_action,
            self.hub.publish_action,
            self.import_archive_action,
            self.restore_backup_action,
            None,
            self.preferences_action,
            None,
            self.quit_action,
        )
        fill_menu(
            menu_bar.addMenu(self.tr("&Group")),
            self.rename_action,
            self.archive_action,
            self.restore_action,
            None,
            self.add_member_action,
            self.add_members_action,
            self.edit_member_action,
            self.member_notes_action,
            self.remove_member_action,
        )
        fill_menu(
            menu_bar.addMenu(self.tr("F&ormats")),
            self.manage_formats_action,
            self.prompt_cards_action,
        )
        self.privacy_menu = PrivacyMenu(self._window, menu_bar, vault)
        self.session_menu = menu_bar.addMenu(self.tr("&Session"))
        self.session_menu.aboutToShow.connect(self.fill_session_menu)
        self.fill_session_menu()
        self.evaluation_menu = EvaluationMenu(
            self._window, menu_bar, self._store, self._evaluation_context
        )
        self.records_menu = RecordsMenu(
            self._window,
            menu_bar,
            self._store,
            vault,
            folders=lambda: self._host.exports.folders,
            current_member=self._host.group_page.members.current_record,
        )
        fill_menu(
            menu_bar.addMenu(self.tr("&View")),
            self.search_action,
            self.filter_action,
            self.show_archived_action,
        )
        self.help_menu = HelpMenu(self._window, menu_bar, self._store, self.log_folder_action)
        self.about_action = self.help_menu.about_action

    def fill_session_menu(self) -> None:
        """The Session menu lists the open session's clock actions with their keys."""
        menu = self.session_menu
        menu.clear()
        menu.addActions([self.plan_session_action, self.plan_series_action])
        page = self._host.session_page
        if page is None:
            return
        fill_menu(
            menu,
            self.back_to_group_action,
            page.back_to_clock_action,  # Esc, from a note or any panel
            None,
            *(action for action in page.run_view.control_actions if action.isVisible()),
            page.undo.action,
            None,
            *page.cards.card_actions,
            None,
            page.presenter_screen.action,
            page.presenter_screen.quiet_action,
            page.chime_action,
        )

    def update_actions(self, record: GroupRecord | None, *, session_open: bool) -> None:
        """Enable what applies to the group shown (``record``, None when none is) and to
        an open session."""
        editable = record is not None and not record.archived
        self.rename_action.setEnabled(editable)
        self.archive_action.setEnabled(editable)
        self.restore_action.setEnabled(record is not None and record.archived)
        self.add_member_action.setEnabled(editable)
        self.add_members_action.setEnabled(editable)
        self.edit_member_action.setEnabled(editable)
        self.plan_session_action.setEnabled(editable)
        self.plan_series_action.setEnabled(editable)
        self.back_to_group_action.setEnabled(session_open)

    def _set_archived(self, archived: bool) -> None:
        """Archive (or restore) the group shown, unless it already is."""
        page = self._host.group_page
        if page.record is not None and page.record.archived != archived:
            page.toggle_archived()

    def _on_member(self, act: Callable[[str], object]) -> None:
        """Run ``act`` on the current member of the group shown, when there is one."""
        if membership_id := self._host.group_page.members.current_membership_id():
            act(membership_id)

    def _focus_filter(self) -> None:
        filter_edit = self._host.group_list.filter_edit
        filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        filter_edit.selectAll()

    def _manage_formats(self) -> None:
        from reflectdesk.ui.library.format_editor import open_format_library  # on first use

        open_format_library(self._store, self._window)

    def _evaluation_context(self) -> tuple[str, str]:
        """(group id, session id) for the Evaluation menu; "" where none is chosen."""
        session_id = self._current_session_id()
        session_page = self._host.session_page
        group_id = session_page.record.group_id if session_page else ""
        return group_id or self._host.group_page.group_id, session_id

    def _current_session_id(self) -> str:
        if (session_page := self._host.session_page) is not None:
            return session_page.session_id
        return self._host.group_page.sessions.current_session_id()

    def export_summary(self) -> None:
        self.prints.export("summary")

    def _on_group(self, act: Callable[[str], object]) -> Callable[[], None]:
        """A command on the group shown (none shown: nothing); exports are made on first use."""

        def run() -> None:
            if group_id := self._host.group_page.group_id:
                act(group_id)

        return run

    def _export_all_archive(self) -> None:
        self._host.exports.archive(None)

    def _import_archive(self) -> None:
        self._host.exports.import_archive(self._host.reload_groups)

    def _restore_from_backup(self) -> None:
        from reflectdesk.ui.exports.restore_dialog import open_restore_dialog  # on first use

        open_restore_dialog(self._store.path, self._window, self._restore_backup)

    def _programmes(self) -> None:
        from reflectdesk.ui.exports.programmes_dialog import ProgrammesDialog

        self.programmes_dialog = ProgrammesDialog(
            self._store, self._window, folders=self._host.exports.folders
        )
        self.programmes_dialog.open()

    def _hub_programme(self) -> None:
        from reflectdesk.ui.exports.hub_programme_window import open_hub_programme

        self.hub_dialog = open_hub_programme(self._store, self._window)

    def _prompt_cards(self) -> None:
        from reflectdesk.ui.library.card_browser import open_card_browser  # on first use

        open_card_browser(self._store, self._window)

    def _preferences(self) -> None:
        from reflectdesk.ui.shell.preferences_dialog import PreferencesDialog  # on first use

        PreferencesDialog(self._store, self._window, open_hub=self.hub.open_settings).open()

    def _open_log_folder(self) -> None:
        from reflectdesk.ui.shell.crash_dialog import open_log_folder  # on first use

        if not open_log_folder():
            message = self.tr("The log folder could not be opened.")
            self._window.statusBar().showMessage(message, 5000)
