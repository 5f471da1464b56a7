"""One session in the room: attendance, the case presenter, and the running clock.

A finished session's clock record and attendance are closed, but its write-up (notes,
learning points, actions, themes, evaluations) stays editable. The presenter screen (F5,
presenter_link.py) follows the clock and shows only the phase, the time, the role cue and
a card: it is handed snapshots, never notes.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.clock import TimeSource
from reflectdesk.core.clock_state import ClockStatus
from reflectdesk.core.debrief import debrief_is_due
from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.model import AttendanceStatus, Role, SessionStatus
from reflectdesk.core.rotation import presenter_stats, suggest_presenter
from reflectdesk.store import attendance as attendance_store
from reflectdesk.store import groups, members, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.settings import clock_preferences
from reflectdesk.ui.common.dates import session_start
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.widgets import (
    is_shortcut_check_for,
    page_title,
    push_button,
    splitter,
)
from reflectdesk.ui.privacy.vault_controller import VaultController
from reflectdesk.ui.privacy.vault_inline import VaultSetupBar
from reflectdesk.ui.room.attendance_panel import AttendancePanel
from reflectdesk.ui.room.card_panel import CardPanel
from reflectdesk.ui.room.chime import FlashOverlay, PhaseEndCue, SystemChime
from reflectdesk.ui.room.debrief_panel import DebriefPanel
from reflectdesk.ui.room.notes_panel import NotesPanel
from reflectdesk.ui.room.open_actions_panel import OpenActionsPanel
from reflectdesk.ui.room.presenter_link import PresenterLink, switch_action
from reflectdesk.ui.room.presenter_picker import PresenterPicker
from reflectdesk.ui.room.run_view import RunView
from reflectdesk.ui.room.session_runner import SessionRunner
from reflectdesk.ui.room.session_undo import SessionUndo


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
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPage")
        self._store = store
        self.session_id = session_id
        self.record = sessions.get_session(store, session_id)
        self.group = groups.get_group(store, self.record.group_id)
        # Only the clock record (and attendance) of a finished session is closed.
        read_only = self.record.status is SessionStatus.FINISHED

        self.runner = SessionRunner(store, session_id, time, parent=self)
        self.runner.failed.connect(lambda message: show_error(self, self.tr("Clock"), message))
        self.runner.changed.connect(self._on_clock_changed)
        self.run_view = RunView(self.runner, read_only=read_only, parent=self)
        self.attendance = AttendancePanel(self)
        self.attendance.status_chosen.connect(self._set_attendance)
        self.attendance.set_read_only(read_only)
        self.attendance.minutes.store_in(store, session_id, self.reload_people)
        self.presenter = PresenterPicker(self)
        self.presenter.chosen.connect(self._set_presenter)
        self.presenter.set_read_only(read_only)
        self.cards = CardPanel(store, session_id, read_only=read_only, parent=self)
        self.cards.status.connect(self.status)
        self.cards.show_on_screen.connect(
            lambda text: self.status.emit(
                self.tr("Card shown on the presenter screen.")
                if text
                else self.tr("Card hidden from the presenter screen.")
            )
        )
        self.undo = SessionUndo(self)  # Ctrl+Z: the last clock action, mark or choice
        self.undo.said.connect(self.status)
        self.runner.acted.connect(lambda event: self.undo.push_clock(self.runner.undo, event))

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

        self.presenter_screen = PresenterLink(
            self, self.run_view, self.cards, time, settings, read_only=read_only
        )
        self.presenter_screen.controls.blackout_action.toggled.connect(
            lambda dark: self.status.emit(
                self.tr("Presenter screen dark. K brings it back.")
                if dark
                else self.tr("Presenter screen back.")
            )
        )
        self.chime_action = switch_action(
            self,
            self.tr("&Chime at Phase End"),
            "chime",
            self.tr("A soft chime when a phase's time is up (off by default)"),
        )
        # The clock's keys work wherever the focus is on this page (attendance list too);
        # the attendance table takes the digits before any shortcut can.
        for action in (
            *self.run_view.control_actions,
            *self.cards.card_actions,
            *self.presenter_screen.page_actions,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.export_button = push_button(
            self.tr("Export Summary…"),
            self,
            "sessionExport",
            self.tr("This session's summary as PDF (Ctrl+E)"),
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
        self.flash = FlashOverlay(self.run_view)
        self.cue = cue or PhaseEndCue(SystemChime(), self.flash.flash, self)
        self.chime_action.toggled.connect(lambda on: setattr(self.cue, "enabled", on))
        self.presenter_screen.quiet_changed.connect(lambda quiet: setattr(self.cue, "quiet", quiet))
        self.chime_action.setChecked(clock_preferences(store).chime)
        self.run_view.phase_time_up.connect(self.cue.phase_ended)

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.conditions_button)
        header.addWidget(self.export_button)
        header.addWidget(self.presenter_screen.button)
        header.addWidget(self.presenter_screen.controls.blackout_button)

        room = QWidget(self)
        room_layout = QVBoxLayout(room)
        room_layout.setContentsMargins(0, 4, 0, 0)
        room_layout.addWidget(self.attendance, 3)
        # The presenter and the open actions scroll below the attendance when a laptop
        # screen is short, so the attendance keeps its ten rows (attendance_panel).
        below = QScrollArea(room)
        below.setObjectName("roomBelowAttendance")
        below.setWidgetResizable(True)
        below.setFrameShape(QScrollArea.Shape.NoFrame)
        below.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds
        below.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        below_content = QWidget(below)
        below_layout = QVBoxLayout(below_content)
        below_layout.setContentsMargins(0, 0, 0, 0)
        self.presenter.setParent(below_content)
        below_layout.addWidget(self.presenter, 1)
        # The opening phase reviews what was agreed before: listed here, closed by a key.
        self.open_actions = OpenActionsPanel(store, session_id, below_content)
        self.open_actions.status.connect(self.status)
        below_layout.addWidget(self.open_actions, 1)
        below.setWidget(below_content)
        below.setMinimumHeight(below.fontMetrics().lineSpacing() * 4)
        room_layout.addWidget(below, 2)
        # The write-up stays open after the session: that evening, or the next day.
        self.notes = NotesPanel(
            store,
            vault,
            session_id,
            self.record.group_id,
            clock_running=self.clock_in_progress,
            parent=self,
        )
        self.notes.status.connect(self.status)
        side = QTabWidget(self)
        side.setObjectName("sessionTabs")
        side.setAccessibleName(self.tr("Room, cards and notes"))
        side.addTab(room, self.tr("&Room"))
        side.addTab(self.cards, self.tr("&Cards"))
        side.addTab(self.notes, self.tr("&Notes"))
        self.tabs = side
        # A tab chosen (Alt+N, a click) takes the keys: what is typed next goes into it,
        # never to the clock (an "e" in a note must not end the session).
        side.currentChanged.connect(self._focus_tab)
        self._vault = vault
        self.vault_bar = VaultSetupBar(store, vault, self)
        self.notes.private_box.unsaved_typed.connect(self.vault_bar.remind)
        self.vault_bar.done.connect(self.return_to_clock)
        vault.hold_dialogs_while(self.clock_in_progress)
        # After a session led by two, a short debrief in place (never a dialog).
        self.debrief = DebriefPanel(store, session_id, self)
        self.debrief.status.connect(self.status)
        self.debrief.setVisible(read_only and self._debrief_due())
        # Under the clock, where the phase table has room to spare at 1366x768: the
        # offer of a passphrase and the debrief, in place, never shifting the clock.
        clock_column = QWidget(self)
        column = QVBoxLayout(clock_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.run_view, 1)
        column.addWidget(self.vault_bar)
        column.addWidget(self.debrief)
        self.splitter = splitter(
            self, "sessionSplitter", Qt.Orientation.Horizontal, (clock_column, 3), (side, 2)
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.presenter_screen.controls)
        layout.addWidget(self.splitter, 1)
        self._tab_in_reading_order()

        self.run_view.snapshot_shown.connect(lambda shot: self.cards.suggest_deck(shot.deck))
        self._update_title()
        self.reload_people()
        self.setFocusProxy(self.run_view)
        self._add_back_to_clock()
        # A button clicked with the mouse does not take the keys from the clock: Space
        # after clicking "Countdown to Start" starts the clock. Tabbed to, a button takes
        # Space as its own (see event()).
        for button in self.findChildren(QAbstractButton):
            if button.focusPolicy() == Qt.FocusPolicy.StrongFocus:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _tab_in_reading_order(self) -> None:
        """Tab goes left to right through the header, then the presenter screen's row;
        the order the widgets were made in (the presenter's controls first) jumped."""
        controls = self.presenter_screen.controls
        chain = (
            self.back_button,
            self.conditions_button,
            self.export_button,
            self.presenter_screen.button,
            controls.blackout_button,
            controls.message_edit,
            controls.show_button,
            controls.clear_button,
            controls.countdown_minutes,
            controls.countdown_button,
        )
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

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

    def event(self, event: QEvent) -> bool:
        # Space on a focused button presses that button, as everywhere on a desktop (the
        # case presenter's "Choose …", the clock's own buttons); elsewhere on the page it
        # stays the clock's start and pause.
        if is_shortcut_check_for(event, Qt.Key.Key_Space) and isinstance(
            QApplication.focusWidget(), QAbstractButton
        ):
            event.accept()
            return True
        return super().event(event)

    def _focus_tab(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if tab is self.notes:
            self.notes.focus_note()
        elif tab is self.cards:
            self.cards.card_list.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.attendance.table.setFocus(Qt.FocusReason.TabFocusReason)

    def return_to_clock(self) -> None:
        """Focus the run view. What was typed stays where it is: the private note's
        editor saves at once as the focus leaves it (the autosave's save_now), and a
        learning point or action not yet added waits in its field for Enter."""
        self.run_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- header and people -----------------------------------------------------------

    def _update_title(self) -> None:
        record = sessions.get_session(self._store, self.session_id)
        self.record = record
        when = session_start(record.planned_start) if record.planned_start else ""
        state = {
            SessionStatus.PLANNED: self.tr("planned"),
            SessionStatus.RUNNING: self.tr("running"),
            SessionStatus.FINISHED: self.tr("finished"),
        }[record.status]
        if self.runner.snapshot().status is ClockStatus.PAUSED:
            state = self.tr("paused")
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
            [stat for stat in stats if stat.person_id not in absent],
            suggestion,
            self.record.presenter_id or "",
            self.record.presenter_name or "",
        )

    def _set_attendance(
        self, person_id: str, status: AttendanceStatus | None, *, undoing: bool = False
    ) -> str | None:
        """Record a mark (and offer it for undoing); None when done, else why not."""
        marks = {r.person_id: r for r in self.attendance.model.records()}
        try:
            attendance_store.set_attendance(self._store, self.session_id, person_id, status)
        except ReflectDeskError as error:
            if not undoing:
                show_error(self, self.tr("Could not record attendance"), error)
            return str(error)
        self.reload_people()
        if not undoing and person_id in marks:
            before = marks[person_id].status
            self.undo.push(
                self.tr("attendance of %1").replace("%1", marks[person_id].display_name),
                lambda: self._set_attendance(person_id, before, undoing=True),
            )
        return None

    def _set_presenter(self, person_id: str, *, undoing: bool = False) -> str | None:
        """Record the presenter ("" for none; offered for undoing); None when done."""
        before = self.record.presenter_id or ""
        if person_id == before and not undoing:
            return None
        try:
            attendance_store.set_presenter(self._store, self.session_id, person_id or None)
        except ReflectDeskError as error:
            if not undoing:
                show_error(self, self.tr("Could not record the presenter"), error)
            return str(error)
        self.record = sessions.get_session(self._store, self.session_id)
        self.reload_people()
        if self.presenter.table.hasFocus():
            self.run_view.setFocus()  # chosen: the next key is the clock's again
        if not undoing:
            self.undo.push(
                self.tr("the presenter choice"),
                lambda: self._set_presenter(before, undoing=True),
            )
        if person_id and not undoing:
            self.status.emit(
                self.tr("%1 presents the case.").replace("%1", self.record.presenter_name or "")
            )
        return None

    def _on_clock_changed(self) -> None:
        before = self.record.status
        self._update_title()
        if self.record.status is not before:
            self.status.emit(self._status_said(self.record.status))
            self.conditions_button.setVisible(self.record.status is SessionStatus.FINISHED)
            if self.record.status is SessionStatus.FINISHED:
                self._after_the_clock()

    def _status_said(self, status: SessionStatus) -> str:
        """The status bar's sentence for a session that changed state (whole sentences:
        the state's code is never shown)."""
        return {
            SessionStatus.PLANNED: self.tr("The session is back to planned."),
            SessionStatus.RUNNING: self.tr("The session is running."),
            SessionStatus.FINISHED: self.tr("The session has ended."),
        }[status]

    def clock_in_progress(self) -> bool:
        """Started and not ended: nothing but End Session may open a dialog."""
        return self.runner.snapshot().status in (ClockStatus.RUNNING, ClockStatus.PAUSED)

    def _after_the_clock(self) -> None:
        """End Session: what waited for the clock to stop is offered now, in place."""
        if self._debrief_due():
            self.debrief.offer()
        if self.notes.private_box.unsaved:
            self.vault_bar.offer()  # after the debrief: the unsaved note goes first
        self._vault.show_waiting_recovery_key()

    def _debrief_due(self) -> bool:
        roles = (m.role for m in members.list_members(self._store, self.record.group_id))
        return debrief_is_due(roles)

    def _conditions_check(self) -> None:
        from reflectdesk.ui.evaluation.entry import open_conditions_check  # on first use

        open_conditions_check(self._store, self.record.group_id, self.session_id, self)

    def shutdown(self) -> None:
        """Leaving the page or closing the app: notes are written, the presenter
        window goes too."""
        self.presenter_screen.close()
        self.notes.shutdown()
        self._vault.hold_dialogs_while(None)
        # Once the page has gone (not while the window closes: the timer dies with it).
        QTimer.singleShot(0, self._vault, self._vault.show_waiting_recovery_key)
