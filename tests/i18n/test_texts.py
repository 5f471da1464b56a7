"""Dates and numbers as each language writes them, the same from every caller."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from reflectdesk.i18n.texts import Texts, current_language, texts_for, use_language

DAY = date(2026, 10, 26)


def test_long_and_short_dates_in_each_language() -> None:
    assert Texts("en").long_date(DAY) == "Monday 26 October 2026"
    assert Texts("nl").long_date(DAY) == "maandag 26 oktober 2026"
    assert Texts("en").short_date(DAY) == "Mon 26 Oct 2026"
    assert Texts("nl").short_date(DAY).startswith("ma 26 okt")


def test_times_use_the_24_hour_clock_in_both_languages() -> None:
    moment = datetime(2026, 10, 26, 14, 5)
    assert Texts("en").time_of_day(moment) == Texts("nl").time_of_day(moment) == "14:05"
    assert Texts("en").date_and_time(moment) == "Mon 26 Oct 2026, 14:05"


def test_decimals_and_percentages_follow_the_language() -> None:
    assert Texts("en").decimal(3.914, 2) == "3.91"
    assert Texts("nl").decimal(3.914, 2) == "3,91"
    assert Texts("nl").integer(1234) == "1.234"
    assert Texts("en").integer(1234) == "1,234"
    assert Texts("nl").percent(0.625, 1) == "62,5%"


@pytest.mark.parametrize(("fraction", "text"), [(0.625, "63%"), (0.875, "88%"), (0.125, "13%")])
def test_percentages_round_half_up_as_people_do(fraction: float, text: str) -> None:
    assert Texts("en").percent(fraction) == text


def test_english_words_are_their_source_and_plurals_follow_the_count() -> None:
    english = Texts("en")
    assert english.gettext("Planned") == "Planned"
    assert english.ngettext("{n} form", "{n} forms", 1) == "{n} form"
    assert english.ngettext("{n} form", "{n} forms", 2) == "{n} forms"


def test_the_process_language_is_what_texts_for_none_gives() -> None:
    before = current_language()
    try:
        use_language("nl_NL.UTF-8")
        assert texts_for(None).language == "nl"
        assert texts_for("en").language == "en"
    finally:
        use_language(before)
    with pytest.raises(ValueError):
        use_language("fr")
