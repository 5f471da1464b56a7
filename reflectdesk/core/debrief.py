"""The co-facilitators' debrief after a session: three short answers kept with it.

Pure Python. A debrief is asked for only when the group has two or more facilitators
(facilitator or co-facilitator); one facilitator alone has no one to debrief with.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reflectdesk.core.errors import N_
from reflectdesk.core.model import Role
from reflectdesk.core.validation import clean_long_text, clean_optional_line

DEBRIEF_ANSWER_MAX_LENGTH = 1_000
NEXT_PRESENTER_MAX_LENGTH = 120
FACILITATOR_ROLES = frozenset({Role.FACILITATOR, Role.CO_FACILITATOR})


@dataclass(frozen=True, slots=True)
class Debrief:
    """What went well, what to do differently, and who presents next time (free text:
    a name, or "we ask the group")."""

    went_well: str = ""
    differently: str = ""
    next_presenter: str = ""

    @property
    def empty(self) -> bool:
        return not (self.went_well or self.differently or self.next_presenter)


def clean_debrief(debrief: Debrief) -> Debrief:
    return Debrief(
        went_well=clean_long_text(
            debrief.went_well,
            field="went_well",
            label=N_("What went well"),
            max_length=DEBRIEF_ANSWER_MAX_LENGTH,
        ),
        differently=clean_long_text(
            debrief.differently,
            field="differently",
            label=N_("What to do differently"),
            max_length=DEBRIEF_ANSWER_MAX_LENGTH,
        ),
        next_presenter=clean_optional_line(
            debrief.next_presenter,
            field="next_presenter",
            label=N_("Who presents next"),
            max_length=NEXT_PRESENTER_MAX_LENGTH,
        ),
    )


def debrief_is_due(roles: Iterable[Role]) -> bool:
    """True when two or more of the group's people facilitate."""
    return sum(role in FACILITATOR_ROLES for role in roles) >= 2
