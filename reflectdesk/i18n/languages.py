"""The languages ReflectDesk speaks, and which one a person gets.

A preference is "system" (follow the computer), or a language code. The locale behind a
language fixes dates and numbers: British English for English (the day before the month,
a 24-hour clock, as programme timetables in the UK and the Netherlands both write it) and
the Netherlands' Dutch for Dutch.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Iterable

ENGLISH = "en"
DUTCH = "nl"
LANGUAGES = (ENGLISH, DUTCH)
DEFAULT_LANGUAGE = ENGLISH
SYSTEM = "system"
PREFERENCES = (SYSTEM, *LANGUAGES)

# The locale (CLDR) each language formats dates and numbers by.
LOCALES = {ENGLISH: "en_GB", DUTCH: "nl_NL"}

# How each language names itself, for the language menu (a person looking for their own
# language finds it in that language, whatever the ui speaks now).
NATIVE_NAMES = {ENGLISH: "English", DUTCH: "Nederlands"}

# Windows writes locale names in English ("Dutch_Netherlands.1252").
_WINDOWS_NAMES = {"dutch": DUTCH, "english": ENGLISH}


def supported(name: str | None) -> str | None:
    """The supported language a locale name stands for, or None.

    Takes "nl", "nl_NL.UTF-8", "nl-BE", "NL", "Dutch_Netherlands.1252"; the C and POSIX
    locales stand for no language.
    """
    if not name:
        return None
    base = name.strip().split(".")[0].split("@")[0].replace("-", "_")
    head = base.split("_")[0].casefold()
    if head in LANGUAGES:
        return head
    return _WINDOWS_NAMES.get(head)


def first_supported(names: Iterable[str], default: str = DEFAULT_LANGUAGE) -> str:
    """The first name in order of preference that is a supported language."""
    for name in names:
        if (language := supported(name)) is not None:
            return language
    return default


def system_languages() -> list[str]:
    """The computer's languages in order of preference, as names for :func:`supported`.

    POSIX: LANGUAGE (a colon-separated list), then LC_ALL, LC_MESSAGES, LANG, as gettext
    reads them; then what the C library reports (Windows and macOS GUI apps have no
    LANG). The ui asks Qt instead (QLocale.system().uiLanguages()), which also knows the
    language chosen in Windows' and macOS's settings.
    """
    names: list[str] = []
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            names.extend(part for part in value.split(":") if part)
    try:
        reported = locale.getlocale(locale.LC_CTYPE)[0]
    except ValueError:
        reported = None
    if reported:
        names.append(reported)
    return names


def resolve(preference: str | None, system: Iterable[str]) -> str:
    """The language to use: a chosen language as it is, else the system's first
    supported one, else English."""
    chosen = supported(preference) if preference and preference != SYSTEM else None
    return chosen if chosen is not None else first_supported(system)


def check_preference(value: str) -> str:
    """``value`` as a preference ("system", "en" or "nl"), or ValueError naming them."""
    cleaned = value.strip().casefold()
    if cleaned in PREFERENCES:
        return cleaned
    raise ValueError(f"unknown language {value!r}; choose one of {', '.join(PREFERENCES)}")
