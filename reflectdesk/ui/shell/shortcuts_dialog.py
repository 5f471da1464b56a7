"""Help ▸ Keyboard Shortcuts (F1): every key of the window, grouped by menu and room,
made when it opens from the actions themselves (ui/shell/shortcut_overview.py), with a
filter box that matches an action's name or its key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from reflectdesk.ui.shell.shortcut_overview import ShortcutOverview

# Fits a 1366×768 laptop with the taskbar and the title bar.
DIALOG_SIZE = (620, 600)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("keyboardShortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("shortcutFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by action or key, e.g. pause or Ctrl"))
        self.filter_edit.setAccessibleName(self.tr("Filter the shortcuts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.empty_label = QLabel(self.tr("No shortcut matches."), self)
        self.empty_label.setObjectName("noShortcutMatches")
        self.empty_label.hide()
        self.note = QLabel(
            self.tr(
                "The session room's keys (the clock, the cards, the presenter screen) are "
                "listed here while a session is open; its buttons show them too."
            ),
            self,
        )
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._fill(ShortcutOverview(window))
        self.note.setVisible(getattr(window, "session_page", None) is None)
        self.resize(*DIALOG_SIZE)
        self.filter_edit.setFocus()

    def _fill(self, overview: ShortcutOverview) -> None:
        self._groups: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        bold = self.tree.font()
        bold.setBold(True)
        for group in overview.groups():
            heading = QTreeWidgetItem(self.tree, [group.title])
            heading.setFirstColumnSpanned(True)
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            items = []
            for row in group.rows:
                item = QTreeWidgetItem(heading, [row.text, row.keys])
                if row.action is not None:
                    item.setData(0, Qt.ItemDataRole.UserRole, row.action.objectName())
                items.append(item)
            self._groups.append((heading, items))
            heading.setExpanded(True)

    def _items(self) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        """Each group's heading with its rows."""
        return self._groups

    def rows(self, *, visible_only: bool = True) -> list[tuple[str, str, str]]:
        """(group, action, keys) as listed; only those the filter lets through."""
        found = []
        for heading, items in self._items():
            for item in items:
                if not (visible_only and item.isHidden()):
                    found.append((heading.text(0), item.text(0), item.text(1)))
        return found

    def apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        any_shown = False
        for heading, items in self._items():
            group_matches = all(word in heading.text(0).casefold() for word in words)
            shown_here = 0
            for item in items:
                haystack = f"{heading.text(0)} {item.text(0)} {item.text(1)}".casefold()
                matches = group_matches or all(word in haystack for word in words)
                item.setHidden(not matches)
                shown_here += matches
            heading.setHidden(shown_here == 0)
            any_shown = any_shown or shown_here > 0
        self.empty_label.setVisible(not any_shown)
