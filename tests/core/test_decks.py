"""Deck files and card drawing: the built-ins, the round trip through TOML, problems with
line numbers, next and random cards without repeats, and the suggested deck first."""

from __future__ import annotations

import random
from collections import Counter
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflectdesk.core.deck_records import STAGE_SEPARATOR, join_heading, split_heading
from reflectdesk.core.decks import (
    CardDefinition,
    DeckDefinition,
    DeckFileError,
    Draw,
    dump_deck,
    load_builtin_decks,
    next_card,
    order_decks,
    parse_deck,
    random_card,
)
from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.formats import load_builtin_formats
from reflectdesk.core.limits import (
    CARD_STAGE_MAX_LENGTH,
    CARD_TEXT_MAX_LENGTH,
    CARD_TEXT_PROJECTOR_LENGTH,
    CARD_TITLE_MAX_LENGTH,
    KEY_PATTERN,
)
from reflectdesk.core.tomlfile import FileProblemsError

BUILTIN_KEYS = {
    "gibbs",
    "what-so-what-now-what",
    "kolb",
    "what-why-how",
    "balint-leader",
    "intervision-questions",
    "collaborative-reflection",
    "ground-rules",
    "check-in-out",
    "safety",
}

# Line numbers matter in the tests below; they are given beside each line.
VALID = """\
schema = 1
key = "test-deck"
name = "Test deck"
description = "A deck for tests."

[[cards]]
stage = "Feelings"
title = "At the time"
text = "What did you feel?"

[[cards]]
title = "Pause"
text = "Let's pause."
"""
#  1 schema        6 [[cards]]      11 [[cards]]
#  2 key           7   stage        12   title
#  3 name          8   title        13   text
#  4 description   9   text


def problems_of(text: str) -> list[tuple[str, int | None, str]]:
    with pytest.raises(DeckFileError) as caught:
        parse_deck(text, "test.toml")
    return [(p.field, p.line, p.message) for p in caught.value.problems]


# --- the built-in decks ------------------------------------------------------------------


def test_every_builtin_deck_parses_with_the_expected_keys() -> None:
    decks = load_builtin_decks()

    keys = [deck.key for deck in decks]
    assert len(keys) == len(set(keys))
    assert set(keys) == BUILTIN_KEYS
    assert len(decks) >= 8
    assert [deck.name.casefold() for deck in decks] == sorted(d.name.casefold() for d in decks)


def test_every_deck_a_builtin_format_suggests_is_shipped() -> None:
    suggested = {phase.deck for fmt in load_builtin_formats() for phase in fmt.phases}
    assert suggested - {None} <= {deck.key for deck in load_builtin_decks()}


def test_builtin_decks_are_full_and_readable_from_across_the_room() -> None:
    decks = load_builtin_decks()

    assert all(len(deck.cards) >= 10 for deck in decks)
    assert sum(len(deck.cards) >= 12 for deck in decks) >= len(decks) // 2
    for deck in decks:
        assert deck.description, deck.key
        headings = [card.heading for card in deck.cards]
        assert len(headings) == len(set(headings)), deck.key
        for card in deck.cards:
            assert 0 < len(card.text) <= CARD_TEXT_PROJECTOR_LENGTH, card
            assert len(card.title) <= 30, card
            assert card.text[-1] in ".?!", card
            assert "\n" not in card.text, card


def test_staged_decks_run_through_their_model_in_order() -> None:
    decks = {deck.key: deck for deck in load_builtin_decks()}

    def stages(key: str) -> list[str]:
        return list(dict.fromkeys(card.stage for card in decks[key].cards))

    assert stages("gibbs") == [
        "Description",
        "Feelings",
        "Evaluation",
        "Analysis",
        "Conclusion",
        "Action plan",
    ]
    assert stages("what-so-what-now-what") == ["What?", "So what?", "Now what?"]
    assert stages("what-why-how") == ["What", "Why", "How"]
    assert stages("check-in-out") == ["Check-in", "Check-out"]
    assert len(stages("kolb")) == 4
    counts = Counter(card.stage for card in decks["what-so-what-now-what"].cards)
    assert all(count >= 6 for count in counts.values())


def test_builtin_files_are_named_after_their_keys() -> None:
    from reflectdesk.resources import list_resources

    names = {entry.name for entry in list_resources("decks", ".toml")}
    assert names == {f"{key}.toml" for key in BUILTIN_KEYS}


# --- reading -----------------------------------------------------------------------------


def test_a_valid_file() -> None:
    deck = parse_deck(VALID)

    assert deck == DeckDefinition(
        key="test-deck",
        name="Test deck",
        description="A deck for tests.",
        cards=(
            CardDefinition("At the time", "What did you feel?", "Feelings"),
            CardDefinition("Pause", "Let's pause."),
        ),
    )
    assert deck.cards[0].heading == "Feelings · At the time"
    assert deck.cards[1].heading == "Pause"


