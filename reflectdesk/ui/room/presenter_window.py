"""The presenter screen for a TV or projector: phase, time left, role cue, card.

Readable from across a room: white on near-black, the time as large as the window
allows, warnings and pause in colour AND words. It shows only what the group may see; it
is built from labels fed a ClockSnapshot, a card, a message and a countdown, and never
receives note text (a test walks its widget tree to prove that).

The facilitator may click it (dragging it onto the TV does): the session's one-key
actions are handed to it and work here too, so the keyboard is never stranded; Esc
closes it and F11 switches between full screen and a window.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QKeyCombination, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from reflectdesk.core.clock_state import ClockSnapshot, ClockStatus, WarningLevel
from reflectdesk.core.timefmt import clock_text, remaining_text
from reflectdesk.ui.room.clock_speech import set_name, spoken_time
from reflectdesk.ui.room.presenter_layout import Block, arrange
from reflectdesk.ui.room.presenter_placement import Placement

BACKGROUND = "#101418"
BLACKOUT = "#000000"
FOREGROUND = "#f4f6f8"
MUTED = "#9aa5b1"
DIMMED = "#5d6975"  # paused digits: plainly not counting, yet 3.3:1 (large text needs 3)
WARNING = "#ffb300"
OVERRUN = "#ff5252"
CARD = "#b2ebf2"  # a prompt card stands apart from the clock and the role cue
MESSAGE = "#ffe082"  # a message to the room stands apart from the card

# Font sizes as shares of the window height. The clock never goes below a fifth of it.
TIME_SHARE = 0.30
TIME_SHARE_WITH_TEXT = 0.22  # while a card or message shows, the clock steps back a little
PHASE_SHARE = 0.075
STATE_SHARE = 0.05
PAUSED_SHARE = 0.10
CUE_SHARE = 0.055
CARD_SHARE = 0.07
MESSAGE_SHARE = 0.09


class PresenterWindow(QWidget):
    """Emits ``closed`` when the facilitator closes it."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Presenter screen"))  # Qt adds "— ReflectDesk"
        # Opening it must not take the keyboard from the main window.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quiet = False
        self.blackout = False
        self.paused = False
        self._snapshot: ClockSnapshot | None = None
        self._countdown: int | None = None
        self._forwarded: list[QAction] = []
        self._arranged: tuple[object, ...] = ()

        self.message_label = self._label("presenterMessage", MESSAGE)
        self.phase_label = self._label("presenterPhase", FOREGROUND)
        self.time_label = self._label("presenterTime", FOREGROUND)
        self.state_label = self._label("presenterState", MUTED)
        self.cue_label = self._label("presenterCue", FOREGROUND)
        self.card_label = self._label("presenterCard", CARD)
        for label in (self.message_label, self.phase_label, self.cue_label, self.card_label):
            label.setWordWrap(True)
        self.state_label.setWordWrap(True)
        self._set_background(BACKGROUND)
        self.resize(960, 540)

    def _label(self, name: str, colour: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # what is measured is what is painted
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        label.setStyleSheet(f"color: {colour};")
        label.hide()
        return label

    # --- content ---------------------------------------------------------------------

    def show_snapshot(self, snapshot: ClockSnapshot) -> None:
        """Show one moment of the clock; labels repaint only when their text changes."""
        self._snapshot = snapshot
        self._render()

    def show_card(self, text: str) -> None:
        """A prompt card for the group (empty text hides it)."""
        self.card_label.setText(text)
        self._arrange()

    def show_message(self, text: str) -> None:
        """A message to the room ("Break: back at 15:10"); empty text clears it."""
        self.message_label.setText(text)
        self._arrange()

    def show_countdown(self, seconds_left: int | None) -> None:
        """Before the clock starts: "Starting in 3:00", then "Starting now"; None: off."""
        self._countdown = seconds_left
        self._render()

    def set_blackout(self, on: bool) -> None:
        """The screen goes dark and shows nothing (a case told in confidence)."""
        if on == self.blackout:
            return  # pushed again with every second of a countdown: restyle only on change
        self.blackout = on
        self._set_background(BLACKOUT if on else BACKGROUND)
        if on:
            self.setCursor(Qt.CursorShape.BlankCursor)
        else:
            self.unsetCursor()
        self._arranged = ()
        self._arrange()

    def set_quiet(self, quiet: bool) -> None:
        self.quiet = quiet

    def _render(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        status = snapshot.status
        self.paused = status is ClockStatus.PAUSED
        colour = {
            WarningLevel.NORMAL: FOREGROUND,
            WarningLevel.WARNING: WARNING,
            WarningLevel.OVERRUN: OVERRUN,
        }[snapshot.warning]
        self.cue_label.setText(snapshot.role_cue)
        if status is ClockStatus.NOT_STARTED and self._countdown is not None:
            waiting = self._countdown > 0
            self.phase_label.setText(self.tr("Starting in") if waiting else "")
            self.time_label.setText(
                clock_text(self._countdown) if waiting else self.tr("Starting now")
            )
            self.state_label.setText("")
            self.cue_label.setText("")  # a waiting room: the first phase's cue comes later
            colour = FOREGROUND
        elif status is ClockStatus.FINISHED:
            self.phase_label.setText("")  # where the clock stopped is no news to the room
            self.time_label.setText(self.tr("Thank you"))
            self.state_label.setText("")
            self.cue_label.setText("")
            colour = FOREGROUND
        else:
            self.phase_label.setText(
                self.tr("Starting soon")
                if status is ClockStatus.NOT_STARTED
                else snapshot.phase_name
            )
            time_text = remaining_text(snapshot.remaining, show_seconds=not self.quiet)
            if self.quiet:
                time_text = self.tr("%1 min").replace("%1", time_text)
            self.time_label.setText(time_text)
            self.state_label.setText(self._state_text(snapshot))
        state_colour = MUTED if snapshot.warning is WarningLevel.NORMAL else colour
        if self.paused:
            colour, state_colour = DIMMED, FOREGROUND
        self._set_colour(self.time_label, colour)
        self._set_colour(self.state_label, state_colour)
        # The digits tick every second; their accessible name changes once a minute.
        if status is ClockStatus.NOT_STARTED and self._countdown is not None:
            set_name(self.time_label, self.tr("Countdown to the start"))
        else:
            finished = status is ClockStatus.FINISHED
            set_name(self.time_label, "" if finished else spoken_time(snapshot))
        self._arrange()

    def _state_text(self, snapshot: ClockSnapshot) -> str:
        if snapshot.status is ClockStatus.PAUSED:
            return self.tr("PAUSED")
        if snapshot.warning is WarningLevel.OVERRUN:
            return self.tr("Over time")
        if snapshot.warning is WarningLevel.WARNING:
            return self.tr("Nearly time")
        return self.tr("Time left")

    @staticmethod
    def _set_colour(label: QLabel, colour: str) -> None:
        style = f"color: {colour};"
        if label.styleSheet() != style:
            label.setStyleSheet(style)

    def _set_background(self, colour: str) -> None:
        self.setStyleSheet(f"QWidget#presenterWindow {{ background: {colour}; }}")

    # --- layout ----------------------------------------------------------------------

    def blocks(self) -> list[Block]:
        """The screen's blocks, top to bottom, with their preferred sizes now."""
        texts = bool(self.card_label.text() or self.message_label.text())
        return [
            Block(self.message_label, MESSAGE_SHARE, bold=True),
            Block(self.phase_label, PHASE_SHARE, bold=True),
            Block(self.time_label, TIME_SHARE_WITH_TEXT if texts else TIME_SHARE, True, fixed=True),
            Block(self.state_label, PAUSED_SHARE if self.paused else STATE_SHARE, self.paused),
            Block(self.cue_label, CUE_SHARE),
            Block(self.card_label, CARD_SHARE, bold=True),
        ]

    def _arrange(self) -> None:
        blocks = [] if self.blackout else self.blocks()
        # Only the clock's text changes every second; the fitting is redone when
        # anything else (or the number of characters in the time) changes.
        key = (
            self.size(),
            self.blackout,
            *((b.label.text() if not b.fixed else len(b.label.text()), b.share) for b in blocks),
        )
        if key == self._arranged:
            return
        self._arranged = key
        if self.blackout:
            for label in self.findChildren(QLabel):
                label.hide()
            return
        margin = max(12, int(min(self.width(), self.height()) * 0.04))
        gap = max(8, int(self.height() * 0.03))
        arrange(self.size(), margin, gap, blocks)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    # --- keys --------------------------------------------------------------------------

    def forward_actions(self, actions: Sequence[QAction]) -> None:
        """The session page's one-key actions, triggered from here when this window has
        the keyboard (the page's own shortcuts only fire while the page has it)."""
        self._forwarded = list(actions)

    def _action_for(self, event: QKeyEvent) -> QAction | None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        # "+" arrives as Shift+Plus on most layouts; the action's key is the plain "+".
        candidates = {
            QKeySequence(QKeyCombination(modifiers, key)),
            QKeySequence(QKeyCombination(modifiers & ~Qt.KeyboardModifier.ShiftModifier, key)),
        }
        for action in self._forwarded:
            # Space is both Start and Pause: only the one now visible and enabled acts.
            if not (action.isEnabled() and action.isVisible()):
                continue
            if any(shortcut in candidates for shortcut in action.shortcuts()):
                return action
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif (action := self._action_for(event)) is not None:
            action.trigger()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- placement ---------------------------------------------------------------------

    def present(self, placement: Placement) -> None:
        """Full screen on the screen the placement names, or a window where it says."""
        if placement.full_screen:
            centre = placement.rect.center()
            for screen in QGuiApplication.screens():
                if screen.geometry().contains(centre):
                    self.setScreen(screen)
                    self.setGeometry(screen.geometry())
                    break
            self.showFullScreen()
        else:
            self.setGeometry(placement.rect)
            self.showNormal()

    def placement(self) -> Placement:
        """Where it is now, to be remembered."""
        return Placement(self.geometry(), self.isFullScreen())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
