"""The facilitator's own decks: create, copy, edit, delete, their cards one by one, and
deck files in and out.

Built-in decks are never changed here; a facilitator edits a copy (marking a built-in
card as a favourite is not an edit; see decks.set_favourite). Every check on a deck's
name, description and cards is the deck file's own (``parse_deck``): a definition is
written out and read back, so what can be saved can always be exported and imported
again, under exactly the limits resources/decks/SCHEMA.md documents. The one exception:
a deck of one's own may be empty while it is being filled (it cannot be exported then).

A card shown in a session is never deleted or rewritten in place, so the session record
keeps what the group saw: deleting it retires it, and editing it retires it and puts a
new card (a new id, the same favourite mark) in its place. See store/decks.py.

Every mutation publishes Change("decks", deck_id) after it commits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reflectdesk.core.deck_records import CardRecord, DeckSummary
from reflectdesk.core.decks import DECKS, CardDefinition, DeckDefinition
from reflectdesk.core.definitions import cannot_save, checked, key_from_name
from reflectdesk.core.errors import InvalidInputError, NotFoundError, words
from reflectdesk.core.limits import CARDS_MAX
from reflectdesk.core.local_text import carry_languages, stored_text, texts_json
from reflectdesk.core.tomlfile import FileProblem
from reflectdesk.store.database import Store
from reflectdesk.store.decks import (
    DELETED_MARK,
    RETIRED_POSITION,
    apply_cards,
    card_texts,
    in_language,
    list_decks,
    live_cards,
    load_summary,
    remove_cards,
    remove_deck,
    renumber,
    shown_among,
    to_card_record,
)
from reflectdesk.store.definitions import add_own, export_file, free_key_in
from reflectdesk.store.models.cards import Card, Deck

BUILTIN_REFUSAL = "Built-in decks cannot be changed; make a copy."
FALLBACK_KEY = "my-deck"
# Stands in for the cards while the name and description of an empty deck are checked.
_PLACEHOLDER = CardDefinition(title="Card", text="Card")


# --- checking ------------------------------------------------------------------------------


def _checked(definition: DeckDefinition) -> tuple[DeckDefinition | None, list[FileProblem]]:
    if definition.cards:
        return checked(DECKS, definition)
    found, problems = checked(DECKS, replace(definition, cards=(_PLACEHOLDER,)))
    return (None if found is None else replace(found, cards=())), problems


def definition_problems(definition: DeckDefinition) -> list[FileProblem]:
    """Everything that keeps ``definition`` from being saved, each with its field path
    (``cards[2].text``, cards counted from 1) and no line; [] when it can be saved."""
    return _checked(definition)[1]


def clean_definition(definition: DeckDefinition) -> DeckDefinition:
    """The definition as it will be stored, or InvalidInputError naming the first field;
    ``error.params["problems"]`` lists every problem."""
    clean, problems = _checked(definition)
    if clean is None:
        raise cannot_save("deck", problems)
    return clean


def clean_card(card: CardDefinition) -> CardDefinition:
    """One card as it will be stored, or InvalidInputError naming its field ("title")."""
    clean, problems = _checked(DeckDefinition("card", "Card", "", (card,)))
    if clean is None:
        problems = [replace(p, field=p.field.removeprefix("cards[1].")) for p in problems]
        raise cannot_save("card", problems)
    return clean.cards[0]


def key_for_name(name: str) -> str:
    """A deck key that reads like ``name`` (see definitions.key_from_name)."""
    return key_from_name(name, FALLBACK_KEY)


# --- reading ---------------------------------------------------------------------------------


def _get(session: Session, deck_id: str) -> Deck:
    row = session.get(Deck, deck_id, options=[selectinload(Deck.cards)])
    if row is None or row.source_digest == DELETED_MARK:
        raise NotFoundError(words().gettext("That deck no longer exists."))
    return row


def _get_own(session: Session, deck_id: str) -> Deck:
    row = _get(session, deck_id)
    if row.builtin:
        raise InvalidInputError("deck_id", BUILTIN_REFUSAL)
    return row


def _get_own_card(session: Session, card_id: str) -> tuple[Deck, Card]:
    card = session.get(Card, card_id)
    if card is None or card.position < 0:
        raise NotFoundError(words().gettext("That card no longer exists."))
    return _get_own(session, card.deck_id), card


def _to_definition(row: Deck) -> DeckDefinition:
    cards = [to_card_record(card) for card in live_cards(row)]
    return DeckDefinition(
        key=row.key,
        name=stored_text(row.texts, "name", row.name),
        description=stored_text(row.texts, "description", row.description),
        cards=tuple(CardDefinition(card.title, card.body, card.stage) for card in cards),
    )


def deck_definition(store: Store, deck_id: str) -> DeckDefinition:
    """A deck with its current cards, as it would be written to a file."""
    with store.reading() as session:
        return _to_definition(_get(session, deck_id))


def list_deck_definitions(store: Store) -> list[tuple[DeckSummary, DeckDefinition]]:
    """Every deck with its cards, in the order of ``list_decks``."""
    summaries = list_decks(store)
    with store.reading() as session:
        rows = session.scalars(select(Deck).options(selectinload(Deck.cards)))
        definitions = {row.id: _to_definition(row) for row in rows}
    return [
        (summary, definitions[summary.id]) for summary in summaries if summary.id in definitions
    ]


# --- decks -----------------------------------------------------------------------------------


def _add_user_deck(session: Session, clean: DeckDefinition, key: str) -> str:
    row = Deck(
        key=free_key_in(session, Deck.key, key),
        name=str(clean.name),
        description=str(clean.description),
        builtin=False,
        source_digest="",
        texts=texts_json(name=clean.name, description=clean.description),
    )
    session.add(row)
    apply_cards(session, row, clean.cards)
    session.flush()
    return row.id


def _adding(clean: DeckDefinition, key: str) -> Callable[[Session], str]:
    return lambda session: _add_user_deck(session, clean, key)


def create_deck(store: Store, name: str, description: str = "") -> DeckSummary:
    """A new, empty deck of one's own."""
    clean = clean_definition(DeckDefinition(FALLBACK_KEY, name, description, ()))
    return add_own(store, "decks", _adding(clean, key_for_name(clean.name)), load_summary)