def test_the_error_is_a_file_problems_error_with_a_readable_message() -> None:
    with pytest.raises(DeckFileError) as caught:
        parse_deck(VALID.replace('title = "Pause"\n', ""), "mine.toml")

    error = caught.value
    assert isinstance(error, FileProblemsError)
    assert isinstance(error, ReflectDeskError)
    assert error.code == "deck_file"
    assert str(error).splitlines() == [
        "mine.toml: this deck file cannot be used; 1 problem found (cards are numbered from 1):",
        "mine.toml: line 11: cards[2].title: is required",
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("schema = 1", "schema = 2", [("schema", 1, "must be 1, not 2")]),
        ('key = "test-deck"', 'key = "Test Deck"', [("key", 2, "must be 3 to 60")]),
        ('name = "Test deck"\n', "", [("name", None, "is required")]),
        (
            'text = "Let\'s pause."',
            'txt = "Let\'s pause."',
            [
                ("cards[2].text", 11, "is required"),
                ("cards[2].txt", 13, "unknown field; card fields are title, text, stage; did"),
            ],
        ),
        ('stage = "Feelings"', "stage = 3", [("cards[1].stage", 7, "must be text in quotes")]),
        ('title = "Pause"', 'title = ""', [("cards[2].title", 12, "must not be empty")]),
        (
            'title = "At the time"',
            'title = "' + "x" * (CARD_TITLE_MAX_LENGTH + 1) + '"',
            [("cards[1].title", 8, f"is {CARD_TITLE_MAX_LENGTH + 1} characters long")],
        ),
        (
            'text = "What did you feel?"',
            'text = "' + "x" * (CARD_TEXT_MAX_LENGTH + 1) + '"',
            [("cards[1].text", 9, f"is {CARD_TEXT_MAX_LENGTH + 1} characters long")],
        ),
        (
            'stage = "Feelings"',
            'stage = "' + "x" * (CARD_STAGE_MAX_LENGTH + 1) + '"',
            [("cards[1].stage", 7, "is 41 characters long")],
        ),
        (
            'title = "At the time"',
            'title = "At · the time"',
            [("cards[1].title", 8, 'must not contain "·" between spaces')],
        ),
        ('stage = "Feelings"', 'stage = "Line\\nbreak"', [("cards[1].stage", 7, "must not")]),
        ('title = "Pause"', 'title = "Pause', [("", 12, "not valid TOML")]),
    ],
    ids=[
        "schema",
        "key",
        "missing-name",
        "typo",
        "stage-type",
        "empty-title",
        "long-title",
        "long-text",
        "long-stage",
        "separator",
        "line-break",
        "syntax",
    ],
)
def test_each_problem_has_its_field_and_line(
    old: str, new: str, expected: list[tuple[str, int | None, str]]
) -> None:
    assert old in VALID
    found = problems_of(VALID.replace(old, new, 1))

    assert len(found) == len(expected), found
    for (field, line, message), (want_field, want_line, start) in zip(found, expected, strict=True):
        assert (field, line) == (want_field, want_line)
        assert message.startswith(start), message


def test_every_problem_is_reported_at_once() -> None:
    found = problems_of('schema = 1\nkey = "x"\ncolour = "red"\n\n[[cards]]\ntitle = 5\n')

    assert [(field, line) for field, line, _ in found] == [
        ("name", None),
        ("key", 2),
        ("colour", 3),
        ("cards[1].text", 5),
        ("cards[1].title", 6),
    ]


def test_a_deck_needs_cards_and_cards_must_be_tables() -> None:
    header = 'schema = 1\nkey = "abc"\nname = "A"\n'
    assert problems_of(header) == [("cards", None, "at least one [[cards]] table is required")]
    assert problems_of(header + "cards = [1]\n")[0][:2] == ("cards[1]", 4)


def test_too_many_cards_points_at_the_first_card_over_the_limit() -> None:
    text = 'schema = 1\nkey = "abc"\nname = "A"\n' + '[[cards]]\ntitle = "T"\ntext = "X."\n' * 201
    found = problems_of(text)
    assert found == [("cards", 4 + 200 * 3, "has 201 cards; the limit is 200")]


def test_text_may_span_lines_and_is_trimmed() -> None:
    text = VALID.replace('"What did you feel?"', '"""\n  One.\nTwo.  \n"""')
    assert parse_deck(text).cards[0].text == "One.\nTwo."


# --- writing -----------------------------------------------------------------------------


def test_builtins_survive_a_round_trip() -> None:
    for deck in load_builtin_decks():
        assert parse_deck(dump_deck(deck)) == deck


def test_round_trip_of_greek_turkish_quotes_and_line_breaks() -> None:
    deck = DeckDefinition(
        key="anastochasmos",
        name="Αναστοχασμός — İzmir şubesi",
        description='Ένα "δείγμα".\nİki satır: ğ ü ş ı ö ç.',
        cards=(
            CardDefinition("Συναισθήματα", "Τι ένιωσες;\nΚαι τώρα;", "Στάδιο 1"),
            CardDefinition('Say "I"', "Back\\slash\ttab — “quotes”."),
        ),
    )
    assert parse_deck(dump_deck(deck)) == deck


