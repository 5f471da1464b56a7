"""Who took part and how many forms came back: the participants and facilitators of a
group, and per session the participants present against the forms returned.

A report states these beside its evaluation figures, so a reader can judge them: "9
participants and 2 facilitators; 21 of 30 forms returned (70 %)". Facilitators and
co-facilitators are counted apart and never as present participants: they lead the
session and do not fill in the participants' forms.

Definitions (hand-checked in tests/export/test_participation.py):

- **present** counts the participants marked present, late or left early on the
  session's register; None when no participant has a status recorded (no register kept).
- **response rate** of a session is forms returned / participants present, as a
  percentage; None without a register or with nobody present.
- **overall rate** pools the sessions that have a register: the sum of their forms over
  the sum of their participants present. Forms from sessions without a register are
  counted in ``forms`` but not in the rate (nothing to set them against).

Public API: :class:`SessionTurnout`, :class:`Turnout`, :func:`turnout`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reflectdesk.core.evaluation_stats import SessionResponses


@dataclass(frozen=True, slots=True)
class SessionTurnout:
    """One session of the series: its number (1..n in the series' order), its date as
    shown under the charts, the participants present and the forms returned."""

    number: int
    session_id: str
    date_text: str
    present: int | None
    forms: int

    @property
    def rate(self) -> float | None:
        """Forms returned per participant present, in % (None: nothing to divide by)."""
        if not self.present:
            return None
        return 100.0 * self.forms / self.present


@dataclass(frozen=True, slots=True)
class Turnout:
    """A group's participants and facilitators (active members), and for a session
    evaluation the forms returned session by session (``sessions``; empty otherwise)."""

    participants: int
    facilitators: int
    sessions: tuple[SessionTurnout, ...] = ()

    @property
    def forms(self) -> int:
        return sum(row.forms for row in self.sessions)

    @property
    def counted_forms(self) -> int:
        """The forms of the sessions that have a register: the rate's numerator."""
        return sum(row.forms for row in self.sessions if row.present is not None)

    @property
    def present(self) -> int:
        """Participants present, summed over the sessions that have a register."""
        return sum(row.present for row in self.sessions if row.present is not None)

    @property
    def rate(self) -> float | None:
        """The overall response rate in % (see the module docstring); None without any
        participant present on a register."""
        if not self.present:
            return None
        return 100.0 * self.counted_forms / self.present


def turnout(
    participants: int,
    facilitators: int,
    sessions: Sequence[SessionResponses] = (),
    dates: Sequence[str] = (),
    attended: Mapping[str, tuple[int, int]] | None = None,
) -> Turnout:
    """The turnout of a group: ``sessions`` in the series' order (numbered from 1), their
    ``dates`` one for one, ``attended`` the participants' (attended, recorded) per
    session id as ``store.evaluation_overview.attended_counts`` gives them."""
    counts = attended or {}
    rows = tuple(
        SessionTurnout(
            number=number,
            session_id=session.session_id,
            date_text=dates[number - 1] if number <= len(dates) else "",
            present=counts[session.session_id][0] if session.session_id in counts else None,
            forms=len(session.responses),
        )
        for number, session in enumerate(sessions, start=1)
    )
    return Turnout(participants, facilitators, rows)
