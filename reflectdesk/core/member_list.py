"""A list of people pasted or read from a file, turned into members to add in one go.

What a line may be (decided here, so the paste and the CSV file read alike):

- One person per line: "IJsbrand van den Eertwegh".
- Columns separated by tabs, as Excel and LibreOffice copy cells: name, then role.
  Columns after the second are ignored (an e-mail address, a phone number).
- "name; role": a semicolon always separates, as no name holds one.
- "name, role" only when the text after the last comma is a role the app knows
  ("Anna de Vries, begeleider"). Any other comma belongs to the name, read as a register
  writes it: "Eertwegh, IJsbrand", "Vries, Anna de", "de Vries, Anna" and
  "Eertwegh, van den, IJsbrand" (family-name core, prefix, given names; how the members
  table's "Sorted under" column shows it). Such a name is turned round to the display
  order ("IJsbrand van den Eertwegh") and its family name is kept as said, so sorting
  does not depend on a guess; the row says it was read so. More commas than that are
  left as typed and flagged, since no reading is safe.
- A first line whose first cell says "Name" or "Naam" is a header and skipped; its
  cells then say which column holds the name and which the role.
- E-mail addresses are dropped from names, and a line of addresses copied from a mail
  ("Anna de Vries <anna@…>; Jan Jansen <jan@…>") is one person per address. A first
  column of row numbers (no header) is skipped.
- Blank lines are skipped. Non-breaking spaces become spaces; zero-width characters and
  bidirectional marks and controls (invisible, yet they make two equal names differ) are
  removed, then the name is cleaned as every stored name is (core/validation.clean_line).

Nothing here is words for a person: rows carry Problem codes; the ui says them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from reflectdesk.core.model import Role
from reflectdesk.core.names import fold, split_family_name
from reflectdesk.core.validation import BIDI_CONTROLS, NAME_MAX_LENGTH, clean_line

__all__ = [
    "CSV_MAX_BYTES",
    "ListedMember",
    "Problem",
    "check",
    "name_key",
    "read_csv",
    "read_name",
    "read_pasted",
    "role_of",
]

# A member list is a few kilobytes; a large programme's export is well under this.
CSV_MAX_BYTES = 2 * 1024 * 1024


class Problem(StrEnum):
    NO_NAME = "no_name"
    TOO_LONG = "too_long"
    UNCLEAR_COMMAS = "unclear_commas"
    REPEATED = "repeated"  # the same name earlier in the list
    ALREADY_MEMBER = "already_member"
    UNKNOWN_ROLE = "unknown_role"  # added as a member; the row says so
    TURNED_ROUND = "turned_round"  # "Vries, Anna de" read as "Anna de Vries"

    @property
    def blocking(self) -> bool:
        return self not in {Problem.UNKNOWN_ROLE, Problem.TURNED_ROUND}


@dataclass(frozen=True, slots=True)
class ListedMember:
    """One person as read. ``role`` is None when the line named none (or none the app
    knows; ``role_text`` keeps what it said). ``notes`` are what reading found; the
    problems that depend on the whole list come from :func:`check`."""

    line: int  # 1-based, in the pasted text or the file
    name: str
    family_name: str = ""  # only when the line said it ("Eertwegh, van den, Anna")
    role: Role | None = None
    role_text: str = ""
    notes: frozenset[Problem] = frozenset()
    included: bool = True

    def renamed(self, text: str) -> ListedMember:
        """This row with its name cell edited: read again as a typed name."""
        name, family, notes = read_name(text)
        return replace(self, name=name, family_name=family, notes=notes | self._role_notes())

    def with_role(self, role: Role) -> ListedMember:
        notes = self.notes - {Problem.UNKNOWN_ROLE}
        return replace(self, role=role, role_text="", notes=notes)

    def _role_notes(self) -> frozenset[Problem]:
        return self.notes & {Problem.UNKNOWN_ROLE}


# Zero-width space, joiners, word joiner, byte-order mark; the directional marks.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c") | BIDI_CONTROLS
_REMOVE_INVISIBLE = str.maketrans(dict.fromkeys(map(ord, _INVISIBLE)))
_SPACES = re.compile("[\u00a0\u202f\u2007]")
# "<anna@example.nl>", or a bare address; and a line of several ("To:" copied from mail).
_ADDRESS = re.compile(r"[<(\[]?[^\s<>()\[\]\"';,]+@[^\s<>()\[\]\"';,]+[>)\]]?")
_ROW_NUMBER = re.compile(r"\d+[.)]?")
_ADDRESS_LIST_SPLIT = re.compile(r"(?<=>)\s*[;,]\s*")

_ROLE_WORDS = {
    Role.MEMBER: ("member", "participant", "groepslid", "lid", "deelnemer"),
    Role.FACILITATOR: ("facilitator", "begeleider", "groepsbegeleider"),
    Role.CO_FACILITATOR: ("co-facilitator", "cofacilitator", "co-begeleider", "cobegeleider"),
}
_NAME_HEADERS = frozenset({"name", "names", "naam", "namen", "full name", "volledige naam"})
_ROLE_HEADERS = frozenset({"role", "rol", "functie"})


def _role_key(text: str) -> str:
    return re.sub(r"[\s_-]+", "", fold(text))


_ROLES = {_role_key(word): role for role, words in _ROLE_WORDS.items() for word in words}


def role_of(text: str) -> Role | None:
    """The role ``text`` names, in English or Dutch, any case: "Begeleider", "co-facilitator"."""
    return _ROLES.get(_role_key(_tidy(text)))


def name_key(name: str) -> str:
    """What two names are compared by: as search and sorting compare them (fold), with
    the spaces collapsed, so "Hüseyin Yılmaz" and "huseyin  yilmaz" are one person."""
    return " ".join(fold(name).split())


def _tidy(text: str) -> str:
    return clean_line(_SPACES.sub(" ", text).translate(_REMOVE_INVISIBLE))


def read_name(text: str) -> tuple[str, str, frozenset[Problem]]:
    """(display name, family name as said or "", notes) for one name cell. An e-mail
    address beside the name ("Anna de Vries <anna@example.nl>") and the quotes an
    address line puts round a name are dropped; an address alone is no name."""
    name = _tidy(text)
    # Only on a text of a name's size: the address pattern is quadratic on a long
    # run of letters with an "@" and no address after it.
    if "@" in name and len(name) <= 4 * NAME_MAX_LENGTH:
        name = _tidy(_ADDRESS.sub(" ", name)).strip("\"' ")
    if not name:
        return "", "", frozenset({Problem.NO_NAME})
    if "," not in name:
        return name, "", _length_notes(name)
    parts = [part.strip() for part in name.split(",")]
    if len(parts) == 2 and all(parts) and _looks_like_family_name(parts[0]):
        family, given = parts
        given_words = given.split()
        # "Vries, Anna de": prefix words written after the given names.
        cut = len(given_words)
        while cut > 1 and _is_prefix(given_words[cut - 1]) and given_words[cut - 1].islower():
            cut -= 1
        family = " ".join([*given_words[cut:], family])
        given = " ".join(given_words[:cut])
    elif len(parts) == 3 and all(parts) and all(_is_prefix(w) for w in parts[1].split()):
        family, given = f"{parts[1]} {parts[0]}", parts[2]
    else:
        return name, "", _length_notes(name) | {Problem.UNCLEAR_COMMAS}
    display = f"{given} {family}"
    return display, family, _length_notes(display) | {Problem.TURNED_ROUND}


def _looks_like_family_name(text: str) -> bool:
    """One word ("Eertwegh", "Berg-de Vries" aside), or words after a prefix ("de Vries"):
    what stands before the comma of "Family, Given". "Anna de Vries, GP" is neither."""
    words = text.split()
    return len(words) == 1 or _is_prefix(words[0])


def _is_prefix(word: str) -> bool:
    # split_family_name knows the prefixes ("van", "den", "'t"); the last word it keeps
    # as the core, hence the stand-in.
    prefix, _core = split_family_name(f"{word} x")
    return bool(prefix)


def _length_notes(name: str) -> frozenset[Problem]:
    return frozenset({Problem.TOO_LONG}) if len(name) > NAME_MAX_LENGTH else frozenset()


def _split_line(line: str) -> list[str]:
    if "\t" in line:
        return line.split("\t")
    if ";" in line:
        return line.split(";")
    head, comma, tail = line.rpartition(",")
    if comma and role_of(tail) is not None:
        return [head, tail]
    return [line]


@dataclass(frozen=True, slots=True)
class _Columns:
    name: int = 0
    role: int | None = 1


def _header(cells: Sequence[str]) -> _Columns | None:
    folded = [_role_key(_tidy(cell)) for cell in cells]
    names = [i for i, cell in enumerate(folded) if cell in {_role_key(h) for h in _NAME_HEADERS}]
    if not names:
        return None
    roles = [i for i, cell in enumerate(folded) if cell in _ROLE_HEADERS]
    return _Columns(names[0], roles[0] if roles else None)


def _rows(records: Iterable[tuple[int, Sequence[str]]]) -> list[ListedMember]:
    columns: _Columns | None = None
    rows: list[ListedMember] = []
    for line, cells in records:
        if not any(_tidy(cell) for cell in cells):
            continue
        if columns is None:
            columns = _header(cells)
            if columns is not None:
                continue
            columns = _Columns()
        rows.append(_row(line, cells, columns))
    return rows


def _row(line: int, cells: Sequence[str], columns: _Columns) -> ListedMember:
    if columns == _Columns() and len(cells) > 1 and _ROW_NUMBER.fullmatch(_tidy(cells[0])):
        # Without a header, a first column of row numbers ("1", "2.") is not the name.
        cells = cells[1:]

    def cell(index: int | None) -> str:
        return cells[index] if index is not None and index < len(cells) else ""

    name, family, notes = read_name(cell(columns.name))
    role_text = _tidy(cell(columns.role))
    role = role_of(role_text) if role_text else None
    if role_text and role is None:
        notes |= {Problem.UNKNOWN_ROLE}
    return ListedMember(line, name, family, role, role_text if role is None else "", notes)


def read_pasted(text: str) -> list[ListedMember]:
    """The people in a pasted text, one per line (see the module's notes); a line of
    several addresses copied from an e-mail ("Anna de Vries <anna@…>; Jan <jan@…>")
    holds one person per address."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return _rows(
        (number, _split_line(person))
        for number, line in enumerate(lines, 1)
        for person in _people_on(line)
    )


