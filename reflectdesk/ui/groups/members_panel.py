"""A group's members: a sortable table with add, edit and remove."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWidget

from reflectdesk.core.model import FACILITATOR_ROLES, MemberRecord, Role
from reflectdesk.core.names import guess_family_name, split_family_name
from reflectdesk.ui.common.dates import short_day
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.common.record_model import RecordTableModel
from reflectdesk.ui.common.record_panel import RecordPanel
from reflectdesk.ui.common.translation import QT_TRANSLATE_NOOP
from reflectdesk.ui.common.widgets import push_button

ROLE_LABELS = {
    Role.MEMBER: QT_TRANSLATE_NOOP("MemberRole", "Member"),
    Role.FACILITATOR: QT_TRANSLATE_NOOP("MemberRole", "Facilitator"),
    Role.CO_FACILITATOR: QT_TRANSLATE_NOOP("MemberRole", "Co-facilitator"),
}


def sorted_under(record: MemberRecord) -> str:
    """The family name as a register lists it: "Eertwegh, van den"."""
    prefix, core = split_family_name(record.family_name or guess_family_name(record.display_name))
    return f"{core}, {prefix}" if prefix else core


class MemberTableModel(RecordTableModel[MemberRecord]):
    headers = (
        QT_TRANSLATE_NOOP("ColumnHeadings", "Name"),
        QT_TRANSLATE_NOOP("ColumnHeadings", "Sorted under"),
        QT_TRANSLATE_NOOP("ColumnHeadings", "Role"),
        QT_TRANSLATE_NOOP("ColumnHeadings", "Joined"),
    )

    def key(self, record: MemberRecord) -> str:
        return record.membership_id

    def cell(self, record: MemberRecord, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return record.display_name
            if column == 1:
                return sorted_under(record)
            if column == 2:
                return QCoreApplication.translate("MemberRole", ROLE_LABELS[record.role])
            if column == 3:
                return short_day(record.joined_on) if record.joined_on else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and not record.family_name:
            return self.tr("Guessed from the name; edit the member to change it.")
        return None


class MembersPanel(RecordPanel[MemberRecord]):
    """Emits ``add_requested``, ``edit_requested(membership_id)`` and
    ``remove_requested(membership_id)``; the main window carries them out."""

    add_requested = Signal()
    add_several_requested = Signal()
    edit_requested = Signal(str)
    remove_requested = Signal(str)
    notes_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(MemberTableModel, self.tr("Members"), "memberTable", parent)
        self._editable = True
        self.table.setAlternatingRowColors(True)
        self.open_with(self._request_edit)

        self.add_button = push_button(
            self.tr("Add…"),
            self,
            "addMember",
            self.tr("Add a member to this group (Ctrl+M)"),
            self.add_requested,
        )
        self.add_several_button = push_button(
            self.tr("Add Several…"),
            self,
            "addSeveralMembers",
            self.tr(
                "Add a list of people at once: pasted from a spreadsheet or an e-mail, "
                "or from a CSV file"
            ),
            self.add_several_requested,
        )
        self.edit_button = push_button(
            self.tr("Edit…"),
            self,
            "editMember",
            self.tr("Edit the selected member (Enter)"),
            self._request_edit,
        )
        self.notes_button = push_button(
            self.tr("Notes…"),
            self,
            "memberNotes",
            self.tr("Private follow-up notes about the selected member (Ctrl+Shift+O)"),
            self._request_notes,
        )
        self.remove_button = push_button(
            self.tr("Remove"),
            self,
            "removeMember",
            self.tr("Remove the selected member (Delete)"),
            self._request_remove,
        )

        # Delete removes the selected member only while the table has focus.
        self.remove_action = self.delete_key_action(self.tr("Remove Member"), self._request_remove)

        self.lay_out(
            (
                self.add_button,
                self.add_several_button,
                self.edit_button,
                self.notes_button,
                self.remove_button,
            ),
            self.tr("No members yet. Add the students or residents of this group with Ctrl+M."),
        )
        # Full width whenever the window has room (any laptop); in a window narrower than
        # about 800 px it gives way rather than widen the page's minimum (the Group menu
        # holds it too).
        self.add_several_button.setMinimumWidth(40)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)

    def set_members(self, records: list[MemberRecord]) -> None:
        self.model.set_records(records)
        self._update_buttons()
        active = [record for record in records if record.active]
        leading = sum(record.role in FACILITATOR_ROLES for record in active)
        self.heading.setText(
            fill(
                self.tr("Members: %1, %2"),
                self.tr("%n participant(s)", "", len(active) - leading),
                self.tr("%n facilitator(s)", "", leading),
            )
            if active
            else self.tr("Members")
        )

    def select_member(self, membership_id: str) -> None:
        self.select(membership_id)

    def current_membership_id(self) -> str:
        record = self.current_record()
        return record.membership_id if record else ""

    def set_editable(self, editable: bool) -> None:
        self.add_button.setEnabled(editable)
        self.add_several_button.setEnabled(editable)
        self._editable = editable
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        super()._update_buttons()
        editable = self._editable
        has_selection = bool(self.current_membership_id())
        self.edit_button.setEnabled(editable and has_selection)
        self.notes_button.setEnabled(has_selection)
        self.remove_button.setEnabled(editable and has_selection)
        self.remove_action.setEnabled(editable and has_selection)

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
