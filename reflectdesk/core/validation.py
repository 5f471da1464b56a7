"""Checks on typed text before it is stored; they raise InvalidInputError with a reason."""

from __future__ import annotations

import unicodedata

from reflectdesk.core.errors import InvalidInputError

NAME_MAX_LENGTH = 120
LONG_TEXT_MAX_LENGTH = 20_000


def clean_line(value: str) -> str:
    """Single-line text as stored: NFC-normalised, control characters and runs of
    whitespace collapsed to one space, trimmed."""
    text = unicodedata.normalize("NFC", value)
    text = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text)
    return " ".join(text.split())


def clean_name(value: str, *, field: str, label: str, max_length: int = NAME_MAX_LENGTH) -> str:
    """A required name: not empty after cleaning and at most ``max_length`` characters."""
    text = clean_line(value)
    if not text:
        raise InvalidInputError(field, f"{label} cannot be empty.")
    return _capped(text, field, label, max_length)


def clean_optional_line(value: str, *, field: str, label: str, max_length: int) -> str:
    return _capped(clean_line(value), field, label, max_length)


def clean_long_text(
    value: str, *, field: str, label: str, max_length: int = LONG_TEXT_MAX_LENGTH
) -> str:
    """Multi-line text: NFC, line endings unified, trailing space trimmed, length capped."""
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n").strip()
    return _capped(text, field, label, max_length, grouped=True)


def _capped(text: str, field: str, label: str, max_length: int, *, grouped: bool = False) -> str:
    """``text`` if it is at most ``max_length`` long; ``grouped`` writes the limit with
    thousands separators (the long texts' 20,000; names keep their plain 120)."""
    if len(text) > max_length:
        limit = f"{max_length:,}" if grouped else str(max_length)
        raise InvalidInputError(
            field,
            f"{label} is {len(text):,} characters long; the limit is {limit}.",
            length=len(text),
            limit=max_length,
        )
    return text


def check_count(value: int, *, field: str, label: str, low: int, high: int) -> int:
    if not low <= value <= high:
        raise InvalidInputError(field, f"{label} must be between {low} and {high}.")
    return value
