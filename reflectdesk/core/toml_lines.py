"""Where each field of a TOML file is: the lines a problem in a definition file is
reported at (core/tomlfile.py's FieldChecker asks a LineMap).

tomllib returns plain dicts without positions, so problems are located by a second, much
simpler pass over text tomllib has already accepted. There, every line that begins at
"statement level" (outside strings and multi-line arrays) is blank, a comment, a header
or a `key = value` pair; a tokenizer that knows only strings, comments and brackets
finds those lines. What cannot be placed falls back to the enclosing [[array]] header,
the array's key, or no line at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"{3,5}'  # multi-line basic string; may end in up to 5 quotes
    r"|'''(?:[^']|'(?!''))*'{3,5}"  # multi-line literal string
    r'|"(?:[^"\\\n]|\\.)*"'  # basic string
    r"|'[^'\n]*'"  # literal string
    r"|#[^\n]*"  # comment
    r"|[\[\]{}\n]",
    re.DOTALL,  # so that \\. also takes a line-ending backslash in a multi-line string
)
_KEY_SEGMENT = re.compile(r"""[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*'""")
_KEY_LINE = re.compile(r"""\s*([A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')\s*[.=]""")
_ARRAY_HEADER = re.compile(r"\s*\[\[(.*?)\]\]")
_TABLE_HEADER = re.compile(r"\s*\[(.*?)\]")


def _segments(dotted: str) -> list[str]:
    """The parts of a dotted key or header name, with quotes removed (`a."b c"` -> a, b c)."""
    return [part.strip("\"'") for part in _KEY_SEGMENT.findall(dotted)]


def _statement_lines(text: str) -> set[int]:
    """Numbers of the lines that begin at statement level (not in a string or an array)."""
    # tomllib counts lines by "\n" only, as this does; str.splitlines would also split on
    # \u2028 and the like, which may sit inside strings.
    starts, number, depth = {1}, 1, 0
    for token in _TOKEN.finditer(text):
        kind = token.group()
        if kind == "\n":
            number += 1
            if depth == 0:
                starts.add(number)
        elif kind in ("[", "{"):
            depth += 1
        elif kind in ("]", "}"):
            depth -= 1
        else:  # a string or comment; the lines a multi-line string spans begin inside it
            number += kind.count("\n")
    return starts


@dataclass(frozen=True, slots=True)
class _Block:
    """One [[array]] table: the line of its header and of each of its keys."""

    header: int
    keys: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class LineMap:
    """1-based lines of the top-level keys, and of every [[array]] table and its keys."""

    top: dict[str, int] = field(default_factory=dict)
    blocks: dict[str, list[_Block]] = field(default_factory=dict)

    def of(self, key: str) -> int | None:
        """First line defining a top-level key: `key = ...`, [key] or [[key]]."""
        return self.top.get(key)

    def of_item(self, array: str, index: int, key: str | None = None) -> int | None:
        """Line of a key in the ``index``-th (from 0) [[array]] table, else of that table's
        header, else of the array itself (written inline, as ``array = [...]``)."""
        blocks = self.blocks.get(array, [])
        if index >= len(blocks):
            return self.top.get(array)
        block = blocks[index]
        return block.header if key is None else block.keys.get(key, block.header)


def locate(text: str) -> LineMap:
    """Where the keys of a TOML text tomllib accepted sit; see the comment above."""
    found = LineMap()
    # Where the keys of the current line land: the top level, the latest [[array]] table,
    # or a table we do not need positions for.
    section: dict[str, int] | None = found.top
    statement_lines = _statement_lines(text)
    for number, line in enumerate(text.split("\n"), start=1):
        if number not in statement_lines:
            continue
        header = _ARRAY_HEADER.match(line) or _TABLE_HEADER.match(line)
        if header:
            names = _segments(header.group(1))
            section = None
            if len(names) > 1 and names[0] in found.blocks:
                # [phases.extra] adds the key "extra" to the latest phase.
                found.blocks[names[0]][-1].keys.setdefault(names[1], number)
            elif names:
                found.top.setdefault(names[0], number)
                if len(names) == 1 and header.re is _ARRAY_HEADER:
                    block = _Block(number)
                    found.blocks.setdefault(names[0], []).append(block)
                    section = block.keys
            continue
        key = _KEY_LINE.match(line)
        if key and section is not None:
            section.setdefault(_segments(key.group(1))[0], number)
    return found
