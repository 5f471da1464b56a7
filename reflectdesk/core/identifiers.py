"""Identifiable-detail check: likely patient identifiers in free text (English and Dutch).

Reflective notes must not identify a patient (GMC/AoMRC guidance): no dates, exact ages,
record numbers, contact details, names or practice names. This module only *points at*
likely identifiers so the ui can highlight them; it never changes the text. It favours
precision over recall where a number is ambiguous, because a check that flags every
number teaches people to ignore it.

Overlap rule: candidates from all detectors are ranked by kind (e-mail, then NHS number and
BSN, then phone, then postcode, then date and age, then names), then by length (longer
wins), then by position; each is kept only if it overlaps nothing already kept. So a valid
NHS number written like a phone number is reported as an NHS number, and "12-03-2024"
inside a longer match is not reported twice.

Every regex starts at a boundary and uses bounded repetition, so a 10,000-character note
is checked in linear time (no catastrophic backtracking).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from reflectdesk.core.errors import N_, words
from reflectdesk.core.names import fold

__all__ = [
    "Finding",
    "IdentifierKind",
    "bsn_check_ok",
    "describe",
    "find_identifiers",
    "nhs_check_ok",
]


class IdentifierKind(StrEnum):
    """What a finding probably is."""

    DATE = "date"
    AGE = "age"
    NHS_NUMBER = "nhs_number"
    BSN = "bsn"
    PHONE = "phone"
    EMAIL = "email"
    POSTCODE = "postcode"
    TITLED_NAME = "titled_name"
    PLACE_NAME = "place_name"


@dataclass(frozen=True)
class Finding:
    """A likely identifier: ``text == original[start:end]``."""

    kind: IdentifierKind
    start: int
    end: int
    text: str


_LABELS = {
    IdentifierKind.DATE: N_("a date"),
    IdentifierKind.AGE: N_("an exact age"),
    IdentifierKind.NHS_NUMBER: N_("an NHS number"),
    IdentifierKind.BSN: N_("a BSN (Dutch citizen service number)"),
    IdentifierKind.PHONE: N_("a phone number"),
    IdentifierKind.EMAIL: N_("an e-mail address"),
    IdentifierKind.POSTCODE: N_("a postcode"),
    IdentifierKind.TITLED_NAME: N_("a name with a title"),
    IdentifierKind.PLACE_NAME: N_("a hospital or practice name"),
}

# Higher rank wins an overlap; see the module docstring.
_RANK = {
    IdentifierKind.EMAIL: 7,
    IdentifierKind.NHS_NUMBER: 6,
    IdentifierKind.BSN: 6,
    IdentifierKind.PHONE: 5,
    IdentifierKind.POSTCODE: 4,
    IdentifierKind.DATE: 3,
    IdentifierKind.AGE: 3,
    IdentifierKind.TITLED_NAME: 2,
    IdentifierKind.PLACE_NAME: 2,
}


def describe(kind: IdentifierKind) -> str:
    """A short label for messages in the process language: "a date", "an NHS number"."""
    return words().gettext(_LABELS[kind])


# --- dates -----------------------------------------------------------------------------

# Spelled out rather than taken from calendar.month_name, which follows the process locale.
_ENGLISH_MONTHS = (
    "january february march april may june july august september october november december"
)
_MONTHS = {
    **{name: n for n, name in enumerate(_ENGLISH_MONTHS.split(), start=1)},
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "oktober": 10, "jan": 1, "feb": 2, "mar": 3, "mrt": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "okt": 10, "nov": 11,
    "dec": 12,
}  # fmt: skip
# English words that are also month abbreviations ("it may be", "mar the result") only
# count when capitalised or followed by a year.
_AMBIGUOUS_MONTHS = frozenset({"may", "mar"})
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))

# Digits glued to other digits or separators belong to something else ("3.12.1", "1-2-3-4").
_NUMERIC_DATE = re.compile(
    r"(?<![\w./-])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([-/.])(\d{1,2})\5(\d{4}|\d{2}))"
    r"(?![\w]|[./-]\d)"
)
_DAY_MONTH = re.compile(
    rf"(?<![\w.])(\d{{1,2}})(?:st|nd|rd|th|ste|de|e)?(?:\s+of)?\s+({_MONTH})(?![^\W\d_])"
    r"(?:\.?,?\s+(\d{4})(?!\d))?",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"(?<![^\W\d_])({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\w)(?:,?\s+(\d{{4}})(?!\d))?",
    re.IGNORECASE,
)


def _valid_day(day: int, month: int, year: int | None = None) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    # 2000 is a leap year, so 29 February without a year is allowed.
    return day <= calendar.monthrange(2000 if year is None else year, month)[1]


def _dates(text: str) -> Iterator[tuple[int, int]]:
    for m in _NUMERIC_DATE.finditer(text):
        if m.group(1):
            ok = _valid_day(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        else:
            first, second = int(m.group(4)), int(m.group(6))
            # Day-month (European) or month-day (American): either reading counts.
            ok = _valid_day(first, second) or _valid_day(second, first)
        if ok:
            yield m.span()
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for m in pattern.finditer(text):
            word = m.group(month_group)
            if word.lower() in _AMBIGUOUS_MONTHS and word.islower() and not m.group(3):
                continue
            if _valid_day(int(m.group(day_group)), _MONTHS[word.lower()]):
                yield m.span()


# --- ages ------------------------------------------------------------------------------

# Only a number explicitly tied to age counts: "67-year-old", "aged 67", "67-jarige", or
# one set off by commas right after a person (_aside_ages).
# Durations ("5 years of training", "5 jaar opleiding") and ages in words are not flagged.
_AGE_PATTERNS = (
    re.compile(r"\b(\d{1,3})[\s-]?(?:years?|yrs?)[\s-]old\b", re.IGNORECASE),
    re.compile(r"\b(\d{1,3})\s+years?\s+of\s+age\b", re.IGNORECASE),
    re.compile(r"\b(\d{1,3})\s?y/?o\b", re.IGNORECASE),
    re.compile(r"\b(\d{1,3})[\s-]?jarige?\b", re.IGNORECASE),
    re.compile(r"\b(\d{1,3})\s+jaar\s+oud\b", re.IGNORECASE),
    re.compile(r"\b(?:aged?|leeftijd|lft)\s*[:.]?\s*(\d{1,3})\b(?![.,]\d)", re.IGNORECASE),
    re.compile(r"(?<=\()(\d{1,3})\s?(?:y|yrs?|j|jr)(?=[),;])", re.IGNORECASE),
)
# "67 jaar" on its own is usually a duration in Dutch ("5 jaar opleiding"); it is an age
# after "van/is/was/werd/wordt" ("een man van 67 jaar") or as an aside ("(67 jaar)",
# "patiënte, 67 jaar, met ...").
_JAAR = re.compile(r"\b(\d{1,3})\s+jaar\b", re.IGNORECASE)
_JAAR_VERB = re.compile(r"\b(?:van|is|was|werd|wordt)\s+$", re.IGNORECASE)
_ASIDE_OPEN = re.compile(r"[(,]\s*$")
_ASIDE_CLOSE = re.compile(r"\s*(?:[),;]|\.(?!\d)|$)")
_MAX_AGE = 120


# "Mrs Jansen, 67, seen on ..." or "a woman, 54, with ...": a bare number set off by commas
# right after a titled name or a word for a person is how case notes give an age. Anywhere
# else a bare number is left alone ("room 4, 12, ...").
_BARE_AGE = re.compile(r",[ \t]*(\d{1,3})(?=[ \t]*(?:[,;)]|\.(?!\d)|$))")
_PERSON_BEFORE = re.compile(
    r"\b(?:man|woman|boy|girl|patient|patiënte?|patiente?|vrouw|jongen|meisje)$", re.IGNORECASE
)


def _aside_ages(text: str) -> Iterator[tuple[int, int]]:
    name_ends = {m.end() for m in _TITLED_NAME.finditer(text)}
    for m in _BARE_AGE.finditer(text):
        after_person = m.start() in name_ends or _PERSON_BEFORE.search(
            text, max(0, m.start() - 12), m.start()
        )
        if after_person and int(m.group(1)) <= _MAX_AGE:
            yield m.span(1)


def _ages(text: str) -> Iterator[tuple[int, int]]:
    for pattern in _AGE_PATTERNS:
        for m in pattern.finditer(text):
            if int(m.group(1)) <= _MAX_AGE:
                yield m.span()
    yield from _aside_ages(text)
    for m in _JAAR.finditer(text):
        before = text[max(0, m.start() - 8) : m.start()]
        aside = _ASIDE_OPEN.search(before) and _ASIDE_CLOSE.match(text, m.end())
        if int(m.group(1)) <= _MAX_AGE and (_JAAR_VERB.search(before) or aside):
            yield m.span()


# --- record numbers --------------------------------------------------------------------

_NHS = re.compile(r"(?<![\w+-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\w]|[ -]\d)")
# A BSN is written as 9 digits, 8 when a leading zero was dropped, or as 1234.56.789.
_BSN = re.compile(r"(?<![\w+./-])(?<!\d )(\d{8,9}|\d{4}\.\d{2}\.\d{3})(?![\w]|[ ./-]\d)")


def nhs_check_ok(digits: str) -> bool:
    """True if ten digits pass the NHS modulus-11 check (weights 10..2, 10 is invalid)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def bsn_check_ok(digits: str) -> bool:
    """True if nine digits pass the Dutch 11-test (weights 9..2 and -1), not all zeros."""
    if len(digits) != 9 or not digits.isdigit() or set(digits) == {"0"}:
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def _nhs_numbers(text: str) -> Iterator[tuple[int, int]]:
    for m in _NHS.finditer(text):
        if nhs_check_ok(m.group(1) + m.group(3) + m.group(4)):
            yield m.span()


