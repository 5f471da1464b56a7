"""Text in more than one language: a definition's name, a phase's cue, a card, an item.

A field of a format, deck or questionnaire file is either plain text (one language, as a
facilitator's own file usually is) or a table of language codes::

    name.en = "Gibbs reflective cycle"
    name.nl = "Reflectiecyclus van Gibbs"

:class:`LocalText` holds such a table. It *is* a ``str``, its fallback text (English, else
the first language given), so everything that stores, sorts, searches or compares names
works on it unchanged; a screen that shows it to a group asks for ``.text(language)``.
Equality is the fallback text's: an editor that changed nothing has no unsaved edits. What
tells the languages apart is the file text (``dump``), and so the fingerprints.

In the database the fallback text stays in its own column and the table of a row's local
texts is JSON in the row's ``texts`` column (:func:`texts_json`, :func:`stored_text`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

from reflectdesk.i18n.languages import ENGLISH, LANGUAGES

T = TypeVar("T")


class LocalText(str):
    """Text in one or more languages; as a ``str``, the fallback text."""

    texts: Mapping[str, str]

    def __new__(cls, texts: Mapping[str, str]) -> LocalText:
        if not texts:
            raise ValueError("a LocalText needs the text of at least one language")
        fallback = texts.get(ENGLISH, next(iter(texts.values())))
        made = super().__new__(cls, fallback)
        made.texts = dict(texts)
        return made

    def text(self, language: str | None) -> str:
        """The text in ``language``, else in English, else in the first language given."""
        if language is not None and language in self.texts:
            return self.texts[language]
        return str(self)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.texts)

    def map(self, change: Any) -> LocalText:
        """Each language's text passed through ``change`` (tidying keeps the languages)."""
        return LocalText({code: change(text) for code, text in self.texts.items()})

    def __repr__(self) -> str:
        return f"LocalText({self.texts!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (LocalText, (dict(self.texts),))


def text_in(value: str, language: str | None) -> str:
    """``value`` in ``language`` if it is a LocalText, else as it is."""
    return value.text(language) if isinstance(value, LocalText) else str(value)


def keep_languages(change: Any, value: str) -> str:
    """``change(value)`` for every language of a LocalText (tidying), else of the text."""
    return value.map(change) if isinstance(value, LocalText) else change(value)


def localized(item: T, language: str | None) -> T:
    """A definition (or any frozen dataclass) with every LocalText, in its items and
    tuples too, replaced by its text in ``language``: what a group is shown."""
    if isinstance(item, LocalText):
        return item.text(language)  # type: ignore[return-value]
    if isinstance(item, tuple):
        return tuple(localized(part, language) for part in item)  # type: ignore[return-value]
    if is_dataclass(item) and not isinstance(item, type):
        changes = {
            field.name: localized(getattr(item, field.name), language)
            for field in fields(item)
            if field.init
        }
        return replace(item, **changes)
    return item


def carry_languages(before: T, after: T) -> T:
    """``after`` (what an editor saves, in one language) with every text that still
    reads as one of ``before``'s languages given back all of them; a text that changed is
    taken as typed. Items are matched by position."""
    if isinstance(before, LocalText) and isinstance(after, str):
        if isinstance(after, LocalText) or after not in before.texts.values():
            return after
        return before
    if isinstance(before, tuple) and isinstance(after, tuple):
        return tuple(  # type: ignore[return-value]
            carry_languages(before[index], part) if index < len(before) else part
            for index, part in enumerate(after)
        )
    if (
        is_dataclass(before)
        and is_dataclass(after)
        and type(before) is type(after)
        and not isinstance(after, type)
    ):
        changes = {
            field.name: carry_languages(getattr(before, field.name), getattr(after, field.name))
            for field in fields(after)
            if field.init
        }
        return replace(after, **changes)
    return after


def languages_of(values: Sequence[str]) -> tuple[str, ...]:
    """Every language any of ``values`` has, in the order of LANGUAGES then as given."""
    found: list[str] = []
    for value in values:
        for code in value.texts if isinstance(value, LocalText) else ():
            if code not in found:
                found.append(code)
    return tuple(sorted(found, key=lambda code: (code not in LANGUAGES, _rank(code))))


def _rank(code: str) -> int:
    return LANGUAGES.index(code) if code in LANGUAGES else 0


# --- in the database ----------------------------------------------------------------------


def texts_json(**values: str | Sequence[str] | None) -> str | None:
    """The JSON of a row's local texts: for each LocalText among ``values`` (or list of
    texts, such as a scale's labels), its table. None when every value is plain text."""
    found: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, LocalText):
            found[name] = dict(value.texts)
        elif (
            isinstance(value, Sequence)
            and not isinstance(value, str)
            and any(isinstance(part, LocalText) for part in value)
        ):
            found[name] = [
                dict(part.texts) if isinstance(part, LocalText) else {ENGLISH: part}
                for part in value
            ]
    return json.dumps(found, ensure_ascii=False, sort_keys=True) if found else None


def _table(raw: object) -> dict[str, str] | None:
    if (
        isinstance(raw, dict)
        and raw
        and all(isinstance(code, str) and isinstance(text, str) for code, text in raw.items())
    ):
        return dict(raw)
    return None


def _stored(raw: str | None) -> dict[str, Any]:
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}  # unreadable local texts: the plain column still reads
    return data if isinstance(data, dict) else {}


def stored_text(raw: str | None, name: str, plain: str) -> str:
    """Field ``name`` of a row: its LocalText from the ``texts`` JSON ``raw``, else the
    plain column's text ``plain``."""
    table = _table(_stored(raw).get(name))
    return LocalText(table) if table is not None else plain


def stored_texts(raw: str | None, name: str, plain: Sequence[str]) -> tuple[str, ...]:
    """A list field (a scale's labels) of a row, as :func:`stored_text`."""
    tables = _stored(raw).get(name)
    if not isinstance(tables, list) or len(tables) != len(plain):
        return tuple(plain)
    return tuple(
        LocalText(table) if (table := _table(raw_one)) is not None else text
        for raw_one, text in zip(tables, plain, strict=True)
    )


def stored_in(raw: str | None, name: str, plain: str, language: str | None) -> str:
    """Field ``name`` of a row in ``language``: what a screen or an export shows."""
    return text_in(stored_text(raw, name, plain), language)


def texts_problem(raw: object) -> str | None:
    """What is wrong with a stored ``texts`` value (archives are checked before import),
    else None: a JSON object of field -> {language: text} or a list of those."""
    try:
        data = json.loads(raw) if isinstance(raw, str) else None
    except ValueError:
        return "must be JSON"
    if not isinstance(data, dict):
        return "must be a JSON object of texts per language"
    for value in data.values():
        tables = value if isinstance(value, list) else [value]
        for table in tables:
            if _table(table) is None:
                return "must give each field's text per language"
            unknown = [code for code in table if code not in LANGUAGES]
            if unknown:
                return f"names a language this version does not know ({unknown[0]})"
    return None


def stored_tables(raw: str) -> list[tuple[str, str, str]]:
    """(field, language, text) of every text in a valid ``texts`` value."""
    found: list[tuple[str, str, str]] = []
    for name, value in _stored(raw).items():
        for table in value if isinstance(value, list) else [value]:
            found.extend((name, code, text) for code, text in table.items())
    return found
