"""A group's members: a sortable table with add, edit and remove."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.model import MemberRecord, Role
from reflectdesk.core.names import guess_family_name, split_family_name
from reflectdesk.ui.common.look import let_shrink, set_role
from reflectdesk.ui.common.record_model import SIZE_SAMPLE_ROWS, RecordTableModel

ROLE_LABELS = {
    Role.MEMBER: "Member",
    Role.FACILITATOR: "Facilitator",
    Role.CO_FACILITATOR: "Co-facilitator",
}


def sorted_under(record: MemberRecord) -> str:
    """The family name as a register lists it: "Eertwegh, van den"."""
    prefix, core = split_family_name(record.family_name or guess_family_name(record.display_name))
    return f"{core}, {prefix}" if prefix else core


class MemberTableModel(RecordTableModel[MemberRecord]):
    headers = ("Name", "Sorted under", "Role", "Joined")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda record: record.membership_id, parent=parent)

    def cell(self, record: MemberRecord, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return record.display_name
            if column == 1:
                return sorted_under(record)
            if column == 2:
                return self.tr(ROLE_LABELS[record.role])
            if column == 3:
                return record.joined_on.isoformat() if record.joined_on else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and not record.family_name:
            return self.tr("Guessed from the name; edit the member to change it.")
        return None


class MembersPanel(QWidget):
    """Emits ``add_requested``, ``edit_requested(membership_id)`` and
    ``remove_requested(membership_id)``; the main window carries them out."""

    add_requested = Signal()
    edit_requested = Signal(str)
    remove_requested = Signal(str)
    notes_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editable = True
        self.model = MemberTableModel(self)

        self.heading = QLabel(self.tr("Members"), self)
        set_role(self.heading, "sectionHeading")

        self.table = QTableView(self)
        self.table.setObjectName("memberTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Members"))
        self.table.setWordWrap(False)  # one line per row; long text is elided
        header = self.table.horizontalHeader()
        # Column widths from the first rows only: a long series must not slow drawing.
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self._request_edit())
        self.table.activated.connect(lambda _index: self._request_edit())

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName("addMember")
        self.add_button.setToolTip(self.tr("Add a member to this group (Ctrl+M)"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editMember")
        self.edit_button.setToolTip(self.tr("Edit the selected member (Enter)"))
        self.edit_button.clicked.connect(self._request_edit)
        self.notes_button = QPushButton(self.tr("Notes…"), self)
        self.notes_button.setObjectName("memberNotes")
        self.notes_button.setToolTip(
            self.tr("Private follow-up notes about the selected member (Ctrl+Shift+O)")
        )
        self.notes_button.clicked.connect(self._request_notes)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeMember")
        self.remove_button.setToolTip(self.tr("Remove the selected member (Delete)"))
        self.remove_button.clicked.connect(self._request_remove)

        # Delete removes the selected member only while the table has focus, so the
        # key keeps its usual meaning in text fields.
        self.remove_action = QAction(self.tr("Remove Member"), self.table)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.triggered.connect(self._request_remove)
        self.table.addAction(self.remove_action)

        self.empty_hint = QLabel(
            self.tr("No members yet. Add the students or residents of this group with Ctrl+M."),
            self,
        )
        set_role(self.empty_hint, "hint")
        self.empty_hint.setWordWrap(True)

        let_shrink(self.add_button, self.edit_button, self.notes_button, self.remove_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.notes_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)

        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self._update_buttons()

    def set_members(self, records: list[MemberRecord]) -> None:
        self.model.set_records(records)
        self._update_buttons()

    def select_member(self, membership_id: str) -> None:
        row = self.model.row_of(membership_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def current_membership_id(self) -> str:
        # The current row (the one with the focus frame), not only a selected one: a
        # keyboard user who tabs into the table acts on the row they see marked.
        index = self.table.currentIndex()
        record = self.model.record_at(index.row()) if index.isValid() else None
        return record.membership_id if record else ""

    def set_editable(self, editable: bool) -> None:
        self.add_button.setEnabled(editable)
        self._editable = editable
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        editable = self._editable
        has_selection = bool(self.current_membership_id())
        self.edit_button.setEnabled(editable and has_selection)
        self.notes_button.setEnabled(has_selection)
        self.remove_button.setEnabled(editable and has_selection)
        self.remove_action.setEnabled(editable and has_selection)
        empty = self.model.rowCount() == 0
        self.empty_hint.setVisible(empty)

    def _request_edit(self) -> None:
        membership_id = self.current_membership_id()
        if membership_id and self._editable:
            self.edit_requested.emit(membership_id)

    def _request_notes(self) -> None:
        membership_id = self.current_membership_id()
        if membership_id:
            self.notes_requested.emit(membership_id)

    def _request_remove(self) -> None:
        membership_id = self.current_membership_id()
        if membership_id and self._editable:
            self.remove_requested.emit(membership_id)
