"""Prompt-card decks: the questions a facilitator draws when a group is stuck, read from
and written to TOML, and the drawing of cards during a session.

A deck file is small and meant to be edited by hand (the schema is described in
``resources/decks/SCHEMA.md``). Like format files, reading one collects every problem at
once, each with its field path and line; the shared machinery is in ``tomlfile.py``.

Drawing works on card ids only: ``next_card`` walks the deck in order and
``random_card`` picks at random, both among the cards not yet shown in this session;
once every card has been shown, the deck starts again (``Draw.restarted``).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from reflectdesk.core.deck_records import STAGE_SEPARATOR, join_heading
from reflectdesk.core.definitions import (
    DefinitionKind,
    close_file,
    item_start,
    open_file,
    tidy_header,
    tidy_text,
)
from reflectdesk.core.errors import N_
from reflectdesk.core.limits import (
    CARD_STAGE_MAX_LENGTH,
    CARD_TEXT_MAX_LENGTH,
    CARD_TITLE_MAX_LENGTH,
    CARDS_MAX,
)
from reflectdesk.core.local_text import LocalText, keep_languages, text_in
from reflectdesk.core.names import fold
from reflectdesk.core.tomlfile import FieldChecker, FileProblemsError
from reflectdesk.core.tomlwrite import toml_local, toml_string

__all__ = [
    "DECKS",
    "SCHEMA_VERSION",
    "CardDefinition",
    "DeckDefinition",
    "DeckFileError",
    "Draw",
    "dump_deck",
    "load_builtin_decks",
    "next_card",
    "order_decks",
    "parse_deck",
    "random_card",
]

SCHEMA_VERSION = 1
TOP_LEVEL_FIELDS = ("schema", "key", "name", "description", "cards")
CARD_FIELDS = ("title", "text", "stage")


@dataclass(frozen=True, slots=True)
class CardDefinition:
    """One prompt: a short title, the text shown to the group, an optional stage of the
    deck's model (a Gibbs stage, "Check-in")."""

    title: str
    text: str
    stage: str = ""

    @property
    def heading(self) -> str:
        return join_heading(self.stage, self.title)

    def heading_in(self, language: str | None) -> str:
        """The heading in ``language`` (see LocalText.text)."""
        return join_heading(text_in(self.stage, language), text_in(self.title, language))


@dataclass(frozen=True, slots=True)
class DeckDefinition:
    """A whole deck as read from a file."""

    key: str
    name: str
    description: str
    cards: tuple[CardDefinition, ...]


class DeckFileError(FileProblemsError):
    """A deck file that cannot be used; ``problems`` lists everything wrong with it."""

    code = "deck_file"
    kind = N_("deck file")
    note = N_("cards are numbered from 1")


def _card(check: FieldChecker, index: int, table: dict[str, Any]) -> CardDefinition | None:
    """Card number ``index + 1``; None if it has any problem."""
    before, prefix = item_start(check, "cards", index, table, known=CARD_FIELDS)
    title = check.local_text(
        prefix + "title", table.get("title"), limit=CARD_TITLE_MAX_LENGTH, required=True
    )
    text = check.local_text(
        prefix + "text",
        table.get("text"),
        limit=CARD_TEXT_MAX_LENGTH,
        required=True,
        multiline=True,
    )
    stage = check.local_text(
        prefix + "stage", table.get("stage"), limit=CARD_STAGE_MAX_LENGTH, required=False
    )
    for name, value in (("stage", stage), ("title", title)):
        if any(STAGE_SEPARATOR in text for text in _all_texts(value)):
            check.add(
                prefix + name,
                N_(
                    'must not contain "{value}" between spaces, which joins a card\'s stage '
                    "to its title"
                ),
                value=STAGE_SEPARATOR.strip(),
            )
    if len(check.problems) > before:
        return None
    return CardDefinition(title=title, text=text, stage=stage)


def _all_texts(value: str) -> tuple[str, ...]:
    return tuple(value.texts.values()) if isinstance(value, LocalText) else (value,)


def parse_deck(text: str, source: str = "<deck>") -> DeckDefinition:
    """Read one deck file; raise DeckFileError listing every problem found.

    Text fields are trimmed of surrounding white space; nothing else is changed.
    """
    data, check, (key, name, description) = open_file(
        text,
        source,
        DeckFileError,
        fields=TOP_LEVEL_FIELDS,
        version=SCHEMA_VERSION,
        what=N_("deck"),
        key_example="gibbs",
    )
    cards = check.tables(
        "cards",
        data.get("cards"),
        partial(_card, check),
        contents=N_("a title and text"),
        limit=CARDS_MAX,
    )
    close_file(check, DeckFileError, source)
    return DeckDefinition(key=key, name=name, description=description, cards=tuple(cards))


