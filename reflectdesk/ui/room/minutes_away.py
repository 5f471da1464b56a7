"""Minutes away of a late arrival or an early leaver, under the attendance list.

A spin box that follows the selected person: enabled only while they are marked late or
left early, showing "not recorded" until the minutes are typed. Marking someone late
(key 4) or left early (key 5) moves the focus here; typing the minutes and Enter stores
them and goes back to the list, on the next person. Escape goes back without storing.
It stays usable in a finished session: the certificate of attendance counts a late
arrival only once their minutes are known, so the facilitator fills them in afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from reflectdesk.core.attended_time import session_length
from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.model import AttendanceStatus
from reflectdesk.core.sessions import AttendanceRecord
from reflectdesk.store import attendance as attendance_store
from reflectdesk.store import sessions
from reflectdesk.store.database import Store
from reflectdesk.ui.common.messages import show_error

AWAY = (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)
NOT_RECORDED = -1  # the spin box's lowest value, shown as its special text
_OWN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)


class MinutesSpin(QSpinBox):
    """Enter stores, Escape gives up: both hand the focus back to the list."""

    done = Signal(bool)  # True: store the value

    def event(self, event: QEvent) -> bool:
        # Taken before the page's shortcuts (Escape leaves the room otherwise).
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _OWN_KEYS
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.done.emit(True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.done.emit(False)
            return
        super().keyPressEvent(event)


class MinutesAway(QWidget):
    """Emits ``chosen(person_id, minutes or None)`` when Enter is pressed on a change."""

    chosen = Signal(str, object)
    finished = Signal()  # the focus goes back to the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: AttendanceRecord | None = None
        label = QLabel(self.tr("&Minutes away:"), self)
        self.spin = MinutesSpin(self)
        self.spin.setObjectName("minutesAway")
        self.spin.setRange(NOT_RECORDED, 240)
        self.spin.setSpecialValueText(self.tr("not recorded"))
        self.spin.setSuffix(self.tr(" min"))
        self.spin.setAccessibleName(self.tr("Minutes away"))
        self.spin.setToolTip(
            self.tr(
                "How many minutes of the session a late arrival or early leaver missed; "
                "Enter stores them. Needed for the hours on a certificate of attendance."
            )
        )
        self.spin.done.connect(self._done)
        label.setBuddy(self.spin)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.spin)
        row.addStretch(1)
        self.show_record(None)

    def set_most(self, minutes: int) -> None:
        self.spin.setMaximum(max(0, minutes))

    def show_record(self, record: AttendanceRecord | None) -> None:
        """Follow the selected person (None: nobody)."""
        self._record = record
        away = record is not None and record.status in AWAY
        self.spin.setEnabled(away)
        minutes = None if record is None else record.minutes_missed
        self.spin.setValue(NOT_RECORDED if minutes is None or not away else minutes)

    def store_in(self, store: Store, session_id: str, reload: Callable[[], None]) -> None:
        """Store the minutes chosen here in the session's register, then ``reload`` it."""
        self.set_most(most_minutes(store, session_id))

        def record(person_id: str, minutes: object) -> None:
            try:
                attendance_store.set_minutes_missed(
                    store, session_id, person_id, minutes if isinstance(minutes, int) else None
                )
            except ReflectDeskError as error:
                show_error(self, self.tr("Could not record the minutes away"), error)
                return
            reload()

        self.chosen.connect(record)

    def _done(self, store: bool) -> None:
        record = self._record
        if store and record is not None and record.status in AWAY:
            value = self.spin.value()
            minutes = None if value == NOT_RECORDED else value
            if minutes != record.minutes_missed:
                self.chosen.emit(record.person_id, minutes)
        self.finished.emit()


def most_minutes(store: Store, session_id: str) -> int:
    """What the store accepts: the planned length, or the length as run when longer."""
    record = sessions.get_session(store, session_id)
    planned = session_length(record.planned_seconds, ()).minutes
    run = session_length(record.planned_seconds, sessions.clock_events(store, session_id))
    return max(planned, run.minutes)
