"""One group: its details (autosaved), ground rules, and members.

Edits are saved as the user goes: a line when editing it finishes, a choice at once,
the ground rules shortly after typing stops and whenever the page is left. The page
calls the store's service functions; it never queries the database itself.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import NotFoundError, ReflectDeskError
from reflectdesk.core.model import GroupDraft, GroupRecord
from reflectdesk.store import groups, members
from reflectdesk.store.database import Store
from reflectdesk.store.formats import list_formats
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.messages import confirm, show_error
from reflectdesk.ui.common.widgets import page_title, single_shot, splitter
from reflectdesk.ui.groups.group_form import GroupFields
from reflectdesk.ui.groups.members_panel import MembersPanel
from reflectdesk.ui.groups.sessions_panel import SessionsPanel
from reflectdesk.ui.privacy.vault_controller import VaultController

GROUND_RULES_SAVE_DELAY_MS = 700


class GroupPage(QWidget):
    """Emits ``status(message)`` for the status bar and ``archive_toggled(group_id)``."""

    status = Signal(str)
    session_open_requested = Signal(str)
    # "series", "bulletin", "certificate", "appraisal", "csv" or "archive"
    export_requested = Signal(str)

    def __init__(self, store: Store, vault: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupPage")
        self._store = store
        self._vault = vault  # for members' private notes
        self._record: GroupRecord | None = None

        self.title = page_title(self, 1.6)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)
        self.badge = QLabel(self.tr("Archived"), self)
        set_role(self.badge, "archivedBadge")
        self.saved_label = QLabel(self)
        set_role(self.saved_label, "savedState")
        self.saved_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        widest = max(
            self.tr("All changes saved"), self.tr("Not saved"), self.tr("Editing…"), key=len
        )
        self.saved_label.setMinimumWidth(
            self.saved_label.fontMetrics().horizontalAdvance(widest) + 12
        )
        self.archive_button = QPushButton(self)
        # Exports of this group; the main window carries them out (see export_requested).
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("groupExport")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        for kind, label in (
            ("series", self.tr("Series Report (PDF)…")),
            ("bulletin", self.tr("Learning Bulletin (PDF)…")),
            ("certificate", self.tr("Certificates of Attendance (PDF)…")),
            ("appraisal", self.tr("Appraisal Evidence (PDF)…")),
            ("csv", self.tr("Tables for Researchers (CSV)…")),
            ("archive", self.tr("Archive of This Group…")),
        ):
            export_menu.addAction(label, partial(self.export_requested.emit, kind))
        self.export_button.setMenu(export_menu)
        self.archive_button.setObjectName("archiveButton")
        self.results_button = QPushButton(self.tr("Evaluation Results"), self)
        self.results_button.setObjectName("evaluationResultsButton")
        self.results_button.clicked.connect(self.open_evaluation_results)

        self.archived_banner = QLabel(
            self.tr(
                "This group is archived: it is kept with all its records but cannot be "
                "changed. Restore it to make changes."
            ),
            self,
        )
        set_role(self.archived_banner, "archivedBanner")
        self.archived_banner.setWordWrap(True)

        self.fields = GroupFields(list_formats(store), self)
        self.error_label = QLabel(self)
        set_role(self.error_label, "inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.rules_edit = QPlainTextEdit(self)
        self.rules_edit.setObjectName("groundRules")
        self.rules_edit.setTabChangesFocus(True)
        self.rules_edit.setPlaceholderText(
            self.tr(
                "What the group agreed, e.g.\n"
                "• What is said in the group stays in the group.\n"
                "• One speaker at a time; no advice and no criticism of the presenter.\n"
                "• Anyone may pass."
            )
        )
        rules_label = QLabel(self.tr("Ground &rules and confidentiality agreement"), self)
        set_role(rules_label, "sectionHeading")
        rules_label.setWordWrap(True)
        rules_label.setBuddy(self.rules_edit)
        self._rules_timer = single_shot(self, self.save, GROUND_RULES_SAVE_DELAY_MS)

        self.members = MembersPanel(self)
        self.sessions = SessionsPanel(store, self)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.badge)
        header.addWidget(self.saved_label)
        header.addWidget(self.results_button)
        header.addWidget(self.export_button)
        header.addWidget(self.archive_button)

        details_heading = QLabel(self.tr("Details"), self)
        set_role(details_heading, "sectionHeading")
        left = QVBoxLayout()
        left.addWidget(details_heading)
        left.addWidget(self.fields)
        left.addWidget(self.error_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(rules_label)
        right.addWidget(self.rules_edit, 1)
        # The rules are read and edited seldom, the members every week: the box is as
        # high as the details beside it (four lines and more), never higher, so the
        # tables below keep the room; the splitter gives it more when wanted.
        self.rules_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.rules_edit.setMinimumHeight(self.rules_edit.fontMetrics().lineSpacing() * 4 + 12)
        top = QWidget(self)
        columns = QHBoxLayout(top)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)

        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        self.lower_splitter = splitter(
            self, "groupLowerSplitter", horizontal, (self.members, 1), (self.sessions, 0)
        )
        self.splitter = splitter(
            self, "groupPageSplitter", vertical, (top, 0), (self.lower_splitter, 1)
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.archived_banner)
        layout.addWidget(self.splitter, 1)

        self.fields.name_edit.editingFinished.connect(self.save)
        self.fields.setting_edit.editingFinished.connect(self.save)
        self.fields.edited.connect(self.save)
        self.rules_edit.textChanged.connect(self._on_rules_typed)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.members.add_requested.connect(self.add_member)
        self.members.add_several_requested.connect(self.add_several_members)
        self.members.edit_requested.connect(self.edit_member)
        self.members.remove_requested.connect(self.remove_member)
        self.members.notes_requested.connect(self.member_notes)
        self.sessions.open_requested.connect(self.session_open_requested)

    # --- showing a group -------------------------------------------------------------

    @property
    def group_id(self) -> str:
        return self._record.id if self._record else ""

    @property
    def record(self) -> GroupRecord | None:
        return self._record

    def show_group(self, group_id: str) -> None:
        if self._record is not None and self._record.id != group_id:
            self.save()
        try:
            record = groups.get_group(self._store, group_id)
        except NotFoundError:
            self._record = None
            return
        self._load(record)
        self.reload_members()

    def refresh_formats(self) -> None:
        self.fields.set_formats(list_formats(self._store))

    def _load(self, record: GroupRecord) -> None:
        self._record = record
        self.title.setText(record.name)
        self.fields.load(record.to_draft())
        self.rules_edit.blockSignals(True)
        if self.rules_edit.toPlainText() != record.ground_rules:
            self.rules_edit.setPlainText(record.ground_rules)
        self.rules_edit.blockSignals(False)
        self.error_label.hide()
        self.saved_label.setText("")
        editable = not record.archived
        self.badge.setVisible(record.archived)
        self.archived_banner.setVisible(record.archived)
        self.fields.setEnabled(editable)
        self.rules_edit.setReadOnly(not editable)
        self.members.set_editable(editable)
        self.sessions.set_editable(editable)
        self.archive_button.setText(
            self.tr("Restore Group") if record.archived else self.tr("Archive Group…")
        )
        self.archive_button.setToolTip(
            self.tr("Bring this group back to the list (Ctrl+Shift+R)")
            if record.archived
            else self.tr("Hide this group from the list; nothing is deleted (Ctrl+Shift+A)")
        )

    def reload_members(self) -> None:
        if self._record is not None:
            self.members.set_members(members.list_members(self._store, self._record.id))
            self.sessions.show_group(self._record)

    # --- saving ----------------------------------------------------------------------

    def _on_rules_typed(self) -> None:
        self.saved_label.setText(self.tr("Editing…"))
        self._rules_timer.start()

    def current_draft(self) -> GroupDraft:
        return self.fields.draft(ground_rules=self.rules_edit.toPlainText())

    def save(self) -> bool:
        """Store what the fields show, if it differs. Returns False when invalid."""
        self._rules_timer.stop()
        record = self._record
        if record is None or record.archived:
            return True
        draft = self.current_draft()
        try:
            clean = groups.clean_group_draft(draft)
        except ReflectDeskError as error:
            self.error_label.setText("⚠ " + str(error))
            self.error_label.show()
            self.saved_label.setText(self.tr("Not saved"))
            return False
        self.error_label.hide()
        if clean == record.to_draft():
            self.saved_label.setText(self.tr("All changes saved"))
            return True
        try:
            updated = groups.update_group(self._store, record.id, draft)
        except ReflectDeskError as error:
            show_error(self, self.tr("Could not save the group"), error)
            self.saved_label.setText(self.tr("Not saved"))
            return False
        self._record = updated
        self.title.setText(updated.name)
        self.saved_label.setText(self.tr("All changes saved"))
        self.status.emit(self.tr("Saved “%1”.").replace("%1", updated.name))
        return True

    def discard_invalid_edits(self) -> None:
        """Leaving the page with an invalid value: show what is stored again."""
        if self._record is not None and not self.save():
            self._load(groups.get_group(self._store, self._record.id))

    def start_rename(self) -> None:
        if self._record is not None and not self._record.archived:
            self.fields.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.fields.name_edit.selectAll()

    # --- archive ---------------------------------------------------------------------

    def toggle_archived(self) -> None:
        record = self._record
        if record is None:
            return
        if record.archived:
            self._set_archived(False)
            return
        confirm(
            self,
            "archiveConfirm",
            self.tr("Archive Group"),
            self.tr(
                "Archive “%1”? It disappears from the list but nothing is deleted; "
                "you can restore it from View ▸ Show Archived Groups."
            ).replace("%1", record.name),
            answer=self.tr("Archive"),
            then=lambda: self._set_archived(True),
            destructive=False,
        ).open()

    def _set_archived(self, archived: bool) -> None:
        if self._record is None:
            return
        self.save()
        try:
            record = groups.set_archived(self._store, self._record.id, archived)
        except ReflectDeskError as error:
            show_error(self, self.tr("Could not change the group"), error)
            return
        self._load(record)
        message = self.tr("Archived “%1”.") if archived else self.tr("Restored “%1”.")
        self.status.emit(message.replace("%1", record.name))

    # --- members ---------------------------------------------------------------------

    def add_member(self) -> None:
        record = self._record
        if record is None or record.archived:
            return
        from reflectdesk.ui.groups.group_dialogs import MemberDialog  # on first use

        dialog = MemberDialog(
            lambda draft: members.add_member(self._store, record.id, draft), parent=self
        )
        dialog.accepted.connect(
            lambda: self._after_member_change(dialog.saved.membership_id if dialog.saved else "")
        )
        dialog.open()

    def add_several_members(self) -> None:
        record = self._record
        if record is None or record.archived:
            return
        from reflectdesk.ui.groups.paste_members_dialog import PasteMembersDialog

        existing = [member.display_name for member in self.members.model.records()]
        dialog = PasteMembersDialog(self._store, record.id, existing, self)

        def added() -> None:
            count = len(dialog.added)
            self.status.emit(self.tr("Added %n member(s).", "", count))
            self._after_member_change(dialog.added[0].membership_id if count else "")

        dialog.accepted.connect(added)
        dialog.open()

    def edit_member(self, membership_id: str) -> None:
        current = next(
            (m for m in self.members.model.records() if m.membership_id == membership_id), None
        )
        if current is None or self._record is None or self._record.archived:
            return
        from reflectdesk.ui.groups.group_dialogs import MemberDialog  # on first use

        dialog = MemberDialog(
            lambda draft: members.update_member(self._store, membership_id, draft),
            record=current,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._after_member_change(membership_id))
        dialog.open()

    def member_notes(self, membership_id: str) -> None:
        from reflectdesk.ui.groups.member_notes_dialog import MemberNotesDialog  # on first use

        current = next(
            (m for m in self.members.model.records() if m.membership_id == membership_id), None
        )
        if current is None or self._record is None:
            return
        MemberNotesDialog(self._store, self._vault, self._record.id, current, self).open()

    def remove_member(self, membership_id: str) -> None:
        current = next(
            (m for m in self.members.model.records() if m.membership_id == membership_id), None
        )
        if current is None:
            return

        def remove() -> None:
            try:
                members.remove_member(self._store, membership_id)
            except ReflectDeskError as error:
                show_error(self, self.tr("Could not remove the member"), error)
                return
            self.status.emit(self.tr("Removed %1.").replace("%1", current.display_name))
            self._after_member_change("")

        text = self.tr(
            "Remove %1 from this group? If they already took part in sessions, their "
            "attendance stays in the records."
        ).replace("%1", current.display_name)
        title = self.tr("Remove Member")
        answer = self.tr("Remove")
        confirm(self, "removeMemberConfirm", title, text, answer=answer, then=remove).open()

    def open_evaluation_results(self) -> None:
        from reflectdesk.ui.evaluation.results import open_evaluation_results  # on first use

        open_evaluation_results(self.window(), self._store, self.group_id)

    def plan_session(self) -> None:
        self.sessions.plan()

    def plan_series(self) -> None:
        self.sessions.plan_series()

    def _after_member_change(self, select_id: str) -> None:
        self.reload_members()
        if select_id:
            self.members.select_member(select_id)
        self.members.table.setFocus()
