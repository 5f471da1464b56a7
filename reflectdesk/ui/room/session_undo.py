"""Ctrl+Z in the room: takes back the last clock action, attendance mark or presenter
choice, whichever came last, then the one before.

Nothing is deleted to undo: a clock action is taken back by a new event (a mistaken Next
becomes a Back in the record, core/clock_undo.py), an attendance mark or a presenter
choice by recording what was there before. The history lives as long as the page: after
a restart the record is as it was left, and there is nothing to undo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.clock_undo import reverse_of
from reflectdesk.core.model import ClockEventKind
from reflectdesk.core.timefmt import minutes_text

HISTORY_LIMIT = 50  # far more than a session's mistakes; keeps the history bounded


@dataclass(frozen=True, slots=True)
class UndoStep:
    """``what`` was done (as a person would name it); ``undo()`` takes it back and returns
    None, or says why it could not."""

    what: str
    undo: Callable[[], str | None]


class SessionUndo(QObject):
    """The session page's undo history and its action (Ctrl+Z while the focus is on the
    page; a text field with the focus keeps Ctrl+Z for its own undo). Emits
    ``said(message)`` for the status bar after every undo."""

    said = Signal(str)

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._steps: list[UndoStep] = []
        self.action = QAction(self.tr("&Undo"), page)
        self.action.setObjectName("undo")
        self.action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip(
            self.tr("Undo the last clock action, attendance mark or presenter choice (Ctrl+Z)")
        )
        self.action.triggered.connect(self.undo)
        self.action.setEnabled(False)
        page.addAction(self.action)

    def push(self, what: str, undo: Callable[[], str | None]) -> None:
        self._steps = [*self._steps[-(HISTORY_LIMIT - 1) :], UndoStep(what, undo)]
        self._update()

    def push_clock(self, undo: Callable[[ClockEventRecord], str | None], event: object) -> None:
        """A clock action a person took; START and END are not offered (they have no
        reverse, see core/clock_undo.py)."""
        if not isinstance(event, ClockEventRecord) or reverse_of(event) is None:
            return
        self.push(self._clock_words(event), lambda: undo(event))

    def undo(self) -> None:
        if not self._steps:
            return
        step = self._steps.pop()
        problem = step.undo()
        self._update()
        if problem is None:
            self.said.emit(self.tr("Undid %1").replace("%1", step.what))
        else:
            self.said.emit(
                self.tr("Could not undo %1: %2").replace("%1", step.what).replace("%2", problem)
            )

    def _update(self) -> None:
        self.action.setEnabled(bool(self._steps))
        what = self._steps[-1].what if self._steps else ""
        self.action.setText(self.tr("&Undo %1").replace("%1", what) if what else self.tr("&Undo"))

    def _clock_words(self, event: ClockEventRecord) -> str:
        if event.kind is ClockEventKind.EXTEND:
            return self.tr("+%1 min").replace("%1", minutes_text(event.amount or 0))
        return {
            ClockEventKind.NEXT: self.tr("Next phase"),
            ClockEventKind.BACK: self.tr("Back"),
            ClockEventKind.PAUSE: self.tr("Pause"),
            ClockEventKind.RESUME: self.tr("Resume"),
        }[event.kind]
