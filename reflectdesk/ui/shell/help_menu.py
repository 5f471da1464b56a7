"""The Help menu: Keyboard Shortcuts (F1), Your First Session, the log folder, About."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenuBar

from reflectdesk.store.database import Store
from reflectdesk.ui.common.translation import Translates

# F1 everywhere, besides the platform's own help key where that differs (⌘? on macOS).
HELP_KEY = "F1"


def help_keys() -> list[QKeySequence]:
    keys = [QKeySequence(HELP_KEY)]
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents):
        if key not in keys:
            keys.append(key)
    return keys


class HelpMenu(Translates):
    """Builds the Help menu on ``menu_bar``, its actions parented to ``window`` (so F1
    works anywhere in it); ``log_folder_action`` comes from the other menus' builder."""

    def __init__(
        self, window: QMainWindow, menu_bar: QMenuBar, store: Store, log_folder_action: QAction
    ) -> None:
        self._window = window
        self._store = store
        self.dialog: QDialog | None = None  # the last one opened, for tests and screenshots
        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), window)
        self.shortcuts_action.setObjectName("keyboardShortcuts")
        self.shortcuts_action.setShortcuts(help_keys())
        native = help_keys()[0].toString(QKeySequence.SequenceFormat.NativeText)
        self.shortcuts_action.setToolTip(
            self.tr("Every key of the window (%1)").replace("%1", native)
        )
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.guide_action = QAction(self.tr("Your &First Session"), window)
        self.guide_action.setObjectName("firstSessionGuide")
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action = QAction(self.tr("&About ReflectDesk"), window)
        self.about_action.setObjectName("about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        menu = menu_bar.addMenu(self.tr("&Help"))
        menu.setObjectName("helpMenu")
        for action in (self.shortcuts_action, self.guide_action, None):
            menu.addAction(action) if action is not None else menu.addSeparator()
        menu.addAction(log_folder_action)
        menu.addAction(self.about_action)

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.open()

    def show_shortcuts(self) -> None:
        from reflectdesk.ui.shell.shortcuts_dialog import ShortcutsDialog  # on first use

        self._open(ShortcutsDialog(self._window))

    def show_guide(self) -> None:
        from reflectdesk.ui.shell.first_session_guide import FirstSessionGuide  # on first use

        self._open(FirstSessionGuide(self._window))

    def show_about(self) -> None:
        from reflectdesk.ui.shell.about_dialog import AboutDialog  # on first use

        self._open(AboutDialog(self._store.path, self._window))
