"""Prompt-card decks in the database: the built-ins from resources/decks, kept in step at
open; the card browser's reads (decks, cards, favourites, search); and the log of which
card was shown in which session. The facilitator's own decks are in user_decks.py.

History comes first. Each CardShown row points at its card, and deleting a card would
delete those rows with it (ON DELETE CASCADE), erasing part of a session's record. So a
card that was ever shown is never deleted; it is *retired* instead:

- A retired card stays in its deck with ``position`` RETIRED_POSITION (-1). Current
  cards are numbered 0, 1, 2...; everything here reads only those, so a retired card is
  gone from the browser, the search, the draw and exported files, while session records
  still show it with its deck's name and the wording that was on the screen.
- A deck is deleted only if none of its cards was shown; otherwise it is kept as a
  *deleted* deck: ``source_digest`` DELETED_MARK, its key changed to "deleted-<id>" (so
  the key is free again), its cards retired. Deleted decks are never listed.

Both happen when a built-in card or deck disappears from a new version's files, and when
a facilitator deletes or rewrites a card of their own. An unchanged card keeps its id and
its favourite mark: cards are matched by their stage, title and text, not by position.

Every mutation publishes Change("decks", deck_id) after it commits; the card-shown log
publishes Change("cards_shown", session_id).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Row, Select, func, select, update
from sqlalchemy.orm import Session, selectinload

from reflectdesk.core.deck_records import (
    CardRecord,
    DeckSummary,
    ShownCardRecord,
    split_heading,
)
from reflectdesk.core.errors import NotFoundError, words
from reflectdesk.core.local_text import localized, stored_in, stored_text, texts_json
from reflectdesk.core.names import fold
from reflectdesk.i18n.texts import current_language
from reflectdesk.store.database import Store
from reflectdesk.store.definitions import new_builtin, sync_builtins
from reflectdesk.store.models.base import utcnow
from reflectdesk.store.models.cards import Card, CardShown, Deck
from reflectdesk.store.models.sessions import Session as SessionRow
from reflectdesk.store.rows import first_or_gone, from_row, get_or_gone, gone

if TYPE_CHECKING:
    from reflectdesk.core.decks import CardDefinition, DeckDefinition

FINGERPRINT_SETTING = "builtin_decks_fingerprint"
RETIRED_POSITION = -1
DELETED_MARK = "deleted"

R = TypeVar("R")
_decks = Deck.__table__
_cards = Card.__table__
_shown = CardShown.__table__


# --- shared with user_decks.py -----------------------------------------------------------


def shown_among(session: Session, card_ids: Iterable[str]) -> set[str]:
    """Those of ``card_ids`` that were shown in some session."""
    wanted = list(card_ids)
    if not wanted:
        return set()
    query = select(_shown.c.card_id).where(_shown.c.card_id.in_(wanted)).distinct()
    return set(session.scalars(query))


def live_cards(deck: Deck) -> list[Card]:
    """The deck's current cards in order, without the retired ones."""
    return sorted((card for card in deck.cards if card.position >= 0), key=lambda c: c.position)


def renumber(deck: Deck) -> None:
    """Number the current cards 0, 1, 2... again after one was removed or inserted."""
    for position, card in enumerate(live_cards(deck)):
        card.position = position


def remove_cards(session: Session, deck: Deck, rows: Sequence[Card]) -> None:
    """Delete ``rows`` from ``deck``, retiring those a session record shows."""
    shown = shown_among(session, (row.id for row in rows if row.id is not None))
    for row in rows:
        if row.id in shown:
            row.position = RETIRED_POSITION
        else:
            deck.cards.remove(row)  # delete-orphan deletes it


