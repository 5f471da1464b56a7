"""Small dialogs: new group and add/edit member. Both validate inline (a message under
the fields) instead of popping up a second box, and only close when the store accepted
the input."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from reflectdesk.core.attendance_list import (
    REGISTRATION_NUMBER_MAX_LENGTH,
    RegistrationKind,
    registration_kind,
)
from reflectdesk.core.model import FormatSummary, GroupDraft, MemberDraft, MemberRecord, Role
from reflectdesk.core.names import guess_family_name
from reflectdesk.core.validation import NAME_MAX_LENGTH
from reflectdesk.ui.common.form_dialog import FormDialog
from reflectdesk.ui.common.widgets import form_rows, line_field, role_label
from reflectdesk.ui.groups.group_form import GroupFields
from reflectdesk.ui.groups.members_panel import ROLE_LABELS


class NewGroupDialog(FormDialog):
    def __init__(
        self,
        formats: list[FormatSummary],
        create: Callable[[GroupDraft], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("newGroupDialog", self.tr("New Group"), parent)
        self._create = create
        self.fields = GroupFields(formats, self)
        intro = QLabel(
            self.tr("A group meets for a series of sessions. You can change all of this later."),
            self,
        )
        intro.setWordWrap(True)
        self.lay_out(intro, self.fields, ok_text=self.tr("Create Group"))
        self.fields.name_edit.setFocus()
        self.fields.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(520)

    def run_submit(self) -> None:
        self._create(self.fields.draft())

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.fields.name_edit.text().strip()))


class MemberDialog(FormDialog):
    """Add a member (``record`` is None) or edit one. ``save(draft)`` stores it and returns
    the stored member, kept as ``saved`` for whoever opened the dialog."""

    def __init__(
        self,
        save: Callable[[MemberDraft], MemberRecord],
        record: MemberRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit Member") if record else self.tr("Add Member")
        super().__init__("memberDialog", title, parent)
        self._save = save
        self.saved: MemberRecord | None = None

        self.name_edit = line_field(
            self,
            "memberName",
            NAME_MAX_LENGTH,
            self.tr("Display name, e.g. IJsbrand van den Eertwegh"),
        )

        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("memberRole")
        for role in Role:
            self.role_combo.addItem(
                QCoreApplication.translate("MemberRole", ROLE_LABELS[role]), role.value
            )

        self.family_edit = line_field(self, "memberFamilyName", NAME_MAX_LENGTH)
        self.family_edit.setToolTip(
            self.tr(
                "Members are sorted by family name; a prefix such as 'van den' is "
                "ignored. Leave empty to use the guess shown."
            )
        )

        self.registration_edit = line_field(
            self,
            "memberRegistrationNumber",
            REGISTRATION_NUMBER_MAX_LENGTH,
            self.tr("BIG or GMC number (optional)"),
        )
        self.registration_edit.setToolTip(
            self.tr(
                "Printed on the CPD attendance lists and nowhere else. BIG numbers have "
                "11 digits, GMC numbers 7."
            )
        )
        self.registration_note = role_label("hint", self, wrap=True)
        self.registration_note.setObjectName("registrationNumberNote")
        self.registration_note.hide()

        form = form_rows(
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Role:"), self.role_combo),
            (self.tr("&Family name:"), self.family_edit),
            (self.tr("Re&gistration number:"), self.registration_edit),
            ("", self.registration_note),
        )
        self.lay_out(form)

        if record is not None:
            self.name_edit.setText(record.display_name)
            self.role_combo.setCurrentIndex(self.role_combo.findData(record.role.value))
            self.family_edit.setText(record.family_name)
            self.registration_edit.setText(record.registration_number)
        self.name_edit.textChanged.connect(self._update_guess)
        self.registration_edit.textChanged.connect(self._check_registration)
        self._check_registration()
        self._update_guess()
        self.name_edit.setFocus()
        self.setMinimumWidth(460)

    def run_submit(self) -> None:
        self.saved = self._save(self.draft())

    def draft(self) -> MemberDraft:
        return MemberDraft(
            display_name=self.name_edit.text(),
            role=Role(self.role_combo.currentData()),
            family_name=self.family_edit.text(),
            registration_number=self.registration_edit.text(),
        )

    def _check_registration(self) -> None:
        """A soft word under a number that is neither a BIG nor a GMC number: it is kept
        as typed all the same (other registers have other forms)."""
        unusual = registration_kind(self.registration_edit.text()) is RegistrationKind.OTHER
        self.registration_note.setText(
            self.tr("Not a BIG (11 digits) or GMC (7 digits) number; it is kept as typed.")
            if unusual
            else ""
        )
        self.registration_note.setVisible(unusual)

    def _update_guess(self) -> None:
        guess = guess_family_name(self.name_edit.text())
        self.family_edit.setPlaceholderText(
            self.tr("%1 (guessed)").replace("%1", guess) if guess else ""
        )
        self.ok_button.setEnabled(bool(self.name_edit.text().strip()))
