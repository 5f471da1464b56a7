"""No count meets its noun outside a plural form: every "%1 forms" in the window's
catalogue and every "{n} sessions" below the ui is a numerus message (Qt) or an ngettext
(gettext), so one form never reads "1 forms". The English singulars agree with their verb.

The scan is by pattern: a placeholder followed by a counted noun. What it lets through is
listed with the reason the number can never be 1."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.pofile import read_po

I18N = Path(__file__).resolve().parents[2] / "resources/i18n"
NOUNS = (
    "forms|sessions|results|groups|members|participants|facilitators|responses|items|"
    "points|notes|students|pairs|labels|bytes|cards|answers|records|files|people|"
    "learning points|minutes|seconds|actions|entries|phases|problems|backups|errors|"
    "days|weeks|hours|characters|columns|rows|respondents|themes|decks|questionnaires"
)
QT_COUNT = re.compile(rf"%\d+\)?\s+(?:\w+\s)?(?:{NOUNS})\b")
GETTEXT_COUNT = re.compile(rf"\{{\w+\}}\s+(?:\w+\s)?(?:{NOUNS})\b")

# Counts that are never 1, each with its reason.
NEVER_ONE = {
    "%1 of %2 characters": "a text limit: hundreds",
    "The text can be up to %1 characters.": "a text limit",
    "Encrypted, and saved as you type (up to %1 characters)": "a text limit",
    "at least %1 characters": "the passphrase's least length, 12 or more",
    "passphrase, at least %1 characters": "the passphrase's least length",
    "not computed: fewer than %1 pairs": "MIN_PAIRS, 5",
    "not computed: fewer than {n} pairs": "MIN_PAIRS, 5",
    '{n} groups are named "{name}"; give the id instead': "only said of two or more",
    "{label} is {size} bytes; the limit is {limit}.": "over a limit of kilobytes",
    "is {length} characters long; the limit is {limit}": "over a limit",
    "{label} is {length} characters long; the limit is {limit}.": "over a limit",
    "A name can be up to {most} characters: {name}…": "a name's limit",
    "A deck holds at most {most} cards.": "a deck's limit, hundreds",
    "A passphrase needs at least {least} characters. A few unrelated words are easy to "
    "remember and hard to guess.": "the passphrase's least length",
    "the file is cut off: {size} of its {expected} bytes are there": "a database's size",
    'Phase {number} ("{name}") must last between {low} and {high} minutes.': "a range",
    "A session needs between 1 and {most} phases; this one has {count}.": "a limit",
    "{where} has {columns} columns": "{columns} is a list of names, not a count",
    "needs {points} labels for a {points}-point scale, not {count}": "a scale of 5 or 7",
}
# Whole paragraphs that only mention a count in passing ("% agree ... points of ...").
PASSING = ("Paired: ", "% agree: ", "How these figures are computed")
# Singulars that may say "they": about other things than the one counted.
SINGULAR_THEY = (
    "Delete “%1” and its %n card? Session records keep the cards that were shown. This "
    "cannot be undone.",
)


def _qt_messages() -> list[tuple[str, list[str]]]:
    root = ET.parse(I18N / "reflectdesk_en.ts").getroot()
    found = []
    for message in root.iter("message"):
        forms = [form.text or "" for form in message.iter("numerusform")]
        found.append((message.findtext("source", ""), forms if message.get("numerus") else []))
    return found


def _gettext_messages() -> list[tuple[str, bool]]:
    """Each message's text (a plural message's plural), and whether it is plural."""
    with (I18N / "reflectdesk.pot").open("rb") as pot:
        catalog = read_po(pot)
    return [
        (message.id[1] if message.pluralizable else message.id, message.pluralizable)
        for message in catalog
        if message.id
    ]


def _counted(text: str, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.search(text)) and text not in NEVER_ONE and not text.startswith(PASSING)


def test_every_count_in_the_window_is_a_numerus_form() -> None:
    plain = [source for source, forms in _qt_messages() if not forms]
    assert [source for source in plain if _counted(source, QT_COUNT)] == []


def test_every_count_below_the_ui_is_an_ngettext() -> None:
    plain = [text for text, plural in _gettext_messages() if not plural]
    assert [text for text in plain if _counted(text, GETTEXT_COUNT)] == []


def test_a_plural_form_counts_one_noun_only() -> None:
    """ "{forms} forms from {groups} groups": the second count has no plural form."""
    qt_two = [
        source
        for source, forms in _qt_messages()
        if forms and QT_COUNT.search(source.replace("%n", "#"))
    ]
    gettext_two = [
        text
        for text, plural in _gettext_messages()
        if plural and len(GETTEXT_COUNT.findall(text)) > 1
    ]
    assert qt_two == [] and gettext_two == []


def test_english_singulars_agree() -> None:
    """ "1 older backup ... still opens", not "still open ... when they were made"."""
    wrong = [
        forms[0]
        for _source, forms in _qt_messages()
        if forms
        and forms[0] not in SINGULAR_THEY
        and re.search(r"\b(they|them|were|those)\b", forms[0])
    ]
    assert wrong == []