def _bsns(text: str) -> Iterator[tuple[int, int]]:
    for m in _BSN.finditer(text):
        if bsn_check_ok(m.group(1).replace(".", "").zfill(9)):
            yield m.span()


# --- contact details -------------------------------------------------------------------

# Dutch numbers are 0 + 9 digits, UK numbers 0 + 10 (or 9) digits; international forms
# replace the 0 by +31/+44 (optionally "(0)"). Single spaces or hyphens may separate any
# digits. A leading 0 or + is required, so "120 mg" and "2 x 500" never match.
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)(?:31|44)[ -]?(?:\(0\)[ -]?)?[1-9]|0[1-9])(?:[ -]?\d){8,9}"
    r"(?![ -]?\d|\w)"
)
# The start boundary makes the scan linear: a match can only begin at the start of a run.
_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_TLD = re.compile(r"\.[^\W\d_]{2,}$")


def _phones(text: str) -> Iterator[tuple[int, int]]:
    for m in _PHONE.finditer(text):
        yield m.span()


def _emails(text: str) -> Iterator[tuple[int, int]]:
    for m in _EMAIL.finditer(text):
        if _TLD.search(m.group()):
            yield m.span()


# Dutch: 1000-9999 and two capitals, without SA/SD/SS (not issued by PostNL).
_NL_POSTCODE = re.compile(r"\b([1-9]\d{3}) ?([A-Z]{2})\b")
# UK: outward code (A9, A9A, A99, AA9, AA9A, AA99) and inward code 9AA without C, I, K, M,
# O, V; uppercase only, so ordinary words are not flagged.
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b")


