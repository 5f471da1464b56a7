"""Archive values: how a column's value is written to JSON and read back, checked
against the column's type and limits (export/archive_format.py reads the files)."""

from __future__ import annotations

import base64
import math
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Column, Date, Float, Integer, LargeBinary

from reflectdesk.core.validation import text_problem
from reflectdesk.store.models.base import UTCDateTime


def encode_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


# SQLite stores whole numbers in 64 bits; a larger one cannot be written at all.
INTEGER_MIN, INTEGER_MAX = -(2**63), 2**63 - 1
# Texts without a rule of their own (core/record_rules) and bytes: generous caps that
# still keep a crafted row from filling memory and every later export.
TEXT_MAX_LENGTH = 100_000
BYTES_MAX = 1024 * 1024


def decode_value(column: Column[Any], value: object) -> object:
    """The Python value of ``value`` read from JSON for ``column``; ValueError (whose
    message does not repeat the column's name) if it does not fit the column."""
    if value is None:
        if not column.nullable:
            raise ValueError("is empty")
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        moment = _parsed(datetime.fromisoformat, value, "a date and time (ISO 8601)")
        if moment.tzinfo is None:
            raise ValueError("has no UTC offset")
        return moment
    if isinstance(kind, Date):
        return _parsed(date.fromisoformat, value, "a date (YYYY-MM-DD)")
    if isinstance(kind, LargeBinary):
        data = base64.b64decode(_text(value), validate=True)
        if len(data) > BYTES_MAX:
            raise ValueError(f"is {len(data):,} bytes; the limit is {BYTES_MAX:,}")
        return data
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise ValueError("is not true or false")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("is not a whole number")
        if not INTEGER_MIN <= value <= INTEGER_MAX:
            raise ValueError(f"is {_short(value)}, beyond what a database can store")
        return value
    if isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("is not a number")
        if isinstance(value, int) and not INTEGER_MIN <= value <= INTEGER_MAX:
            raise ValueError(f"is {_short(value)}, beyond what a database can store")
        if not math.isfinite(value):
            raise ValueError("is not a finite number")
        return float(value)
    length = getattr(kind, "length", None)
    text = _text(value)
    problem = text_problem(text, multiline=length is None)
    if problem is not None:
        raise ValueError(problem)
    limit = length or TEXT_MAX_LENGTH
    if len(text) > limit:
        raise ValueError(f"is {len(text):,} characters long; the limit is {limit:,}")
    return text


def _parsed(parse: Any, value: object, what: str) -> Any:
    text = _text(value)
    try:
        return parse(text)
    except ValueError:
        raise ValueError(f"holds {quoted(text)}, which is not {what}") from None


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("is not text")
    return value


def quoted(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _short(value: int) -> str:
    """A huge number in a message: its first digits and how many there are."""
    digits = str(abs(value))
    if len(digits) <= 20:
        return str(value)
    return f"{'-' if value < 0 else ''}{digits[:6]}... ({len(digits)} digits)"
