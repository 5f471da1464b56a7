"""Names written with inner punctuation: the index key holds their joined forms, the
highlighting finds them alike, and an untitled note is titled with its first words."""

from __future__ import annotations

import pytest

from reflectdesk.core.search import first_words, highlight_html, index_key, query_phrases


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Siobhan O'Brien-Smith", "siobhan o'brien-smith obriensmith briensmith"),
        ("Joost van 't Hof", "joost van 't hof vant"),
        ("Joost van ’t Hof", "joost van 't hof vant"),  # a word processor's apostrophe
        ("'s-Gravenhage", "'s-gravenhage sgravenhage"),
        ("Anna van Tol", "anna van tol"),  # nothing written together
        ("IJsbrand Hüseyin", "ijsbrand huseyin"),
        ("on 2026-11-24", "on 2026-11-24"),  # a date stays a phrase
    ],
)
def test_index_key_adds_the_joined_forms(text: str, key: str) -> None:
    assert index_key(text) == key


def test_a_long_run_of_punctuated_words_is_not_joined() -> None:
    assert index_key("a-b-c-d-e") == "a-b-c-d-e"


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("obrien", "Siobhan <b>O</b>&#x27;<b>Brien</b>-Smith"),
        ("obr", "Siobhan <b>O</b>&#x27;<b>Brien</b>-Smith"),
        ("briensm", "Siobhan O&#x27;<b>Brien</b>-<b>Smith</b>"),
        ("siobhan", "<b>Siobhan</b> O&#x27;Brien-Smith"),
    ],
)
def test_a_joined_match_is_highlighted(query: str, marked: str) -> None:
    assert highlight_html("Siobhan O'Brien-Smith", query_phrases(query)) == marked


def test_first_words_stand_for_an_untitled_note() -> None:
    assert first_words("  Ask  the patient\nwhat she fears ") == "Ask the patient what she fears"
    assert first_words("one two three", 2) == "one two …"
    assert first_words("") == ""
