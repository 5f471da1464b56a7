"""Counted words in the English the exports and the command line write (the ui
translates its own text)."""

from __future__ import annotations


def plural(count: int, word: str) -> str:
    """``count`` and ``word``, with an "s" unless the count is one: "1 session", "3 items"."""
    return f"{count} {word}{'' if count == 1 else 's'}"
