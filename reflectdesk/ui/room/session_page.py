"""One session in the room: attendance, the case presenter, and the running clock.

A finished session opens read-only. The presenter window (F5) follows the clock and shows
only the phase, the time, the role cue and a card: it is handed snapshots, never notes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.clock import TimeSource
from reflectdesk.core.clock_state import ClockSnapshot
from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.model import AttendanceStatus, Role, SessionStatus
from reflectdesk.core.rotation import presenter_stats, suggest_presenter
from reflectdesk.store import attendance as attendance_store
from reflectdesk.store import groups, members, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.settings import clock_preferences
from reflectdesk.ui.common.dates import session_start
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.widgets import page_title, push_button, splitter
from reflectdesk.ui.privacy.vault_controller import VaultController
from reflectdesk.ui.room.attendance_panel import AttendancePanel
from reflectdesk.ui.room.card_panel import CardPanel
from reflectdesk.ui.room.chime import FlashOverlay, PhaseEndCue, SystemChime
from reflectdesk.ui.room.notes_panel import NotesPanel
from reflectdesk.ui.room.presenter_picker import PresenterPicker
from reflectdesk.ui.room.presenter_window import PresenterWindow
from reflectdesk.ui.room.run_view import RunView
from reflectdesk.ui.room.session_runner import SessionRunner


class SessionPage(QWidget):
    """Emits ``back_requested`` (to the group) and ``status(message)``."""

    back_requested = Signal()
    status = Signal(str)
    export_requested = Signal()

    def __init__(
        self,
        store: Store,
        vault: VaultController,
        session_id: str,
        time: TimeSource,
        parent: QWidget | None = None,
        *,
        cue: PhaseEndCue | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPage")
        self._store = store
        self.session_id = session_id
        self.record = sessions.get_session(store, session_id)
        self.group = groups.get_group(store, self.record.group_id)
        read_only = self.record.status is SessionStatus.FINISHED

        self.runner = SessionRunner(store, session_id, time, parent=self)
        self.runner.failed.connect(lambda message: show_error(self, self.tr("Clock"), message))
        self.runner.changed.connect(self._on_clock_changed)
        self.run_view = RunView(self.runner, read_only=read_only, parent=self)
        self.attendance = AttendancePanel(self)
        self.attendance.status_chosen.connect(self._set_attendance)
        self.attendance.set_read_only(read_only)
        self.presenter = PresenterPicker(self)
        self.presenter.chosen.connect(self._set_presenter)
        self.presenter.set_read_only(read_only)
        self.cards = CardPanel(store, session_id, read_only=read_only, parent=self)
        self.cards.show_on_screen.connect(self._show_card)

        self.title = page_title(self, 1.4)
        self.title.setWordWrap(True)
        # A long group name must wrap, not widen the window past a laptop screen.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.back_button = push_button(
            self.tr("◀ Back to group"),
            self,
            "backToGroup",
            self.tr("Back to the group (Alt+Left)"),
            self.back_requested,
        )

        self.presenter_window: PresenterWindow | None = None
        self.presenter_action = self._switch(
            self.tr("&Presenter Screen"),
            "presenterScreen",
            self.tr("Show the clock on a second screen or window (F5)"),
            "F5",
        )
        self.presenter_action.toggled.connect(self.set_presenter_screen)
        self.quiet_action = self._switch(
            self.tr("&Quiet Mode (minutes only)"),
            "quietMode",
            self.tr("Presenter screen shows whole minutes, no seconds, and never chimes (Q)"),
            "Q",
        )
        self.quiet_action.toggled.connect(self._set_quiet)
        self.chime_action = self._switch(
            self.tr("&Chime at Phase End"),
            "chime",
            self.tr("A soft chime when a phase's time is up (off by default)"),
        )
        # The clock's keys work wherever the focus is on this page (attendance list too);
        # the attendance table takes the digits before any shortcut can.
        for action in (
            *self.run_view.control_actions,
            *self.cards.card_actions,
            self.presenter_action,
            self.quiet_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.export_button = push_button(
            self.tr("Export Summary…"),
            self,
            "sessionExport",
            self.tr("This session's summary as PDF (Ctrl+P)"),
            self.export_requested,
        )
        # After the session: the facilitator's conditions check (ui/evaluation/entry.py).
        self.conditions_button = push_button(
            self.tr("Conditions Check…"),
            self,
            "sessionConditionsCheck",
            self.tr("Rate this session's conditions, in under a minute (Ctrl+Shift+K)"),
            self._conditions_check,
        )
        self.conditions_button.setVisible(read_only)
        self.presenter_button = QPushButton(self.tr("Presenter Screen"), self)
        self.presenter_button.setObjectName("presenterScreenButton")
        self.presenter_button.setCheckable(True)
        self.presenter_button.setToolTip(self.presenter_action.toolTip())
        self.presenter_button.toggled.connect(self.presenter_action.setChecked)
        self.presenter_action.toggled.connect(self.presenter_button.setChecked)

        self.flash = FlashOverlay(self.run_view)
        self.cue = cue or PhaseEndCue(SystemChime(), self.flash.flash, self)
        self.chime_action.toggled.connect(lambda on: setattr(self.cue, "enabled", on))
        self.chime_action.setChecked(clock_preferences(store).chime)
        self.run_view.phase_time_up.connect(self.cue.phase_ended)

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.conditions_button)
        header.addWidget(self.export_button)
        header.addWidget(self.presenter_button)

        room = QWidget(self)
        room_layout = QVBoxLayout(room)
        room_layout.setContentsMargins(0, 4, 0, 0)
        room_layout.addWidget(self.attendance, 3)
        room_layout.addWidget(self.presenter, 2)
        self.notes = NotesPanel(
            store, vault, session_id, self.record.group_id, read_only=read_only, parent=self
        )
        side = QTabWidget(self)
        side.setObjectName("sessionTabs")
        side.addTab(room, self.tr("&Room"))
        side.addTab(self.cards, self.tr("&Cards"))
        side.addTab(self.notes, self.tr("&Notes"))
        self.tabs = side
        self.splitter = splitter(
            self, "sessionSplitter", Qt.Orientation.Horizontal, (self.run_view, 3), (side, 2)
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

        self.run_view.snapshot_shown.connect(self._follow_snapshot)
        self._update_title()
        self.reload_people()
        self.setFocusProxy(self.run_view)
        self._add_back_to_clock()

    def _add_back_to_clock(self) -> None:
        """Esc anywhere on the page (a note, a list, the cards) hands the keys back to
        the clock, so the next N is Next Phase and never a letter in a note."""
        action = QAction(self.tr("Back to the Clock"), self)
        action.setObjectName("backToClock")
        action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.return_to_clock)
        self.addAction(action)
        self.back_to_clock_action = action

    def return_to_clock(self) -> None:
        """Focus the run view. What was typed stays where it is: the private note's
        editor saves at once as the focus leaves it (the autosave's save_now), and a
        learning point or action not yet added waits in its field for Enter."""
        self.run_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- header and people -----------------------------------------------------------

    def _switch(self, text: str, name: str, tip: str, key: str = "") -> QAction:
        """A checkable action of the page, with its shortcut when it has one."""
        action = QAction(text, self)
        action.setObjectName(name)
        action.setCheckable(True)
        if key:
            action.setShortcut(QKeySequence(key))
        action.setToolTip(tip)
        return action

    def _update_title(self) -> None:
        record = sessions.get_session(self._store, self.session_id)
        self.record = record
        when = session_start(record.planned_start) if record.planned_start else ""
        state = {
            SessionStatus.PLANNED: self.tr("planned"),
            SessionStatus.RUNNING: self.tr("running"),
            SessionStatus.FINISHED: self.tr("finished — read-only"),
        }[record.status]
        parts = [self.group.name, when, record.format_name or "", state]
        self.title.setText(" · ".join(part for part in parts if part))

    def reload_people(self) -> None:
        self.attendance.set_records(attendance_store.attendance(self._store, self.session_id))
        roster = [
            (m.person_id, m.display_name)
            for m in members.list_members(self._store, self.record.group_id)
            if m.role is Role.MEMBER
        ]
        stats = presenter_stats(
            roster, attendance_store.presenter_history(self._store, self.record.group_id)
        )
        absent = {
            r.person_id
            for r in attendance_store.attendance(self._store, self.session_id)
            if r.status in (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)
        }
        suggestion = suggest_presenter(stats, absent=absent)
        self.presenter.set_data(
            stats, suggestion, self.record.presenter_id or "", self.record.presenter_name or ""
        )

    def _set_attendance(self, person_id: str, status: AttendanceStatus | None) -> None:
        try:
            attendance_store.set_attendance(self._store, self.session_id, person_id, status)
        except ReflectDeskError as error:
            show_error(self, self.tr("Could not record attendance"), error)
            return
        self.reload_people()

    def _set_presenter(self, person_id: str) -> None:
        try:
            attendance_store.set_presenter(self._store, self.session_id, person_id or None)
        except ReflectDeskError as error:
            show_error(self, self.tr("Could not record the presenter"), error)
            return
        self.record = sessions.get_session(self._store, self.session_id)
        self.reload_people()
        if person_id:
            self.status.emit(
                self.tr("%1 presents the case.").replace("%1", self.record.presenter_name or "")
            )

    def _on_clock_changed(self) -> None:
        before = self.record.status
        self._update_title()
        if self.record.status is not before:
            self.status.emit(self.tr("Session %1.").replace("%1", self.record.status.value))
            self.conditions_button.setVisible(self.record.status is SessionStatus.FINISHED)

    def _conditions_check(self) -> None:
        from reflectdesk.ui.evaluation.entry import open_conditions_check  # on first use

        open_conditions_check(self._store, self.record.group_id, self.session_id, self)

    # --- presenter window ------------------------------------------------------------

    def set_presenter_screen(self, on: bool) -> None:
        if on and self.presenter_window is None:
            window = PresenterWindow()
            window.set_quiet(self.quiet_action.isChecked())
            window.closed.connect(lambda: self.presenter_action.setChecked(False))
            self.presenter_window = window
            window.show_snapshot(self.runner.snapshot())
            window.show_card(self.cards.shown_text())
            window.present(self.screen())
        elif not on and self.presenter_window is not None:
            window, self.presenter_window = self.presenter_window, None
            window.closed.disconnect()
            window.close()
            window.deleteLater()

    def _set_quiet(self, quiet: bool) -> None:
        self.cue.quiet = quiet
        if self.presenter_window is not None:
            self.presenter_window.set_quiet(quiet)
            self.presenter_window.show_snapshot(self.runner.snapshot())

    def _follow_snapshot(self, snapshot: ClockSnapshot) -> None:
        self.cards.suggest_deck(snapshot.deck)
        if self.presenter_window is not None:
            self.presenter_window.show_snapshot(snapshot)

    def _show_card(self, text: str) -> None:
        """A card for the group: on the presenter screen, opened for it if need be."""
        if text and self.presenter_window is None:
            self.presenter_action.setChecked(True)
        if self.presenter_window is not None:
            self.presenter_window.show_card(text)

    def shutdown(self) -> None:
        """Leaving the page or closing the app: notes are written, the presenter
        window goes too."""
        self.presenter_action.setChecked(False)
        self.notes.shutdown()
