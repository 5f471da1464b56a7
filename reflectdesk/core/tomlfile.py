"""Hand-edited TOML files: reading them with every problem located, and writing them back.

Format, prompt-deck and questionnaire files share the same needs, met here: each problem
carries a field path and a 1-based line (`FileProblem`) and all of them are raised together
(`FileProblemsError`); `locate` finds those lines; `FieldChecker` checks typed fields; and
`tomlwrite.py` writes values that tomllib reads back unchanged. What a given
kind of file must contain stays in its own module (see ``formats.py``).
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from reflectdesk.core.errors import N_, ReflectDeskError, words

# Keys of formats, decks and questionnaires: 3-60 lowercase letters, digits and hyphens,
# starting and ending with a letter or digit so that keys read well in file names and URLs.
from reflectdesk.core.limits import DESCRIPTION_MAX_LENGTH, KEY_PATTERN, NAME_MAX_LENGTH
from reflectdesk.core.local_text import LocalText
from reflectdesk.core.toml_lines import LineMap
from reflectdesk.core.validation import BIDI_CONTROLS, text_problem
from reflectdesk.i18n.languages import LANGUAGES

T = TypeVar("T")
# What a file's module makes of one table of an [[array]], given its index from 0.
TableReader = Callable[[int, dict[str, Any]], T | None]


@dataclass(frozen=True, slots=True)
class FileProblem:
    """One thing wrong in a file.

    ``field`` is a path such as ``phases[2].minutes`` (array items counted from 1), or ""
    for a problem with the file as a whole; ``line`` is 1-based, or None when there is no
    line to point at (a required field that is missing).
    """

    field: str
    line: int | None
    message: str

    def __str__(self) -> str:
        line = "" if self.line is None else words().gettext("line {n}").format(n=self.line)
        return ": ".join(part for part in (line, self.field, self.message) if part)


class FileProblemsError(ReflectDeskError):
    """A file that cannot be used; ``problems`` lists everything wrong with it, in file
    order. Subclasses name the ``kind`` of file and may add a ``note`` on the field paths."""

    code = "file_problems"
    kind = N_("file")
    note = ""

    def __init__(self, source: str, problems: Iterable[FileProblem]) -> None:
        # File order reads best; problems without a line (missing fields) come first.
        self.problems = sorted(problems, key=lambda problem: problem.line or 0)
        self.source = source
        count = len(self.problems)
        texts = words()
        # ``kind`` and ``note`` are marked with N_ where a subclass sets them.
        note = f" ({texts.gettext(self.note)})" if self.note else ""
        heading = texts.ngettext(
            "{source}: this {kind} cannot be used; {n} problem found{note}:",
            "{source}: this {kind} cannot be used; {n} problems found{note}:",
            count,
        )
        kind = texts.gettext(self.kind)
        lines = [heading.format(source=source, kind=kind, n=count, note=note)]
        lines.extend(f"{source}: {problem}" for problem in self.problems)
        super().__init__("\n".join(lines), source=source, count=count)


def syntax_problem(error: tomllib.TOMLDecodeError, text: str) -> FileProblem:
    """Turn tomllib's message, which ends in "(at line L, column C)", into a problem."""
    message = str(error)
    if found := re.search(r"\s*\(at line (\d+), column (\d+)\)$", message):
        line, where = int(found[1]), words().gettext("column {n}").format(n=found[2])
    elif found := re.search(r"\s*\(at end of document\)$", message):
        line = max(text.count("\n") + (not text.endswith("\n")), 1)
        where = words().gettext("end of file")
    else:
        return FileProblem(
            "", None, words().gettext("not valid TOML: {message}").format(message=message)
        )
    return FileProblem(
        "",
        line,
        words()
        .gettext("not valid TOML: {value} ({where})")
        .format(value=message[: found.start()], where=where),
    )


NESTED_TOO_DEEPLY = "not valid TOML: its lists or tables are nested too deeply"


def load_toml(text: str, source: str, error: type[FileProblemsError]) -> dict[str, Any]:
    """The parsed tables of ``text``; raise ``error`` naming the line of a syntax error."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as decode_error:
        raise error(source, [syntax_problem(decode_error, text)]) from None
    except RecursionError:
        # tomllib parses nested arrays and tables recursively; Python's recursion limit
        # is the depth cap (no definition file nests more than three deep).
        raise error(source, [FileProblem("", None, NESTED_TOO_DEEPLY)]) from None


# A field path inside an array of tables, "phases[2]" or "phases[2].minutes".
_ITEM_PATH = re.compile(r"([A-Za-z0-9_-]+)\[(\d+)\](?:\.(.+))?", re.DOTALL)


_LISTED = ", ".join(LANGUAGES)

# --- Checking fields --------------------------------------------------------------------


def _hidden_message(problem: str, *, multiline: bool) -> str:
    """What a field must not contain, from core.validation's text_problem."""
    texts = words()
    code = re.search(r"U\+([0-9A-F]{4,6})", problem)
    if code and chr(int(code[1], 16)) in BIDI_CONTROLS:
        message = texts.gettext(
            "must not contain right-to-left override or isolate characters {code}"
        )
        return message.format(code=problem.rpartition(" ")[2])
    if multiline:
        return texts.gettext("must not contain control characters")
    return texts.gettext("must not contain line breaks or control characters")


