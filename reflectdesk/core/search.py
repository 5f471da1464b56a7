"""Search as plain Python: the query a user types, the FTS5 expression made from it, the
hits, their highlighted snippets, and the search over unlocked private notes.

Pure Python (the FTS5 index itself lives in store/search_index.py). Both searches match
the same way: the query and the text are folded with :func:`reflectdesk.core.names.fold`
(accents and case removed, Turkish dotless i, IJ, ß -> ss, Greek accents and final sigma),
and every word of the query must begin a word of the text. A query word with inner
punctuation ("2026-11-24", "van't") must match as a phrase: the same words in a row.

Punctuation inside a name does not have to be typed: "obrien" finds "O'Brien-Smith",
"vant" finds "van 't Hof". The index holds, after the folded text, the joined forms of
words written together with inner punctuation (:func:`index_key`), and the highlighting
here joins them the same way (:func:`_compounds`).

"Straße" and "strasse" find each other (fold() turns ß into ss, as German spelling rules
and Swiss German do), and so does any prefix of the folded form: "stras", "straß".
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from reflectdesk.core.names import fold

__all__ = [
    "MAX_PHRASES",
    "MAX_QUERY_LENGTH",
    "TITLE_FIRST",
    "HitKind",
    "Phrase",
    "SearchHit",
    "first_words",
    "highlight_html",
    "index_key",
    "make_hit",
    "match_expression",
    "query_phrases",
    "search_private",
    "short_query",
    "snippet_html",
]

MAX_QUERY_LENGTH = 200  # characters of the typed text that are looked at
MAX_PHRASES = 12
MAX_PHRASE_WORDS = 8
SNIPPET_WORDS = 24  # words shown around the first hit in a body
SNIPPET_WORDS_BEFORE = 6
HEADING_WORDS = 8  # words of an untitled note that stand for its title
SHORT_PREFIX = 2  # letters: a query of words no longer than this is "short"
# Subtracted from the rank of a hit whose title holds every word of the query, so that
# sorting by rank alone puts all of them before hits found only in a body.
TITLE_FIRST = 1_000_000.0
TITLE_WEIGHT = 10.0  # a word in a title counts as much as ten in a body

MAX_COMPOUND_WORDS = 4  # longer runs of punctuated words are text, not a name
# An apostrophe that begins a word after a space joins it to the word before ("van 't
# Hof" -> "vant"): Dutch names are written so, and typed without the space.
_APOSTROPHES = frozenset("'\u2018\u2019\u02bc`\u00b4")

# Whether a text has any words written together at all: most have none, and then the
# joining below is skipped (it would cost more than the rest of a snippet).
_TOGETHER = re.compile(r"[^\W_][^\w\s]+[^\W_]|\s['\u2018\u2019\u02bc`\u00b4]+[^\W_]")

_WHITE_SPACE = re.compile(r"\s+")
_ALNUM = re.compile(r"[^\W_]+")  # letters and digits; marks are joined in _word_spans

Phrase = tuple[str, ...]  # folded words that must follow each other; the last is a prefix


class HitKind(StrEnum):
    GROUP = "group"
    MEMBER = "member"  # ref_id: the membership (the person in that group)
    SESSION = "session"
    LEARNING_POINT = "learning_point"
    ACTION = "action"
    PRIVATE = "private"  # only from search_private; never in the index


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result. ``title`` is plain text; ``snippet_html`` is escaped HTML in which the
    matching words are wrapped in <b>...</b>. Lower ``rank`` is better (a bm25 score,
    minus TITLE_FIRST when the title holds every word of the query). An untitled note is
    titled with its first words. Where it is from, filled in by store/search_context.py:
    the group's name and, for sessions and notes, the session's start (a note without a
    session: when it was written), in UTC."""

    kind: HitKind
    ref_id: str
    group_id: str | None
    title: str
    snippet_html: str
    rank: float
    group_name: str = ""
    when: datetime | None = None


def first_words(text: str, count: int = HEADING_WORDS) -> str:
    """The first ``count`` words of ``text`` on one line, with "…" when there is more."""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


# -- the query ---------------------------------------------------------------------------


def query_phrases(text: str) -> tuple[Phrase, ...]:
    """The folded phrases of a typed query, one per whitespace-separated chunk.

    Everything that is not a letter or digit separates words, so FTS5 syntax typed by the
    user (quotes, ``*``, ``-``, ``:``, parentheses) is dropped; operator words (AND, NEAR)
    become ordinary words. Empty for a query with nothing to search for.
    """
    phrases: list[Phrase] = []
    for chunk in text[:MAX_QUERY_LENGTH].split():
        words = tuple(_tokens(fold(chunk))[:MAX_PHRASE_WORDS])
        if words and words not in phrases:
            phrases.append(words)
            if len(phrases) == MAX_PHRASES:
                break
    return tuple(phrases)


def match_expression(phrases: Iterable[Phrase]) -> str:
    """An FTS5 MATCH expression: every phrase quoted, with a prefix match on its last
    word, all of them required ('"huseyin"* "2026 11 24"*'). Empty for no phrases."""
    quoted = (" ".join(phrase).replace('"', '""') for phrase in phrases if phrase)
    return " ".join(f'"{words}"*' for words in quoted)


