"""Definitions: formats, decks and questionnaires as configurations of one mechanism.

Each kind of definition is a hand-edited TOML file with the same header (schema, key,
name, description) and a list of items. A kind's own module says what its items are
(``formats.py``, ``decks.py``, ``questionnaires.py``) and describes itself as one
:class:`DefinitionKind`; everything the three kinds did three times lives here once:

- reading a file: the header and the closing raise (:func:`open_file`, :func:`close_file`),
  UTF-8 decoding with a located problem (:meth:`DefinitionKind.read`), the shipped
  built-ins in their order (:meth:`~DefinitionKind.builtins`) and their fingerprint
  (:meth:`~DefinitionKind.digest`);
- checking what an editor wants to save by the file's own rules (:func:`checked`,
  :func:`cannot_save`), so what can be saved can always be exported and imported again;
- a key that reads like a name (:func:`key_from_name`).

The store side (built-in sync, user copies, free keys, file import and export) is in
``store/definitions.py``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, is_dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from reflectdesk.core.errors import N_, InvalidInputError, words
from reflectdesk.core.input_files import (
    DEFINITION_FILE_MAX_BYTES,
    UnreadableInputError,
    read_bounded,
)
from reflectdesk.core.limits import KEY_MAX_LENGTH, KEY_PATTERN
from reflectdesk.core.local_text import LocalText, keep_languages
from reflectdesk.core.shipped import Keyed, load_shipped
from reflectdesk.core.toml_lines import locate
from reflectdesk.core.tomlfile import (
    FieldChecker,
    FileProblem,
    FileProblemsError,
    load_toml,
)

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    class Headed(DataclassInstance, Protocol):
        """A definition's header fields that an editor changes."""

        @property
        def name(self) -> str: ...
        @property
        def description(self) -> str: ...


D = TypeVar("D", bound=Keyed)
H = TypeVar("H", bound="Headed")

UNSAVABLE = "contains a character that cannot be saved"


@dataclass(frozen=True, slots=True)
class DefinitionKind(Generic[D]):
    """One kind of definition file and how a definition of it is read, written and tidied.

    ``noun`` names one in messages ("format"); its plural, ``folder``, is where the
    built-ins ship (resources/``folder``) and the CLI command. ``tidy`` is what saving
    does to text typed in an editor (NFC, trimmed; see :func:`tidy_header`). With
    ``find_unsavable``, every text field is checked for characters no file can hold
    before the definition is written out (otherwise ``dump`` refuses them with a
    ValueError, which names no field)."""

    noun: str
    parse: Callable[[str, str], D]
    dump: Callable[[D], str]
    error: type[FileProblemsError]
    tidy: Callable[[D], D]
    order: Callable[[D], Any] | None = None
    find_unsavable: bool = True
    # The decoding problem names the offending byte (formats and decks always did).
    name_bad_byte: bool = True

    @property
    def folder(self) -> str:
        return f"{self.noun}s"

    def builtins(self) -> list[D]:
        """Every definition shipped in resources/``folder``, in the kind's order (else in
        file-name order). Raises ``error`` for a broken file or a key used twice; either
        is a packaging bug, so the message names the file."""
        found = load_shipped(self.folder, self.parse, self.error)
        return found if self.order is None else sorted(found, key=self.order)

    def read(self, path: Path) -> D:
        """Parse a definition file. Raises ``error`` (every problem, with lines) or
        OSError (a file that cannot be read)."""
        source = str(path)
        try:
            data = read_bounded(path, DEFINITION_FILE_MAX_BYTES)
        except UnreadableInputError as refused:
            raise self.error(source, [FileProblem("", None, refused.reason)]) from None
        return self.parse(decode(data, source, self), source)

    def digest(self, definition: D) -> str:
        """A hash of the definition's file text: whether a stored built-in is up to date."""
        return hashlib.sha256(self.dump(definition).encode("utf-8")).hexdigest()


# --- reading files ----------------------------------------------------------------------


def open_file(
    text: str,
    source: str,
    error: type[FileProblemsError],
    *,
    fields: tuple[str, ...],
    version: int,
    what: str,
    key_example: str,
) -> tuple[dict[str, Any], FieldChecker, tuple[str, str, str]]:
    """Parse ``text`` and check its top-level field names and shared header; returns the
    data, the checker collecting problems, and (key, name, description)."""
    data = load_toml(text, source, error)
    check = FieldChecker(locate(text))
    check.unknown(data, fields, kind=N_("top-level"))
    header = check.header(data, version=version, what=what, key_example=key_example)
    return data, check, header


def close_file(check: FieldChecker, error: type[FileProblemsError], source: str) -> None:
    """Raise ``error`` with every problem found, if there is any."""
    if check.problems:
        raise error(source, check.problems)


def item_start(
    check: FieldChecker, array: str, index: int, table: dict[str, Any], *, known: tuple[str, ...]
) -> tuple[int, str]:
    """Begin reading table ``index`` (from 0) of an [[array]]: its unknown fields are
    reported; returns the problem count so far and the table's path prefix."""
    before = len(check.problems)
    prefix = f"{array}[{index + 1}]."
    check.unknown(table, known, kind=array.removesuffix("s"), prefix=prefix)
    return before, prefix