def copy_deck(store: Store, deck_id: str, new_name: str) -> DeckSummary:
    """A deck of one's own with ``deck_id``'s cards (not their favourite marks), named
    ``new_name``, under a new key."""

    def add(session: Session) -> str:
        clean = clean_definition(replace(_to_definition(_get(session, deck_id)), name=new_name))
        return _add_user_deck(session, clean, key_for_name(clean.name))

    return add_own(store, "decks", add, load_summary)


def save_user_deck(store: Store, deck_id: str, definition: DeckDefinition) -> DeckSummary:
    """Replace the name, description and cards of one's own deck; its key stays. Cards
    kept unchanged keep their ids and favourite marks; cards left out or changed are
    removed (retired if shown in a session). Raises InvalidInputError for a built-in deck
    or a definition that breaks the deck schema's rules (see :func:`clean_definition`)."""
    with store.transaction() as session:
        row = _get_own(session, deck_id)
        edited = replace(definition, key=row.key)
        clean = clean_definition(carry_languages(_to_definition(row), edited))
        row.name = str(clean.name)
        row.description = str(clean.description)
        row.texts = texts_json(name=clean.name, description=clean.description)
        apply_cards(session, row, clean.cards)
        session.flush()
        summary = load_summary(session, deck_id)
    store.changes.publish("decks", deck_id)
    return summary


def delete_user_deck(store: Store, deck_id: str) -> None:
    """Delete one's own deck. If a session record shows any of its cards, the deck is
    kept out of sight instead, so those records stay complete (see store/decks.py)."""
    with store.transaction() as session:
        remove_deck(session, _get_own(session, deck_id))
    store.changes.publish("decks", deck_id)


# --- cards -----------------------------------------------------------------------------------


def add_card(
    store: Store, deck_id: str, card: CardDefinition, position: int | None = None
) -> CardRecord:
    """Add a card to one's own deck at ``position`` (from 0; default: at the end)."""
    clean = clean_card(card)
    with store.transaction() as session:
        deck = _get_own(session, deck_id)
        cards = live_cards(deck)
        if len(cards) >= CARDS_MAX:
            raise InvalidInputError(
                "cards",
                words().gettext("A deck holds at most {most} cards.").format(most=CARDS_MAX),
            )
        where = len(cards) if position is None else position
        if not 0 <= where <= len(cards):
            raise InvalidInputError(
                "position",
                words().gettext("A card's position is 0 to {count}.").format(count=len(cards)),
            )
        for later in cards[where:]:
            later.position += 1
        row = Card(
            position=where,
            title=str(clean.heading),
            body=str(clean.text),
            favourite=False,
            texts=card_texts(clean),
        )
        deck.cards.append(row)
        session.flush()
        record = in_language([to_card_record(row)], None)[0]
    store.changes.publish("decks", deck_id)
    return record


def update_card(store: Store, card_id: str, card: CardDefinition) -> CardRecord:
    """Change a card of one's own deck; returns it as stored. A card shown in a session
    is retired and replaced by a new card with a new id (see the module docstring)."""
    clean = clean_card(card)
    with store.transaction() as session:
        deck, row = _get_own_card(session, card_id)
        stored = to_card_record(row)
        clean = carry_languages(CardDefinition(stored.title, stored.body, stored.stage), clean)
        if (row.title, row.body, row.texts) != (clean.heading, clean.text, card_texts(clean)):
            if shown_among(session, [row.id]):
                new = Card(position=row.position, favourite=row.favourite)
                row.position = RETIRED_POSITION
                deck.cards.append(new)
                row = new
            row.title, row.body = str(clean.heading), str(clean.text)
            row.texts = card_texts(clean)
            session.flush()
        record = in_language([to_card_record(row)], None)[0]
    store.changes.publish("decks", deck.id)
    return record


def delete_card(store: Store, card_id: str) -> None:
    """Delete a card of one's own deck (retired instead if shown in a session)."""
    with store.transaction() as session:
        deck, row = _get_own_card(session, card_id)
        remove_cards(session, deck, [row])
        renumber(deck)
    store.changes.publish("decks", deck.id)


# --- files -----------------------------------------------------------------------------------


def read_deck_file(path: Path) -> DeckDefinition:
    """Parse a deck file. Raises DeckFileError (every problem, with lines) or OSError (a
    file that cannot be read)."""
    return DECKS.read(path)


def import_deck_file(store: Store, path: Path) -> DeckSummary:
    """Add the deck in ``path`` as one's own, keeping its name. Its key is kept when free;
    otherwise it gets the first free ``key-2``, ``key-3``... (see the summary's key).

    Raises DeckFileError or OSError before anything is written."""
    definition = read_deck_file(path)
    return add_own(store, "decks", _adding(definition, definition.key), load_summary)


def export_deck_file(store: Store, deck_id: str, path: Path) -> None:
    """Write a deck (built-in or not) to ``path`` as a deck file, whole or not at all: to
    a temporary file beside it, then moved into place. Raises InvalidInputError for a
    deck without cards, which no deck file can hold."""
    definition = deck_definition(store, deck_id)
    if not definition.cards:
        raise InvalidInputError(
            "cards", words().gettext("This deck has no cards yet; add one to export it.")
        )
    export_file(DECKS, definition, path)
