"""Preferences that travel with the database: when the clock warns, and the chime."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.store.database import Store
from reflectdesk.store.settings import (
    WARNING_MINUTES_RANGE,
    ClockPreferences,
    clock_preferences,
    save_clock_preferences,
)
from reflectdesk.ui.theme import set_role


class PreferencesDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._store = store
        current = clock_preferences(store)

        self.warning_spin = QSpinBox(self)
        self.warning_spin.setObjectName("warningMinutes")
        self.warning_spin.setRange(*WARNING_MINUTES_RANGE)
        self.warning_spin.setSuffix(self.tr(" min left"))
        self.warning_spin.setSpecialValueText(self.tr("only when over time"))
        self.warning_spin.setValue(current.warning_minutes)
        self.chime_check = QCheckBox(self.tr("Soft chime when a phase's time is up"), self)
        self.chime_check.setObjectName("chimeDefault")
        self.chime_check.setChecked(current.chime)
        note = QLabel(
            self.tr(
                "Without a sound device, or in quiet mode, the clock flashes instead. "
                "The warning is shown in colour and in words."
            ),
            self,
        )
        set_role(note, "hint")
        note.setWordWrap(True)
        self.error_label = QLabel(self)
        set_role(self.error_label, "inlineError")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Warn at:"), self.warning_spin)
        form.addRow("", self.chime_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _save(self) -> None:
        try:
            save_clock_preferences(
                self._store,
                ClockPreferences(self.warning_spin.value(), self.chime_check.isChecked()),
            )
        except ReflectDeskError as error:
            self.error_label.setText("⚠ " + str(error))
            self.error_label.show()
            return
        self.accept()