def apply_cards(session: Session, deck: Deck, cards: Sequence[CardDefinition]) -> None:
    """Make ``cards`` the deck's current cards, in order. A current card with the same
    stage, title and text is kept (its id and favourite mark too); the rest are removed
    through :func:`remove_cards`."""
    unused: dict[tuple[str, str], list[Card]] = {}
    for row in live_cards(deck):
        unused.setdefault((row.title, row.body), []).append(row)
    for position, card in enumerate(cards):
        same = unused.get((card.heading, card.text))
        texts = card_texts(card)
        if same:
            kept = same.pop(0)
            kept.position = position
            kept.texts = texts  # a new language for the same card keeps its id
        else:
            deck.cards.append(
                Card(
                    position=position,
                    title=str(card.heading),
                    body=str(card.text),
                    favourite=False,
                    texts=texts,
                )
            )
    remove_cards(session, deck, [row for rows in unused.values() for row in rows])


def remove_deck(session: Session, deck: Deck) -> None:
    """Delete a deck, or keep it as a deleted deck if any of its cards was shown."""
    if not shown_among(session, (card.id for card in deck.cards)):
        session.delete(deck)
        return
    remove_cards(session, deck, live_cards(deck))
    deck.key = f"deleted-{deck.id}"
    deck.source_digest = DELETED_MARK


def card_texts(card: CardDefinition) -> str | None:
    """A card's local texts for its ``texts`` column."""
    return texts_json(stage=card.stage, title=card.title, text=card.text)


def to_card_record(row: Any) -> CardRecord:
    """A CardRecord from a Card or a row of the cards table, its texts in every
    language it has (LocalText; see :func:`in_language`)."""
    stage, title = split_heading(row.title)
    return from_row(
        CardRecord,
        row,
        stage=stored_text(row.texts, "stage", stage),
        title=stored_text(row.texts, "title", title),
        body=stored_text(row.texts, "text", row.body),
        favourite=bool(row.favourite),
    )


def in_language(records: Iterable[R], language: str | None) -> list[R]:
    """Card records with their texts in ``language``, else in the app's language."""
    return [localized(record, language or current_language()) for record in records]


# --- built-in decks ------------------------------------------------------------------------


def sync_builtin_decks(session: Session, definitions: list[DeckDefinition] | None = None) -> None:
    """Insert or refresh the built-in decks; leave user decks and session records alone.

    Called at every open with no ``definitions``: then the files are parsed only when
    their fingerprint differs from the one recorded at the last sync. A deck whose file
    is unchanged is not touched at all. A changed deck keeps the ids and favourite marks
    of its unchanged cards; a built-in deck or card that is no longer shipped is removed,
    or retired if a session record shows it (see the module docstring).
    """
    # Imported here: an up-to-date database never needs the deck files' parser.
    from reflectdesk.core.decks import DECKS

    sync_builtins(session, DECKS, FINGERPRINT_SETTING, _apply_definitions, definitions)


def _apply_definitions(session: Session, definitions: list[DeckDefinition]) -> None:
    from reflectdesk.core.decks import DECKS

    query = (
        select(Deck)
        .where(Deck.builtin.is_(True), Deck.source_digest != DELETED_MARK)
        .options(selectinload(Deck.cards))
    )
    existing = {deck.key: deck for deck in session.scalars(query)}
    for definition in definitions:
        digest = DECKS.digest(definition)
        row = existing.pop(definition.key, None)
        if row is not None and row.source_digest == digest:
            continue
        if row is None:
            row = new_builtin(session, Deck, definition.key)
        row.name = str(definition.name)
        row.description = str(definition.description)
        row.texts = texts_json(name=definition.name, description=definition.description)
        row.source_digest = digest
        apply_cards(session, row, definition.cards)
    for dropped in existing.values():
        remove_deck(session, dropped)


# --- reading -------------------------------------------------------------------------------


def _visible() -> Any:
    return _decks.c.source_digest != DELETED_MARK


def _live() -> Any:
    return _cards.c.position >= 0


def _deck_order(builtin: bool, name: str, deck_id: str) -> tuple[bool, str, str]:
    """Built-in decks first, then the facilitator's own, each by name."""
    return (not builtin, fold(name), deck_id)


