"""One language's words and its way with dates and numbers, for text made without Qt.

Usage in an export::

    texts = texts_for(language)
    texts.gettext("Planned")                    # extracted by scripts/translations.py
    texts.ngettext("{n} form", "{n} forms", n).format(n=texts.integer(n))
    texts.long_date(day)                        # "maandag 26 oktober 2026"
    texts.decimal(3.914, 2)                     # "3,91"

Formats come from Babel's CLDR data for the language's locale (languages.LOCALES), the
same patterns QLocale uses in the window, so the app and the command line write a date
alike. Babel is imported on first use, never at start-up.
"""

from __future__ import annotations

import gettext as gettext_module
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from reflectdesk.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES, LOCALES, supported
from reflectdesk.resources import resource_path

DOMAIN = "reflectdesk"


class Texts:
    """The words (a gettext catalogue) and formats of one language."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        self.language = language
        self.locale = LOCALES[language]
        self._catalog = _catalog(language)

    def __repr__(self) -> str:
        return f"Texts({self.language!r})"

    # --- words ---------------------------------------------------------------------

    def gettext(self, message: str) -> str:
        return self._catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """The form for ``count`` (Dutch and English: one, other); fill it in yourself."""
        return self._catalog.ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        """A word that needs its context to translate ("Present" as attendance)."""
        return self._catalog.pgettext(context, message)

    # --- dates and times -----------------------------------------------------------

    def long_date(self, day: date) -> str:
        """'Monday 26 October 2026' / 'maandag 26 oktober 2026'."""
        from babel.dates import format_date

        return format_date(day, "EEEE d MMMM y", locale=self.locale)

    def short_date(self, day: date) -> str:
        """'Mon 26 Oct 2026' / 'ma 26 okt 2026'."""
        from babel.dates import format_date

        return format_date(day, "EEE d MMM y", locale=self.locale)

    def day_and_month(self, day: date) -> str:
        """'26 Oct' / '26 okt': a date within the year."""
        from babel.dates import format_date

        return format_date(day, "d MMM", locale=self.locale)

    def time_of_day(self, moment: time | datetime) -> str:
        """'14:05' in both languages: the 24-hour clock of programme timetables."""
        return f"{moment.hour:02d}:{moment.minute:02d}"

    def date_and_time(self, moment: datetime) -> str:
        """'Mon 26 Oct 2026, 14:05' / 'ma 26 okt 2026, 14:05'."""
        return f"{self.short_date(moment.date())}, {self.time_of_day(moment)}"

    # --- numbers -------------------------------------------------------------------

    def integer(self, number: int) -> str:
        """'1,234' / '1.234'."""
        from babel.numbers import format_decimal

        return format_decimal(number, format="#,##0", locale=self.locale)

    def decimal(self, number: float, places: int = 1) -> str:
        """'3.91' / '3,91', rounded half up (as people round, not half to even)."""
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * places if places > 0 else "")
        return format_decimal(_half_up(number, places), format=pattern, locale=self.locale)

    def percent(self, fraction: float, places: int = 0) -> str:
        """'62.5%' → with ``places=0`` '63%' (half up); Dutch '62,5%'."""
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * places if places > 0 else "")
        number = format_decimal(
            _half_up(fraction * 100, places), format=pattern, locale=self.locale
        )
        return f"{number}%"


def _half_up(number: float, places: int) -> Decimal:
    step = Decimal(1).scaleb(-places)
    return Decimal(repr(number)).quantize(step, rounding=ROUND_HALF_UP)


@cache
def _catalog(language: str) -> gettext_module.NullTranslations:
    """The compiled catalogue for ``language``; English is the source text itself."""
    if language == DEFAULT_LANGUAGE:
        return gettext_module.NullTranslations()
    return gettext_module.translation(
        DOMAIN, localedir=str(resource_path("i18n")), languages=[language], fallback=True
    )


_current = [DEFAULT_LANGUAGE]


def use_language(language: str) -> None:
    """Set the process's language (the command line and the app do, once, at start)."""
    code = supported(language)
    if code is None:
        raise ValueError(f"unsupported language {language!r}")
    _current[0] = code


def current_language() -> str:
    return _current[0]


def texts_for(language: str | None = None) -> Texts:
    """The :class:`Texts` of ``language`` (a code or locale name); None or an unknown
    language gives the process's current one."""
    code = supported(language) if language else None
    return _texts(code if code is not None else _current[0])


@cache
def _texts(language: str) -> Texts:
    return Texts(language)
