"""The session page's side of the presenter screen: its switches (F5, Q and the blackout,
message and countdown controls), the window itself, where it opens, and what it is shown.

The window is handed snapshots of the clock and the text of the card on screen, never
notes. It takes the page's one-key actions too (see ``keys``), so a facilitator who
clicked it on the TV keeps every key.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from reflectdesk.core.clock import TimeSource
from reflectdesk.core.clock_state import ClockSnapshot, ClockStatus
from reflectdesk.ui.room.card_panel import CardPanel
from reflectdesk.ui.room.presenter_controls import PresenterControls
from reflectdesk.ui.room.presenter_placement import (
    Placement,
    choose_placement,
    remember_placement,
    remembered_placement,
)
from reflectdesk.ui.room.presenter_window import PresenterWindow
from reflectdesk.ui.room.run_view import RunView

# When to check that opening the presenter screen left the keys with the facilitator:
# at once, and once the window manager has placed the new window.
KEEP_FOCUS_CHECKS_MS = (0, 300)


def switch_action(parent: QWidget, text: str, name: str, tip: str, key: str = "") -> QAction:
    """A checkable action of the page, with its shortcut when it has one."""
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setCheckable(True)
    if key:
        action.setShortcut(QKeySequence(key))
    action.setToolTip(tip)
    return action


class PresenterLink(QObject):
    """Emits ``quiet_changed(quiet)`` when the chime must keep quiet (quiet mode or a
    blackout) or may sound again."""

    quiet_changed = Signal(bool)

    def __init__(
        self,
        page: QWidget,
        run_view: RunView,
        cards: CardPanel,
        time: TimeSource,
        settings: QSettings | None,
        *,
        read_only: bool,
    ) -> None:
        super().__init__(page)
        self._page = page
        self._run_view = run_view
        self._cards = cards
        self._settings = settings  # where the presenter screen was left, remembered
        self.window: PresenterWindow | None = None
        self.action = switch_action(
            page,
            self.tr("&Presenter Screen"),
            "presenterScreen",
            self.tr("Show the clock on a second screen or window (F5)"),
            "F5",
        )
        self.action.toggled.connect(self.set_shown)
        self.quiet_action = switch_action(
            page,
            self.tr("&Quiet Mode (minutes only)"),
            "quietMode",
            self.tr("Presenter screen shows whole minutes, no seconds, and never chimes (Q)"),
            "Q",
        )
        self.quiet_action.toggled.connect(self._set_quiet)
        self.controls = PresenterControls(time, page)
        self.controls.set_read_only(read_only)
        self.controls.changed.connect(self._update_extras)
        self.controls.wants_screen.connect(lambda: self.action.setChecked(True))
        self.button = QPushButton(self.tr("Presenter Screen"), page)
        self.button.setObjectName("presenterScreenButton")
        self.button.setCheckable(True)
        self.button.setToolTip(self.action.toolTip())
        self.button.toggled.connect(self.action.setChecked)
        self.action.toggled.connect(self.button.setChecked)
        cards.show_on_screen.connect(self.show_card)
        run_view.snapshot_shown.connect(self._follow)

    @property
    def page_actions(self) -> list[QAction]:
        """The page-wide shortcuts this link adds (the page registers them)."""
        return [self.action, self.quiet_action, self.controls.blackout_action]

    def set_shown(self, on: bool) -> None:
        if on and self.window is None:
            window = PresenterWindow()
            window.set_quiet(self.quiet_action.isChecked())
            window.closed.connect(lambda: self.action.setChecked(False))
            window.forward_actions(self.keys())
            self.window = window
            self.controls.apply_to(window)
            window.show_snapshot(self._run_view.runner.snapshot())
            window.show_card(self._cards.shown_text())
            window.present(self._placement())
            # Some window managers give a new full-screen window the focus whatever it
            # asks; the keys belong to the facilitator's window until they click the TV.
            for delay in KEEP_FOCUS_CHECKS_MS:
                QTimer.singleShot(delay, self, self._keep_focus)
        elif not on and self.window is not None:
            window, self.window = self.window, None
            remember_placement(self._settings, window.placement())
            window.closed.disconnect()
            window.close()
            window.deleteLater()

    def _keep_focus(self) -> None:
        if self.window is not None and self.window.isActiveWindow():
            self._page.window().activateWindow()

    def keys(self) -> list[QAction]:
        """The one-key actions the presenter window takes too. End is left out: its
        question would open on the facilitator's screen, out of sight of a TV."""
        view = self._run_view
        return [
            *(a for a in view.control_actions if a is not view.end_action),
            *self._cards.card_actions,
            *self.page_actions,
        ]

    def _placement(self) -> Placement:
        """Beside the main window or on another screen, never over the run view's
        clock and buttons (the plan table below them may be covered)."""
        view = self._run_view
        keep_clear = QRect(view.mapToGlobal(view.rect().topLeft()), view.size())
        keep_clear.setHeight(max(view.phase_table.y(), 1))
        screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
        return choose_placement(
            screens,
            self._page.window().frameGeometry(),
            keep_clear,
            remembered_placement(self._settings),
        )

    def _update_extras(self) -> None:
        self.quiet_changed.emit(self.quiet_action.isChecked() or self.controls.blackout)
        if self.window is not None:
            self.controls.apply_to(self.window)

    def _set_quiet(self, quiet: bool) -> None:
        self.quiet_changed.emit(quiet or self.controls.blackout)
        if self.window is not None:
            self.window.set_quiet(quiet)
            self.window.show_snapshot(self._run_view.runner.snapshot())

    def _follow(self, snapshot: ClockSnapshot) -> None:
        self.controls.clock_started(snapshot.status is not ClockStatus.NOT_STARTED)
        if self.window is not None:
            self.window.show_snapshot(snapshot)

    def show_card(self, text: str) -> None:
        """A card for the group: on the presenter screen, opened for it if need be."""
        if text and self.window is None:
            self.action.setChecked(True)
        if self.window is not None:
            self.window.show_card(text)

    def close(self) -> None:
        self.action.setChecked(False)
