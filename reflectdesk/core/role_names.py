"""A hub role's name from the name a person goes by (issue 20: one PostgreSQL role per
facilitator and per programme lead).

The name is only ever passed to the server quoted as an identifier (psycopg's
``sql.Identifier``); it is made plain as well, so an IT department can type it, read it
in the server's log and grant it by hand without quoting: lowercase ASCII letters, digits
and underscores, starting with ``rd_`` (never a built-in role such as ``postgres`` or
``pg_*``), at most 40 characters, and unique among the server's roles.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection

PREFIX = "rd_"
MAX_LENGTH = 40  # PostgreSQL allows 63 bytes; room left for a "_12" that makes it unique
FALLBACK = "user"  # a name with no Latin letter or digit at all ("李")


def role_name_from(name: str) -> str:
    """``name`` as a role name: "Hüseyin İkiz" -> "rd_huseyin_ikiz", "O'Brien" ->
    "rd_obrien". Accents come off, an apostrophe joins, anything else separates."""
    # casefold first: "ß" becomes "ss" and "İ" "i" plus a combining dot, which NFKD then
    # splits off with the other accents.
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain: list[str] = []
    for character in decomposed:
        if unicodedata.combining(character) or character in "'’`":
            continue
        plain.append(character if character.isascii() and character.isalnum() else " ")
    words = "".join(plain).split()
    body = "_".join(words) or FALLBACK
    return (PREFIX + body)[:MAX_LENGTH].rstrip("_")


def unique_role_name(name: str, taken: Collection[str]) -> str:
    """:func:`role_name_from` ``name``, with ``_2``, ``_3``... added while the server
    already has a role of that name (``taken``)."""
    base = role_name_from(name)
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        suffix = f"_{number}"
        candidate = base[: MAX_LENGTH - len(suffix)] + suffix
    return candidate
