"""Plain records of prompt-card decks as the store returns them, and how a card's stage
and title share one stored title.

Kept apart from ``decks.py`` (the deck-file machinery) so that reading the database,
which happens at start-up, does not load the TOML reader.

The cards table has a title and a body but no stage, so a staged card is stored with
the title "Feelings · At the time": the stage, STAGE_SEPARATOR, then the title. That
stored form is also what any plain reader of the database (an archive, a CSV) shows;
deck files refuse the separator inside a stage or title, so the split is always exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = [
    "STAGE_SEPARATOR",
    "CardRecord",
    "DeckSummary",
    "ShownCardRecord",
    "join_heading",
    "split_heading",
]

# A middle dot between spaces: readable as it is, and rare inside a title.
STAGE_SEPARATOR = " \u00b7 "


def join_heading(stage: str, title: str) -> str:
    """The stored title of a card: "Feelings · At the time", or the title alone."""
    return f"{stage}{STAGE_SEPARATOR}{title}" if stage else title


def split_heading(heading: str) -> tuple[str, str]:
    """(stage, title) of a stored title; the stage is "" when there is none."""
    stage, separator, title = heading.partition(STAGE_SEPARATOR)
    return (stage, title) if separator else ("", heading)


@dataclass(frozen=True, slots=True)
class DeckSummary:
    """A deck as listed in the card browser; ``card_count`` counts its current cards."""

    id: str
    key: str
    name: str
    description: str
    builtin: bool
    card_count: int


@dataclass(frozen=True, slots=True)
class CardRecord:
    """One card of a deck. ``position`` counts from 0 in deck order; ``stage`` is "" for
    a card without one (see the module docstring)."""

    id: str
    deck_id: str
    position: int
    stage: str
    title: str
    body: str
    favourite: bool

    @property
    def heading(self) -> str:
        """Stage and title together, as a browser or the presenter window shows them."""
        return join_heading(self.stage, self.title)


@dataclass(frozen=True, slots=True)
class ShownCardRecord:
    """One showing of a card in a session: what was shown, from which deck, and when it
    went up and came down again (``hidden_at`` None while it is still showing)."""

    id: str
    session_id: str
    card_id: str
    deck_id: str
    deck_name: str
    stage: str
    title: str
    body: str
    shown_at: datetime
    hidden_at: datetime | None

    @property
    def heading(self) -> str:
        return join_heading(self.stage, self.title)