# -- matching and highlighting -----------------------------------------------------------


def _word_spans(text: str) -> list[tuple[int, int]]:
    """Where the words are: runs of letters and digits, with any combining marks that
    follow a letter (a decomposed "é" stays one word), as unicode61 splits folded text."""
    spans: list[tuple[int, int]] = []
    for match in _ALNUM.finditer(text):
        start, end = match.span()
        if spans:
            previous_start, previous_end = spans[-1]
            marks = _leading_marks(text, previous_end, start)
            if previous_end + marks == start:  # only marks between: the same word
                spans[-1] = (previous_start, end)
                continue
            spans[-1] = (previous_start, previous_end + marks)
        spans.append((start, end))
    if spans:
        last_start, last_end = spans[-1]
        spans[-1] = (last_start, last_end + _leading_marks(text, last_end, len(text)))
    return spans


def _leading_marks(text: str, start: int, end: int) -> int:
    count = 0
    while start + count < end and unicodedata.category(text[start + count])[0] == "M":
        count += 1
    return count


def _tokens(folded: str) -> list[str]:
    return [folded[start:end] for start, end in _word_spans(folded)]


def _compounds(gaps_and_keys: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """The joined forms of words written together: (first word, last word, joined key).

    ``gaps_and_keys`` is, per word, the text before it and its folded key. Words with
    only punctuation between them ("O'Brien-Smith") form a run, and so does a word that
    begins with an apostrophe after a space ("van 't"). Each word of a run but the last
    gives the join of itself and the rest: "obriensmith", "briensmith". Digits-only
    joins ("2026-11-24") are left out: a date is searched as a phrase.
    """
    runs: list[list[int]] = []
    for index, (gap, _key) in enumerate(gaps_and_keys):
        together = index > 0 and (not any(c.isspace() for c in gap) or gap[-1:] in _APOSTROPHES)
        if together and runs:
            runs[-1].append(index)
        else:
            runs.append([index])
    found: list[tuple[int, int, str]] = []
    for run in runs:
        if not 1 < len(run) <= MAX_COMPOUND_WORDS:
            continue
        for place, first in enumerate(run[:-1]):
            joined = "".join(gaps_and_keys[index][1] for index in run[place:])
            if not joined.isdigit():
                found.append((first, run[-1], joined))
    return found


def index_key(text: str) -> str:
    """What the FTS index holds for ``text``: the folded text, then the joined forms of
    its punctuated words ("O'Brien-Smith" -> "o'brien-smith obriensmith briensmith")."""
    folded = fold(text)
    words: list[tuple[str, str]] = []
    previous = 0
    for start, end in _word_spans(folded):
        words.append((folded[previous:start], folded[start:end]))
        previous = end
    joined = dict.fromkeys(key for _, _, key in _compounds(words))
    return " ".join((folded, *joined)) if joined else folded


class _Text:
    """A text split into words (character spans) with their folded tokens."""

    def __init__(self, text: str, cache: dict[str, tuple[str, ...]]) -> None:
        self.text = text
        self.spans: list[tuple[int, int]] = []
        # (word index, folded token): a word can fold to several tokens ("½" -> 1, 2).
        self.tokens: list[tuple[int, str]] = []
        words: list[tuple[str, str]] = []
        together = _TOGETHER.search(text) is not None
        previous = 0
        for start, end in _word_spans(text):
            word = text[start:end]
            keys = cache.get(word)
            if keys is None:
                keys = (word.lower(),) if word.isascii() else tuple(_tokens(fold(word)))
                cache[word] = keys
            for key in keys:
                self.tokens.append((len(self.spans), key))
            if together:
                words.append((text[previous:start], "".join(keys)))
                previous = end
            self.spans.append((start, end))
        # Punctuated words joined, as the index holds them: a one-word query may match.
        self.compounds = _compounds(words)
        self.word_keys = [key for _, key in words]

    def hits(self, phrases: Iterable[Phrase]) -> dict[Phrase, set[int]]:
        """For each phrase found, the indexes of the words it covers."""
        found: dict[Phrase, set[int]] = {}
        keys = [key for _, key in self.tokens]
        for phrase in phrases:
            size = len(phrase)
            *exact, prefix = phrase
            for start in range(len(keys) - size + 1):
                if keys[start + size - 1].startswith(prefix) and all(
                    keys[start + offset] == word for offset, word in enumerate(exact)
                ):
                    covered = found.setdefault(phrase, set())
                    covered.update(self.tokens[start + i][0] for i in range(size))
            if size == 1:
                for first, _last, joined in self.compounds:
                    if joined.startswith(prefix):
                        found.setdefault(phrase, set()).update(self._covering(first, prefix))
        return found

    def _covering(self, first: int, prefix: str) -> list[int]:
        """The words from ``first`` on that a joined ``prefix`` reaches into: "obrien"
        marks "O" and "Brien" of "O'Brien-Smith", not "Smith"."""
        covered, length = [], 0
        for index in range(first, len(self.word_keys)):
            covered.append(index)
            length += len(self.word_keys[index])
            if length >= len(prefix):
                break
        return covered

    def render(self, marked: set[int], first: int = 0, last: int | None = None) -> str:
        """Words ``first``..``last`` as HTML: escaped, runs of white space made one
        space, marked words in <b>, and an ellipsis where text was cut off."""
        count = len(self.spans)
        if not count:
            return ""
        last = count - 1 if last is None else last
        position = self.spans[first][0] if first > 0 else 0
        end = self.spans[last][1] if last < count - 1 else len(self.text)
        parts = ["… "] if first > 0 else []
        for index in sorted(index for index in marked if first <= index <= last):
            start, stop = self.spans[index]
            parts.append(_escape(self.text[position:start]))
            parts.append(f"<b>{_escape(self.text[start:stop])}</b>")
            position = stop
        parts.append(_escape(self.text[position:end]))
        if last < count - 1:
            parts.append(" …")
        return "".join(parts).strip()


def _escape(text: str) -> str:
    return html.escape(_WHITE_SPACE.sub(" ", text))


def highlight_html(text: str, phrases: Iterable[Phrase]) -> str:
    """All of ``text`` as escaped HTML with every match of ``phrases`` in <b>."""
    words = _Text(text, {})
    return words.render(_marked(words.hits(phrases)))


def snippet_html(title: str, body: str, phrases: Iterable[Phrase]) -> str:
    """The snippet of a hit: a window of the body around its first match, or, when only
    the title matched, the highlighted title."""
    return _Hit(title, body, tuple(phrases), {}).snippet()


def _marked(found: dict[Phrase, set[int]]) -> set[int]:
    return set().union(*found.values()) if found else set()


class _Hit:
    def __init__(
        self, title: str, body: str, phrases: tuple[Phrase, ...], cache: dict[str, tuple[str, ...]]
    ) -> None:
        self.title = _Text(title, cache)
        self.body = _Text(body, cache)
        self.in_title = self.title.hits(phrases)
        self.in_body = self.body.hits(phrases)

    def score(self, phrases: tuple[Phrase, ...]) -> float | None:
        if not all(p in self.in_title or p in self.in_body for p in phrases):
            return None
        score = -(TITLE_WEIGHT * len(_marked(self.in_title)) + len(_marked(self.in_body)))
        if all(p in self.in_title for p in phrases):
            score -= TITLE_FIRST
        return score

    def snippet(self) -> str:
        marked = _marked(self.in_body)
        if not marked and (self.in_title or not self.body.spans):
            return self.title.render(_marked(self.in_title))
        # Around the first hit in the body; the body's start when FTS5 found a hit that
        # these words do not show (a character unicode61 splits differently).
        count = len(self.body.spans)
        around = min(marked) - SNIPPET_WORDS_BEFORE if marked else 0
        first = max(min(around, count - SNIPPET_WORDS), 0)
        last = min(first + SNIPPET_WORDS, count) - 1
        return self.body.render(marked, first, last)


# -- unlocked private notes --------------------------------------------------------------


def search_private(
    notes: Iterable[tuple[str, str, str]], text: str, *, limit: int = 50
) -> list[SearchHit]:
    """Search private notes the caller has already unlocked: (note id, title, body).

    Matches and snippets as the index does; nothing is stored or kept after the call.
    Ranked by title-first, then by how many words matched (title words count
    TITLE_WEIGHT times).
    """
    phrases = query_phrases(text)
    if not phrases or limit <= 0:
        return []
    cache: dict[str, tuple[str, ...]] = {}
    hits: list[SearchHit] = []
    for note_id, title, body in notes:
        hit = _Hit(title, body, phrases, cache)
        score = hit.score(phrases)
        if score is not None:
            heading = title.strip() or first_words(body)
            hits.append(SearchHit(HitKind.PRIVATE, note_id, None, heading, hit.snippet(), score))
    hits.sort(key=lambda hit: hit.rank)
    return hits[:limit]


def short_query(phrases: tuple[Phrase, ...]) -> bool:
    """True for a query of one- or two-letter words only ("m", "ma", "a b"): it matches
    most of the index, where ranking every match by bm25 would take a long time and
    tell little (a word in nearly every record weighs almost nothing)."""
    return all(len(phrase) == 1 and len(phrase[0]) <= SHORT_PREFIX for phrase in phrases)


def make_hit(
    kind: str,
    ref_id: str,
    group_id: str | None,
    *,
    title: str,
    body: str,
    rank: float,
    phrases: tuple[Phrase, ...],
    cache: dict[str, tuple[str, ...]],
) -> SearchHit:
    """A hit from an index row (store/search_index.py), with its snippet. ``cache`` maps
    words to their folded tokens; share one dict across the hits of one query."""
    snippet = _Hit(title, body, phrases, cache).snippet()
    heading = title.strip() or first_words(body)
    return SearchHit(HitKind(kind), ref_id, group_id, heading, snippet, rank)
