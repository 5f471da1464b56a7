"""What a facilitator puts on the presenter screen besides the clock and a card:
blackout, a message to the room and a countdown to the start. All inline on the session
page (no dialog while a group waits), each pushed to the presenter window if it is open.

Blackout is K: presentation software darkens with B or ".", but B is Back here.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from reflectdesk.core.clock import TimeSource
from reflectdesk.ui.common.widgets import line_field, push_button, single_shot
from reflectdesk.ui.room.presenter_window import PresenterWindow

BLACKOUT_KEY = "K"
MESSAGE_MAX = 120  # one line the back of the room can read
DEFAULT_COUNTDOWN_MINUTES = 3


class PresenterControls(QWidget):
    """Emits ``changed`` when what the presenter screen shows changes (every second of
    a countdown too) and ``wants_screen`` when something is put on a screen not open."""

    changed = Signal()
    wants_screen = Signal()

    def __init__(self, time: TimeSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterControls")
        self._time = time
        self.message = ""
        self._countdown_end: float | None = None

        self.blackout_action = QAction(self.tr("&Blackout"), self)
        self.blackout_action.setObjectName("blackout")
        self.blackout_action.setCheckable(True)
        self.blackout_action.setShortcut(QKeySequence(BLACKOUT_KEY))
        self.blackout_action.setToolTip(
            self.tr("Darken the presenter screen, e.g. while a case is told (K; K again shows it)")
        )
        self.blackout_action.toggled.connect(lambda _on: self.changed.emit())
        self.blackout_button = QPushButton(self.tr("Blackout  [K]"), self)
        self.blackout_button.setObjectName("blackoutButton")
        self.blackout_button.setCheckable(True)
        self.blackout_button.setToolTip(self.blackout_action.toolTip())
        self.blackout_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.blackout_button.toggled.connect(self.blackout_action.setChecked)
        self.blackout_action.toggled.connect(self.blackout_button.setChecked)

        example = self.tr("Message to the room, e.g. Break: back at 15:10")
        self.message_edit = line_field(self, "roomMessage", MESSAGE_MAX, example)
        self.message_edit.setAccessibleName(self.tr("Message to the room"))
        self.message_edit.setToolTip(self.tr("Enter shows it on the presenter screen"))
        self.message_edit.returnPressed.connect(self.show_message)
        self.message_edit.textChanged.connect(lambda _text: self._update_buttons())
        tip = self.tr("Show the message (Enter)")
        self.show_button = push_button(self.tr("Show"), self, "showMessage", tip, self.show_message)
        tip = self.tr("Take the message off the screen")
        self.clear_button = push_button(
            self.tr("Clear"), self, "clearMessage", tip, self.clear_message
        )

        self.countdown_minutes = QSpinBox(self)
        self.countdown_minutes.setObjectName("countdownMinutes")
        self.countdown_minutes.setAccessibleName(self.tr("Minutes of the countdown to the start"))
        self.countdown_minutes.setRange(1, 120)
        self.countdown_minutes.setValue(DEFAULT_COUNTDOWN_MINUTES)
        self.countdown_minutes.setSuffix(self.tr(" min"))
        self.countdown_minutes.setToolTip(self.tr("Minutes until the start"))
        self.countdown_button = QPushButton(self.tr("Countdown to Start"), self)
        self.countdown_button.setObjectName("countdownButton")
        self.countdown_button.setCheckable(True)
        self.countdown_button.setToolTip(
            self.tr('"Starting in 3:00" on the presenter screen; the clock waits for you')
        )
        self.countdown_button.toggled.connect(self._toggle_countdown)
        self._tick = single_shot(self, self.tick)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("On screen:"), self))
        row.addWidget(self.message_edit, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.clear_button)
        row.addSpacing(12)
        row.addWidget(self.countdown_minutes)
        row.addWidget(self.countdown_button)
        self._update_buttons()

    # --- state -----------------------------------------------------------------------

    @property
    def blackout(self) -> bool:
        return self.blackout_action.isChecked()

    def countdown_left(self) -> int | None:
        """Whole seconds to the start (0 once reached), or None when no countdown runs."""
        if self._countdown_end is None:
            return None
        return max(0, math.ceil(self._countdown_end - self._time.monotonic() - 1e-9))

    def apply_to(self, window: PresenterWindow) -> None:
        window.set_blackout(self.blackout)
        window.show_message(self.message)
        window.show_countdown(self.countdown_left())

    # --- message ---------------------------------------------------------------------

    def show_message(self) -> None:
        self.message = self.message_edit.text().strip()
        if self.message:
            self.wants_screen.emit()
        self._update_buttons()
        self.changed.emit()

    def clear_message(self) -> None:
        self.message_edit.clear()
        self.show_message()

    def _update_buttons(self) -> None:
        typed = self.message_edit.text().strip()
        self.show_button.setEnabled(bool(typed) and typed != self.message)
        self.clear_button.setEnabled(bool(self.message or typed))

    # --- countdown -------------------------------------------------------------------

    def _toggle_countdown(self, on: bool) -> None:
        if on:
            self._countdown_end = self._time.monotonic() + self.countdown_minutes.value() * 60
            self.wants_screen.emit()
        else:
            self._countdown_end = None
        self.countdown_minutes.setEnabled(not on)
        self.countdown_button.setText(
            self.tr("Stop Countdown") if on else self.tr("Countdown to Start")
        )
        self.tick()

    def tick(self) -> None:
        """Show the countdown now, then sleep until its text next changes."""
        self.changed.emit()
        left = self.countdown_left()
        if not left or self._countdown_end is None:
            self._tick.stop()
            return
        until_change = self._countdown_end - self._time.monotonic() - (left - 1)
        self._tick.start(max(1, math.ceil(until_change * 1000) + 5))

    def clock_started(self, started: bool) -> None:
        """The countdown is for the wait before the start; once the clock runs it goes."""
        if started and self.countdown_button.isChecked():
            self.countdown_button.setChecked(False)
        self.countdown_button.setEnabled(not started)
        self.countdown_minutes.setEnabled(not started and not self.countdown_button.isChecked())

    def set_read_only(self, read_only: bool) -> None:
        """A finished session has no room to speak to."""
        self.setVisible(not read_only)
        self.blackout_button.setVisible(not read_only)
        self.blackout_action.setEnabled(not read_only)
