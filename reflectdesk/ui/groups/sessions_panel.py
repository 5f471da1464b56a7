"""A group's series of sessions: planned, running and finished, with plan and open."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.model import GroupRecord, SessionStatus
from reflectdesk.core.sessions import SessionRecord
from reflectdesk.store import sessions
from reflectdesk.store.attendance_list import set_session_accreditation
from reflectdesk.store.database import Store
from reflectdesk.ui.common.dates import session_start
from reflectdesk.ui.common.messages import confirm, show_error
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.common.record_model import RecordTableModel
from reflectdesk.ui.common.record_panel import RecordPanel
from reflectdesk.ui.common.translation import QT_TRANSLATE_NOOP
from reflectdesk.ui.common.widgets import button_row, columns_width, push_button

if TYPE_CHECKING:
    from reflectdesk.ui.groups.attendance_list_export import AttendanceListExport
    from reflectdesk.ui.groups.calendar_export import CalendarExport

STATUS_LABELS = {
    SessionStatus.PLANNED: QT_TRANSLATE_NOOP("SessionStatus", "Planned"),
    SessionStatus.RUNNING: QT_TRANSLATE_NOOP("SessionStatus", "● Running"),
    SessionStatus.FINISHED: QT_TRANSLATE_NOOP("SessionStatus", "Finished"),
}


def when_text(record: SessionRecord) -> str:
    if record.planned_start is None:
        return "—"
    return session_start(record.planned_start)


FORMAT = 2  # the column that gives way when the table is narrow
MOST_WIDTH = 520  # beyond this, a very long presenter's name is elided instead


class SessionTableModel(RecordTableModel[SessionRecord]):
    headers = (
        "#",
        QT_TRANSLATE_NOOP("ColumnHeadings", "When"),
        QT_TRANSLATE_NOOP("ColumnHeadings", "Format"),
        QT_TRANSLATE_NOOP("ColumnHeadings", "Presenter"),
        QT_TRANSLATE_NOOP("ColumnHeadings", "Status"),
    )

    def key(self, record: SessionRecord) -> str:
        return record.id

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # The session's number in the series is its row: no search per cell.
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            return str(index.row() + 1)
        return super().data(index, role)

    def cell(self, record: SessionRecord, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                return when_text(record)
            if column == 2:
                return record.format_name or self.tr("Own phases")
            if column == 3:
                return record.presenter_name or ""
            if column == 4:
                return QCoreApplication.translate("SessionStatus", STATUS_LABELS[record.status])
        if role == Qt.ItemDataRole.ToolTipRole:
            minutes = record.planned_seconds // 60
            details = [record.format_name or self.tr("Own phases"), f"{minutes} min"]
            if record.place:
                details.append(record.place)
            return " · ".join(details)
        return None


class SessionsPanel(RecordPanel[SessionRecord]):
    """Plans, changes and deletes a group's sessions; emits ``open_requested(session_id)``
    for the main window to open one in the room."""

    open_requested = Signal(str)
    attendance_list_exported = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(
            SessionTableModel, self.tr("Sessions"), "sessionTable", parent, stretch=FORMAT
        )
        self._store = store
        self._group: GroupRecord | None = None
        self._editable = True
        self._wanted_width = 0
        self.open_with(self._request_open)

        self.plan_button = push_button(
            self.tr("Plan…"),
            self,
            "planSession",
            self.tr("Plan the next session of this group (Ctrl+Shift+P)"),
            self.plan,
        )
        self.open_button = push_button(
            self.tr("Open"),
            self,
            "openSession",
            self.tr("Open the selected session to run it (Enter)"),
            self._request_open,
        )
        self.change_button = push_button(
            self.tr("Change…"),
            self,
            "changeSession",
            self.tr("Change the date, place or phases of the selected planned session"),
            self.change,
        )
        self.series_button = push_button(
            self.tr("Plan Series…"),
            self,
            "planSeries",
            self.tr(
                "Plan several sessions at once: weekly, every two weeks, monthly or on chosen dates"
            ),
            self.plan_series,
        )
        # In File ▸ Export (the shell adds them): a row of buttons here would widen the page.
        self.calendar_all_action = QAction(self.tr("Calendar of Planned Sessions (.&ics)…"), self)
        self.calendar_all_action.setObjectName("exportCalendarAll")
        self.calendar_all_action.triggered.connect(lambda: self.export_calendar(selected=False))
        self.calendar_one_action = QAction(self.tr("Se&lected Session to Calendar (.ics)…"), self)
        self.calendar_one_action.setObjectName("exportCalendarOne")
        self.calendar_one_action.triggered.connect(lambda: self.export_calendar(selected=True))
        self.calendar: CalendarExport | None = None  # made on first use
        self.attendance_list_all_action = QAction(
            self.tr("Attendance List of Accredited Sessions (CPD)…"), self
        )
        self.attendance_list_all_action.setObjectName("exportAttendanceListAll")
        self.attendance_list_all_action.triggered.connect(lambda: self.export_attendance_list(""))
        self.attendance_list_one_action = QAction(
            self.tr("Attendance List of Selected Session (CPD)…"), self
        )
        self.attendance_list_one_action.setObjectName("exportAttendanceListOne")
        self.attendance_list_one_action.triggered.connect(self._export_selected_list)
        self.attendance_lists: AttendanceListExport | None = None  # made on first use
        # Any session, finished ones too: an accreditation id often arrives afterwards.
        self.accreditation_action = QAction(self.tr("Accreditation Id of Selected Session…"), self)
        self.accreditation_action.setObjectName("sessionAccreditationId")
        self.accreditation_action.triggered.connect(self.ask_accreditation_id)
        self.accreditation_dialog: QInputDialog | None = None
        # Delete removes a planned session while the table has the focus (see members).
        self.delete_action = self.delete_key_action(self.tr("Delete Planned Session"), self.delete)
        layout = self.lay_out(
            (
                self.plan_button,
                self.open_button,
                self.change_button,
            ),
            self.tr(
                "No sessions yet. Plan the first one with Ctrl+Shift+P, or a whole series at "
                "once with Plan Series below."
            ),
        )
        self.themes_label = QLabel(self)
        self.themes_label.setObjectName("themeCounts")
        self.themes_label.setWordWrap(True)
        self.themes_label.hide()  # until a group with themes is shown
        # Under the series rather than in the row above: that row sets how narrow the
        # window can be (760 px with the group list beside it).
        layout.addLayout(button_row(self.series_button))
        layout.addWidget(self.themes_label)  # the panel's whole width, not beside the button

    def show_group(self, group: GroupRecord) -> None:
        self._group = group
        self.set_sessions(sessions.list_sessions(self._store, group.id))
        self._show_theme_counts(group.id)

    def _show_theme_counts(self, group_id: str) -> None:
        """The series' most frequent themes, counted over sessions and learning points."""
        from reflectdesk.store.themes import theme_counts  # on first use

        counts = [c for c in theme_counts(self._store, group_id) if c.sessions or c.learning_points]
        counts.sort(key=lambda c: (-(c.sessions + c.learning_points), c.name))
        # Hidden while empty, so a group without themes gives its line to the table.
        self.themes_label.setVisible(bool(counts))
        if not counts:
            self.themes_label.setText("")
            return
        shown = " · ".join(f"{c.name} {c.sessions + c.learning_points}" for c in counts[:5])
        self.themes_label.setText(self.tr("Themes so far: %1").replace("%1", shown))
        self.themes_label.setToolTip(
            "\n".join(
                fill(
                    self.tr("%1: %2, %3"),
                    c.name,
                    self.tr("%n session(s)", "", c.sessions),
                    self.tr("%n learning point(s)", "", c.learning_points),
                )
                for c in counts
            )
        )

    def set_sessions(self, records: list[SessionRecord]) -> None:
        self.model.set_records(records)
        # Asks for the width that shows dates, presenters and statuses whole ("Sun…",
        # "Plan…" told nothing apart); the format, the same for most sessions, gives
        # way. Asked, not required: a narrow window scrolls the table instead.
        self._wanted_width = min(columns_width(self.table, FORMAT), MOST_WIDTH)
        self.updateGeometry()
        if records and not self.table.currentIndex().isValid():
            upcoming = next(
                (i for i, r in enumerate(records) if r.status is not SessionStatus.FINISHED),
                len(records) - 1,
            )
            self.table.setCurrentIndex(self.model.index(upcoming, 0))
        self._update_buttons()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._wanted_width), hint.height())

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update_buttons()

    def current_session_id(self) -> str:
        record = self.current_record()
        return record.id if record else ""

    def select_session(self, session_id: str) -> None:
        self.select(session_id)

    def _update_buttons(self, *_args: object) -> None:
        super()._update_buttons()
        current = self.current_record()
        self.plan_button.setEnabled(self._editable)
        self.series_button.setEnabled(self._editable)
        self.calendar_all_action.setEnabled(self._group is not None)
        self.calendar_one_action.setEnabled(
            current is not None and current.planned_start is not None
        )
        self.attendance_list_all_action.setEnabled(self._group is not None)
        self.attendance_list_one_action.setEnabled(current is not None)
        self.accreditation_action.setEnabled(self._editable and current is not None)
        self.open_button.setEnabled(current is not None)
        self.change_button.setEnabled(
            self._editable and current is not None and current.status is SessionStatus.PLANNED
        )

    # --- planning ----------------------------------------------------------------------

    def plan(self) -> None:
        from reflectdesk.ui.groups.plan_session_dialog import PlanSessionDialog  # on first use

        group = self._group
        if group is None or not self._editable:
            return
        dialog = PlanSessionDialog(self._store, group.id, group.format_id, parent=self)
        dialog.accepted.connect(lambda: self._after_change(dialog.session_id))
        dialog.open()

    def plan_series(self) -> None:
        from reflectdesk.ui.groups.plan_series_dialog import PlanSeriesDialog  # on first use

        group = self._group
        if group is None or not self._editable:
            return
        dialog = PlanSeriesDialog(self._store, group.id, group.planned_sessions, self)
        dialog.accepted.connect(
            lambda: self._after_change(dialog.session_ids[0] if dialog.session_ids else "")
        )
        dialog.open()

    def export_calendar(self, *, selected: bool) -> None:
        """The save dialog for the group's planned sessions (or the selected one)."""
        from reflectdesk.ui.groups.calendar_export import CalendarExport  # on first use

        group, record = self._group, self.current_record()
        if group is None or (selected and record is None):
            return
        if self.calendar is None:
            self.calendar = CalendarExport(self, self._store)
        self.calendar.start(group.id, record.id if selected and record else None)

    def export_attendance_list(self, session_id: str) -> None:
        """The save dialog for a session's attendance list ('': the group's accredited
        sessions); the list is written when a file is chosen."""
        from reflectdesk.operations.attendance_list import ListScope
        from reflectdesk.ui.groups.attendance_list_export import AttendanceListExport

        group = self._group
        if group is None:
            return
        if self.attendance_lists is None:
            self.attendance_lists = AttendanceListExport(self, self._store)
            self.attendance_lists.exported.connect(self.attendance_list_exported)
        scope = ListScope(session_id) if session_id else ListScope(group_id=group.id)
        self.attendance_lists.start(scope)

    def ask_accreditation_id(self) -> None:
        """The selected session's own accreditation id, asked in place of the group's."""
        record = self.current_record()
        if record is None or not self._editable:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("sessionAccreditationDialog")
        dialog.setWindowTitle(self.tr("Accreditation Id"))
        dialog.setLabelText(
            self.tr("Accreditation id of this session, if different from the group's:")
        )
        dialog.setTextValue(record.accreditation_id)

        def chosen(value: str) -> None:
            try:
                set_session_accreditation(self._store, record.id, value)
            except ReflectDeskError as error:
                show_error(self, self.tr("Could not save the accreditation id"), error)

        dialog.textValueSelected.connect(chosen)
        dialog.open()
        self.accreditation_dialog = dialog

    def _export_selected_list(self) -> None:
        record = self.current_record()
        if record is not None:
            self.export_attendance_list(record.id)

    def change(self) -> None:
        from reflectdesk.ui.groups.plan_session_dialog import PlanSessionDialog  # on first use

        record, group = self.current_record(), self._group
        if record is None or group is None or record.status is not SessionStatus.PLANNED:
            return
        if not self._editable:
            return
        dialog = PlanSessionDialog(self._store, group.id, group.format_id, record, self)
        dialog.accepted.connect(lambda: self._after_change(record.id))
        dialog.open()

    def delete(self) -> None:
        record = self.current_record()
        if record is None or record.status is not SessionStatus.PLANNED or not self._editable:
            return

        def delete() -> None:
            try:
                sessions.delete_session(self._store, record.id)
            except ReflectDeskError as error:
                show_error(self, self.tr("Could not delete the session"), error)
                return
            self._after_change("")

        confirm(
            self,
            "deleteSessionConfirm",
            self.tr("Delete Planned Session"),
            self.tr("Delete this planned session? Sessions that ran are never deleted."),
            answer=self.tr("Delete"),
            then=delete,
        ).open()

    def _after_change(self, select_id: str) -> None:
        if self._group is not None:
            self.set_sessions(sessions.list_sessions(self._store, self._group.id))
        if select_id:
            self.select_session(select_id)
        self.table.setFocus()

    def _request_open(self) -> None:
        session_id = self.current_session_id()
        if session_id:
            self.open_requested.emit(session_id)
