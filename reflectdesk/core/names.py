"""Personal names: family-name guessing, Dutch-style sorting, search folding and initials.

Members are entered as one display name ("IJsbrand van den Eertwegh"). Lists are sorted the
way Dutch readers expect, under the core of the family name with the prefix
("tussenvoegsel") ignored, so the family name has to be guessed from the display name unless
the facilitator typed it. These are heuristics, not a parser for every naming tradition; a
stored family name always overrides the guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["fold", "guess_family_name", "initials", "sort_key", "split_family_name"]

# Compared after casefolding and dropping dots, so "Dr.", "DR" and "Prof.dr." all match.
_TITLES = frozenset({"dr", "drs", "ir", "prof", "mr", "mrs", "ms", "dhr", "mevr", "mevrouw", "mw"})
_TWO_WORD_TITLES = (("de", "heer"),)

# Compared after casefolding, unifying apostrophes and dropping dots, so "v.d." is "vd".
_PARTICLES = frozenset(
    {
        "van", "von", "de", "den", "der", "het", "'t", "te", "ter", "ten", "la", "le", "du",
        "des", "di", "da", "dos", "del", "della", "op", "in", "aan", "bij", "uit", "vd", "'s",
    }
)  # fmt: skip

# Word processors turn the apostrophe of "van 't Hof" into a curly one and a hyphen into a
# dash; a search typed on a plain keyboard must still find the name.
_PUNCTUATION = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
    }
)

# Letters that NFKD leaves whole but that people type without the stroke or as two letters.
# "ı" is the Turkish dotless i: casefold() keeps it, yet "Ikiz" and "ıkiz" must match.
_LETTERS = str.maketrans(
    {"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "þ": "th"}
)

_HYPHENS = re.compile("[-\u2010\u2011\u2013]")


def fold(text: str) -> str:
    """A comparison form for search and sorting: accents and case removed.

    NFKD splits accented letters and compatibility characters ("İ" -> "I" + dot above,
    "ά" -> "α" + tonos, the ligature "Ĳ" -> "IJ"); the combining marks are then dropped and
    the rest casefolded ("ß" -> "ss", final "ς" -> "σ").
    """
    text = _strip_marks(unicodedata.normalize("NFKD", text.translate(_PUNCTUATION)))
    text = text.casefold().translate(_LETTERS).translate(_PUNCTUATION)
    # casefold() can emit characters that decompose further; a second pass keeps
    # fold(fold(x)) == fold(x), which search relies on when it folds stored keys and queries.
    return _strip_marks(unicodedata.normalize("NFKD", text))


def guess_family_name(display_name: str) -> str:
    """The family name in a display name, with its prefix: "Anna de Vries" -> "de Vries".

    Leading titles are skipped and the first remaining word is taken as a given name. The
    family name starts at the first prefix word after the given names, otherwise it is the
    last word. Whitespace inside the result is collapsed to single spaces.
    """
    words = _without_titles(display_name.split())
    return " ".join(words[_family_start(words) :])


def split_family_name(family_name: str) -> tuple[str, str]:
    """(prefix, core): "van den Eertwegh" -> ("van den", "Eertwegh").

    Prefix words are recognised in any case, because a Dutch family name written on its
    own capitalises its prefix ("De Vries"). The last word is always core, so the surnames
    "Le" and "Du" stay whole.
    """
    words = family_name.split()
    count = 0
    while count < len(words) - 1 and _is_particle(words[count]):
        count += 1
    return " ".join(words[:count]), " ".join(words[count:])


def sort_key(display_name: str, family_name: str | None = None) -> tuple[str, ...]:
    """Key for sorting members: family-name core, given names, prefix, then the raw name.

    "van den Eertwegh" sorts under E and "Ikiz" next to "İkiz". A non-blank ``family_name``
    replaces the guess. The raw display name comes last so that different names never
    compare equal and the order does not depend on the order rows arrive in.

    The digraph IJ sorts as the two letters i + j, between "ih" and "ik". Dutch practice
    allows two orders: dictionaries use i + j, while Dutch telephone directories and many
    lists of names file IJ together with Y (IJpma next to Ypma). We use i + j because it is
    exactly what fold() produces, so sorting and search agree and no Y-equivalence has to be
    explained to users.
    """
    if family_name is None or not family_name.strip():
        family_name = guess_family_name(display_name)
    prefix, core = split_family_name(family_name)
    given = _given_names(display_name.split(), family_name.split())
    return fold(core), fold(" ".join(given)), fold(prefix), display_name


def initials(display_name: str) -> str:
    """Initials without dots: given names, prefix in lower case, family-name core.

    "IJsbrand van den Eertwegh" -> "IJvdE", "Jan-Willem ter Horst" -> "JWtH". A capital IJ
    at the start of a word counts as one letter, as in Dutch ("IJ. de Boer").
    """
    words = _without_titles(display_name.split())
    start = _family_start(words)
    prefix, core = split_family_name(" ".join(words[start:]))
    parts = [_initial(part, upper=True) for word in words[:start] for part in _HYPHENS.split(word)]
    for particle in prefix.split():
        # "vd" abbreviates "van der"/"van den", whose initials are both letters.
        parts.append("vd" if _particle_key(particle) == "vd" else _initial(particle, upper=False))
    parts.append(_initial(core, upper=True))
    return "".join(parts)


def _strip_marks(text: str) -> str:
    """``text`` without its combining marks (Unicode category Mn).

    Looks only at the distinct characters that are not ASCII (ASCII has no marks), so
    sorting hundreds of names does not ask for every character's category: this ran for
    each group and member name on the way to the first window.
    """
    if text.isascii():
        return text
    marks = {ord(ch) for ch in set(text) if not ch.isascii() and unicodedata.category(ch) == "Mn"}
    return text.translate(dict.fromkeys(marks)) if marks else text


def _particle_key(word: str) -> str:
    return word.translate(_PUNCTUATION).replace(".", "").casefold()


def _is_particle(word: str) -> bool:
    return _particle_key(word) in _PARTICLES


def _is_title(word: str) -> bool:
    parts = [part for part in word.casefold().split(".") if part]
    return bool(parts) and all(part in _TITLES for part in parts)


def _without_titles(words: list[str]) -> list[str]:
    # A title is only skipped when a word is left after it: on its own, "de Heer" is a
    # family name, not the salutation "de heer".
    while True:
        pair = tuple(word.casefold() for word in words[:2])
        if len(words) > 2 and pair in _TWO_WORD_TITLES:
            words = words[2:]
        elif len(words) > 1 and _is_title(words[0]):
            words = words[1:]
        else:
            return words


def _family_start(words: list[str]) -> int:
    """Index of the first word of the family name in ``words`` (titles already removed)."""
    if len(words) < 2:
        return 0
    letters = "".join(words)
    # Case only tells a prefix ("de") from a given name ("Des", "Di", "Van") when the name
    # mixes upper and lower case; in "ANNA DE VRIES" or "anna de vries" every word counts.
    has_case = any(ch.isupper() for ch in letters) and any(ch.islower() for ch in letters)
    if has_case and words[0].islower() and _is_particle(words[0]):
        # No given name at all: "van Dijk" as typed by someone who knows only the surname.
        return 0
    for index in range(1, len(words)):
        if _is_particle(words[index]) and (words[index].islower() or not has_case):
            return index
    # Flemish names capitalise the prefix ("Jan De Smet"), as do names with the surname in
    # capitals ("Anna DE VRIES"); a capitalised prefix word is only trusted before the last
    # word, so the Vietnamese surname in "Anh Le" stays a surname.
    for index in range(1, len(words) - 1):
        if _is_particle(words[index]):
            return index
    return len(words) - 1


def _given_names(display_words: list[str], family_words: list[str]) -> list[str]:
    """The display name without titles and without the family name, wherever it appears."""
    words = _without_titles(display_words)
    target = [fold(word) for word in family_words]
    size = len(target)
    if size:
        folded = [fold(word) for word in words]
        for start in range(len(words) - size, -1, -1):
            if folded[start : start + size] == target:
                return words[:start] + words[start + size :]
    return words


def _initial(word: str, *, upper: bool) -> str:
    """The first letter of ``word`` with its accents; a word-initial "IJ" counts as one."""
    word = unicodedata.normalize("NFC", word)
    index = next((i for i, ch in enumerate(word) if ch.isalpha()), None)
    if index is None:
        return ""
    rest = word[index:]
    # "IJsbrand" and "IJ." begin with the digraph; "Ijeoma" and "IJSBRAND" may not.
    is_digraph = rest[0] in "Ĳĳ" or (rest[:2] == "IJ" and not rest[2:3].isupper())
    if is_digraph:
        letter = "IJ"
    else:
        end = index + 1
        while end < len(word) and unicodedata.combining(word[end]):
            end += 1
        letter = word[index:end]
    changed = letter.upper() if upper else letter.lower()
    # Keep the letter as written when changing its case would change its length ("ß" -> "SS").
    return changed if len(changed) == len(letter) else letter


R = TypeVar("R")


def matching_id_or_name(
    records: Sequence[R], wanted: str, *, id_of: Callable[[R], str], name_of: Callable[[R], str]
) -> list[R]:
    """The record whose id is ``wanted``, else every record whose name is ``wanted``
    (case-insensitive): how a command line or an import names a group or a programme.
    The caller says what none or several mean."""
    exact = [record for record in records if id_of(record) == wanted]
    if exact:
        return exact[:1]
    return [record for record in records if name_of(record).casefold() == wanted.casefold()]
