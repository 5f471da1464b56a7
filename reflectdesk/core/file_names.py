"""A file name proposed for an export, safe on every system a facilitator may use.

The name is made of parts that say what the file is ("Balint group 2", "session
2026-11-02", "summary") joined by an em dash. Group and programme names are typed by
people and may hold anything, so each part is cleaned for the strictest of the systems
(Windows): no ``<>:"/\\|?*`` or control characters, no trailing dots or spaces, none of
the names Windows keeps for devices (CON, NUL, COM1, ...). The name is capped in
characters and in UTF-8 bytes (Linux counts bytes, 255 at most) without cutting the
extension, shortening the first part (the name a person typed) before the parts that
say what the file is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

__all__ = ["MAX_CHARS", "SEPARATOR", "proposed_file_name"]

MAX_CHARS = 120
# Well under the 255 bytes of a Linux or macOS file name, with room for " (2)".
MAX_BYTES = 240
SEPARATOR = " — "
ELLIPSIS = "…"

# A path separator or a drive/stream colon inside a name reads best as a dash:
# "Hüseyin's groep / Utrecht" becomes "Hüseyin's groep - Utrecht".
_AS_DASH = re.compile(r"\s*[/\\|:]+\s*")
_DROPPED = re.compile(r'[<>"?*]')
_SPACES = re.compile(r"\s+")
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in "123456789¹²³"}
    | {f"LPT{n}" for n in "123456789¹²³"}
)


def _visible(char: str) -> bool:
    """False for control, format (bidirectional marks), unassigned and surrogate
    characters: none belong in a file name a person reads."""
    return unicodedata.category(char)[0] != "C"


def clean_part(text: str) -> str:
    """One part of a name with everything Windows refuses (or a person cannot see)
    taken out, spaces collapsed, and no dot or space at either end."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(char if _visible(char) else " " for char in text)
    text = _AS_DASH.sub(" - ", text)
    text = _DROPPED.sub("", text)
    text = _SPACES.sub(" ", text)
    # A leading dot hides a file on Linux and macOS; a trailing one Windows drops.
    return text.strip(" .-")


def _fits(stem: str, extension: str, max_chars: int) -> bool:
    name = stem + extension
    return len(name) <= max_chars and len(name.encode("utf-8")) <= MAX_BYTES


def _shortened(text: str, room: int) -> str:
    """``text`` cut to ``room`` characters (an ellipsis included) at a word's end when
    one is near, never ending in a dot or space."""
    if len(text) <= room:
        return text
    cut = text[: max(room - 1, 0)]
    space = cut.rfind(" ")
    if space >= len(cut) * 2 // 3:
        cut = cut[:space]
    cut = cut.rstrip(" .-")
    return cut + ELLIPSIS if cut else ""


def _capped(parts: list[str], extension: str, max_chars: int) -> str:
    stem = SEPARATOR.join(parts)
    if _fits(stem, extension, max_chars) or not parts:
        return stem
    # The first part is the typed name; the rest say what the file is and are kept.
    rest = SEPARATOR.join(parts[1:])
    fixed = len(rest) + (len(SEPARATOR) if rest else 0)
    room = max_chars - len(extension) - fixed
    first = parts[0]
    while first and room > 0:
        first = _shortened(first, room)
        stem = SEPARATOR.join([first, *parts[1:]]) if rest else first
        if _fits(stem, extension, max_chars):
            return stem
        room -= 1  # too many bytes (letters beyond ASCII): a little shorter again
    # Even the words that say what it is are too long: cut the whole stem.
    stem = SEPARATOR.join(parts)
    room = max_chars - len(extension)
    while stem and not _fits(stem, extension, max_chars):
        stem = _shortened(stem, room)
        room -= 1
    return stem


def proposed_file_name(
    parts: Sequence[str], extension: str, *, fallback: str, max_chars: int = MAX_CHARS
) -> str:
    """``parts`` joined by an em dash, cleaned and capped, with ``extension`` (".pdf",
    kept whole); ``fallback`` (a plain word) when nothing of the parts is left."""
    cleaned = [part for part in (clean_part(text) for text in parts) if part]
    stem = _capped(cleaned, extension, max_chars) or clean_part(fallback) or "export"
    # Windows keeps device names whatever follows the first dot ("CON.pdf", "nul.tar.gz").
    if stem.split(".", 1)[0].rstrip(" ").upper() in _RESERVED:
        stem = "_" + stem
    return stem + extension
