"""The fields that describe a group, shared by the New Group dialog and the group page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from reflectdesk.core.attendance_list import ACCREDITATION_ID_MAX_LENGTH
from reflectdesk.core.limits import MAX_PLANNED_SESSIONS, SETTING_MAX_LENGTH
from reflectdesk.core.model import FormatSummary, GroupDraft
from reflectdesk.core.validation import NAME_MAX_LENGTH
from reflectdesk.i18n.languages import LANGUAGES, NATIVE_NAMES
from reflectdesk.ui.common.widgets import line_field


class GroupFields(QWidget):
    """Name, format, setting, planned sessions and the attendance rule.

    Emits ``edited`` when the user changes a value (not when values are loaded) and
    ``name_committed`` when editing of the name finishes.
    """

    edited = Signal()

    def __init__(
        self,
        formats: list[FormatSummary],
        parent: QWidget | None = None,
        *,
        accreditation_apart: bool = False,
    ) -> None:
        super().__init__(parent)
        self._loading = False

        self.name_edit = line_field(
            self, "groupName", NAME_MAX_LENGTH, self.tr("e.g. Balint group — GP placement, block 2")
        )

        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("groupFormat")
        # Long format names must not force a wide window on a small laptop screen.
        self.format_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.format_combo.setMinimumContentsLength(18)
        self.set_formats(formats)

        self.setting_edit = line_field(
            self, "groupSetting", SETTING_MAX_LENGTH, self.tr("e.g. GP placement, block 2")
        )

        self.planned_spin = QSpinBox(self)
        self.planned_spin.setObjectName("plannedSessions")
        self.planned_spin.setRange(1, MAX_PLANNED_SESSIONS)
        self.planned_spin.setValue(6)
        self.planned_spin.setSuffix(self.tr(" sessions"))

        self.required_spin = QSpinBox(self)
        self.required_spin.setObjectName("attendanceRequired")
        self.required_spin.setRange(0, 6)
        self.required_spin.setSpecialValueText(self.tr("no rule"))
        self.required_spin.setValue(5)

        # What the group's sessions show (phase names, cues, cards, questionnaires); each
        # language named in itself, as a person looking for their own finds it.
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("groupLanguage")
        self.language_combo.addItem(self.tr("Same as the app"), "")
        for code in LANGUAGES:
            self.language_combo.addItem(NATIVE_NAMES[code], code)
        self.accreditation_edit = line_field(
            self, "groupAccreditationId", ACCREDITATION_ID_MAX_LENGTH, self.tr("e.g. GAIA 481516")
        )
        self.accreditation_edit.setToolTip(
            self.tr(
                "The id the accrediting body gave this group's sessions, for CPD points. "
                "It is printed on the attendance lists."
            )
        )
        self.rule_suffix = QLabel(self)
        rule = QHBoxLayout()
        rule.setContentsMargins(0, 0, 0, 0)
        rule.addWidget(QLabel(self.tr("at least"), self))
        rule.addWidget(self.required_spin)
        rule.addWidget(self.rule_suffix, 1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("For&mat:"), self.format_combo)
        form.addRow(self.tr("Se&tting:"), self.setting_edit)
        form.addRow(self.tr("P&lanned:"), self.planned_spin)
        form.addRow(self.tr("&Attendance rule:"), rule)
        form.addRow(self.tr("Lang&uage:"), self.language_combo)
        # The accreditation id with its label in a row of its own, which the group page
        # puts under the ground rules (the details must stay as high as they were on a
        # 1280×720 screen) and the New Group dialog under the language.
        self.accreditation_row = QWidget(self)
        accreditation_label = QLabel(self.tr("A&ccreditation id:"), self.accreditation_row)
        accreditation_label.setBuddy(self.accreditation_edit)
        row = QHBoxLayout(self.accreditation_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(accreditation_label)
        row.addWidget(self.accreditation_edit, 1)
        if not accreditation_apart:
            form.addRow(self.accreditation_row)
        for label_field in (
            self.language_combo,
            self.name_edit,
            self.format_combo,
            self.setting_edit,
            self.planned_spin,
            self.required_spin,
        ):
            label = form.labelForField(label_field)
            if isinstance(label, QLabel):
                label.setBuddy(label_field)
        attendance_label = form.labelForField(rule)
        if isinstance(attendance_label, QLabel):
            attendance_label.setBuddy(self.required_spin)

        self.planned_spin.valueChanged.connect(self._sync_rule_range)
        self._sync_rule_range()
        self.format_combo.currentIndexChanged.connect(self._emit_edited)
        self.planned_spin.valueChanged.connect(self._emit_edited)
        self.required_spin.valueChanged.connect(self._emit_edited)
        self.language_combo.currentIndexChanged.connect(self._emit_edited)

    def set_formats(self, formats: list[FormatSummary]) -> None:
        current = self.format_combo.currentData()
        self._loading = True
        self.format_combo.clear()
        self.format_combo.addItem(self.tr("— none chosen —"), "")
        for summary in formats:
            self.format_combo.addItem(summary.name, summary.id)
        index = self.format_combo.findData(current)
        self.format_combo.setCurrentIndex(max(index, 0))
        self._loading = False

    def load(self, draft: GroupDraft) -> None:
        self._loading = True
        try:
            self.name_edit.setText(draft.name)
            self.setting_edit.setText(draft.setting)
            index = self.format_combo.findData(draft.format_id or "")
            self.format_combo.setCurrentIndex(max(index, 0))
            self.planned_spin.setValue(draft.planned_sessions)
            self._sync_rule_range()
            self.required_spin.setValue(draft.attendance_required or 0)
            language = self.language_combo.findData(draft.language or "")
            self.language_combo.setCurrentIndex(max(language, 0))
            self.accreditation_edit.setText(draft.accreditation_id)
        finally:
            self._loading = False

    def draft(self, ground_rules: str = "") -> GroupDraft:
        required = self.required_spin.value()
        return GroupDraft(
            name=self.name_edit.text(),
            format_id=self.format_combo.currentData() or None,
            setting=self.setting_edit.text(),
            planned_sessions=self.planned_spin.value(),
            attendance_required=required or None,
            ground_rules=ground_rules,
            language=self.language_combo.currentData() or None,
            accreditation_id=self.accreditation_edit.text(),
        )

    def _sync_rule_range(self) -> None:
        planned = self.planned_spin.value()
        self.required_spin.setMaximum(planned)
        self.rule_suffix.setText(self.tr("of %n session(s)", "", planned))

    def _emit_edited(self) -> None:
        if not self._loading:
            self.edited.emit()