def _postcodes(text: str) -> Iterator[tuple[int, int]]:
    for m in _NL_POSTCODE.finditer(text):
        if m.group(2) not in {"SA", "SD", "SS"}:
            yield m.span()
    for m in _UK_POSTCODE.finditer(text):
        yield m.span()


# --- names -----------------------------------------------------------------------------

_TITLE = (
    r"(?:de\s+heer|mevrouw|meneer|mevr|dokter|zuster|prof|mrs|dhr|drs|mr|ms|mw|dr|ir"
    r"|(?-i:Miss))"
)
_CAP = r"(?-i:[A-ZÀ-ÖØ-Þ])"
_PARTICLE = r"(?:van|von|de|den|der|het|'t|te|ter|ten|la|le|du|in|op|v\.d\.)"
# Titles may be chained ("Prof. dr."), then initials ("J."), then capitalised words, with
# lower-case Dutch particles between them ("meneer van der Berg"). "Miss" must be
# capitalised because "I miss Anna" is common; "Dr" alone or "the doctor" never matches.
# The name needs two letters: "Mr X" and "Dr S." are the anonymised forms guidance advises.
_TITLED_NAME = re.compile(
    rf"\b{_TITLE}\.?(?:\s+{_TITLE}\.?){{0,3}}\s+(?:{_CAP}\.\s*){{0,4}}"
    rf"(?:{_PARTICLE}\s+){{0,3}}{_CAP}[\w'’-]+"
    rf"(?:[ \t]+(?:{_PARTICLE}\s+){{0,3}}{_CAP}[\w'’-]*){{0,4}}",
    re.IGNORECASE,
)


