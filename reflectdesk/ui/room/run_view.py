"""The facilitator's view of a running session: the phase large, the time left, the
role cue, the plan with planned and actual minutes, and one key per action.

The display is computed from the clock at every repaint and never by counting ticks; a
single-shot timer sleeps until the next moment the visible text changes (about once a
second), so a stalled event loop cannot make the time drift.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.clock_state import ClockSnapshot, ClockStatus, PhaseState, WarningLevel
from reflectdesk.core.model import ClockEventKind
from reflectdesk.core.timefmt import clock_text, minutes_text, remaining_text
from reflectdesk.ui.common.look import scale_font
from reflectdesk.ui.common.messages import confirm
from reflectdesk.ui.common.widgets import single_shot
from reflectdesk.ui.room.clock_colours import dim_colour, warning_colour
from reflectdesk.ui.room.clock_speech import (
    Announcer,
    announcement,
    set_name,
    spoken_session,
    spoken_state,
    spoken_time,
)
from reflectdesk.ui.room.session_runner import SessionRunner

ON_TIME_MARGIN = 30  # seconds either side of the plan that count as "on time"


class RunView(QWidget):
    """Emits ``rendered`` after each repaint of the values (tests and the CPU benchmark
    count these) and ``snapshot_shown(snapshot)`` so a presenter window can follow."""

    rendered = Signal()
    snapshot_shown = Signal(object)
    phase_time_up = Signal()

    def __init__(
        self, runner: SessionRunner, *, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runView")
        self.runner = runner
        self.read_only = read_only
        self.render_count = 0
        self._last_warning: WarningLevel | None = None
        self._last_snapshot: ClockSnapshot | None = None
        self.announcer = Announcer(self)  # a phase, a warning, overtime: said once

        self.counter_label = self._label("phaseCounter")
        self.phase_label = self._label("phaseName", wrap=True)
        self.time_label = self._label("timeLeft")
        self.state_label = self._label("timeState")
        self.cue_label = self._label("roleCue", wrap=True)
        self.session_label = self._label("sessionLine")
        self.paused_label = self._paused_badge()
        scale_font(self.phase_label, 2.0, bold=True)
        scale_font(self.time_label, 6.5, bold=True)
        scale_font(self.state_label, 1.3, bold=True)
        scale_font(self.cue_label, 1.3, italic=True)

        self.phase_table = QTableWidget(0, 4, self)
        self.phase_table.setObjectName("phaseTable")
        self.phase_table.setHorizontalHeaderLabels(
            [self.tr("Phase"), self.tr("Planned"), self.tr("Actual"), ""]
        )
        self.phase_table.verticalHeader().hide()
        self.phase_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.phase_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.phase_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.phase_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self._build_actions()
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for action in self.control_actions:
            button = QPushButton(self._button_text(action), self)
            button.setObjectName(action.objectName() + "Button")
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            action.changed.connect(lambda a=action, b=button: self._sync_button(a, b))
            self.buttons[action.objectName()] = button
            buttons.addWidget(button)
        buttons.addStretch(1)

        big = QGridLayout()
        big.addWidget(self.counter_label, 0, 0)
        big.addWidget(self.phase_label, 1, 0)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_label)
        time_row.addSpacing(24)
        time_row.addWidget(self.paused_label, 0, Qt.AlignmentFlag.AlignVCenter)
        time_row.addStretch(1)
        big.addLayout(time_row, 2, 0)
        big.addWidget(self.state_label, 3, 0)
        big.addWidget(self.cue_label, 4, 0)
        big.addWidget(self.session_label, 5, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(big)
        layout.addLayout(buttons)
        layout.addWidget(self.phase_table, 1)

        self._timer = single_shot(self, self.refresh)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        runner.changed.connect(self.refresh)
        self._fill_phase_table()
        self.refresh()

    def _label(self, name: str, *, wrap: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(wrap)
        return label

    def _paused_badge(self) -> QLabel:
        """PAUSED in words, large, beside the dimmed digits: a pause must be seen from a
        glance across the room, not read in the small line below."""
        label = self._label("pausedBadge")
        label.setText(self.tr("PAUSED"))
        label.setAccessibleName(self.tr("The clock is paused. Space resumes it."))
        label.setToolTip(self.tr("The clock is paused. Space resumes it."))
        # White on slate reads the same in the light and the dark scheme.
        label.setStyleSheet(
            "color: #ffffff; background-color: #455a64; border-radius: 8px; padding: 4px 18px;"
        )
        label.hide()
        return label

    # --- actions ---------------------------------------------------------------------

    def _action(self, name: str, text: str, keys: list[str], slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        # Active while the session page (this widget's window area) has the focus only,
        # so a single letter never fires while typing elsewhere.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = ", ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys
        )
        action.setToolTip(f"{text.replace('&', '')} ({shown})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        kind = ClockEventKind
        self.start_action = self._action(
            "start", self.tr("&Start"), ["Space"], lambda: self._act(kind.START)
        )
        self.pause_action = self._action("pause", self.tr("&Pause"), ["Space"], self.toggle_pause)
        self.back_action = self._action(
            "back", self.tr("&Back"), ["B"], lambda: self._act(kind.BACK)
        )
        self.next_action = self._action(
            "next", self.tr("&Next Phase"), ["N"], lambda: self._act(kind.NEXT)
        )
        self.extend1_action = self._action(
            "extend1", self.tr("+&1 min"), ["+", "="], lambda: self._act(kind.EXTEND, 60)
        )
        self.extend5_action = self._action(
            "extend5", self.tr("+&5 min"), ["Ctrl++", "Ctrl+="], lambda: self._act(kind.EXTEND, 300)
        )
        self.end_action = self._action("end", self.tr("&End Session…"), ["E"], self.confirm_end)
        self.control_actions = [
            self.start_action,
            self.pause_action,
            self.back_action,
            self.next_action,
            self.extend1_action,
            self.extend5_action,
            self.end_action,
        ]

    @staticmethod
    def _button_text(action: QAction) -> str:
        """The action's name with its key, so the keys are learnt by looking."""
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        name = action.text().replace("&", "")
        return f"{name}  [{key}]" if key else name

    @staticmethod
    def _sync_button(action: QAction, button: QPushButton) -> None:
        button.setEnabled(action.isEnabled())
        button.setVisible(action.isVisible())
        button.setText(RunView._button_text(action))
        button.setToolTip(action.toolTip())

    def _act(self, kind: ClockEventKind, amount: int | None = None) -> None:
        if not self.read_only and self.runner.allowed(kind):
            self.runner.act(kind, amount)

    def toggle_pause(self) -> None:
        status = self.runner.snapshot().status
        if status is ClockStatus.RUNNING:
            self._act(ClockEventKind.PAUSE)
        elif status is ClockStatus.PAUSED:
            self._act(ClockEventKind.RESUME)

    def confirm_end(self) -> None:
        if self.read_only or not self.runner.allowed(ClockEventKind.END):
            return
        confirm(
            self,
            "endConfirm",
            self.tr("End Session"),
            self.tr("End the session now? The clock stops and the session is kept as finished."),
            answer=self.tr("End Session"),
            then=lambda: self._act(ClockEventKind.END),
            destructive=False,
        ).open()

    # --- showing the clock -----------------------------------------------------------

    def refresh(self) -> None:
        """Repaint from the clock, then sleep until the next visible change."""
        snapshot = self.runner.snapshot()
        self._show(snapshot)
        self._update_actions(snapshot)
        self._schedule()

    def _schedule(self) -> None:
        wait = self.runner.clock.next_change_in()
        if wait is None:
            self._timer.stop()
            return
        # A few milliseconds late rather than early, so the text has surely changed.
        self._timer.start(max(1, math.ceil(wait * 1000) + 5))

    def _show(self, snapshot: ClockSnapshot) -> None:
        finished = snapshot.status is ClockStatus.FINISHED
        # Once finished, the phase it stopped in and its cue are history, not guidance.
        self.counter_label.setText(
            ""
            if finished
            else self.tr("Phase %1 of %2")
            .replace("%1", str(snapshot.phase_index + 1))
            .replace("%2", str(snapshot.phase_count))
        )
        self.phase_label.setText(snapshot.phase_name)
        self.time_label.setText(
            self.tr("Finished")
            if snapshot.status is ClockStatus.FINISHED
            else remaining_text(snapshot.remaining)
        )
        self.state_label.setText(self.state_text(snapshot))
        self._set_warning_style(snapshot)
        self.cue_label.setText("" if finished else snapshot.role_cue)
        self.session_label.setText(self.session_text(snapshot))
        self._update_phase_table(snapshot)
        if (
            snapshot.warning is WarningLevel.OVERRUN
            and self._last_warning is not None
            and self._last_warning is not WarningLevel.OVERRUN
            and snapshot.status is ClockStatus.RUNNING
        ):
            self.phase_time_up.emit()
        self._last_warning = snapshot.warning
        self._speak(snapshot)
        self.render_count += 1
        self.snapshot_shown.emit(snapshot)
        self.rendered.emit()

    def _speak(self, snapshot: ClockSnapshot) -> None:
        """Names in whole minutes for the ticking labels, and the news announced once."""
        set_name(self.time_label, spoken_time(snapshot))
        set_name(self.state_label, spoken_state(snapshot))
        set_name(self.session_label, spoken_session(snapshot))
        said = announcement(self._last_snapshot, snapshot)
        self._last_snapshot = snapshot
        if said:
            urgent = snapshot.warning is WarningLevel.OVERRUN
            self.announcer.announce(self, said, urgent=urgent)

    def state_text(self, snapshot: ClockSnapshot) -> str:
        if snapshot.status is ClockStatus.NOT_STARTED:
            return self.tr("Not started — press Space to start")
        if snapshot.status is ClockStatus.FINISHED:
            return self.tr("Session finished")
        prefix = self.tr("Paused · ") if snapshot.status is ClockStatus.PAUSED else ""
        if snapshot.warning is WarningLevel.OVERRUN:
            return prefix + self.tr("⚠ Over time")
        if snapshot.warning is WarningLevel.WARNING:
            return prefix + self.tr("⚠ Nearly time: %1 left").replace(
                "%1", remaining_text(snapshot.remaining)
            )
        return prefix + self.tr("Time left in this phase")

    def session_text(self, snapshot: ClockSnapshot) -> str:
        elapsed = clock_text(snapshot.session_elapsed)
        if snapshot.status is ClockStatus.NOT_STARTED:
            return self.tr("Planned length %1").replace("%1", clock_text(snapshot.planned_total))
        if snapshot.status is ClockStatus.FINISHED:
            # "46:50 ahead of plan" after an early end would read as praise for it.
            return (
                self.tr("Lasted %1 of a planned %2")
                .replace("%1", elapsed)
                .replace("%2", clock_text(snapshot.planned_total))
            )
        behind = snapshot.behind
        if abs(behind) < ON_TIME_MARGIN:
            plan = self.tr("on time")
        elif behind > 0:
            plan = self.tr("%1 behind plan").replace("%1", clock_text(behind))
        else:
            plan = self.tr("%1 ahead of plan").replace("%1", clock_text(-behind))
        return self.tr("Session %1 · %2").replace("%1", elapsed).replace("%2", plan)

    def _set_warning_style(self, snapshot: ClockSnapshot) -> None:
        accent = warning_colour(self.palette(), snapshot.warning)
        colour = f"color: {accent.name()};" if accent is not None else ""
        if snapshot.status in (ClockStatus.NOT_STARTED, ClockStatus.FINISHED):
            colour = ""
        paused = snapshot.status is ClockStatus.PAUSED
        # While paused the digits dim (the warning stays in words and colour below them)
        # and PAUSED shows beside them.
        dim = f"color: {dim_colour(self.palette()).name()};"
        styles = ((self.time_label, dim if paused else colour), (self.state_label, colour))
        for label, style in styles:
            if label.styleSheet() != style:
                label.setStyleSheet(style)
        self.paused_label.setVisible(paused)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The system switched between light and dark: the accents follow at once, even
        # while the clock is paused or finished and nothing repaints by itself.
        if event.type() == QEvent.Type.PaletteChange:
            self._set_warning_style(self.runner.snapshot())

    def _update_actions(self, snapshot: ClockSnapshot) -> None:
        allowed = self.runner.allowed
        editable = not self.read_only
        started = snapshot.status is not ClockStatus.NOT_STARTED
        self.start_action.setVisible(not started)
        self.start_action.setEnabled(editable and allowed(ClockEventKind.START))
        self.pause_action.setVisible(started)
        paused = snapshot.status is ClockStatus.PAUSED
        self.pause_action.setText(self.tr("&Resume") if paused else self.tr("&Pause"))
        self.pause_action.setEnabled(
            editable and (allowed(ClockEventKind.PAUSE) or allowed(ClockEventKind.RESUME))
        )
        self.back_action.setEnabled(editable and allowed(ClockEventKind.BACK))
        self.next_action.setEnabled(editable and allowed(ClockEventKind.NEXT))
        self.extend1_action.setEnabled(editable and allowed(ClockEventKind.EXTEND))
        self.extend5_action.setEnabled(editable and allowed(ClockEventKind.EXTEND))
        self.end_action.setEnabled(editable and allowed(ClockEventKind.END))

    # --- the plan table --------------------------------------------------------------

    def _fill_phase_table(self) -> None:
        plan = self.runner.plan
        self.phase_table.setRowCount(len(plan))
        for row, phase in enumerate(plan):
            for column in range(4):
                item = QTableWidgetItem()
                if column in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.phase_table.setItem(row, column, item)
            self._cell(row, 0).setText(phase.name)

    def _update_phase_table(self, snapshot: ClockSnapshot) -> None:
        for row, phase in enumerate(snapshot.phases):
            self._set_cell(row, 1, self.tr("%1 min").replace("%1", minutes_text(phase.budget)))
            used = (
                ""
                if phase.state is PhaseState.PENDING
                else self.tr("%1 min").replace("%1", minutes_text(phase.used))
            )
            self._set_cell(row, 2, used)
            marker = {
                PhaseState.PENDING: "",
                PhaseState.CURRENT: self.tr("◀ now"),
                PhaseState.DONE: "✓",
            }[phase.state]
            self._set_cell(row, 3, marker)
            font = self._cell(row, 0).font()
            current = phase.state is PhaseState.CURRENT
            if font.bold() != current:
                font.setBold(current)
                for column in range(4):
                    self._cell(row, column).setFont(font)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.phase_table.item(row, column)
        assert item is not None  # _fill_phase_table makes every cell of the plan
        return item

    def _set_cell(self, row: int, column: int, text: str) -> None:
        item = self._cell(row, column)
        if item.text() != text:
            item.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The time grows with the view, so on a large screen it reads from a step back.
        pixels = max(48, min(int(self.height() * 0.16), int(self.width() * 0.13)))
        font = QFont(self.time_label.font())
        if font.pixelSize() != pixels:
            font.setPixelSize(pixels)
            self.time_label.setFont(font)
            badge = QFont(font)
            badge.setPixelSize(max(20, int(pixels * 0.4)))
            badge.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
            self.paused_label.setFont(badge)