def _people_on(line: str) -> list[str]:
    if "\t" not in line and line.count("@") > 1:
        return _ADDRESS_LIST_SPLIT.split(line.strip().rstrip(";,"))
    return [line]


def read_csv(data: bytes) -> list[ListedMember]:
    """The people in a CSV file's bytes: UTF-8 (with or without the BOM Excel writes),
    else Windows-1252 (Excel's "CSV" on a Dutch or English Windows); the separator is
    sniffed among ; , and tab, and a file of one column needs none."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:8192], delimiters=";,\t"
        )
    except csv.Error:
        return read_pasted(text)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    return _rows((reader.line_num, cells) for cells in reader)


def check(rows: Sequence[ListedMember], existing: Iterable[str]) -> list[frozenset[Problem]]:
    """Each row's problems: its notes, and for included rows a name repeated earlier
    among the included rows or already a member's (``existing``: the group's names)."""
    members = {name_key(name) for name in existing}
    seen: set[str] = set()
    found: list[frozenset[Problem]] = []
    for row in rows:
        problems = set(row.notes)
        key = name_key(row.name)
        if row.included and key:
            if key in members:
                problems.add(Problem.ALREADY_MEMBER)
            elif key in seen:
                problems.add(Problem.REPEATED)
            seen.add(key)
        found.append(frozenset(problems))
    return found
