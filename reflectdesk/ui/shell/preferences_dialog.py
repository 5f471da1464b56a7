"""Preferences that travel with the database: when the clock warns, the chime, the
hospital, practice and ward names the identifiable-detail check points out, and the fewest
respondents an evaluation figure is shown for (the small-numbers rule); and one that
stays with this computer: the language (reflectdesk/i18n/choice.py), which takes effect
at the next start, so a change offers to restart now. Hub… opens Preferences ▸ Hub
(ui/hub/hub_dialog.py), its own dialog: it connects, and lists every group."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLayout,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.figure_rules import SMALL_N_RANGE
from reflectdesk.i18n.choice import save_preference, saved_preference
from reflectdesk.i18n.languages import LANGUAGES, NATIVE_NAMES, SYSTEM
from reflectdesk.store.database import Store
from reflectdesk.store.settings import (
    AUTO_LOCK_MINUTES_RANGE,
    WARNING_MINUTES_RANGE,
    ClockPreferences,
    auto_lock_minutes,
    clock_preferences,
    place_names,
    save_auto_lock_minutes,
    save_clock_preferences,
    save_place_names,
    save_small_n_threshold,
    small_n_threshold,
)
from reflectdesk.ui.common.form_dialog import FormDialog
from reflectdesk.ui.common.widgets import button_row, form_rows, push_button, role_label
from reflectdesk.ui.shell.restart import request_restart


class PreferencesDialog(FormDialog):
    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        open_hub: Callable[[QWidget], object] | None = None,
    ) -> None:
        super().__init__("preferencesDialog", self.tr("Preferences"), parent, wrap_error=False)
        self._store = store
        current = clock_preferences(store)

        self.warning_spin = QSpinBox(self)
        self.warning_spin.setObjectName("warningMinutes")
        self.warning_spin.setRange(*WARNING_MINUTES_RANGE)
        self.warning_spin.setSuffix(self.tr(" min left"))
        self.warning_spin.setSpecialValueText(self.tr("only when over time"))
        self.warning_spin.setValue(current.warning_minutes)
        self.auto_lock_spin = QSpinBox(self)
        self.auto_lock_spin.setObjectName("autoLockMinutes")
        self.auto_lock_spin.setRange(*AUTO_LOCK_MINUTES_RANGE)
        self.auto_lock_spin.setSuffix(self.tr(" min without use"))
        self.auto_lock_spin.setValue(auto_lock_minutes(store))
        self.auto_lock_spin.setToolTip(
            self.tr("Private notes lock after this long without a key press or mouse move")
        )
        self.small_n_spin = QSpinBox(self)
        self.small_n_spin.setObjectName("smallNThreshold")
        self.small_n_spin.setRange(*SMALL_N_RANGE)
        self.small_n_spin.setSuffix(self.tr(" respondents or more"))
        self.small_n_spin.setValue(small_n_threshold(store))
        self.small_n_spin.setToolTip(
            self.tr(
                "With fewer, evaluation reports and the Results page show only the count "
                '("too few to report"), so no answer can be traced to a person'
            )
        )
        self.chime_check = QCheckBox(self.tr("Soft chime when a phase's time is up"), self)
        self.chime_check.setObjectName("chimeDefault")
        self.chime_check.setChecked(current.chime)
        note = role_label(
            "hint",
            self,
            self.tr(
                "Without a sound device, or in quiet mode, the clock flashes instead. "
                "The warning is shown in colour and in words."
            ),
            wrap=True,
        )
        self.places_edit = QPlainTextEdit(self)
        self.places_edit.setObjectName("placeNames")
        self.places_edit.setTabChangesFocus(True)
        self.places_edit.setPlaceholderText(self.tr("St Mary's Hospital\nLUMC\nWard 7B"))
        self.places_edit.setPlainText("\n".join(place_names(store)))
        self.places_edit.setFixedHeight(self.places_edit.fontMetrics().lineSpacing() * 6 + 12)
        places_label = QLabel(self.tr("&Hospital, practice and ward names:"), self)
        places_label.setBuddy(self.places_edit)
        places_note = role_label(
            "hint",
            self,
            self.tr(
                "One name per line. They are pointed out when a learning point is shared "
                "and before notes are exported, so they can be left out."
            ),
            wrap=True,
        )

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageChoice")
        self.language_combo.addItem(self.tr("Follow the system"), SYSTEM)
        for language in LANGUAGES:  # each in its own language, to be found by its speakers
            self.language_combo.addItem(NATIVE_NAMES[language], language)
        self._language = saved_preference()
        self.language_combo.setCurrentIndex(self.language_combo.findData(self._language))
        self.restart_question: QMessageBox | None = None
        self.accepted.connect(self._offer_restart)

        form = form_rows(
            (self.tr("&Warn at:"), self.warning_spin),
            ("", self.chime_check),
            (self.tr("&Lock private notes after:"), self.auto_lock_spin),
            (self.tr("&Show evaluation figures for:"), self.small_n_spin),
            (self.tr("Lan&guage:"), self.language_combo),
        )
        items: list[QWidget | QLayout] = [form, note, places_label, self.places_edit, places_note]
        if open_hub is not None:
            self.hub_button = push_button(
                self.tr("&Hub…"),
                self,
                "hubPreferences",
                self.tr("Where this laptop publishes to, and which groups go"),
                lambda: open_hub(self),
            )
            items.append(button_row(self.hub_button))
        self.lay_out(*items)
        self.setMinimumWidth(420)

    def run_submit(self) -> None:
        if self.chosen_language() != self._language:
            try:
                save_preference(self.chosen_language())
            except OSError as error:
                raise ReflectDeskError(
                    self.tr("The language could not be saved: %1").replace(
                        "%1", error.strerror or str(error)
                    )
                ) from error
        save_place_names(self._store, self.places_edit.toPlainText().splitlines())
        save_auto_lock_minutes(self._store, self.auto_lock_spin.value())
        save_small_n_threshold(self._store, self.small_n_spin.value())
        save_clock_preferences(
            self._store,
            ClockPreferences(self.warning_spin.value(), self.chime_check.isChecked()),
        )

    def chosen_language(self) -> str:
        return str(self.language_combo.currentData())

    def _offer_restart(self) -> None:
        """The language changes at the next start: offer it now (the window then closes
        as it always does, asking its own questions first)."""
        if self.chosen_language() == self._language:
            return
        self._language = self.chosen_language()
        window = self.parentWidget()
        box = QMessageBox(window)
        box.setObjectName("restartForLanguage")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Language Changed"))  # Qt adds "— ReflectDesk"
        box.setText(self.tr("The new language is used from the next start of ReflectDesk."))
        now = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        now.setObjectName("restartNow")
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("restartLater")
        box.setDefaultButton(later)
        if window is not None:
            now.clicked.connect(lambda: request_restart(window))
        self.restart_question = box
        box.open()
