"""Which of the laptop's groups go to the hub, and under which of the hub's programmes
(Preferences ▸ Hub). Publishing is offered, never forced: a group left unticked never
leaves the laptop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from reflectdesk.core.model import GroupRecord
from reflectdesk.ui.common.widgets import compact_rows

NAME, PUBLISH, PROGRAMME = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole


class HubGroupsTable(QTableWidget):
    def __init__(
        self,
        groups: list[GroupRecord],
        chosen: dict[str, str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(len(groups), 3, parent)
        self.setObjectName("hubGroups")
        self.setAccessibleName(self.tr("Groups to publish"))
        self.setHorizontalHeaderLabels(
            [self.tr("Group"), self.tr("Publish to the hub"), self.tr("Programme on the hub")]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self._programmes: tuple[tuple[str, str], ...] = ()
        for row, group in enumerate(groups):
            name = QTableWidgetItem(group.name)
            name.setData(ID_ROLE, group.id)
            name.setToolTip(group.name)  # a long name is elided in its cell
            self.setItem(row, NAME, name)
            tick = QTableWidgetItem()  # the heading says it; a screen reader hears it
            tick.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Publish"))
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(
                Qt.CheckState.Checked if group.id in chosen else Qt.CheckState.Unchecked
            )
            self.setItem(row, PUBLISH, tick)
            combo = QComboBox(self)
            combo.setObjectName(f"programmeFor_{row}")
            combo.setAccessibleName(self.tr("Programme on the hub"))
            self.setCellWidget(row, PROGRAMME, combo)
            self._fill(combo, chosen.get(group.id))
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PUBLISH, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROGRAMME, QHeaderView.ResizeMode.ResizeToContents)
        compact_rows(self)

    def set_programmes(self, programmes: tuple[tuple[str, str], ...]) -> None:
        """The hub's programmes (id, name), read by Test connection; each group keeps
        its choice."""
        self._programmes = programmes
        for row in range(self.rowCount()):
            combo = self.combo(row)
            self._fill(combo, combo.currentData())

    def _fill(self, combo: QComboBox, current: str | None) -> None:
        combo.clear()
        combo.addItem(self.tr("No programme"), None)
        for programme_id, name in self._programmes:
            combo.addItem(name, programme_id)
        if current is not None and combo.findData(current) < 0:
            # Chosen earlier; its name is known once the hub has been reached.
            combo.addItem(self.tr("Chosen earlier (test the connection to see it)"), current)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def combo(self, row: int) -> QComboBox:
        widget = self.cellWidget(row, PROGRAMME)
        assert isinstance(widget, QComboBox)
        return widget

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # every cell of the first two columns is made above
        return item

    def row_of(self, group_id: str) -> int:
        for row in range(self.rowCount()):
            if self._cell(row, NAME).data(ID_ROLE) == group_id:
                return row
        raise KeyError(group_id)

    def set_offered(self, group_id: str, offered: bool, programme_id: str | None = None) -> None:
        row = self.row_of(group_id)
        state = Qt.CheckState.Checked if offered else Qt.CheckState.Unchecked
        self._cell(row, PUBLISH).setCheckState(state)
        if programme_id is not None:
            combo = self.combo(row)
            combo.setCurrentIndex(combo.findData(programme_id))

    def choices(self) -> dict[str, str | None]:
        """Group id -> hub programme id, for the ticked groups."""
        chosen: dict[str, str | None] = {}
        for row in range(self.rowCount()):
            if self._cell(row, PUBLISH).checkState() == Qt.CheckState.Checked:
                data = self.combo(row).currentData()
                chosen[str(self._cell(row, NAME).data(ID_ROLE))] = (
                    None if data is None else str(data)
                )
        return chosen

    def all_groups(self) -> list[str]:
        return [str(self._cell(row, NAME).data(ID_ROLE)) for row in range(self.rowCount())]
