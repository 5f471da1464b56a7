"""Domain vocabulary shared by every layer: enumerations and plain record types.

The store returns these frozen dataclasses instead of ORM objects, so widgets never hold
a database session and tests can build records by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Draft = TypeVar("Draft", bound="DataclassInstance")


class Role(StrEnum):
    MEMBER = "member"
    FACILITATOR = "facilitator"
    CO_FACILITATOR = "co_facilitator"


# Who leads a group rather than takes part in it: shown apart from the participants.
FACILITATOR_ROLES = frozenset({Role.FACILITATOR, Role.CO_FACILITATOR})


class SessionStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"


class ClockEventKind(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    EXTEND = "extend"
    NEXT = "next"
    BACK = "back"
    END = "end"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
    LATE = "late"
    LEFT_EARLY = "left_early"


# Who was there, for the attendance rule and the counts beside the evaluations: present,
# late or left early.
ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)


class LeaderLogKind(StrEnum):
    """What a leader adds to their log by hand (the sessions they led in ReflectDesk are
    counted from the sessions themselves)."""

    SUPERVISION = "supervision"
    TRAINING = "training"
    LED = "led"  # a session led outside ReflectDesk
    CO_LED = "co_led"


class NoteKind(StrEnum):
    PRIVATE = "private"
    LEARNING_POINT = "learning_point"
    ACTION = "action"


class ThemeKind(StrEnum):
    EXPERIENCE = "experience"
    LEARNING_GAIN = "learning_gain"


class QuestionKind(StrEnum):
    LIKERT = "likert"
    FREE_TEXT = "free_text"


@dataclass(frozen=True, slots=True)
class FormatSummary:
    """A session format as offered in pickers (phases are loaded separately)."""

    id: str
    key: str
    name: str
    family: str
    total_minutes: int
    builtin: bool


def draft_of(record: object, draft: type[Draft]) -> Draft:
    """What a record is edited as: a ``draft`` dataclass holding the record's fields of
    the same names (a record repeats its draft's fields, then adds what the store knows)."""
    return draft(**{field.name: getattr(record, field.name) for field in fields(draft)})


@dataclass(frozen=True, slots=True)
class GroupDraft:
    """What the user typed to create or change a group; validated by the store."""

    name: str
    format_id: str | None = None
    setting: str = ""
    planned_sessions: int = 6
    attendance_required: int | None = None
    ground_rules: str = ""
    # What the group is shown (phase names, cards, questionnaires) in: "nl", or None for
    # the app's language.
    language: str | None = None
    # The id an accrediting body gave the group's sessions (CPD points); '' when none.
    accreditation_id: str = ""


@dataclass(frozen=True, slots=True)
class GroupRecord:
    id: str
    name: str
    format_id: str | None
    format_name: str | None
    setting: str
    planned_sessions: int
    attendance_required: int | None
    ground_rules: str
    archived: bool
    member_count: int  # everyone active: participants and facilitators
    language: str | None = None
    facilitator_count: int = 0  # active facilitators and co-facilitators
    accreditation_id: str = ""

    @property
    def participant_count(self) -> int:
        """The active members who take part (not leading): what attendance counts."""
        return self.member_count - self.facilitator_count

    def to_draft(self) -> GroupDraft:
        return draft_of(self, GroupDraft)


@dataclass(frozen=True, slots=True)
class MemberDraft:
    display_name: str
    role: Role = Role.MEMBER
    family_name: str = ""  # optional override of the family name guessed for sorting
    # BIG or GMC number for CPD attendance lists; personal data, shown on the list only.
    registration_number: str = ""


@dataclass(frozen=True, slots=True)
class MemberRecord:
    """One person's membership of one group."""

    membership_id: str
    person_id: str
    display_name: str
    family_name: str
    role: Role
    joined_on: date | None
    left_on: date | None
    registration_number: str = ""

    @property
    def active(self) -> bool:
        return self.left_on is None

    def to_draft(self) -> MemberDraft:
        return draft_of(self, MemberDraft)