def _summary_query() -> Select[Any]:
    count = (
        select(func.count(_cards.c.id))
        .where(_cards.c.deck_id == _decks.c.id, _live())
        .correlate(_decks)
        .scalar_subquery()
    )
    return select(
        _decks.c.id,
        _decks.c.key,
        _decks.c.name,
        _decks.c.description,
        _decks.c.builtin,
        count.label("card_count"),
        _decks.c.texts,
    ).where(_visible())


def to_summary(row: Row[Any]) -> DeckSummary:
    language = current_language()
    return from_row(
        DeckSummary,
        row,
        name=stored_in(row.texts, "name", row.name, language),
        description=stored_in(row.texts, "description", row.description, language),
        builtin=bool(row.builtin),
        card_count=int(row.card_count),
    )


def load_summary(session: Session, deck_id: str) -> DeckSummary:
    query = _summary_query().where(_decks.c.id == deck_id)
    return to_summary(first_or_gone(session, query, "deck"))


def list_decks(store: Store) -> list[DeckSummary]:
    """Built-in decks by name, then the facilitator's own decks by name."""
    with store.reading() as session:
        summaries = [to_summary(row) for row in session.execute(_summary_query())]
    return sorted(summaries, key=lambda s: _deck_order(s.builtin, s.name, s.id))


def deck_id_for_key(store: Store, key: str) -> str | None:
    """The id of the deck with ``key`` (a phase's suggested deck), if it is installed."""
    with store.reading() as session:
        found = session.scalar(select(_decks.c.id).where(_decks.c.key == key, _visible()))
        return None if found is None else str(found)


def deck_cards(store: Store, deck_id: str, language: str | None = None) -> list[CardRecord]:
    """The current cards of a deck, in order, in ``language`` (else the app's). Raises
    NotFoundError for a missing deck."""
    with store.reading() as session:
        load_summary(session, deck_id)
        rows = session.execute(
            select(_cards).where(_cards.c.deck_id == deck_id, _live()).order_by(_cards.c.position)
        )
        return in_language((to_card_record(row) for row in rows), language)


def search_cards(
    store: Store, text: str = "", *, favourites_only: bool = False, language: str | None = None
) -> list[CardRecord]:
    """Current cards of every deck whose stage, title or text hold every word of ``text``,
    compared without accents or case ("reflexion" finds "Réflexion"); all cards for ""
    text. In deck order (as ``list_decks``), then card order."""
    words = fold(text).split()
    query = (
        select(_cards, _decks.c.name.label("deck_name"), _decks.c.builtin)
        .join(_decks, _decks.c.id == _cards.c.deck_id)
        .where(_visible(), _live())
    )
    if favourites_only:
        query = query.where(_cards.c.favourite.is_(True))
    with store.reading() as session:
        rows = session.execute(query).all()
    records = in_language((to_card_record(row) for row in rows), language)
    found = [
        (row, record)
        for row, record in zip(rows, records, strict=True)
        if all(word in fold(f"{record.stage} {record.title} {record.body}") for word in words)
    ]
    found.sort(
        key=lambda pair: (
            *_deck_order(pair[0].builtin, pair[0].deck_name, pair[0].deck_id),
            pair[0].position,
        )
    )
    return [record for _, record in found]


def set_favourite(store: Store, card_id: str, favourite: bool) -> None:
    """Mark or unmark a card as a favourite; built-in cards may be favourites too."""
    with store.transaction() as session:
        row = session.get(Card, card_id)
        if row is None or row.position < 0:
            raise gone("card")
        row.favourite = favourite
        deck_id = row.deck_id
    store.changes.publish("decks", deck_id)


# --- the cards shown in a session ----------------------------------------------------------