def describe(value: object) -> str:
    """A parsed value as the person who wrote the file would recognise it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"' if len(value) <= 40 else f'"{value[:37]}..."'
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return words().gettext("a list")
    if isinstance(value, dict):
        return words().gettext("a table")
    return words().gettext("a date or time")


class FieldChecker:
    """Collects every problem while a parsed file is turned into definitions.

    Each check takes a field's path (``phases[2].minutes``) and value (None if absent, as
    TOML has no null), adds a problem located from the path if the value is wrong, and
    returns a placeholder ("" or None) so that the other fields are checked too.
    """

    def __init__(self, lines: LineMap) -> None:
        self.lines = lines
        self.problems: list[FileProblem] = []

    def line_of(self, path: str) -> int | None:
        """The line of a field path; see LineMap for where a missing field is placed."""
        item = _ITEM_PATH.fullmatch(path)
        if item:
            # "name.nl" is written on a line of its own; LineMap knows it by "name".
            key = item[3].split(".")[0] if item[3] else None
            return self.lines.of_item(item[1], int(item[2]) - 1, key)
        return self.lines.of(path.split(".", maxsplit=1)[0])

    def header(
        self, data: dict[str, Any], *, version: int, what: str, key_example: str
    ) -> tuple[str, str, str]:
        """The fields every shipped file starts with: schema, key, name, description.
        Returns (key, name, description), "" where a field has a problem."""
        schema = data.get("schema")
        if schema is None:
            self.add(
                "schema", N_("is required: write schema = {version} at the top"), version=version
            )
        elif isinstance(schema, bool) or schema != version:
            self.add(
                "schema",
                N_(
                    "must be {version}, not {value}; this version of ReflectDesk reads "
                    "{what} schema {version}"
                ),
                version=version,
                value=describe(schema),
                what=words().gettext(what),
            )
        key = self.key("key", data.get("key"), example=key_example, required=True)
        name = self.local_text("name", data.get("name"), limit=NAME_MAX_LENGTH, required=True)
        description = self.local_text(
            "description",
            data.get("description"),
            limit=DESCRIPTION_MAX_LENGTH,
            required=False,
            multiline=True,
        )
        return key, name, description

    def add(self, path: str, message: str, *, line: int | None = None, **fields: object) -> None:
        """Record a problem at ``line``, or else at the line of ``path`` if it has one.
        ``message`` (marked with N_) is translated here and filled with ``fields``."""
        text = words().gettext(message)
        text = text.format(**fields) if fields else text
        self.problems.append(FileProblem(path, self.line_of(path) if line is None else line, text))

    def unknown(
        self, table: dict[str, Any], known: tuple[str, ...], *, kind: str, prefix: str = ""
    ) -> None:
        """A problem for each key not in ``known``, so a typo is never silently ignored;
        ``kind`` names the table ("top-level"), ``prefix`` is its path ("phases[2].")."""
        for name in table:
            if name not in known:
                hint = difflib.get_close_matches(name, known, n=1)
                suggestion = (
                    words().gettext('; did you mean "{hint}"?').format(hint=hint[0]) if hint else ""
                )
                listed = ", ".join(known)
                self.add(
                    prefix + name,
                    N_("unknown field; {kind} fields are {listed}{suggestion}"),
                    kind=words().gettext(kind),
                    listed=listed,
                    suggestion=suggestion,
                )

    def text(
        self, path: str, value: object, *, limit: int, required: bool, multiline: bool = False
    ) -> str:
        """Text of at most ``limit`` characters, trimmed of surrounding white space; only a
        ``multiline`` field may hold line breaks and tabs. "" after a problem."""
        text = value.strip() if isinstance(value, str) else ""
        # Control characters (and other line breaks) would be invisible in an editor, and
        # a right-to-left override makes a one-line text read as something else.
        hidden = text_problem(text, multiline=multiline, name=not multiline)
        if value is None:
            if required:
                self.add(path, N_("is required"))
        elif not isinstance(value, str):
            self.add(path, N_("must be text in quotes, not {value}"), value=describe(value))
        elif required and not text:
            self.add(path, N_("must not be empty"))
        elif len(text) > limit:
            texts = words()
            message = texts.gettext("is {length} characters long; the limit is {limit}")
            self.add(
                path, message.format(length=texts.integer(len(text)), limit=texts.integer(limit))
            )
        elif hidden:
            self.add(path, _hidden_message(hidden, multiline=multiline))
        else:
            return text
        return ""

    def local_text(
        self, path: str, value: object, *, limit: int, required: bool, multiline: bool = False
    ) -> str:
        """A text field that is plain text (one language) or a table of language codes
        (``name.nl = "..."``), each language's text checked as :meth:`text` checks it.
        A table needs at least one language; every language it names must be one
        ReflectDesk speaks. Returns a :class:`LocalText` for a table, "" after a problem."""
        if not isinstance(value, dict):
            return self.text(path, value, limit=limit, required=required, multiline=multiline)
        before = len(self.problems)
        if not value:
            self.add(
                path, N_("must give the text in at least one language ({listed})"), listed=_LISTED
            )
        found: dict[str, str] = {}
        for code, text in value.items():
            if code not in LANGUAGES:
                self.add(
                    f"{path}.{code}",
                    N_("is not a language ReflectDesk speaks ({listed})"),
                    listed=_LISTED,
                )
                continue
            found[code] = self.text(
                f"{path}.{code}", text, limit=limit, required=required, multiline=multiline
            )
        if len(self.problems) > before:
            return ""
        if not required and not any(found.values()):
            return ""
        return LocalText(found)

    def local_texts(self, path: str, value: object, *, limit: int) -> list[str]:
        """A required list of short texts (a scale's labels), or a table of such lists
        per language (``labels.nl = [...]``), all of the same length."""
        if not isinstance(value, dict):
            return self._texts(path, value, limit=limit)
        lists = {
            code: self._texts(f"{path}.{code}", texts, limit=limit)
            for code, texts in value.items()
            if code in LANGUAGES
        }
        for code in value:
            if code not in LANGUAGES:
                self.add(
                    f"{path}.{code}",
                    N_("is not a language ReflectDesk speaks ({listed})"),
                    listed=_LISTED,
                )
        if not lists:
            if value == {}:
                message = N_("must give the texts in at least one language ({listed})")
                self.add(path, message, listed=_LISTED)
            return []
        counts = {len(texts) for texts in lists.values()}
        if len(counts) > 1:
            self.add(path, N_("must give as many texts in every language"))
            return []
        return [
            LocalText({code: texts[index] for code, texts in lists.items()})
            for index in range(counts.pop())
        ]

    def _texts(self, path: str, value: object, *, limit: int) -> list[str]:
        if not isinstance(value, list):
            self.add(path, N_("must be a list of texts, not {value}"), value=describe(value))
            return []
        return [
            self.text(f"{path}[{number}]", text, limit=limit, required=True)
            for number, text in enumerate(value, start=1)
        ]

    def integer(self, path: str, value: object, *, minimum: int, maximum: int) -> int | None:
        """A required whole number from ``minimum`` to ``maximum`` (not 2.0, not true);
        None after a problem."""
        rule = (
            words().gettext("a whole number from {low} to {high}").format(low=minimum, high=maximum)
        )
        if value is None:
            self.add(path, N_("is required: {rule}"), rule=rule)
        # type() rather than isinstance(), as true and false are ints in Python.
        elif type(value) is not int or not minimum <= value <= maximum:
            self.add(path, N_("must be {rule}, not {value}"), rule=rule, value=describe(value))
        else:
            return value
        return None

    def key(self, path: str, value: object, *, example: str, required: bool) -> str:
        """An identifier matching KEY_PATTERN, such as ``example``; "" if absent or wrong."""
        if value is None:
            if required:
                self.add(
                    path, N_('is required: a short identifier such as "{example}"'), example=example
                )
        elif not isinstance(value, str) or not KEY_PATTERN.fullmatch(value):
            self.add(
                path,
                N_(
                    "must be 3 to 60 lowercase letters, digits and hyphens, starting and "
                    'ending with a letter or digit (such as "{example}"), not {value}'
                ),
                example=example,
                value=describe(value),
            )
        else:
            return value
        return ""

    def choice(self, path: str, value: object, *, choices: tuple[str, ...]) -> str:
        """A required value that must be one of ``choices``; "" after a problem."""
        listed = ", ".join(choices)
        if value is None:
            self.add(path, N_("is required: one of {listed}"), listed=listed)
        elif isinstance(value, str) and value in choices:
            return value
        else:
            self.add(
                path,
                N_("must be one of {listed}; not {value}"),
                listed=listed,
                value=describe(value),
            )
        return ""

    def tables(
        self, array: str, value: object, read: TableReader[T], *, contents: str, limit: int
    ) -> list[T]:
        """What ``read(index, table)`` makes of each table of a required [[array]] of 1 to
        ``limit`` tables (``index`` from 0), leaving out None. An item that is not a table
        is reported, with ``contents`` saying what it should hold ("a name and minutes")."""
        if value is None or value == []:
            self.add(array, N_("at least one [[{array}]] table is required"), array=array)
            return []
        if not isinstance(value, list):
            self.add(
                array,
                N_("must be a list of [[{array}]] tables, not {value}"),
                array=array,
                value=describe(value),
            )
            return []
        if len(value) > limit:
            # Point at the first table over the limit: that is where cutting should start.
            over = self.lines.of_item(array, limit)
            self.add(
                array,
                N_("has {count} {array}; the limit is {limit}"),
                count=len(value),
                array=array,
                limit=limit,
                line=over,
            )
        found = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                message = (
                    words()
                    .gettext("must be a [[{array}]] table with {contents}, not {value}")
                    .format(array=array, contents=words().gettext(contents), value=describe(item))
                )
                self.add(f"{array}[{index + 1}]", message)
            elif (result := read(index, item)) is not None:
                found.append(result)
        return found
