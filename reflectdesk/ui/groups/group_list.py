"""The left-hand list of groups: a filter box, the list, and the archived toggle."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.model import GroupRecord
from reflectdesk.core.names import fold
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.common.record_model import KeyRole, RecordRole, RecordTableModel
from reflectdesk.ui.common.translation import QT_TRANSLATE_NOOP

SubtitleRole = Qt.ItemDataRole.UserRole + 10


class GroupListModel(RecordTableModel[GroupRecord]):
    headers = (QT_TRANSLATE_NOOP("ColumnHeadings", "Group"),)
    roles = RecordTableModel.roles | {SubtitleRole, Qt.ItemDataRole.AccessibleDescriptionRole}

    def key(self, record: GroupRecord) -> str:
        return record.id

    def cell(self, record: GroupRecord, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return record.name
        if role == SubtitleRole:
            return self.subtitle(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{record.name}\n{self.subtitle(record)}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.subtitle(record)
        return None

    def subtitle(self, record: GroupRecord) -> str:
        parts = [
            self.people(record.participant_count, record.facilitator_count),
            record.format_name or self.tr("no format chosen"),
        ]
        if record.archived:
            parts.insert(0, self.tr("Archived"))
        return " · ".join(parts)

    def people(self, participants: int, facilitators: int) -> str:
        """ "9 participants, 2 facilitators": the facilitators apart, left out at none."""
        counted = self.tr("%n participant(s)", "", participants)
        if not facilitators:
            return counted
        return fill(self.tr("%1, %2"), counted, self.tr("%n facilitator(s)", "", facilitators))


class FoldedFilterModel(QSortFilterProxyModel):
    """Filters on accent- and case-folded text, so "huseyin" finds "Hüseyin"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        # beginFilterChange() arrived in Qt 6.9; older Qt only has invalidateFilter().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._needle = fold(text.strip())
            self.endFilterChange()
        else:  # pragma: no cover - depends on the installed Qt
            self._needle = fold(text.strip())
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        record = index.data(RecordRole)
        haystack = f"{index.data()} {index.data(SubtitleRole)}"
        if isinstance(record, GroupRecord):
            haystack += f" {record.setting}"
        return self._needle in fold(haystack)


TAIL_SEPARATORS = (" — ", " – ", " - ")


def shown_title(metrics: QFontMetrics, name: str, width: int, mode: Qt.TextElideMode) -> str:
    """``name`` as it fits in ``width``. What tells groups apart is mostly at the end
    ("Balint group for residents — Utrecht A" and "— Utrecht B"): the part after the
    last dash is kept whole when it fits and the part before it shortened; otherwise
    the name is elided by ``mode`` (the list's: the middle)."""
    if metrics.horizontalAdvance(name) <= width:
        return name
    for separator in TAIL_SEPARATORS:
        head, found, tail = name.rpartition(separator)
        if found and head:
            tail = found.lstrip() + tail
            room = width - metrics.horizontalAdvance(" " + tail)
            if room > metrics.horizontalAdvance("…") * 4:
                return metrics.elidedText(head, Qt.TextElideMode.ElideRight, room) + " " + tail
            break
    return metrics.elidedText(name, mode, width)


class TwoLineDelegate(QStyledItemDelegate):
    """Name on the first line, a quieter subtitle (format · members) on the second."""

    PADDING = 8

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + self.PADDING * 2 + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        rect = opt.rect.adjusted(self.PADDING + 4, self.PADDING, -self.PADDING, -self.PADDING)
        title_font = QFont(opt.font)
        title_font.setBold(True)
        metrics = QFontMetrics(title_font)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(
            palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        )
        top = rect.adjusted(0, 0, 0, -rect.height() // 2)
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            shown_title(metrics, title, rect.width(), opt.textElideMode),
        )
        subtitle_font = QFont(opt.font)
        painter.setFont(subtitle_font)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.setPen(palette.color(role))
        bottom = rect.adjusted(0, rect.height() // 2, 0, 0)
        subtitle = str(index.data(SubtitleRole) or "")
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(subtitle_font).elidedText(
                subtitle, Qt.TextElideMode.ElideRight, rect.width()
            ),
        )
        painter.restore()


class GroupListPanel(QWidget):
    """Emits ``current_changed(group_id)`` ("" when nothing is selected) and
    ``show_archived_changed(bool)``."""

    current_changed = Signal(str)
    show_archived_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GroupListModel(self)
        self.proxy = FoldedFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("groupFilter")
        self.filter_edit.setAccessibleName(self.tr("Filter groups"))
        self.filter_edit.setPlaceholderText(self.tr("Filter groups (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_needle)

        self.view = QListView(self)
        self.view.setObjectName("groupList")
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Groups"))
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)

        self.archived_toggle = QCheckBox(self.tr("Show archived groups"), self)
        self.archived_toggle.setObjectName("showArchived")
        self.archived_toggle.toggled.connect(self.show_archived_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.archived_toggle)
        self.filter_edit.installEventFilter(self)

    def set_groups(self, records: list[GroupRecord]) -> None:
        before = self.current_group_id()
        self.model.set_records(records)
        if self.current_group_id() != before:
            self.current_changed.emit(self.current_group_id())

    def current_group_id(self) -> str:
        index = self.view.currentIndex()
        return str(index.data(KeyRole)) if index.isValid() else ""

    def select_group(self, group_id: str) -> bool:
        row = self.model.row_of(group_id)
        if row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            self.filter_edit.clear()
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(proxy_index)
        return True

    def select_first(self) -> None:
        if self.proxy.rowCount() > 0 and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(str(current.data(KeyRole)) if current.isValid() else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow in the filter box moves into the list, as in a search field.
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)  # PySide hands key events over as QKeyEvent
            and event.key() == Qt.Key.Key_Down
        ):
            self.view.setFocus()
            if not self.view.currentIndex().isValid() and self.proxy.rowCount():
                self.view.setCurrentIndex(self.proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)
