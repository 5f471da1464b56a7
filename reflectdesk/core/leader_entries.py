"""A hand entry in a leader's log as typed, and the rules it must obey before it is
stored (the table's CHECK constraints say the same: minutes 0-14400, cases 0-20)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from reflectdesk.core.errors import N_
from reflectdesk.core.model import LeaderLogKind
from reflectdesk.core.validation import (
    check_count,
    clean_long_text,
    clean_name,
    clean_optional_line,
)

__all__ = [
    "CASES_MAX",
    "MINUTES_MAX",
    "EntryDraft",
    "clean_entry_draft",
    "clean_leader_name",
]

MINUTES_MAX = 14_400  # ten days: more than any supervision or training event
CASES_MAX = 20
LEADER_NAME_MAX_LENGTH = 120
COUNTERPART_MAX_LENGTH = 120
TITLE_MAX_LENGTH = 200
NOTE_MAX_LENGTH = 20_000


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """What the leader typed. ``note`` is the private note's text: None keeps the note as
    it is (on update; no note on add), '' removes it. ``cases`` only for a session led
    elsewhere (kind LED or CO_LED); it is dropped for the other kinds."""

    kind: LeaderLogKind
    on_date: date
    minutes: int
    counterpart: str = ""
    title: str = ""
    cases: int | None = None
    note: str | None = field(default=None, repr=False)


def clean_leader_name(name: str) -> str:
    return clean_name(
        name, field="leader_name", label=N_("The leader's name"), max_length=LEADER_NAME_MAX_LENGTH
    )


def clean_entry_draft(draft: EntryDraft) -> EntryDraft:
    """The draft as it will be stored; InvalidInputError naming the field otherwise."""
    kind = LeaderLogKind(draft.kind)
    led = kind in (LeaderLogKind.LED, LeaderLogKind.CO_LED)
    cases = draft.cases if led else None
    return replace(
        draft,
        kind=kind,
        minutes=check_count(
            draft.minutes, field="minutes", label=N_("The minutes"), low=0, high=MINUTES_MAX
        ),
        counterpart=clean_optional_line(
            draft.counterpart,
            field="counterpart",
            label=N_("The supervisor or co-leader"),
            max_length=COUNTERPART_MAX_LENGTH,
        ),
        title=clean_optional_line(
            draft.title, field="title", label=N_("The title"), max_length=TITLE_MAX_LENGTH
        ),
        cases=None
        if cases is None
        else check_count(cases, field="cases", label=N_("The cases"), low=0, high=CASES_MAX),
        note=None
        if draft.note is None
        else clean_long_text(
            draft.note, field="note", label=N_("The note"), max_length=NOTE_MAX_LENGTH
        ),
    )
