"""A Qt table model over plain record objects, kept in step by key.

Widgets hand it a fresh list of records after each change; it removes, inserts, moves
and updates rows with the proper begin/end calls, so selections and the current row
survive a refresh (unlike a model reset).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Record = TypeVar("Record")
Index = QModelIndex | QPersistentModelIndex

RecordRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    """Subclasses define ``headers``, ``key(record)`` and ``cell(record, column, role)``.
    Headers are marked ``QT_TRANSLATE_NOOP("ColumnHeadings", "Name")`` and translated here."""

    headers: tuple[str, ...] = ("",)
    # The roles ``cell`` answers. Views ask for a dozen roles per cell on every paint;
    # the rest are answered at once without calling into the subclass.
    roles: frozenset[int] = frozenset(
        {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole}
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Record] = []

    def key(self, record: Record) -> str:
        """What keeps a record's row across refreshes: its id, unique in the list (a
        model whose records have no ``id`` says what else is)."""
        return str(getattr(record, "id"))  # noqa: B009 - Record is any record type

    # --- reading ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return QCoreApplication.translate("ColumnHeadings", self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self.roles and role not in (RecordRole, KeyRole):
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == RecordRole:
            return record
        if role == KeyRole:
            return self.key(record)
        return self.cell(record, index.column(), role)

    def cell(self, record: Record, column: int, role: int) -> object:
        """What to show for one cell; subclasses override it (the base shows nothing)."""
        return None

    def record_at(self, row: int) -> Record | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        for row, record in enumerate(self._rows):
            if self.key(record) == key:
                return row
        return -1

    def records(self) -> list[Record]:
        return list(self._rows)

    # --- keeping in step -------------------------------------------------------------

    def set_records(self, records: Sequence[Record]) -> None:
        new_keys = [self.key(record) for record in records]
        wanted = set(new_keys)
        for row in range(len(self._rows) - 1, -1, -1):
            if self.key(self._rows[row]) not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

        kept = {self.key(record) for record in self._rows}
        kept_order = [key for key in new_keys if key in kept]
        if [self.key(record) for record in self._rows] != kept_order:
            self._reorder(kept_order)

        by_key = {self.key(record): record for record in records}
        for row, key in enumerate(new_keys):
            if key not in kept:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, by_key[key])
                self.endInsertRows()

        for row, key in enumerate(new_keys):
            if self._rows[row] != by_key[key]:
                self._rows[row] = by_key[key]
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _reorder(self, order: list[str]) -> None:
        self.layoutAboutToBeChanged.emit()
        position = {key: row for row, key in enumerate(order)}
        old_keys = [self.key(record) for record in self._rows]
        persistent = self.persistentIndexList()
        self._rows.sort(key=lambda record: position[self.key(record)])
        moved = [
            self.index(position[old_keys[index.row()]], index.column()) for index in persistent
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()


SIZE_SAMPLE_ROWS = 30  # rows sampled to size table columns (QHeaderView precision)