def record_card_shown(
    store: Store, session_id: str, card_id: str, *, at: datetime | None = None
) -> str:
    """Record that a card went up on the screen in a session (now, or ``at``, aware);
    returns the new CardShown id. A card of this session still showing is recorded as
    hidden at the same moment, since the new card replaces it."""
    when = at or utcnow()
    with store.transaction() as session:
        get_or_gone(session, SessionRow, session_id, "session")
        card = session.get(Card, card_id)
        if card is None or card.position < 0:
            raise gone("card")
        session.execute(
            update(CardShown)
            .where(CardShown.session_id == session_id, CardShown.hidden_at.is_(None))
            .values(hidden_at=when)
        )
        row = CardShown(session_id=session_id, card_id=card_id, shown_at=when)
        session.add(row)
        session.flush()
        shown_id = row.id
    store.changes.publish("cards_shown", session_id)
    return shown_id


def record_card_hidden(store: Store, shown_id: str, *, at: datetime | None = None) -> None:
    """Record that a shown card came down again; a second call changes nothing."""
    with store.transaction() as session:
        row = session.get(CardShown, shown_id)
        if row is None:
            raise NotFoundError(words().gettext("That card showing is no longer recorded."))
        if row.hidden_at is not None:
            return
        row.hidden_at = at or utcnow()
        session_id = row.session_id
    store.changes.publish("cards_shown", session_id)


def _shown_query() -> Select[Any]:
    return (
        select(
            _shown.c.id,
            _shown.c.session_id,
            _shown.c.card_id,
            _shown.c.shown_at,
            _shown.c.hidden_at,
            _cards.c.deck_id,
            _cards.c.title,
            _cards.c.body,
            _cards.c.texts,
            _decks.c.name.label("deck_name"),
            _decks.c.texts.label("deck_texts"),
        )
        .join(_cards, _cards.c.id == _shown.c.card_id)
        .join(_decks, _decks.c.id == _cards.c.deck_id)
        .order_by(_shown.c.shown_at, _shown.c.id)
    )


def _to_shown(row: Row[Any], language: str | None) -> ShownCardRecord:
    stage, title = split_heading(row.title)
    shown = language or current_language()
    return from_row(
        ShownCardRecord,
        row,
        stage=stored_in(row.texts, "stage", stage, shown),
        title=stored_in(row.texts, "title", title, shown),
        body=stored_in(row.texts, "text", row.body, shown),
        deck_name=stored_in(row.deck_texts, "name", row.deck_name, shown),
    )


def cards_shown(
    store: Store, session_id: str, language: str | None = None
) -> list[ShownCardRecord]:
    """Every card shown in a session, in the order they went up (for the session record),
    in ``language`` (else the app's)."""
    with store.reading() as session:
        rows = session.execute(_shown_query().where(_shown.c.session_id == session_id))
        return [_to_shown(row, language) for row in rows]


def showing_card(
    store: Store, session_id: str, language: str | None = None
) -> ShownCardRecord | None:
    """The card on the screen now (shown, not yet hidden), e.g. to restore it on resume,
    in ``language`` (else the app's)."""
    query = _shown_query().where(_shown.c.session_id == session_id, _shown.c.hidden_at.is_(None))
    with store.reading() as session:
        rows = session.execute(query).all()
    return _to_shown(rows[-1], language) if rows else None


def shown_card_ids(store: Store, session_id: str) -> set[str]:
    """The ids of the cards shown in a session, for drawing without repeats."""
    return set(shown_card_counts(store, session_id))


def shown_card_counts(store: Store, session_id: str) -> dict[str, int]:
    """How often each card was shown in a session. ``next_card`` and ``random_card``
    take this to go round a deck a second time without repeats once it has been shown
    through (a set of ids cannot tell the second round from the first)."""
    query = (
        select(_shown.c.card_id, func.count())
        .where(_shown.c.session_id == session_id)
        .group_by(_shown.c.card_id)
    )
    with store.reading() as session:
        return {str(card_id): int(count) for card_id, count in session.execute(query)}
