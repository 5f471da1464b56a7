"""Small dialogs: new group and add/edit member. Both validate inline (a message under
the fields) instead of popping up a second box, and only close when the store accepted
the input."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from reflectdesk.core.model import FormatSummary, GroupDraft, MemberDraft, MemberRecord, Role
from reflectdesk.core.names import guess_family_name
from reflectdesk.core.validation import NAME_MAX_LENGTH
from reflectdesk.ui.common.widgets import (
    accept_unless_refused,
    error_label,
    form_rows,
    line_field,
    ok_cancel,
    stack,
)
from reflectdesk.ui.groups.group_form import GroupFields
from reflectdesk.ui.groups.members_panel import ROLE_LABELS


class _SubmittingDialog(QDialog):
    """Runs ``submit`` on OK; stays open with the error shown when it raises."""

    def __init__(self, submit: Callable[[], None], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.error_label = error_label(self)
        self.buttons = ok_cancel(self, self._try_accept)

    def _try_accept(self) -> None:
        accept_unless_refused(self, self.error_label, self._submit)


class NewGroupDialog(_SubmittingDialog):
    def __init__(
        self,
        formats: list[FormatSummary],
        create: Callable[[GroupDraft], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(lambda: create(self.fields.draft()), parent)
        self.setObjectName("newGroupDialog")
        self.setWindowTitle(self.tr("New Group"))
        self.fields = GroupFields(formats, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create Group"))
        intro = QLabel(
            self.tr("A group meets for a series of sessions. You can change all of this later."),
            self,
        )
        intro.setWordWrap(True)
        stack(self, intro, self.fields, self.error_label, self.buttons)
        self.fields.name_edit.setFocus()
        self.fields.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(520)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.fields.name_edit.text().strip()))


class MemberDialog(_SubmittingDialog):
    """Add a member (``record`` is None) or edit one. ``save(draft)`` stores it and returns
    the stored member, kept as ``saved`` for whoever opened the dialog."""

    def __init__(
        self,
        save: Callable[[MemberDraft], MemberRecord],
        record: MemberRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self._save_draft, parent)
        self._save = save
        self.saved: MemberRecord | None = None
        self.setObjectName("memberDialog")
        self.setWindowTitle(self.tr("Edit Member") if record else self.tr("Add Member"))

        self.name_edit = line_field(
            self,
            "memberName",
            NAME_MAX_LENGTH,
            self.tr("Display name, e.g. IJsbrand van den Eertwegh"),
        )

        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("memberRole")
        for role in Role:
            self.role_combo.addItem(self.tr(ROLE_LABELS[role]), role.value)

        self.family_edit = line_field(self, "memberFamilyName", NAME_MAX_LENGTH)
        self.family_edit.setToolTip(
            self.tr(
                "Members are sorted by family name; a prefix such as 'van den' is "
                "ignored. Leave empty to use the guess shown."
            )
        )

        form = form_rows(
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Role:"), self.role_combo),
            (self.tr("&Family name:"), self.family_edit),
        )
        stack(self, form, self.error_label, self.buttons)

        if record is not None:
            self.name_edit.setText(record.display_name)
            self.role_combo.setCurrentIndex(self.role_combo.findData(record.role.value))
            self.family_edit.setText(record.family_name)
        self.name_edit.textChanged.connect(self._update_guess)
        self._update_guess()
        self.name_edit.setFocus()
        self.setMinimumWidth(460)

    def _save_draft(self) -> None:
        self.saved = self._save(self.draft())

    def draft(self) -> MemberDraft:
        return MemberDraft(
            display_name=self.name_edit.text(),
            role=Role(self.role_combo.currentData()),
            family_name=self.family_edit.text(),
        )

    def _update_guess(self) -> None:
        guess = guess_family_name(self.name_edit.text())
        self.family_edit.setPlaceholderText(
            self.tr("%1 (guessed)").replace("%1", guess) if guess else ""
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))