def decode(data: bytes, source: str, kind: DefinitionKind[Any]) -> str:
    """The text of a file's bytes; ``kind.error`` locating the first byte that is not
    UTF-8. A byte-order mark from an editor is harmless."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        byte = f" (byte 0x{data[error.start : error.start + 1].hex()})"
        detail = byte if kind.name_bad_byte else ""
        message = f"is not UTF-8 text{detail}; save the file as UTF-8"
        raise kind.error(source, [FileProblem("", line, message)]) from None


# --- checking what an editor saves ------------------------------------------------------


def tidy_text(text: str) -> str:
    """Typed text as it is stored: NFC, without surrounding white space."""
    return unicodedata.normalize("NFC", text).strip()


def text_fields(item: object, prefix: str = "") -> Iterator[tuple[str, str]]:
    """(field path, text) of every text field of a definition, its items' too, with the
    items counted from 1 as in a file's problems (``phases[2].name``)."""
    if not is_dataclass(item):
        return
    for field in fields(item):
        value = getattr(item, field.name)
        if isinstance(value, LocalText):
            for code, text in value.texts.items():
                yield f"{prefix}{field.name}.{code}", text
        elif isinstance(value, str):
            yield prefix + field.name, value
        elif isinstance(value, tuple):
            for number, part in enumerate(value, start=1):
                yield from text_fields(part, f"{prefix}{field.name}[{number}].")


def tidy_header(definition: H, **items: Any) -> H:
    """What saving does to every kind's header: the name and description tidied (see
    :func:`tidy_text`); ``items`` are the kind's own fields, already tidied by the kind."""
    return replace(
        definition,
        name=keep_languages(tidy_text, definition.name),
        description=keep_languages(tidy_text, definition.description),
        **items,
    )


def checked(kind: DefinitionKind[D], definition: D) -> tuple[D | None, list[FileProblem]]:
    """The definition as it will be stored, else None and every problem (a field path,
    no line). The rules are the file's: it is written out and read back."""
    tidy = kind.tidy(definition)
    problems = [
        # A lone surrogate cannot be written to a UTF-8 file at all, so dump refuses it.
        FileProblem(path, None, UNSAVABLE)
        for path, text in (text_fields(tidy) if kind.find_unsavable else ())
        if any(unicodedata.category(char) == "Cs" for char in text)
    ]
    if problems:
        return None, problems
    try:
        return kind.parse(kind.dump(tidy), f"<{kind.noun}>"), []
    except kind.error as error:
        # Lines would point into the generated text, which nobody sees.
        return None, [replace(problem, line=None) for problem in error.problems]
    except ValueError as error:  # what dump refuses (a lone surrogate, a clash of keys)
        return None, [FileProblem("", None, str(error))]


# A whole sentence per noun: Dutch says "de werkvorm" but "het formulier".
_CANNOT_SAVE = {
    "format": N_("The format cannot be saved: {problems}."),
    "deck": N_("The deck cannot be saved: {problems}."),
    "card": N_("The card cannot be saved: {problems}."),
    "questionnaire": N_("The questionnaire cannot be saved: {problems}."),
}


def cannot_save(what: str, problems: Iterable[FileProblem], field: str = "") -> InvalidInputError:
    """The error for a definition (or part, ``what``) that cannot be saved: it names the
    first problem's field (else ``field``); ``error.params["problems"]`` lists them all."""
    listed = tuple(problems)
    text = "; ".join(f"{problem.field} {problem.message}".strip() for problem in listed)
    sentence = _CANNOT_SAVE.get(what, N_("It cannot be saved: {problems}."))
    return InvalidInputError(
        listed[0].field or field,
        words().gettext(sentence).format(problems=text),
        problems=listed,
    )


def clean(kind: DefinitionKind[D], definition: D) -> D:
    """The definition as it will be stored, or :func:`cannot_save`'s error."""
    found, problems = checked(kind, definition)
    if found is None:
        raise cannot_save(kind.noun, problems, kind.noun)
    return found


# --- keys -------------------------------------------------------------------------------

# Letters that do not decompose into a Latin letter plus marks under NFKD.
_LATIN = str.maketrans({"ı": "i", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d"})
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", "abgdeziTiklmnxoprsstyfXPo", strict=True))
_GREEK_LONG = {"T": "th", "X": "ch", "P": "ps"}


def key_from_name(name: str, fallback: str) -> str:
    """A key that reads like ``name``: "Balint — Ayşe's" → "balint-ayses".

    Greek is transliterated; a name in another script gives ``fallback``."""
    text = unicodedata.normalize("NFKD", name.casefold().translate(_LATIN))
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.replace("ου", "ou")
    text = "".join(_GREEK_LONG.get(g, g) for g in (_GREEK.get(char, char) for char in text))
    text = text.replace("'", "").replace("’", "")
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    slug = slug[:KEY_MAX_LENGTH].rstrip("-")
    return slug if KEY_PATTERN.fullmatch(slug) else fallback
