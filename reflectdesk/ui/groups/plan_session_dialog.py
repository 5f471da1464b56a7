"""Plan a session (or change a planned one): when, where, the format, and the phases
for this session only. Editing phases here never changes the format or other sessions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QWidget

from reflectdesk.core.attendance_list import ACCREDITATION_ID_MAX_LENGTH
from reflectdesk.core.clock_state import PlannedPhase
from reflectdesk.core.limits import MINUTES_MAX, MINUTES_MIN
from reflectdesk.core.local_text import localized
from reflectdesk.core.sessions import (
    PLACE_MAX_LENGTH,
    SessionDraft,
    SessionRecord,
    clean_planned_phases,
)
from reflectdesk.store import sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import list_formats
from reflectdesk.store.groups import shown_language
from reflectdesk.store.user_formats import format_definition
from reflectdesk.ui.common.deck_column import installed_decks
from reflectdesk.ui.common.form_dialog import FormDialog
from reflectdesk.ui.common.phase_table import PhaseEditor
from reflectdesk.ui.common.widgets import form_rows, line_field, role_label


def next_hour() -> QDateTime:
    start = QDateTime.currentDateTime().addSecs(3600)
    start.setTime(QTime(start.time().hour(), 0))
    return start


class PlanSessionDialog(FormDialog):
    """Stores the plan on OK and stays open with the reason shown when it is refused.
    ``session_id`` holds the planned session afterwards."""

    def __init__(
        self,
        store: Store,
        group_id: str,
        default_format_id: str | None,
        record: SessionRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Change Session") if record else self.tr("Plan Session")
        super().__init__("planSessionDialog", title, parent)
        self._store = store
        self._group_id = group_id
        self._record = record
        self.session_id = record.id if record else ""

        self.when_edit = QDateTimeEdit(self)
        self.when_edit.setObjectName("sessionWhen")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.place_edit = line_field(
            self,
            "sessionPlace",
            PLACE_MAX_LENGTH,
            self.tr("e.g. Teaching room 3, practice De Linde"),
        )
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("sessionFormat")
        for summary in list_formats(store):
            self.format_combo.addItem(summary.name, summary.id)
        self.protect_check = QCheckBox(
            self.tr("Protect the end time (later phases shrink when one overruns)"), self
        )
        self.protect_check.setObjectName("protectEnd")
        self.accreditation_edit = line_field(
            self,
            "sessionAccreditationId",
            ACCREDITATION_ID_MAX_LENGTH,
            self.tr("Leave empty to use the group's"),
        )
        self.phases = PhaseEditor(MINUTES_MIN, MINUTES_MAX, self)
        self.phases.set_decks(installed_decks(store))  # titles, not keys

        form = form_rows(
            (self.tr("&When:"), self.when_edit),
            (self.tr("&Place:"), self.place_edit),
            (self.tr("&Format:"), self.format_combo),
            (self.tr("&Accreditation id of this session, if different:"), self.accreditation_edit),
            ("", self.protect_check),
        )
        phases_label = role_label(
            "sectionHeading",
            self,
            self.tr("P&hases of this session (changes here affect only this session)"),
        )
        phases_label.setBuddy(self.phases.table)
        ok_text = self.tr("Save") if record else self.tr("Plan Session")
        self.lay_out(form, phases_label, (self.phases, 1), ok_text=ok_text)
        self.resize(760, 560)

        if record is not None:
            start = record.planned_start or datetime.now(UTC)
            self.when_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
            self.place_edit.setText(record.place)
            self.protect_check.setChecked(record.protect_end_time)
            self.accreditation_edit.setText(record.accreditation_id)
            self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(record.format_id)))
            self.format_combo.setEnabled(False)  # the phases were copied; edit them instead
            self.phases.set_phases(
                [p.to_planned() for p in sessions.session_phases(store, record.id)]
            )
        else:
            self.when_edit.setDateTime(next_hour())
            self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(default_format_id)))
            self._load_format_phases()
            self.format_combo.currentIndexChanged.connect(self._load_format_phases)
        self.when_edit.setFocus()

    def _load_format_phases(self) -> None:
        format_id = self.format_combo.currentData()
        if not format_id:
            self.phases.set_phases([])
            return
        # The phases in the group's language, as the session will keep them.
        language = shown_language(self._store, self._group_id)
        definition = localized(format_definition(self._store, format_id), language)
        self.phases.set_phases(
            [PlannedPhase(p.name, p.minutes * 60, p.cue, p.deck) for p in definition.phases]
        )

    def planned_start(self) -> datetime:
        seconds = self.when_edit.dateTime().toSecsSinceEpoch()
        return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds)

    def draft(self) -> SessionDraft:
        return SessionDraft(
            planned_start=self.planned_start(),
            place=self.place_edit.text(),
            format_id=self.format_combo.currentData() or None,
            protect_end_time=self.protect_check.isChecked(),
            accreditation_id=self.accreditation_edit.text(),
        )

    def run_submit(self) -> None:
        phases = clean_planned_phases(self.phases.phases())
        if self._record is None:
            record = sessions.plan_session(self._store, self._group_id, self.draft())
            self.session_id = record.id
        else:
            sessions.update_session(self._store, self._record.id, self.draft())
        sessions.replace_session_phases(self._store, self.session_id, phases)
