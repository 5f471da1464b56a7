"""Checks on text and numbers before they are stored; they raise InvalidInputError with a
reason in the process language. The one set of rules for every way data comes in: the
forms (through the store's create and update functions), the definition files and
archive rows (core/record_rules).

Text hygiene, everywhere: NFC; no lone surrogates (no UTF-8 file or SQLite text holds
one); no control characters, except line breaks and tabs in multi-line texts; and in
names no bidirectional override or isolate characters, which can make a name read as
something else ("Balint\u202egnp.exe group" shows as "Balint exe.png group").

A ``label`` names the field at the start of the sentence ("The group name"); callers mark
it with ``N_`` and it is translated here, where the sentence is made.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from reflectdesk.core.errors import N_, InvalidInputError, words
from reflectdesk.core.names import fold

NAME_MAX_LENGTH = 120
LONG_TEXT_MAX_LENGTH = 20_000

# U+202A..U+202E (embeddings and overrides) and U+2066..U+2069 (isolates).
BIDI_CONTROLS = frozenset(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
# Line breaks a pasted text may carry other than "\n"; multi-line texts turn them into "\n".
_OTHER_BREAKS = str.maketrans(dict.fromkeys("\r\x0b\x0c\x85\u2028\u2029", "\n"))
# Categories a stored text never holds: controls and lone surrogates; and the line and
# paragraph separators (read as breaks by some programs, invisible in others).
_HIDDEN = ("Cc", "Cs", "Zl", "Zp")
# Every character of those categories (Cc is U+0000..U+001F and U+007F..U+009F, Cs the
# surrogates, Zl and Zp one character each; Unicode never adds to them) and the bidi
# controls: a text without any is clean, found in one search at C speed instead of a
# category look-up per character (an archive import checks hundreds of thousands of
# texts). Multi-line texts may hold "\n" and tabs, so their search leaves those out.
_SUSPECT = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028-\u2029\u202a-\u202e\u2066-\u2069]")
_SUSPECT_MULTILINE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028-\u2029\u202a-\u202e\u2066-\u2069]"
)


def text_problem(text: str, *, multiline: bool = False, name: bool = False) -> str | None:
    """What makes ``text`` unfit to store (a phrase such as "holds a lone surrogate
    (U+D800)"), or None. ``multiline`` allows "\\n" and tabs; ``name`` refuses the
    bidirectional controls as well."""
    if (_SUSPECT_MULTILINE if multiline else _SUSPECT).search(text) is None:
        return None
    texts = words()
    for char in text:
        category = unicodedata.category(char)
        code = f"U+{ord(char):04X}"
        if category == "Cs":
            problem = texts.gettext("holds a lone surrogate ({code}), which no text file can store")
            return problem.format(code=code)
        if category in _HIDDEN and not (multiline and char in "\n\t"):
            if multiline:
                return texts.gettext("holds a control character ({code})").format(code=code)
            problem = texts.gettext("holds a line break or control character ({code})")
            return problem.format(code=code)
        if name and char in BIDI_CONTROLS:
            problem = texts.gettext("holds a right-to-left override or isolate character ({code})")
            return problem.format(code=code)
    return None


def check_text(
    value: object,
    *,
    field: str,
    label: str,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
    name: bool = False,
) -> str:
    """``value`` as stored text (NFC) if it already is clean: text, no hidden characters
    (see text_problem), at most ``max_length`` characters, not blank when ``required``.
    Nothing is tidied away: what comes from a file or an archive is refused, not changed."""
    if not isinstance(value, str):
        raise InvalidInputError(field, _said(N_("{label} must be text."), label))
    _refuse(text_problem(value, multiline=multiline, name=name), field, label)
    text = unicodedata.normalize("NFC", value)
    if required and not text.strip():
        raise InvalidInputError(field, _said(N_("{label} cannot be empty."), label))
    return _capped(text, field, label, max_length, grouped=multiline)


def check_whole_number(value: object, *, field: str, label: str, low: int, high: int) -> int:
    """``value`` if it is a whole number (not true, not 2.0) from ``low`` to ``high``."""
    # type() rather than isinstance(), as True and False are ints in Python.
    if type(value) is not int:
        raise InvalidInputError(field, _said(N_("{label} must be a whole number."), label))
    return check_count(value, field=field, label=label, low=low, high=high)


def check_number(value: object, *, field: str, label: str, low: float, high: float) -> float:
    """``value`` as a float if it is a finite number from ``low`` to ``high``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInputError(field, _said(N_("{label} must be a number."), label))
    if not low <= value <= high:  # also false for NaN
        message = _said(N_("{label} must be between {low} and {high}."), label)
        raise InvalidInputError(field, message.format(low=f"{low:g}", high=f"{high:g}"))
    return float(value)


def clean_line(value: str) -> str:
    """Single-line text as stored: NFC-normalised, control characters and runs of
    whitespace collapsed to one space, trimmed. A lone surrogate is refused, not hidden
    (InvalidInputError), as it means the text was damaged on its way in."""
    _refuse_surrogates(value, "text", N_("The text"))
    text = unicodedata.normalize("NFC", value)
    text = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text)
    return " ".join(text.split())


