"""Limits shared by format files, sessions and the editors, in one small module that
is cheap to import (the format-file machinery is loaded only when a file is read)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection

# Keys of formats, decks and other shipped files: lowercase words joined by hyphens.
KEY_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{1,58}[a-z0-9]")
KEY_MAX_LENGTH = 60  # as KEY_PATTERN allows


def free_key(wanted: str, taken: Collection[str]) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``... (the first not in ``taken``), cut so
    that it stays a valid key."""
    if wanted not in taken:
        return wanted
    for number in itertools.count(2):
        suffix = f"-{number}"
        candidate = wanted[: KEY_MAX_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
    raise AssertionError("unreachable")


NAME_MAX_LENGTH = 120
DESCRIPTION_MAX_LENGTH = 2000
PHASE_NAME_MAX_LENGTH = 80
CUE_MAX_LENGTH = 300
MINUTES_MIN = 1
MINUTES_MAX = 240
PHASES_MAX = 40

# Prompt-card decks (resources/decks/SCHEMA.md). A card's stage and title are stored
# together as one title of at most 40 + 3 + 80 characters; the column holds 200.
CARD_TITLE_MAX_LENGTH = 80
CARD_STAGE_MAX_LENGTH = 40
CARD_TEXT_MAX_LENGTH = 300
# Built-in cards keep within this, so that a card reads from across the room on a
# projector; an editor may warn past it.
CARD_TEXT_PROJECTOR_LENGTH = 220
CARDS_MAX = 200

# Groups (the group form and archive rows).
MAX_PLANNED_SESSIONS = 100
SETTING_MAX_LENGTH = 200

# A phase, as a session may come to hold it after +1 min and -1 min: from one second to
# a day. The forms and files plan whole minutes within MINUTES_MIN..MINUTES_MAX.
PHASE_SECONDS_MIN = 1
PHASE_SECONDS_MAX = 24 * 60 * 60
