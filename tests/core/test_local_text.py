"""Text in more than one language: both shapes of a text field, the fallback order, the
shape written back, and the shipped content's Dutch."""

from __future__ import annotations

import re

import pytest

from reflectdesk.core.decks import DECKS, load_builtin_decks, parse_deck
from reflectdesk.core.definitions import text_fields
from reflectdesk.core.formats import FORMATS, FormatFileError, load_builtin_formats, parse_format
from reflectdesk.core.local_text import LocalText, carry_languages, localized
from reflectdesk.core.notes import BUILTIN_THEMES, shown_theme_name
from reflectdesk.core.questionnaires import load_builtin_questionnaires, parse_questionnaire

BOTH = """schema = 1
key = "gibbs-nl"
name.en = "Gibbs reflective cycle"
name.nl = "Reflectiecyclus van Gibbs"
family = "custom"

[[phases]]
name.en = "Description"
name.nl = "Beschrijving"
minutes = 5
cue = "Only one language here."
"""


def test_a_table_of_languages_reads_as_local_text_and_is_written_back_the_same() -> None:
    fmt = parse_format(BOTH)
    assert isinstance(fmt.name, LocalText)
    assert fmt.name.text("nl") == "Reflectiecyclus van Gibbs"
    assert fmt.phases[0].cue == "Only one language here."
    assert FORMATS.dump(fmt) == BOTH.replace('family = "custom"\n', 'family = "custom"\n')
    assert 'name.nl = "Beschrijving"' in FORMATS.dump(fmt)


def test_the_fallback_is_the_wanted_language_then_english_then_the_first_given() -> None:
    both = LocalText({"nl": "Afsluiting", "en": "Closing"})
    assert both.text("nl") == "Afsluiting"
    assert both.text("de") == "Closing"
    assert both.text(None) == "Closing" == str(both)
    dutch_only = LocalText({"nl": "Afsluiting"})
    assert dutch_only.text("en") == "Afsluiting"


def test_a_plain_english_file_still_reads_and_shows_english_to_a_dutch_group() -> None:
    fmt = parse_format(
        BOTH.replace("name.en", "name")
        .replace('name.nl = "Reflectiecyclus van Gibbs"\n', "")
        .replace('name.nl = "Beschrijving"\n', "")
    )
    assert localized(fmt, "nl").name == "Gibbs reflective cycle"
    assert localized(fmt, "nl").phases[0].name == "Description"


def test_an_unknown_language_or_an_empty_text_is_a_located_problem() -> None:
    text = BOTH.replace('name.nl = "Beschrijving"', 'name.de = "Beschreibung"')
    with pytest.raises(FormatFileError) as raised:
        parse_format(text.replace('name.nl = "Reflectiecyclus van Gibbs"', 'name.nl = ""'))
    found = {problem.field: problem.message for problem in raised.value.problems}
    assert "not a language" in found["phases[1].name.de"]
    assert found["name.nl"] == "must not be empty"


def test_the_fingerprint_changes_when_only_the_dutch_changes() -> None:
    fmt = parse_format(BOTH)
    other = parse_format(BOTH.replace("Beschrijving", "Wat er gebeurde"))
    assert FORMATS.digest(fmt) != FORMATS.digest(other)


def test_scale_labels_may_be_given_per_language() -> None:
    spec = parse_questionnaire(
        """schema = 1
key = "mine"
name = "Mine"
purpose = "session"

[[scales]]
key = "agree"
points = 5
labels.en = ["a", "b", "c", "d", "e"]
labels.nl = ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"]

[[questions]]
key = "one"
kind = "likert"
scale = "agree"
text.en = "It helped."
text.nl = "Het hielp."
"""
    )
    dutch = localized(spec, "nl")
    assert dutch.questions[0].text == "Het hielp."
    assert dutch.questions[0].scale is not None
    assert dutch.questions[0].scale.labels[0] == "helemaal oneens"
    assert dutch.questions[0].key == "one"  # answers stay keyed on the item, not its text


def test_an_edit_in_one_language_keeps_the_other_languages_of_what_did_not_change() -> None:
    deck = parse_deck(
        'schema = 1\nkey = "d-1"\nname.en = "Deck"\nname.nl = "Set"\n\n[[cards]]\n'
        'title.en = "One"\ntitle.nl = "Een"\ntext = "Text"\n'
    )
    typed = localized(deck, "nl")
    kept = carry_languages(deck, typed)
    assert DECKS.dump(kept) == DECKS.dump(deck)


# Fields that are identifiers or codes, never read as prose.
CODES = {"key", "family", "deck", "purpose", "kind", "method"}


def _published_only(definition: object, path: str) -> bool:
    """A validated instrument's citation and licence are a record in the source's own
    words, and its items and answers ship only in the languages it was published in
    (``source.text_sources``): never a translation of ours."""
    source = getattr(definition, "source", None)
    if source is None:
        return False
    if path.startswith("source."):
        return True
    published = {code for code, _ in source.text_sources}
    return "nl" not in published and path.startswith(("questions[", "scales["))


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%\w|\{\w*\}", text))


@pytest.mark.parametrize(
    "definitions",
    [load_builtin_formats, load_builtin_decks, load_builtin_questionnaires],
    ids=["formats", "decks", "questionnaires"],
)
def test_every_shipped_text_has_english_and_dutch(definitions: object) -> None:
    assert callable(definitions)
    for definition in definitions():
        for path, text in text_fields(definition):
            if path.endswith((".en", ".nl")) or not text or path.split(".")[-1] in CODES:
                continue
            if _published_only(definition, path):
                continue
            pytest.fail(f"{definition.key}: {path} is in one language only")
        pairs: dict[str, dict[str, str]] = {}
        for path, text in text_fields(definition):
            if path.split(".")[-1] in CODES or not text or _published_only(definition, path):
                continue
            field, _, code = path.rpartition(".")
            pairs.setdefault(field, {})[code] = text
        for field, texts in pairs.items():
            assert set(texts) == {"en", "nl"}, f"{definition.key}: {field}"
            assert _placeholders(texts["en"]) == _placeholders(texts["nl"])


def test_the_shipped_scale_labels_are_the_dutch_agreement_scale() -> None:
    for spec in load_builtin_questionnaires():
        if spec.source is not None:  # a validated instrument keeps its own answers
            continue
        for question in spec.questions:
            if question.scale is not None:
                labels = [label.text("nl") for label in question.scale.labels]  # type: ignore[attr-defined]
                assert labels == [
                    "Helemaal oneens",
                    "Oneens",
                    "Neutraal",
                    "Eens",
                    "Helemaal eens",
                ]


def test_card_counts_and_the_dutch_are_all_there() -> None:
    cards = [card for deck in load_builtin_decks() for card in deck.cards]
    assert len(cards) == 146
    assert all(isinstance(card.text, LocalText) and card.text.text("nl") for card in cards)


def test_built_in_themes_have_dutch_names_unless_the_user_renamed_them() -> None:
    theme = BUILTIN_THEMES[0]
    assert shown_theme_name(theme.key, str(theme.name), "nl") == "Contact met patiënten"
    assert shown_theme_name(theme.key, "Onze eigen naam", "nl") == "Onze eigen naam"
    assert shown_theme_name(theme.key, str(theme.name), "en") == "Interactions with patients"
