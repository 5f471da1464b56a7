"""Attendance in seconds: every member in a list, one key per person.

Keys 1–5 set present, absent, excused, late and left early for the selected person and
move to the next one; 0 clears. Digits are used (not letters) so they never clash with
the clock's single-letter keys. Clicking the status column cycles through the statuses.
Late (4) and left early (5) stay on the person and move to the minutes away below the
list (minutes_away.py): type them and Enter, and the list goes on to the next person.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView, QWidget

from reflectdesk.core.model import AttendanceStatus
from reflectdesk.core.sessions import AttendanceRecord
from reflectdesk.ui.common.record_model import RecordTableModel
from reflectdesk.ui.common.translation import QT_TRANSLATE_NOOP
from reflectdesk.ui.common.widgets import list_table, role_label, rows_high, stack
from reflectdesk.ui.room.minutes_away import AWAY, MinutesAway

STATUS_KEYS: dict[int, AttendanceStatus | None] = {
    Qt.Key.Key_1: AttendanceStatus.PRESENT,
    Qt.Key.Key_2: AttendanceStatus.ABSENT,
    Qt.Key.Key_3: AttendanceStatus.EXCUSED,
    Qt.Key.Key_4: AttendanceStatus.LATE,
    Qt.Key.Key_5: AttendanceStatus.LEFT_EARLY,
    Qt.Key.Key_0: None,
}
STATUS_LABELS = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("AttendanceStatus", "Present"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("AttendanceStatus", "Absent"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("AttendanceStatus", "Excused"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("AttendanceStatus", "Late"),
    AttendanceStatus.LEFT_EARLY: QT_TRANSLATE_NOOP("AttendanceStatus", "Left early"),
}
STATUS_MARKS = {
    AttendanceStatus.PRESENT: "✓",
    AttendanceStatus.ABSENT: "✗",
    AttendanceStatus.EXCUSED: "E",
    AttendanceStatus.LATE: "L",
    AttendanceStatus.LEFT_EARLY: "↦",
}
CYCLE: list[AttendanceStatus | None] = [None, *STATUS_LABELS]
# Rows the list shows without scrolling when the group has them (a laptop at 1366×768
# and 1280×720 included): the presenter and the open actions below give way first.
ROWS_IN_VIEW = 10


class AttendanceModel(RecordTableModel[AttendanceRecord]):
    headers = (
        QT_TRANSLATE_NOOP("ColumnHeadings", "Name"),
        QT_TRANSLATE_NOOP("ColumnHeadings", "Attendance"),
    )

    def key(self, record: AttendanceRecord) -> str:
        return record.person_id

    def cell(self, record: AttendanceRecord, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return record.display_name
            if record.status is None:
                return self.tr("—")
            label = QCoreApplication.translate("AttendanceStatus", STATUS_LABELS[record.status])
            shown = f"{STATUS_MARKS[record.status]}  {label}"
            if record.status not in AWAY:
                return shown
            if record.minutes_missed is None:
                away = self.tr("minutes not recorded")
            else:
                away = self.tr("%n min away", "", record.minutes_missed)
            return f"{shown} · {away}"
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return self.tr("1 present · 2 absent · 3 excused · 4 late · 5 left early · 0 clear")
        return None


class AttendanceTable(QTableView):
    """Takes digit keys before any shortcut can, so they always mark attendance here."""

    status_key = Signal(object)  # AttendanceStatus | None

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in STATUS_KEYS
            and not event.modifiers()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in STATUS_KEYS and not event.modifiers():
            self.status_key.emit(STATUS_KEYS[event.key()])
            return
        super().keyPressEvent(event)


class AttendancePanel(QWidget):
    """Emits ``status_chosen(person_id, status)``; the session page stores it."""

    status_chosen = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read_only = False
        self.model = AttendanceModel(self)
        heading = role_label("sectionHeading", self, self.tr("Attendance"))
        self.summary = role_label("hint", self)
        self.table = AttendanceTable(self)
        list_table(self.table, "attendanceTable", self.model, accessible_name=self.tr("Attendance"))
        self.table.status_key.connect(self._on_key)
        self.table.clicked.connect(self._on_click)
        hint = role_label(
            "hint",
            self,
            self.tr("Keys: 1 present · 2 absent · 3 excused · 4 late · 5 left early · 0 clear"),
            wrap=True,
        )
        self.minutes = MinutesAway(self)
        self.minutes.finished.connect(self._after_minutes)
        self.table.selectionModel().currentChanged.connect(self._follow)
        stack(
            self, heading, self.summary, (self.table, 1), self.minutes, hint, margins=(0, 0, 0, 0)
        )

    def set_records(self, records: list[AttendanceRecord]) -> None:
        self.model.set_records(records)
        self.table.setMinimumHeight(rows_high(self.table, min(len(records), ROWS_IN_VIEW)))
        present = sum(
            1
            for r in records
            if r.status
            in (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)
        )
        unknown = sum(1 for r in records if r.status is None)
        text = (
            self.tr("%1 of %2 present").replace("%1", str(present)).replace("%2", str(len(records)))
        )
        if unknown:
            text += self.tr(" · %1 not marked yet").replace("%1", str(unknown))
        self.summary.setText(text)
        if not self.table.currentIndex().isValid() and records:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.minutes.show_record(self._current())

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def _current(self) -> AttendanceRecord | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def _on_key(self, status: AttendanceStatus | None) -> None:
        record = self._current()
        if record is None or self._read_only:
            return
        self.status_chosen.emit(record.person_id, status)
        if status in AWAY:  # stay here: their minutes away come next
            self.minutes.spin.setFocus(Qt.FocusReason.OtherFocusReason)
            self.minutes.spin.selectAll()
            return
        self._next_row()

    def _next_row(self) -> None:
        row = self.table.currentIndex().row()
        if row + 1 < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row + 1, 0))

    def _after_minutes(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._next_row()

    def _follow(self, *_: object) -> None:
        self.minutes.show_record(self._current())

    def _on_click(self, index: QModelIndex | QPersistentModelIndex) -> None:
        record = self.model.record_at(index.row())
        if record is None or index.column() != 1 or self._read_only:
            return
        following = CYCLE[(CYCLE.index(record.status) + 1) % len(CYCLE)]
        self.status_chosen.emit(record.person_id, following)
