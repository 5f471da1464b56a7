"""A leader's log as it is shown and exported: the window, the PDF and the CSV all draw
this one object (operations/leader_log.py builds it), so they never disagree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reflectdesk.core.accreditation import AccreditationBody
from reflectdesk.core.leader_log import LedSession, LogEntry, LogTotals

__all__ = ["LeaderLog", "RequirementLine"]


@dataclass(frozen=True, slots=True)
class RequirementLine:
    """One requirement of the body, worded: ``text`` is the body's requirement,
    ``sentence`` what the log shows of it ("Co-led 14 of 20 sessions: 6 to go")."""

    key: str
    text: str
    sentence: str
    done: int
    needed: int
    to_go: int
    met: bool
    manual: bool  # ticked by the leader, not counted by the app
    in_minutes: bool  # done and needed are minutes (an hours requirement)


@dataclass(frozen=True, slots=True)
class LeaderLog:
    leader_name: str
    sessions: tuple[LedSession, ...]  # oldest first
    entries: tuple[LogEntry, ...]  # oldest first
    totals: LogTotals
    body: AccreditationBody | None  # texts in ``language``; None when no body was chosen
    requirements: tuple[RequirementLine, ...]  # empty without a body
    today: date  # the reference date (a per-year requirement counts its year)
    language: str

    @property
    def all_met(self) -> bool:
        return bool(self.requirements) and all(line.met for line in self.requirements)
