"""Sessions as plain records: what the user plans, what the store returns, and the checks
a draft or a list of phases must pass before it is stored.

Pure Python. Datetimes are aware; the store hands them back in UTC.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reflectdesk.core.clock_state import PlannedPhase
from reflectdesk.core.errors import N_, InvalidInputError, words
from reflectdesk.core.limits import (
    CUE_MAX_LENGTH,
    KEY_PATTERN,
    MINUTES_MAX,
    MINUTES_MIN,
    PHASE_NAME_MAX_LENGTH,
    PHASES_MAX,
)
from reflectdesk.core.model import AttendanceStatus, Role, SessionStatus, draft_of
from reflectdesk.core.validation import clean_name, clean_optional_line

TITLE_MAX_LENGTH = 200
PLACE_MAX_LENGTH = 200


@dataclass(frozen=True, slots=True)
class SessionDraft:
    """What the user chose when planning or rescheduling a session.

    ``format_id`` None means the group's format; it is used only when the session is
    planned (its phases are copied then). ``planned_start`` must be aware.
    """

    planned_start: datetime | None
    place: str = ""
    format_id: str | None = None
    title: str = ""
    protect_end_time: bool = False


@dataclass(frozen=True, slots=True)
class SessionRecord:
    id: str
    group_id: str
    format_id: str | None
    format_name: str | None
    title: str
    planned_start: datetime | None
    place: str
    status: SessionStatus
    presenter_id: str | None
    presenter_name: str | None
    protect_end_time: bool
    started_at: datetime | None
    ended_at: datetime | None
    phase_count: int
    planned_seconds: int  # sum of the session's own phases

    @property
    def editable(self) -> bool:
        """Date, place, title and phases can change only before the clock starts."""
        return self.status is SessionStatus.PLANNED

    @property
    def read_only(self) -> bool:
        return self.status is SessionStatus.FINISHED

    def to_draft(self) -> SessionDraft:
        return draft_of(self, SessionDraft)


@dataclass(frozen=True, slots=True)
class SessionPhaseRecord:
    """One phase of one session; ``actual_*`` are session seconds (None: not reached)."""

    id: str
    position: int
    name: str
    planned_seconds: int
    role_cue: str
    deck_key: str | None
    actual_start: float | None
    actual_end: float | None

    def to_planned(self) -> PlannedPhase:
        return PlannedPhase(self.name, self.planned_seconds, self.role_cue, self.deck_key)


@dataclass(frozen=True, slots=True)
class AttendanceRecord:
    """A person on a session's register; ``status`` None while not yet recorded."""

    person_id: str
    display_name: str
    role: Role
    status: AttendanceStatus | None
    # A late arrival's or early leaver's minutes away; None when not recorded.
    minutes_missed: int | None = None


def check_aware(value: datetime | None, what: str) -> None:
    """Naive datetimes are a programming error (the ui converts local times itself)."""
    if value is not None and value.utcoffset() is None:
        raise ValueError(f"{what} must be an aware datetime, not {value!r}")


def clean_session_draft(draft: SessionDraft) -> SessionDraft:
    """The draft as it will be stored, or InvalidInputError naming the field."""
    check_aware(draft.planned_start, "planned_start")
    return SessionDraft(
        planned_start=draft.planned_start,
        place=clean_optional_line(
            draft.place, field="place", label=N_("The place"), max_length=PLACE_MAX_LENGTH
        ),
        format_id=draft.format_id or None,
        title=clean_optional_line(
            draft.title, field="title", label=N_("The title"), max_length=TITLE_MAX_LENGTH
        ),
        protect_end_time=bool(draft.protect_end_time),
    )


def clean_planned_phases(phases: Sequence[PlannedPhase]) -> list[PlannedPhase]:
    """The phases as they will be stored: 1 to 40, each named, 1 to 240 minutes long."""
    if not 1 <= len(phases) <= PHASES_MAX:
        message = words().gettext(
            "A session needs between 1 and {most} phases; this one has {count}."
        )
        raise InvalidInputError(
            "phases", message.format(most=PHASES_MAX, count=len(phases)), count=len(phases)
        )
    texts = words()
    cleaned = []
    for number, phase in enumerate(phases, start=1):
        field = f"phases[{number - 1}]"
        name = clean_name(
            phase.name,
            field=f"{field}.name",
            label=texts.gettext("The name of phase {number}").format(number=number),
            max_length=PHASE_NAME_MAX_LENGTH,
        )
        seconds = phase.planned_seconds
        # type() rather than isinstance(): True is an int.
        if type(seconds) is not int or not MINUTES_MIN * 60 <= seconds <= MINUTES_MAX * 60:
            message = texts.gettext(
                'Phase {number} ("{name}") must last between {low} and {high} minutes.'
            )
            raise InvalidInputError(
                f"{field}.planned_seconds",
                message.format(number=number, name=name, low=MINUTES_MIN, high=MINUTES_MAX),
            )
        cue = clean_optional_line(
            phase.cue,
            field=f"{field}.cue",
            label=texts.gettext("The role cue of phase {number}").format(number=number),
            max_length=CUE_MAX_LENGTH,
        )
        deck = phase.deck or None
        if deck is not None and not KEY_PATTERN.fullmatch(deck):
            message = texts.gettext(
                'Phase {number} ("{name}") names a prompt deck that is not valid.'
            )
            raise InvalidInputError(f"{field}.deck", message.format(number=number, name=name))
        cleaned.append(PlannedPhase(name, seconds, cue, deck))
    return cleaned
