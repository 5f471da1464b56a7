"""The presenter screen for a TV or projector: phase, time left, role cue, card.

Readable from across a room: white on near-black, the time as large as the window
allows, warnings in colour AND words. It shows only what the group may see; it is built
from labels fed a ClockSnapshot and never receives note text (a test walks its widget
tree to prove that).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from reflectdesk.core.clock_state import ClockSnapshot, ClockStatus, WarningLevel
from reflectdesk.core.timefmt import remaining_text

BACKGROUND = "#101418"
FOREGROUND = "#f4f6f8"
MUTED = "#9aa5b1"
WARNING = "#ffb300"
OVERRUN = "#ff5252"
CARD = "#b2ebf2"  # a prompt card stands apart from the clock and the role cue


class PresenterWindow(QWidget):
    """Emits ``closed`` when the facilitator closes it."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("ReflectDesk — presenter screen"))
        # The facilitator keeps typing in the main window: never take the focus.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(f"QWidget#presenterWindow {{ background: {BACKGROUND}; }}")
        self.quiet = False

        self.phase_label = self._label("presenterPhase", FOREGROUND)
        self.time_label = self._label("presenterTime", FOREGROUND)
        self.state_label = self._label("presenterState", MUTED)
        self.cue_label = self._label("presenterCue", FOREGROUND)
        self.card_label = self._label("presenterCard", CARD)
        self.card_label.hide()
        for label in (self.phase_label, self.cue_label, self.card_label):
            label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.time_label, 3)
        layout.addWidget(self.state_label)
        layout.addWidget(self.cue_label, 1)
        layout.addWidget(self.card_label, 1)
        self.resize(960, 540)
        self._apply_font_sizes()

    def _label(self, name: str, colour: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setStyleSheet(f"color: {colour};")
        return label

    # --- content ---------------------------------------------------------------------

    def show_snapshot(self, snapshot: ClockSnapshot) -> None:
        """Show one moment of the clock; labels repaint only when their text changes."""
        if snapshot.status is ClockStatus.NOT_STARTED:
            self.phase_label.setText(self.tr("Starting soon"))
        else:
            self.phase_label.setText(snapshot.phase_name)
        if snapshot.status is ClockStatus.FINISHED:
            self.time_label.setText(self.tr("Thank you"))
            self.state_label.setText("")
            self.cue_label.setText("")
            self._set_colour(self.time_label, FOREGROUND)
            return
        time_text = remaining_text(snapshot.remaining, show_seconds=not self.quiet)
        if self.quiet:
            time_text = self.tr("%1 min").replace("%1", time_text)
        self.time_label.setText(time_text)
        self.state_label.setText(self._state_text(snapshot))
        colour = {
            WarningLevel.NORMAL: FOREGROUND,
            WarningLevel.WARNING: WARNING,
            WarningLevel.OVERRUN: OVERRUN,
        }[snapshot.warning]
        self._set_colour(self.time_label, colour)
        self._set_colour(
            self.state_label, MUTED if snapshot.warning is WarningLevel.NORMAL else colour
        )
        self.cue_label.setText(snapshot.role_cue)

    def _state_text(self, snapshot: ClockSnapshot) -> str:
        if snapshot.status is ClockStatus.PAUSED:
            return self.tr("Paused")
        if snapshot.warning is WarningLevel.OVERRUN:
            return self.tr("Over time")
        if snapshot.warning is WarningLevel.WARNING:
            return self.tr("Nearly time")
        return self.tr("Time left")

    def show_card(self, text: str) -> None:
        """A prompt card for the group (empty text hides it). While a card shows, the
        clock steps back a little so the question is what the room reads first."""
        self.card_label.setText(text)
        self.card_label.setVisible(bool(text))
        self._apply_font_sizes()

    def set_quiet(self, quiet: bool) -> None:
        self.quiet = quiet

    @staticmethod
    def _set_colour(label: QLabel, colour: str) -> None:
        style = f"color: {colour};"
        if label.styleSheet() != style:
            label.setStyleSheet(style)

    # --- placement and size ----------------------------------------------------------

    def present(self, main_screen: QScreen | None) -> None:
        """Full screen on another screen when there is one, else a resizable window."""
        other = [s for s in QGuiApplication.screens() if s is not main_screen]
        if other:
            screen = other[0]
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.showNormal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_font_sizes()

    def _apply_font_sizes(self) -> None:
        # Sizes follow the window so the time stays legible from the back of the room.
        height = max(self.height(), 200)
        width = max(self.width(), 300)
        card = bool(self.card_label.text())
        time_share = 0.18 if card else 0.30
        self._set_pixel_size(
            self.time_label, min(int(height * time_share), int(width * 0.16)), True
        )
        self._set_pixel_size(self.phase_label, int(height * 0.075), True)
        self._set_pixel_size(self.state_label, int(height * 0.05), False)
        self._set_pixel_size(self.cue_label, int(height * 0.055), False)
        self._set_pixel_size(self.card_label, int(height * 0.07), card)

    @staticmethod
    def _set_pixel_size(label: QLabel, pixels: int, bold: bool) -> None:
        font = QFont(label.font())
        font.setPixelSize(max(pixels, 10))
        font.setBold(bold)
        label.setFont(font)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
