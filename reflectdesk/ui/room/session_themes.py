"""The themes of one session (ticked in a list) and of its learning points (tagged in a
picker), with new and renamed themes. The picker and the name dialog are dialogs, so
while the clock runs they wait: themes are write-up work, for after the session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.notes import LearningPointDraft, LearningPointRecord
from reflectdesk.store import notes, themes
from reflectdesk.store.database import Store
from reflectdesk.ui.common.widgets import at_least_lines, role_label
from reflectdesk.ui.room.study_themes import ID_ROLE, ThemeNameDialog, ThemePickerDialog, kind_label


class SessionThemes(QWidget):
    """Emits ``status(message)`` for the status bar and ``changed`` after a theme was
    added or renamed (the learning points' tags show theme names too)."""

    status = Signal(str)
    changed = Signal()

    def __init__(
        self,
        store: Store,
        session_id: str,
        clock_running: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._session_id = session_id
        self._clock_running = clock_running
        self.list = QListWidget(self)
        at_least_lines(self.list)  # the Notes tab fits beside the clock at 1280×720
        self.list.setObjectName("sessionThemes")
        self.list.setAccessibleName(self.tr("Themes of this session"))
        self.list.setToolTip(self.tr("Tick the themes of this session; Enter renames one"))
        self.list.itemChanged.connect(self._ticked)
        self.list.itemActivated.connect(self.rename_theme)
        self.new_button = QPushButton(self.tr("New Theme…"), self)
        self.new_button.setObjectName("newTheme")
        self.new_button.clicked.connect(self.new_theme)
        row = QHBoxLayout()
        row.addWidget(role_label("sectionHeading", self, self.tr("Themes of this session")), 1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)

    def reload(self, checkable: bool) -> None:
        chosen = set(themes.session_theme_ids(self._store, self._session_id))
        self.list.blockSignals(True)
        self.list.clear()
        for theme in themes.list_themes(self._store):
            item = QListWidgetItem(f"{theme.name}  ({kind_label(theme.kind)})", self.list)
            item.setData(ID_ROLE, theme.id)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags if checkable else flags & ~Qt.ItemFlag.ItemIsUserCheckable)
            ticked = Qt.CheckState.Checked if theme.id in chosen else Qt.CheckState.Unchecked
            item.setCheckState(ticked)
        self.list.blockSignals(False)

    def _ticked(self, _item: QListWidgetItem) -> None:
        chosen = [
            self.list.item(row).data(ID_ROLE)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
        themes.set_session_themes(self._store, self._session_id, chosen)

    def _wait(self) -> bool:
        """Tagging and naming themes open dialogs: they wait until the clock stops."""
        if self._clock_running():
            self.status.emit(self.tr("Themes are tagged and named after the session."))
            return True
        return False

    def tag_point(self, point: LearningPointRecord) -> None:
        """Choose the themes of one learning point."""
        if self._wait():
            return

        def save(theme_ids: list[str]) -> None:
            notes.update_learning_point(
                self._store,
                point.id,
                LearningPointDraft(point.text, point.shareable, tuple(theme_ids)),
            )

        dialog = ThemePickerDialog(
            point.text, themes.list_themes(self._store), point.theme_ids, save, self
        )
        dialog.open()

    def new_theme(self) -> None:
        if self._wait():
            return
        dialog = ThemeNameDialog(
            lambda name, kind: themes.add_theme(self._store, name, kind), parent=self
        )
        dialog.accepted.connect(self.changed)
        dialog.open()

    def rename_theme(self, item: QListWidgetItem) -> None:
        if self._wait():
            return
        theme = next(t for t in themes.list_themes(self._store) if t.id == item.data(ID_ROLE))
        dialog = ThemeNameDialog(
            lambda name, _kind: themes.rename_theme(self._store, theme.id, name), theme, self
        )
        dialog.accepted.connect(self.changed)
        dialog.open()