def _titled_names(text: str) -> Iterator[tuple[int, int]]:
    for m in _TITLED_NAME.finditer(text):
        yield m.span()


def _folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """fold(text) built per character, with the original index of every folded character."""
    parts: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        parts.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(parts), offsets


def _place_names(text: str, place_names: Iterable[str]) -> Iterator[tuple[int, int]]:
    needles = {fold(name.strip()) for name in place_names}
    needles.discard("")
    if not needles:
        return
    haystack, offsets = _folded_with_offsets(text)
    for needle in needles:
        at = haystack.find(needle)
        while at != -1:
            after = at + len(needle)
            # Whole words only: "LUMC" must not match inside "LUMCX".
            whole = (at == 0 or not haystack[at - 1].isalnum()) and (
                after == len(haystack) or not haystack[after].isalnum()
            )
            if whole:
                start, end = offsets[at], offsets[after - 1] + 1
                # Combining marks after the last letter fold to nothing; keep them in the span.
                while end < len(text) and not fold(text[end]):
                    end += 1
                yield start, end
            at = haystack.find(needle, at + 1)


# --- combining -------------------------------------------------------------------------


def find_identifiers(text: str, *, place_names: Iterable[str] = ()) -> list[Finding]:
    """Likely identifiers in ``text``, sorted by start and not overlapping.

    ``place_names`` is the user's list of hospital and practice names, matched as whole
    words regardless of case and accents.
    """
    candidates: list[tuple[IdentifierKind, int, int]] = []
    detectors = (
        (IdentifierKind.DATE, _dates(text)),
        (IdentifierKind.AGE, _ages(text)),
        (IdentifierKind.NHS_NUMBER, _nhs_numbers(text)),
        (IdentifierKind.BSN, _bsns(text)),
        (IdentifierKind.PHONE, _phones(text)),
        (IdentifierKind.EMAIL, _emails(text)),
        (IdentifierKind.POSTCODE, _postcodes(text)),
        (IdentifierKind.TITLED_NAME, _titled_names(text)),
        (IdentifierKind.PLACE_NAME, _place_names(text, place_names)),
    )
    for kind, spans in detectors:
        candidates.extend((kind, start, end) for start, end in spans if end > start)
    candidates.sort(key=lambda c: (-_RANK[c[0]], -(c[2] - c[1]), c[1]))

    starts: list[int] = []
    kept: list[tuple[int, int, IdentifierKind]] = []
    for kind, start, end in candidates:
        index = bisect.bisect_right(starts, start)
        # Kept spans are disjoint and sorted, so only the neighbours can overlap.
        if index > 0 and kept[index - 1][1] > start:
            continue
        if index < len(kept) and kept[index][0] < end:
            continue
        starts.insert(index, start)
        kept.insert(index, (start, end, kind))
    return [Finding(kind, start, end, text[start:end]) for start, end, kind in kept]
