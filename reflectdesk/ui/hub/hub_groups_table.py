"""Which of the laptop's groups go to the hub, and under which of the hub's programmes
(Preferences ▸ Hub). Publishing is offered, never forced: a group left unticked never
leaves the laptop.

The programme is a cell with a combo box as its editor (double-click, F2 or Enter),
not a combo box in every row: a department's laptop may list hundreds of groups, and a
widget per row made the page slow to open (benchmarks/hub_page.py)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from reflectdesk.core.model import GroupRecord
from reflectdesk.ui.common.widgets import compact_rows

NAME, PUBLISH, PROGRAMME = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


class ProgrammeDelegate(QStyledItemDelegate):
    """Edits a group's programme with a combo box of the hub's programmes."""

    def __init__(self, table: HubGroupsTable) -> None:
        super().__init__(table)
        self._table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("programmeChoice")
        combo.setAccessibleName(self.tr("Programme on the hub"))
        for programme_id, name in self._table.programme_choices(index.data(ID_ROLE)):
            combo.addItem(name, programme_id)
        combo.activated.connect(lambda _index: self._chosen(combo))  # a pick is the choice
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(ID_ROLE)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), ID_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


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
        self.setEditTriggers(
            QTableWidget.EditTrigger.DoubleClicked
            | QTableWidget.EditTrigger.EditKeyPressed
            | QTableWidget.EditTrigger.SelectedClicked
        )
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.setItemDelegateForColumn(PROGRAMME, ProgrammeDelegate(self))
        self._programmes: tuple[tuple[str, str], ...] = ()
        self._chosen_programmes = {p for g, p in chosen.items() if p is not None}
        # Made once, not per row: a department's laptop may list hundreds of groups.
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        tickable = fixed | Qt.ItemFlag.ItemIsUserCheckable
        editable = fixed | Qt.ItemFlag.ItemIsEditable
        publish, choose = self.tr("Publish"), self.tr("Double-click or press F2 to choose")
        names = dict(self.programme_choices(None))
        for row, group in enumerate(groups):
            name = QTableWidgetItem(group.name)
            name.setData(ID_ROLE, group.id)
            name.setToolTip(group.name)  # a long name is elided in its cell
            name.setFlags(fixed)
            self.setItem(row, NAME, name)
            tick = QTableWidgetItem()  # the heading says it; a screen reader hears it
            tick.setData(Qt.ItemDataRole.AccessibleTextRole, publish)
            tick.setFlags(tickable)
            tick.setCheckState(
                Qt.CheckState.Checked if group.id in chosen else Qt.CheckState.Unchecked
            )
            self.setItem(row, PUBLISH, tick)
            programme = QTableWidgetItem(names[None])
            programme.setFlags(editable)
            programme.setToolTip(choose)
            self.setItem(row, PROGRAMME, programme)
            if chosen.get(group.id) is not None:
                self._show_programme(programme, chosen.get(group.id))
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        compact_rows(self)

    def _fit_columns(self) -> None:
        """The tick and programme columns as wide as their headings and the longest
        programme name, measured once (fitting to contents measures every row)."""
        metrics, header = self.fontMetrics(), self.horizontalHeader()
        air = 4 * self.style().pixelMetric(self.style().PixelMetric.PM_HeaderMargin)
        heading = header.fontMetrics()
        self.setColumnWidth(PUBLISH, heading.horizontalAdvance(self.tr("Publish to the hub")) + air)
        texts = [self.tr("No programme"), *(name for _id, name in self._programmes)]
        if self._chosen_programmes - {key for key, _name in self._programmes}:
            texts.append(self.tr("Chosen earlier (test the connection to see it)"))
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        wanted = max(widest + 2 * air, heading.horizontalAdvance(self.tr("Programme on the hub")))
        self.setColumnWidth(PROGRAMME, wanted + air)

    def set_programmes(self, programmes: tuple[tuple[str, str], ...]) -> None:
        """The hub's programmes (id, name), read by Test connection; each group keeps
        its choice, now shown by name."""
        self._programmes = programmes
        for row in range(self.rowCount()):
            item = self._cell(row, PROGRAMME)
            self._show_programme(item, item.data(ID_ROLE))
        self._fit_columns()

    def programme_choices(self, current: str | None) -> list[tuple[str | None, str]]:
        """What the programme's combo box offers: none, the hub's, and the one chosen
        earlier when the hub's list (not read yet) does not name it."""
        choices: list[tuple[str | None, str]] = [(None, self.tr("No programme"))]
        choices += list(self._programmes)
        if current is not None and current not in dict(self._programmes):
            # Chosen earlier; its name is known once the hub has been reached.
            choices.append((current, self.tr("Chosen earlier (test the connection to see it)")))
        return choices

    def _show_programme(self, item: QTableWidgetItem, programme_id: str | None) -> None:
        names = dict(self.programme_choices(programme_id))
        item.setData(ID_ROLE, programme_id)
        item.setText(names.get(programme_id, ""))

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # every cell is made above
        return item

    def row_of(self, group_id: str) -> int:
        for row in range(self.rowCount()):
            if self._cell(row, NAME).data(ID_ROLE) == group_id:
                return row
        raise KeyError(group_id)

    def programme_of(self, row: int) -> str | None:
        data = self._cell(row, PROGRAMME).data(ID_ROLE)
        return None if data is None else str(data)

    def choices(self) -> dict[str, str | None]:
        """Group id -> hub programme id, for the ticked groups."""
        return {
            str(self._cell(row, NAME).data(ID_ROLE)): self.programme_of(row)
            for row in range(self.rowCount())
            if self._cell(row, PUBLISH).checkState() == Qt.CheckState.Checked
        }

    def all_groups(self) -> list[str]:
        return [str(self._cell(row, NAME).data(ID_ROLE)) for row in range(self.rowCount())]
