"""Decks in the database: built-in sync, the browser's reads, the facilitator's own decks,
deck files in and out, and the log of cards shown in a session."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reflectdesk.core.deck_records import CardRecord
from reflectdesk.core.decks import (
    CardDefinition,
    DeckDefinition,
    DeckFileError,
    load_builtin_decks,
    next_card,
    parse_deck,
)
from reflectdesk.core.errors import InvalidInputError, NotFoundError
from reflectdesk.core.events import Change
from reflectdesk.core.model import GroupDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import decks, user_decks
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group
from reflectdesk.store.models.cards import Card, CardShown, Deck
from reflectdesk.store.models.settings import Setting
from reflectdesk.store.sessions import delete_session, plan_session

GREEK_TURKISH = DeckDefinition(
    key="anastochasmos",
    name="Αναστοχασμός — İzmir şubesi",
    description="Ερωτήσεις για την ομάδα.\nGrup için sorular: ğ ü ş ı ö ç İ.",
    cards=(
        CardDefinition("Συναισθήματα", "Τι ένιωσες εκείνη τη στιγμή;", "Περιγραφή"),
        CardDefinition("Duygular", "O an ne hissettiniz?\nŞimdi ne hissediyorsunuz?"),
        CardDefinition("Kapanış — «τέλος»", "Bugünden yanınızda ne götürüyorsunuz?", "Son"),
    ),
)
T0 = datetime(2026, 3, 3, 14, 0, tzinfo=UTC)


@pytest.fixture
def store(store: Store) -> Store:
    with store.transaction() as session:
        decks.sync_builtin_decks(session)
    return store


@pytest.fixture
def changes(store: Store) -> list[Change]:
    seen: list[Change] = []
    store.changes.subscribe(seen.append)
    return seen


@pytest.fixture
def session_id(store: Store) -> str:
    group = create_group(store, GroupDraft(name="Balint Θεσσαλονίκη"))
    return plan_session(store, group.id, SessionDraft(T0)).id


def deck_id(store: Store, key: str = "gibbs") -> str:
    found = decks.deck_id_for_key(store, key)
    assert found is not None
    return found


def snapshot(store: Store) -> dict[str, tuple[str, str, tuple[tuple[str, int, str], ...]]]:
    with store.reading() as session:
        rows = session.scalars(select(Deck)).all()
        return {
            row.key: (
                row.id,
                row.source_digest,
                tuple(sorted((card.id, card.position, card.title) for card in row.cards)),
            )
            for row in rows
        }


def row_counts(store: Store) -> tuple[int, int, int]:
    with store.reading() as session:
        return (
            session.scalar(select(func.count(Deck.id))) or 0,
            session.scalar(select(func.count(Card.id))) or 0,
            session.scalar(select(func.count(CardShown.id))) or 0,
        )


def own_deck(store: Store, definition: DeckDefinition = GREEK_TURKISH) -> str:
    copy = user_decks.copy_deck(store, deck_id(store), "Mine")
    user_decks.save_user_deck(store, copy.id, definition)
    return copy.id


# --- built-in sync -----------------------------------------------------------------------


def test_every_builtin_deck_is_stored_with_its_cards(store: Store) -> None:
    shipped = load_builtin_decks()
    listed = decks.list_decks(store)

    assert [summary.key for summary in listed] == [deck.key for deck in shipped]
    for summary, deck in zip(listed, shipped, strict=True):
        assert summary.builtin
        assert (summary.name, summary.description) == (deck.name, deck.description)
        assert summary.card_count == len(deck.cards)
        cards = decks.deck_cards(store, summary.id)
        assert [(c.stage, c.title, c.body) for c in cards] == [
            (card.stage, card.title, card.text) for card in deck.cards
        ]
        assert [c.position for c in cards] == list(range(len(cards)))


def test_sync_is_idempotent_and_keeps_ids(store: Store) -> None:
    before = snapshot(store)

    with store.transaction() as session:
        decks.sync_builtin_decks(session)  # fingerprint unchanged: nothing read
    with store.transaction() as session:
        decks.sync_builtin_decks(session, load_builtin_decks())  # parsed, digests equal

    assert snapshot(store) == before
    with store.reading() as session:
        assert session.get(Setting, decks.FINGERPRINT_SETTING) is not None


def test_a_changed_builtin_keeps_unchanged_cards_and_their_favourites(
    store: Store, session_id: str
) -> None:
    gibbs = {deck.key: deck for deck in load_builtin_decks()}["gibbs"]
    old = decks.deck_cards(store, deck_id(store))
    decks.set_favourite(store, old[1].id, True)
    decks.set_favourite(store, old[2].id, True)
    decks.record_card_shown(store, session_id, old[0].id)
    reworded = CardDefinition("What happened", "Tell us what happened.", "Description")
    changed = replace(gibbs, cards=(reworded, *gibbs.cards[1:2], *gibbs.cards[3:]))

    with store.transaction() as session:
        decks.sync_builtin_decks(session, [changed])

    new = decks.deck_cards(store, deck_id(store))
    assert [(c.title, c.body) for c in new] == [(c.title, c.text) for c in changed.cards]
    assert new[1] == replace(old[1], favourite=True)  # same id, same favourite
    assert new[2].id == old[3].id
    assert new[0].id not in {card.id for card in old}
    # The reworded first card was shown: retired, still in the session record.
    assert [shown.card_id for shown in decks.cards_shown(store, session_id)] == [old[0].id]
    assert decks.cards_shown(store, session_id)[0].body == old[0].body
    # The dropped third card was never shown: gone. Other built-ins were not shipped: gone.
    with store.reading() as session:
        assert session.get(Card, old[2].id) is None
        assert session.get(Card, old[0].id) is not None
    assert [summary.key for summary in decks.list_decks(store)] == ["gibbs"]


def test_a_builtin_no_longer_shipped_is_hidden_if_its_cards_were_shown(
    store: Store, session_id: str
) -> None:
    safety = decks.deck_cards(store, deck_id(store, "safety"))
    decks.record_card_shown(store, session_id, safety[3].id)
    others = [deck for deck in load_builtin_decks() if deck.key != "safety"]

    with store.transaction() as session:
        decks.sync_builtin_decks(session, others)

    assert decks.deck_id_for_key(store, "safety") is None
    assert "safety" not in {summary.key for summary in decks.list_decks(store)}
    assert all(card.deck_id != safety[0].deck_id for card in decks.search_cards(store))
    shown = decks.cards_shown(store, session_id)
    assert [(s.card_id, s.deck_name) for s in shown] == [(safety[3].id, "When someone is upset")]
    with store.transaction() as session:
        decks.sync_builtin_decks(session, load_builtin_decks())  # shipped again: a new deck
    assert decks.deck_id_for_key(store, "safety") not in {None, safety[0].deck_id}
    assert len(decks.cards_shown(store, session_id)) == 1


def test_a_new_builtin_moves_a_user_deck_with_its_key_aside(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "grief.toml"
    path.write_text(
        'schema = 1\nkey = "grief"\nname = "Mine"\n[[cards]]\ntitle = "T"\ntext = "X."\n',
        encoding="utf-8",
    )
    mine = user_decks.import_deck_file(store, path)
    shipped = DeckDefinition("grief", "Grief", "", (CardDefinition("Loss", "What was lost?"),))

    with store.transaction() as session:
        decks.sync_builtin_decks(session, [*load_builtin_decks(), shipped])

    keys = {summary.key: summary for summary in decks.list_decks(store)}
    assert keys["grief"].builtin
    assert keys["grief-2"].id == mine.id


# --- browsing ----------------------------------------------------------------------------


def test_favourites(store: Store, changes: list[Change]) -> None:
    cards = decks.deck_cards(store, deck_id(store, "kolb"))

    decks.set_favourite(store, cards[4].id, True)
    decks.set_favourite(store, cards[0].id, True)
    decks.set_favourite(store, cards[0].id, False)

    favourites = decks.search_cards(store, favourites_only=True)
    assert [card.id for card in favourites] == [cards[4].id]
    assert favourites[0].favourite
    assert changes == [Change("decks", (cards[0].deck_id,))] * 3
    with pytest.raises(NotFoundError):
        decks.set_favourite(store, "no-such-card", True)


def test_search_folds_accents_and_case_and_needs_every_word(store: Store) -> None:
    own = own_deck(store)

    assert {c.title for c in decks.search_cards(store, "ΈΝΙΩΣΕΣ")} == {"Συναισθήματα"}
    assert {c.title for c in decks.search_cards(store, "şimdi HİSSEDİYORSUNUZ")} == {"Duygular"}
    assert {c.title for c in decks.search_cards(store, "simdi hissediyorsunuz")} == {"Duygular"}
    assert {c.stage for c in decks.search_cards(store, "περιγραφη")} == {"Περιγραφή"}
    found = decks.search_cards(store, "feelings  patient")
    assert found and all("feel" in (c.heading + c.body).casefold() for c in found)
    everything = decks.search_cards(store, "")
    assert len(everything) == sum(s.card_count for s in decks.list_decks(store))
    assert everything[-1].deck_id == own  # built-ins first, own decks last


def test_missing_decks_and_cards(store: Store) -> None:
    with pytest.raises(NotFoundError):
        decks.deck_cards(store, "no-such-deck")
    assert decks.deck_id_for_key(store, "no-such-deck") is None


# --- the facilitator's own decks ---------------------------------------------------------


def test_copy_of_a_builtin_is_an_own_deck_with_the_same_cards(
    store: Store, changes: list[Change]
) -> None:
    source = deck_id(store)
    decks.set_favourite(store, decks.deck_cards(store, source)[0].id, True)

    copy = user_decks.copy_deck(store, source, "  Gibbs — Ayşe's block ")

    assert (copy.name, copy.key, copy.builtin) == (
        "Gibbs — Ayşe's block",
        "gibbs-ayses-block",
        False,
    )
    copied = user_decks.deck_definition(store, copy.id)
    assert copied.cards == user_decks.deck_definition(store, source).cards
    assert not any(card.favourite for card in decks.deck_cards(store, copy.id))
    assert changes[-1] == Change("decks", (copy.id,))
    assert user_decks.copy_deck(store, source, "Gibbs — Ayşe's block").key == "gibbs-ayses-block-2"
    assert user_decks.copy_deck(store, source, "日本語").key == "my-deck"


def test_save_replaces_name_description_and_cards(store: Store) -> None:
    own = own_deck(store)

    stored = user_decks.deck_definition(store, own)
    assert stored == replace(GREEK_TURKISH, key="mine")
    summary = decks.list_decks(store)[-1]
    assert (summary.id, summary.name, summary.card_count) == (own, GREEK_TURKISH.name, 3)


def test_saving_keeps_unchanged_cards(store: Store) -> None:
    own = own_deck(store)
    before = decks.deck_cards(store, own)
    decks.set_favourite(store, before[2].id, True)
    reordered = replace(GREEK_TURKISH, cards=GREEK_TURKISH.cards[::-1])

    user_decks.save_user_deck(store, own, reordered)

    after = decks.deck_cards(store, own)
    assert [c.id for c in after] == [c.id for c in before[::-1]]
    assert after[0].favourite


def test_builtins_cannot_be_changed(store: Store) -> None:
    source = deck_id(store)
    card = decks.deck_cards(store, source)[0]
    before = row_counts(store)
    definition = user_decks.deck_definition(store, source)
    new_card = CardDefinition("T", "X.")

    for attempt in (
        lambda: user_decks.save_user_deck(store, source, replace(definition, name="Changed")),
        lambda: user_decks.delete_user_deck(store, source),
        lambda: user_decks.add_card(store, source, new_card),
        lambda: user_decks.update_card(store, card.id, new_card),
        lambda: user_decks.delete_card(store, card.id),
    ):
        with pytest.raises(
            InvalidInputError, match="Built-in decks cannot be changed; make a copy"
        ):
            attempt()

    assert row_counts(store) == before
    assert user_decks.deck_definition(store, source) == definition


def test_save_reports_every_problem_with_its_field(store: Store) -> None:
    own = own_deck(store)
    bad = replace(
        GREEK_TURKISH,
        name="",
        cards=(
            CardDefinition("Fine", "Fine."),
            CardDefinition(" ", "x" * 301, "a · b"),
            CardDefinition("t" * 81, "", "line\nbreak"),
        ),
    )

    with pytest.raises(InvalidInputError) as caught:
        user_decks.save_user_deck(store, own, bad)

    fields = [problem.field for problem in caught.value.params["problems"]]  # type: ignore[attr-defined]
    assert fields == [
        "name",
        "cards[2].stage",
        "cards[2].title",
        "cards[2].text",
        "cards[3].stage",
        "cards[3].title",
        "cards[3].text",
    ]
    assert user_decks.deck_definition(store, own) == replace(GREEK_TURKISH, key="mine")
    assert user_decks.definition_problems(replace(GREEK_TURKISH, cards=())) == []


def test_create_add_update_delete_cards(store: Store, changes: list[Change]) -> None:
    deck = user_decks.create_deck(store, " Eigen kaarten ", "Voor de groep.")
    assert (deck.key, deck.card_count) == ("eigen-kaarten", 0)
    assert decks.deck_cards(store, deck.id) == []

    first = user_decks.add_card(store, deck.id, CardDefinition(" Eén ", " Wat gebeurde er? "))
    third = user_decks.add_card(store, deck.id, CardDefinition("Drie", "En nu?", "Nu"))
    second = user_decks.add_card(store, deck.id, CardDefinition("Twee", "Wat nog?"), position=1)

    cards = decks.deck_cards(store, deck.id)
    assert [c.id for c in cards] == [first.id, second.id, third.id]
    assert [c.position for c in cards] == [0, 1, 2]
    assert (first.title, first.body, third.heading) == ("Eén", "Wat gebeurde er?", "Nu · Drie")

    decks.set_favourite(store, second.id, True)
    updated = user_decks.update_card(store, second.id, CardDefinition("Twee", "Wat nog meer?"))
    assert updated == replace(second, body="Wat nog meer?", favourite=True)  # same id: not shown

    user_decks.delete_card(store, first.id)
    cards = decks.deck_cards(store, deck.id)
    assert [(c.id, c.position) for c in cards] == [(second.id, 0), (third.id, 1)]
    with store.reading() as session:
        assert session.get(Card, first.id) is None
    assert set(changes) == {Change("decks", (deck.id,))}

    with pytest.raises(InvalidInputError) as caught:
        user_decks.add_card(store, deck.id, CardDefinition("", "x"))
    assert caught.value.field == "title"
    with pytest.raises(InvalidInputError):
        user_decks.add_card(store, deck.id, CardDefinition("T", "X."), position=5)
    with pytest.raises(NotFoundError):
        user_decks.update_card(store, "no-such-card", CardDefinition("T", "X."))


def test_shown_cards_are_retired_not_deleted_or_rewritten(store: Store, session_id: str) -> None:
    own = own_deck(store)
    cards = decks.deck_cards(store, own)
    decks.set_favourite(store, cards[0].id, True)
    for card in cards[:2]:
        decks.record_card_shown(store, session_id, card.id)

    edited = user_decks.update_card(store, cards[0].id, CardDefinition("Νέο", "Νέα ερώτηση;"))
    user_decks.delete_card(store, cards[1].id)

    assert edited.id != cards[0].id
    assert (edited.position, edited.favourite) == (0, True)
    assert [c.id for c in decks.deck_cards(store, own)] == [edited.id, cards[2].id]
    assert [c.position for c in decks.deck_cards(store, own)] == [0, 1]
    record = decks.cards_shown(store, session_id)
    assert [(r.card_id, r.title, r.body) for r in record] == [
        (cards[0].id, cards[0].title, cards[0].body),
        (cards[1].id, cards[1].title, cards[1].body),
    ]
    assert decks.list_decks(store)[-1].card_count == 2
    assert not decks.search_cards(store, "εκείνη τη στιγμή")  # the retired wording
    with pytest.raises(NotFoundError):
        user_decks.update_card(store, cards[0].id, CardDefinition("T", "X."))
    with pytest.raises(NotFoundError):
        decks.record_card_shown(store, session_id, cards[1].id)


def test_deleting_an_own_deck(store: Store, session_id: str, changes: list[Change]) -> None:
    unused = own_deck(store)
    shown = user_decks.copy_deck(store, deck_id(store, "kolb"), "Kolb (mine)").id
    card = decks.deck_cards(store, shown)[5]
    decks.record_card_shown(store, session_id, card.id)
    decks_before, cards_before, _ = row_counts(store)

    user_decks.delete_user_deck(store, unused)
    user_decks.delete_user_deck(store, shown)

    assert {unused, shown}.isdisjoint(s.id for s in decks.list_decks(store))
    # The unused deck is gone; the one with a shown card stays, hidden, with just that card.
    assert row_counts(store) == (decks_before - 1, cards_before - 3 - 11, 1)
    record = decks.cards_shown(store, session_id)
    assert [(r.card_id, r.deck_name, r.body) for r in record] == [
        (card.id, "Kolb (mine)", card.body)
    ]
    assert changes[-2:] == [Change("decks", (unused,)), Change("decks", (shown,))]
    for attempt in (
        lambda: user_decks.delete_user_deck(store, shown),
        lambda: user_decks.deck_definition(store, shown),
        lambda: user_decks.add_card(store, shown, CardDefinition("T", "X.")),
        lambda: decks.deck_cards(store, shown),
    ):
        with pytest.raises(NotFoundError):
            attempt()
    # Its key is free again.
    assert user_decks.copy_deck(store, deck_id(store, "kolb"), "Kolb (mine)").key == "kolb-mine"


# --- files -------------------------------------------------------------------------------


def test_export_then_import_round_trip_with_greek_and_turkish(store: Store, tmp_path: Path) -> None:
    own = own_deck(store)
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "Θεσσαλονίκη.toml"

    user_decks.export_deck_file(store, own, path)

    text = path.read_text(encoding="utf-8")
    assert "Αναστοχασμός — İzmir şubesi" in text  # letters, not escapes
    assert 'stage = "Περιγραφή"' in text
    assert parse_deck(text) == replace(GREEK_TURKISH, key="mine")
    assert oct(path.stat().st_mode & 0o777) == oct(0o644 & ~_umask())
    imported = user_decks.import_deck_file(store, path)
    assert (imported.key, imported.name, imported.builtin) == ("mine-2", GREEK_TURKISH.name, False)
    assert user_decks.deck_definition(store, imported.id) == replace(GREEK_TURKISH, key="mine-2")
    assert [f.name for f in folder.iterdir()] == [path.name]  # no temporary file left


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_builtin_exports_as_its_shipped_definition(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "gibbs.toml"
    user_decks.export_deck_file(store, deck_id(store), path)
    shipped = {deck.key: deck for deck in load_builtin_decks()}["gibbs"]
    assert parse_deck(path.read_text(encoding="utf-8")) == shipped


def test_an_empty_deck_cannot_be_exported(store: Store, tmp_path: Path) -> None:
    deck = user_decks.create_deck(store, "Empty")
    with pytest.raises(InvalidInputError, match="no cards"):
        user_decks.export_deck_file(store, deck.id, tmp_path / "empty.toml")
    assert not (tmp_path / "empty.toml").exists()


def test_a_broken_file_is_refused_with_lines_and_nothing_written(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        'schema = 1\nkey = "bad-deck"\nname = "Bad"\n\n[[cards]]\ntitle = "T"\ntxt = "X."\n',
        encoding="utf-8",
    )
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(b'schema = 1\nname = "\xc7a"\n')
    before = row_counts(store)

    with pytest.raises(DeckFileError) as caught:
        user_decks.import_deck_file(store, path)
    assert [(p.field, p.line) for p in caught.value.problems] == [
        ("cards[1].text", 5),
        ("cards[1].txt", 7),
    ]
    with pytest.raises(DeckFileError, match="not UTF-8"):
        user_decks.import_deck_file(store, latin1)
    with pytest.raises(OSError):
        user_decks.import_deck_file(store, tmp_path / "missing.toml")
    assert row_counts(store) == before


# --- the cards shown in a session --------------------------------------------------------


def test_shown_and_hidden_are_logged_in_time_order(
    store: Store, session_id: str, changes: list[Change]
) -> None:
    cards = decks.deck_cards(store, deck_id(store, "balint-leader"))

    first = decks.record_card_shown(store, session_id, cards[3].id, at=T0)
    decks.record_card_hidden(store, first, at=T0 + timedelta(seconds=40))
    decks.record_card_hidden(store, first, at=T0 + timedelta(seconds=99))  # no change
    second = decks.record_card_shown(store, session_id, cards[0].id, at=T0 + timedelta(minutes=2))
    third = decks.record_card_shown(store, session_id, cards[3].id, at=T0 + timedelta(minutes=5))

    record = decks.cards_shown(store, session_id)
    assert [r.id for r in record] == [first, second, third]
    assert [(r.shown_at, r.hidden_at) for r in record] == [
        (T0, T0 + timedelta(seconds=40)),
        # Showing the third card took the second one down.
        (T0 + timedelta(minutes=2), T0 + timedelta(minutes=5)),
        (T0 + timedelta(minutes=5), None),
    ]
    assert (record[0].deck_name, record[0].heading) == (
        "Balint leader interventions",
        cards[3].heading,
    )
    assert record[0].stage == cards[3].stage and record[0].body == cards[3].body
    assert decks.showing_card(store, session_id) == record[2]
    assert decks.shown_card_ids(store, session_id) == {cards[0].id, cards[3].id}
    assert decks.shown_card_counts(store, session_id) == {cards[0].id: 1, cards[3].id: 2}
    assert set(changes) == {Change("cards_shown", (session_id,))}
    assert len(changes) == 4


def test_the_draw_uses_the_log_without_repeats(store: Store, session_id: str) -> None:
    cards = decks.deck_cards(store, deck_id(store, "ground-rules"))
    ids = [card.id for card in cards]
    current = None
    seen: list[str] = []
    for _ in range(len(ids) + 2):
        draw = next_card(ids, decks.shown_card_counts(store, session_id), current)
        assert draw.card_id is not None
        decks.record_card_shown(store, session_id, draw.card_id)
        seen.append(draw.card_id)
        current = draw.card_id
    assert seen == ids + ids[:2]


def test_log_refusals_and_a_session_deleted(store: Store, session_id: str) -> None:
    card = decks.deck_cards(store, deck_id(store))[0]
    with pytest.raises(NotFoundError):
        decks.record_card_shown(store, "no-such-session", card.id)
    with pytest.raises(NotFoundError):
        decks.record_card_shown(store, session_id, "no-such-card")
    with pytest.raises(NotFoundError):
        decks.record_card_hidden(store, "no-such-showing")
    assert decks.cards_shown(store, session_id) == []
    assert decks.showing_card(store, session_id) is None

    decks.record_card_shown(store, session_id, card.id)
    delete_session(store, session_id)

    assert decks.cards_shown(store, session_id) == []
    assert row_counts(store)[2] == 0
    assert decks.deck_cards(store, deck_id(store))[0] == card


def test_card_record_is_plain(store: Store) -> None:
    card = decks.deck_cards(store, deck_id(store))[0]
    assert isinstance(card, CardRecord)
    assert card.heading == "Description · What happened"
