"""What :func:`reflectdesk.store.bulk_history.bulk_insert_history` writes: a long history
(groups, their sessions with clock histories and registers, notes, questionnaire
responses) as plain records.

Records point at each other by position (a session's ``group`` is an index into
``History.groups``) and at people by a key of the caller's choosing: the same key in two
groups is one person, as when someone joins a second group. Every timestamp is given, not
taken from the clock, so the same records always write the same rows.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reflectdesk.core.clock_state import ClockEventRecord, PlannedPhase
from reflectdesk.core.model import AttendanceStatus, GroupDraft, MemberDraft, SessionStatus
from reflectdesk.core.notes import PrivateText
from reflectdesk.core.sessions import SessionDraft


@dataclass(frozen=True, slots=True)
class BulkMember:
    person: Hashable  # the caller's key for the person
    draft: MemberDraft
    joined_on: date


@dataclass(frozen=True, slots=True)
class BulkGroup:
    draft: GroupDraft
    members: Sequence[BulkMember]
    archived_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class BulkPhase:
    """One of a session's own phases, with its actual session times once run."""

    phase: PlannedPhase
    actual_start: float | None = None
    actual_end: float | None = None


@dataclass(frozen=True, slots=True)
class BulkSession:
    """One session of ``History.groups[group]``. ``draft.format_id`` None means the
    group's format, as when planning a session; the register is stamped ``ended_at``."""

    group: int
    draft: SessionDraft
    status: SessionStatus
    created_at: datetime
    phases: Sequence[BulkPhase]
    events: Sequence[ClockEventRecord] = ()
    presenter: Hashable | None = None
    attendance: Sequence[tuple[Hashable, AttendanceStatus]] = ()
    started_at: datetime | None = None
    ended_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class BulkPoint:
    text: str
    shareable: bool
    themes: tuple[str, ...]  # theme keys; a key the database lacks is left out
    written_at: datetime


@dataclass(frozen=True, slots=True)
class BulkAction:
    text: str
    owner: Hashable | None  # None: the facilitator
    due_on: date
    written_at: datetime
    done_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class BulkSessionNotes:
    """A session's private note, learning points, actions and themes (keys)."""

    session: int
    private: PrivateText
    written_at: datetime
    points: Sequence[BulkPoint] = ()
    actions: Sequence[BulkAction] = ()
    themes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BulkMemberNote:
    """A private note about a member of ``History.groups[group]``."""

    group: int
    person: Hashable
    body: PrivateText
    written_at: datetime


@dataclass(frozen=True, slots=True)
class BulkResponse:
    """A filled-in form of the latest version of the questionnaire ``key``."""

    key: str
    group: int
    session: int | None
    timepoint: str
    submitted_at: datetime
    values: Sequence[tuple[str, int | None]]
    texts: Sequence[tuple[str, str]] = ()
    respondent_code: str | None = None  # pairs a series' start and end forms


@dataclass(frozen=True, slots=True)
class History:
    groups: Sequence[BulkGroup]
    sessions: Sequence[BulkSession] = ()
    session_notes: Sequence[BulkSessionNotes] = ()
    member_notes: Sequence[BulkMemberNote] = ()
    responses: Sequence[BulkResponse] = ()
