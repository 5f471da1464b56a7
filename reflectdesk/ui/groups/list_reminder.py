"""One calm line on the group page when an accredited session's attendance list is owed:
the session finished ten or more days ago (core/attendance_list.REMINDER_DAYS) and its
list was never exported. A button exports it; Dismiss hides it for that session for good
(kept in the database's settings, so another laptop with a copy agrees)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from reflectdesk.store import attendance_list as list_store
from reflectdesk.store import settings
from reflectdesk.store.database import Store
from reflectdesk.ui.common.dates import day_with_weekday
from reflectdesk.ui.common.widgets import role_label

__all__ = ["ListReminder"]


class ListReminder(QWidget):
    """Hidden unless a list is owed. ``export_requested(session_id)`` asks for it."""

    export_requested = Signal(str)

    def __init__(
        self, store: Store, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceListReminder")
        self._store = store
        self.today = today  # injected by tests
        self._group_id = ""
        self.session_id = ""  # the session the line is about; '' while hidden
        self.label = role_label("hint", self, wrap=True)
        self.export_button = QPushButton(self.tr("Export attendance list…"), self)
        self.export_button.setObjectName("exportOwedAttendanceList")
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setObjectName("dismissAttendanceListReminder")
        self.dismiss_button.setToolTip(self.tr("Stop reminding me about this session's list"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.export_button)
        row.addWidget(self.dismiss_button)
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.session_id))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.hide()

    def show_group(self, group_id: str) -> None:
        self._group_id = group_id
        self.refresh()

    def refresh(self) -> None:
        """Show the oldest owed list of the group that was not dismissed, else hide."""
        owed = []
        if self._group_id:
            dismissed = settings.dismissed_list_reminders(self._store)
            owed = [
                item
                for item in list_store.owed_lists(
                    self._store, self.today(), group_id=self._group_id
                )
                if item.session_id not in dismissed
            ]
        if not owed:
            self.session_id = ""
            self.hide()
            return
        first = owed[0]
        self.session_id = first.session_id
        text = self.tr(
            "The attendance list of the accredited session of %1 has not been exported yet."
        ).replace("%1", day_with_weekday(first.finished_on))
        if len(owed) > 1:
            text += " " + self.tr(
                "%n more session(s) also wait for their lists.", "", len(owed) - 1
            )
        self.label.setText(text)
        self.show()

    def dismiss(self) -> None:
        if self.session_id:
            settings.dismiss_list_reminder(self._store, self.session_id)
        self.refresh()
