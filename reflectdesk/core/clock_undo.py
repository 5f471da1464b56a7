"""Taking back a clock action.

The clock's record is append-only: an undo is a new event that reverses the one before,
so the record keeps both (a mistaken Next followed by a Back) and a crash afterwards
replays to the same place. What each action's reverse is:

- NEXT and BACK reverse each other, PAUSE and RESUME too. Each phase keeps its own running
  time, so a Back after a mistaken Next returns to the phase exactly as it was left; the
  seconds spent meanwhile stay where they were spent, as they really passed.
- EXTEND +n is reversed by EXTEND −n. The clock takes back no more than the current phase
  was given (core/clock.py), so a phase never ends up shorter than its budget.
- START is not undone: there is no event that un-starts a clock, and the session's start
  is a fact of the record (a start too early is remedied with Pause).
- END is not undone: it closes the record for good (the session becomes finished and
  read-only) and is confirmed before it happens.

Which action to take back (the last one, then the one before) is the caller's choice.
"""

from __future__ import annotations

from dataclasses import dataclass

from reflectdesk.core.clock_state import ClockEventRecord
from reflectdesk.core.model import ClockEventKind

_OPPOSITE = {
    ClockEventKind.NEXT: ClockEventKind.BACK,
    ClockEventKind.BACK: ClockEventKind.NEXT,
    ClockEventKind.PAUSE: ClockEventKind.RESUME,
    ClockEventKind.RESUME: ClockEventKind.PAUSE,
}


@dataclass(frozen=True, slots=True)
class ClockAction:
    """An action to ask of the clock: its kind and, for EXTEND, the seconds."""

    kind: ClockEventKind
    amount: int | None = None


def reverse_of(event: ClockEventRecord) -> ClockAction | None:
    """The action that takes ``event`` back, or None for START and END (see above)."""
    if event.kind is ClockEventKind.EXTEND and event.amount:
        return ClockAction(ClockEventKind.EXTEND, -event.amount)
    opposite = _OPPOSITE.get(event.kind)
    return ClockAction(opposite) if opposite is not None else None