def dump_deck(deck: DeckDefinition) -> str:
    """The TOML text of a deck, such that ``parse_deck(dump_deck(deck)) == deck`` for any
    valid deck (one whose text fields have no surrounding white space)."""
    out = [
        f"schema = {SCHEMA_VERSION}",
        f"key = {toml_string(deck.key)}",
        *toml_local("name", deck.name),
    ]
    if deck.description:
        out += toml_local("description", deck.description, multiline=True)
    for card in deck.cards:
        out += ["", "[[cards]]"]
        if card.stage:
            out += toml_local("stage", card.stage)
        out += toml_local("title", card.title)
        out += toml_local("text", card.text, multiline=True)
    return "\n".join(out) + "\n"


def browser_order(deck: DeckDefinition) -> tuple[str, str]:
    """Sort key of built-in decks: by name, as the card browser lists them."""
    return (fold(deck.name), deck.key)


def tidy_deck(definition: DeckDefinition) -> DeckDefinition:
    """As saved from an editor: NFC text without surrounding space."""
    return tidy_header(
        definition,
        cards=tuple(
            CardDefinition(
                keep_languages(tidy_text, card.title),
                keep_languages(tidy_text, card.text),
                keep_languages(tidy_text, card.stage),
            )
            for card in definition.cards
        ),
    )


DECKS: DefinitionKind[DeckDefinition] = DefinitionKind(
    noun="deck",
    parse=parse_deck,
    dump=dump_deck,
    error=DeckFileError,
    tidy=tidy_deck,
    order=browser_order,
)


# Every deck shipped in resources/decks (see DefinitionKind.builtins).
load_builtin_decks = DECKS.builtins


# --- Drawing cards ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Draw:
    """The card to show: ``card_id`` is None only for an empty deck. ``restarted`` is
    true when every card of the deck had already been shown in this session, so this
    draw begins the deck again."""

    card_id: str | None
    restarted: bool = False


# The cards shown in a session: each id once per showing (a list from the log), or a
# count per id. A plain set is enough until the whole deck has been shown once.
Shown = Mapping[str, int] | Iterable[str]


def _open_round(card_ids: Sequence[str], shown: Shown) -> tuple[list[str], bool]:
    """The cards not yet shown in the current round through the deck, and whether that
    round is just beginning after a full one.

    A round ends when every card has been shown as often as the least-shown card plus
    one, so the counts of a whole session decide (a crash and resume changes nothing).
    """
    counts = shown if isinstance(shown, Mapping) else Counter(shown)
    times = [counts.get(card_id, 0) for card_id in card_ids]
    fewest = min(times)
    waiting = [card_id for card_id, count in zip(card_ids, times, strict=True) if count == fewest]
    return waiting, fewest > 0 and len(waiting) == len(card_ids)


def next_card(card_ids: Sequence[str], shown: Shown, current: str | None = None) -> Draw:
    """The first card after ``current`` (else from the top), wrapping round the deck, that
    has not been shown yet. When all have been, the deck starts again from the top
    (``restarted``). ``current`` itself comes again only in a deck of one card."""
    if not card_ids:
        return Draw(None)
    waiting, restarted = _open_round(card_ids, shown)
    start = 0
    if not restarted and current in card_ids:
        start = card_ids.index(current) + 1
    ring = [*card_ids[start:], *card_ids[:start]]
    waiting_set = set(waiting)
    candidates = [card_id for card_id in ring if card_id in waiting_set]
    chosen = next((card_id for card_id in candidates if card_id != current), candidates[0])
    return Draw(chosen, restarted)


def random_card(
    card_ids: Sequence[str], shown: Shown, rng: random.Random, current: str | None = None
) -> Draw:
    """A card chosen uniformly among those not shown yet; when all have been, among all
    of them again (``restarted``), except ``current`` so the screen visibly changes."""
    if not card_ids:
        return Draw(None)
    waiting, restarted = _open_round(card_ids, shown)
    candidates = [card_id for card_id in waiting if card_id != current] or waiting
    return Draw(rng.choice(candidates), restarted)


def order_decks(deck_keys: Sequence[str], suggested_key: str | None) -> list[str]:
    """The deck keys with the current phase's suggested deck first; the others keep
    their order. A suggestion that is not among the keys changes nothing."""
    if suggested_key is None or suggested_key not in deck_keys:
        return list(deck_keys)
    return [suggested_key, *(key for key in deck_keys if key != suggested_key)]
