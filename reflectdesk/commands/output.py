"""How the commands write to the terminal: aligned tables, JSON, one-line errors, and a
stdout that takes any name.

The same helpers for every command, so that ``list groups``, ``formats list`` and
``decks list`` look alike and a script reading their ``--json`` gets the same layout.
"""

from __future__ import annotations

import io
import sys
from typing import TYPE_CHECKING

from reflectdesk.commands import PROG

if TYPE_CHECKING:
    from collections.abc import Sequence, Set


def print_json(rows: list[dict[str, object]]) -> None:
    """Print ``rows`` as an indented JSON array, names as they are (not \\u-escaped)."""
    import json

    print(json.dumps(rows, ensure_ascii=False, indent=2))


def print_error(message: str) -> None:
    """Print ``message`` to stderr as one line, "reflectdesk: <message>"."""
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)


def csv_files_line(count: int, out: object) -> str:
    """ "wrote 5 CSV files -> out", counted in the language's words."""
    from reflectdesk.core.errors import words

    texts = words()
    line = texts.ngettext("wrote {n} CSV file -> {out}", "wrote {n} CSV files -> {out}", count)
    return line.format(n=texts.integer(count), out=out)


def aligned(header: tuple[str, ...], rows: Sequence[tuple[str, ...]], *, numeric: Set[int]) -> str:
    """A plain-text table: columns padded to their widest cell, ``numeric`` ones
    right-aligned."""
    widths = [max(_width(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        padded = []
        for i, cell in enumerate(cells):
            gap = " " * (widths[i] - _width(cell))
            padded.append(gap + cell if i in numeric else cell + gap)
        return "  ".join(padded).rstrip()

    return "\n".join([line(header), *(line(row) for row in rows)])


def _width(text: str) -> int:
    """Columns the text takes in a terminal: combining marks take none, wide signs two."""
    import unicodedata

    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def use_utf8_stdout() -> None:
    """Write UTF-8 to a pipe or file whatever the locale says."""
    # Names are Greek, Turkish, Polish...: a pipe on Windows would otherwise get cp1252
    # and fail on the first "Ş". Terminals already take Unicode.
    stream = sys.stdout
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and isinstance(stream, io.TextIOWrapper) and not stream.isatty():
        stream.reconfigure(encoding="utf-8")