def clean_name(value: str, *, field: str, label: str, max_length: int = NAME_MAX_LENGTH) -> str:
    """A required name: not empty after cleaning and at most ``max_length`` characters."""
    _refuse_surrogates(value, field, label)
    text = clean_line(value)
    if not text:
        raise InvalidInputError(field, _said(N_("{label} cannot be empty."), label))
    return _capped(text, field, label, max_length)


def clean_optional_line(value: str, *, field: str, label: str, max_length: int) -> str:
    _refuse_surrogates(value, field, label)
    return _capped(clean_line(value), field, label, max_length)


def clean_long_text(
    value: str, *, field: str, label: str, max_length: int = LONG_TEXT_MAX_LENGTH
) -> str:
    """Multi-line text: NFC, line endings unified, other control characters dropped,
    surrounding space trimmed, length capped."""
    _refuse_surrogates(value, field, label)
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n")).translate(_OTHER_BREAKS)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return _capped(text.strip(), field, label, max_length, grouped=True)


def _refuse_surrogates(value: str, field: str, label: str) -> None:
    if any(unicodedata.category(ch) == "Cs" for ch in value):
        _refuse(text_problem(value), field, label)


def _refuse(problem: str | None, field: str, label: str) -> None:
    if problem is not None:
        raise InvalidInputError(field, _said(N_("{label} {problem}."), label, problem=problem))


def _capped(text: str, field: str, label: str, max_length: int, *, grouped: bool = False) -> str:
    """``text`` if it is at most ``max_length`` long; ``grouped`` writes the limit with
    thousands separators (the long texts' 20,000; names keep their plain 120)."""
    if len(text) > max_length:
        texts = words()
        limit = texts.integer(max_length) if grouped else str(max_length)
        message = _said(N_("{label} is {length} characters long; the limit is {limit}."), label)
        raise InvalidInputError(
            field,
            message.format(length=texts.integer(len(text)), limit=limit),
            length=len(text),
            limit=max_length,
        )
    return text


def check_count(value: int, *, field: str, label: str, low: int, high: int) -> int:
    if not low <= value <= high:
        message = _said(N_("{label} must be between {low} and {high}."), label)
        raise InvalidInputError(field, message.format(low=low, high=high))
    return value


def _said(sentence: str, label: str, **fields: object) -> str:
    """``sentence`` (marked with ``N_``) in the process language, the translated ``label``
    filled in; other placeholders are left for the caller when not given in ``fields``."""
    texts = words()
    return texts.gettext(sentence).format_map(_Keep(label=texts.gettext(label), **fields))


class _Keep(dict[str, object]):
    """Placeholders not given stay as they are, for the caller's own ``format``."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


RESPONDENT_CODE_MAX_LENGTH = 20


def clean_respondent_code(value: str, *, names: Iterable[str] = ()) -> str | None:
    """A respondent code as stored: one line, trimmed, case-folded (so "AB12 " and "ab12"
    pair), None when blank. At most 20 characters. Refused when it is a name in ``names``
    (the group's members' display and family names, compared without case or accents):
    a code pairs forms without naming anyone."""
    field, label = "respondent_code", N_("The respondent code")
    code = clean_optional_line(
        value, field=field, label=label, max_length=RESPONDENT_CODE_MAX_LENGTH
    ).casefold()
    if not code:
        return None
    if fold(code) in {fold(name) for name in names if name.strip()}:
        raise InvalidInputError(
            field,
            words().gettext(
                "A respondent code cannot be a member's name; choose a code that names nobody."
            ),
        )
    return code
