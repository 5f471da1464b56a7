"""The open actions from the group's earlier sessions, on the Room tab: the opening phase
is where a group reviews them. Each is closed with one key (Enter, or Ctrl+D) or a click
on its box; a closed one stays listed, struck through, until the page is opened again,
so a slip is undone with the same key."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.notes import ActionRecord
from reflectdesk.store import notes
from reflectdesk.store.database import Store
from reflectdesk.ui.common.dates import day_and_month
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.messages import show_error

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OpenActionsPanel(QWidget):
    """Emits ``status(message)`` after an action is closed or opened again."""

    status = Signal(str)

    def __init__(self, store: Store, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openActionsPanel")
        self._store = store
        self._session_id = session_id
        self.heading = QLabel(self.tr("Open actions from earlier sessions"), self)
        set_role(self.heading, "sectionHeading")
        self.list = QListWidget(self)
        self.list.setObjectName("earlierActions")
        self.list.setToolTip(
            self.tr("Enter or Ctrl+D marks the selected action done (again: not done)")
        )
        self.list.itemActivated.connect(self.toggle)
        self.list.itemChanged.connect(self._box_clicked)
        done = QAction(self.tr("Mark &Done"), self.list)
        done.setShortcut(QKeySequence("Ctrl+D"))
        done.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        done.triggered.connect(self._toggle_current)
        self.list.addAction(done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.reload()

    def reload(self) -> None:
        try:
            found = notes.open_actions_before(self._store, self._session_id)
        except ReflectDeskError:
            found = []  # the session went meanwhile; the page says so elsewhere
        self.list.blockSignals(True)
        self.list.clear()
        for action in found:
            item = QListWidgetItem(self._text(action), self.list)
            item.setData(ID_ROLE, action.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        if found:
            self.list.setCurrentRow(0)
        self.setVisible(bool(found))

    def _text(self, action: ActionRecord) -> str:
        parts = [action.text, action.owner_name or self.tr("facilitator")]
        if action.due_on is not None:
            parts.append(self.tr("due %1").replace("%1", day_and_month(action.due_on)))
        return " — ".join(parts)

    def _toggle_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.toggle(item)

    def toggle(self, item: QListWidgetItem) -> None:
        done = item.checkState() != Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)

    def _box_clicked(self, item: QListWidgetItem) -> None:
        done = item.checkState() == Qt.CheckState.Checked
        try:
            notes.set_action_done(self._store, item.data(ID_ROLE), done)
        except ReflectDeskError as error:
            show_error(self, self.tr("Could not update the action"), error)
            self.reload()
            return
        font = item.font()
        font.setStrikeOut(done)
        self.list.blockSignals(True)
        item.setFont(font)
        self.list.blockSignals(False)
        self.status.emit(self.tr("Action done.") if done else self.tr("Action open again."))