_line = (
    st.text(
        st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\u00b7"),
        min_size=1,
        max_size=30,
    )
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=60, deadline=None)
@given(
    name=_line,
    cards=st.lists(
        st.builds(CardDefinition, title=_line, text=_line, stage=st.one_of(st.just(""), _line)),
        min_size=1,
        max_size=5,
    ),
)
def test_any_valid_deck_round_trips(name: str, cards: list[CardDefinition]) -> None:
    deck = DeckDefinition("any-deck", name, "", tuple(cards))
    assert parse_deck(dump_deck(deck)) == deck


def test_headings_join_and_split() -> None:
    assert join_heading("Feelings", "At the time") == "Feelings · At the time"
    assert split_heading("Feelings · At the time") == ("Feelings", "At the time")
    assert split_heading("Pause") == ("", "Pause")
    assert split_heading(join_heading("", "A·B")) == ("", "A·B")
    assert STAGE_SEPARATOR.strip() == "·"


# --- drawing -----------------------------------------------------------------------------

DECK = ["a", "b", "c", "d"]


def test_next_goes_in_order_after_the_current_card_and_skips_shown_ones() -> None:
    assert next_card(DECK, set()) == Draw("a")
    assert next_card(DECK, {"a"}, current="a") == Draw("b")
    assert next_card(DECK, {"a", "b"}, current="b") == Draw("c")
    assert next_card(DECK, {"a", "c"}, current="a") == Draw("b")
    assert next_card(DECK, {"b", "c"}, current="b") == Draw("d")


def test_next_wraps_round_to_the_cards_not_shown_yet() -> None:
    assert next_card(DECK, {"c", "d"}, current="d") == Draw("a")
    assert next_card(DECK, {"a", "c", "d"}, current="c") == Draw("b")


def test_next_with_a_current_card_from_another_deck_starts_at_the_top() -> None:
    assert next_card(DECK, {"x"}, current="x") == Draw("a")


def test_when_every_card_was_shown_next_starts_again_from_the_top() -> None:
    draw = next_card(DECK, set(DECK), current="c")
    assert draw == Draw("a", restarted=True)


def test_the_second_round_has_no_repeats_either() -> None:
    log: list[str] = []
    current = None
    for _ in range(len(DECK) * 3):
        draw = next_card(DECK, log, current)
        assert draw.card_id is not None
        log.append(draw.card_id)
        current = draw.card_id
    assert log == DECK * 3


def test_restart_does_not_show_the_current_card_twice_in_a_row() -> None:
    draw = next_card(DECK, ["b", "c", "d", "a"], current="a")
    assert draw == Draw("b", restarted=True)


def test_an_empty_deck_and_a_deck_of_one() -> None:
    assert next_card([], {"a"}) == Draw(None)
    assert random_card([], set(), random.Random(1)) == Draw(None)
    assert next_card(["a"], ["a"], current="a") == Draw("a", restarted=True)
    assert random_card(["a"], ["a"], random.Random(1), current="a") == Draw("a", restarted=True)


def test_counts_from_the_store_work_as_well_as_a_log() -> None:
    assert next_card(DECK, {"a": 2, "b": 1, "c": 1, "d": 1}) == Draw("b")
    assert next_card(DECK, {"a": 1, "b": 1, "c": 1, "d": 1}) == Draw("a", restarted=True)


def test_random_never_repeats_within_a_round() -> None:
    rng = random.Random(20240501)
    log: list[str] = []
    current = None
    for _ in range(len(DECK) * 5):
        draw = random_card(DECK, log, rng, current)
        assert draw.card_id is not None
        assert draw.restarted == (len(log) > 0 and len(log) % len(DECK) == 0)
        log.append(draw.card_id)
        current = draw.card_id
    for start in range(0, len(log), len(DECK)):
        assert sorted(log[start : start + len(DECK)]) == DECK
    assert all(a != b for a, b in pairwise(log))


def test_random_is_uniform_among_the_cards_not_shown() -> None:
    rng = random.Random(7)
    picks = Counter(random_card(DECK, {"b"}, rng).card_id for _ in range(3000))
    assert set(picks) == {"a", "c", "d"}
    assert all(900 < count < 1100 for count in picks.values())


def test_random_is_reproducible_with_a_seeded_generator() -> None:
    first = [random_card(DECK, set(), random.Random(3)).card_id for _ in range(5)]
    assert len(set(first)) == 1


# --- the suggested deck ------------------------------------------------------------------


def test_the_suggested_deck_comes_first_and_the_rest_keep_their_order() -> None:
    keys = ["balint-leader", "check-in-out", "gibbs", "safety"]
    assert order_decks(keys, "gibbs") == ["gibbs", "balint-leader", "check-in-out", "safety"]
    assert order_decks(keys, "balint-leader") == keys
    assert order_decks(keys, None) == keys
    assert order_decks(keys, "not-installed") == keys
    assert order_decks([], "gibbs") == []


def test_keys_of_builtins_match_the_key_pattern() -> None:
    assert all(KEY_PATTERN.fullmatch(key) for key in BUILTIN_KEYS)
