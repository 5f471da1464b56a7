"""Search as plain Python: the query a user types, the FTS5 expression made from it, the
hits, their highlighted snippets, and the search over unlocked private notes.

Pure Python (the FTS5 index itself lives in store/search_index.py). Both searches match
the same way: the query and the text are folded with :func:`reflectdesk.core.names.fold`
(accents and case removed, Turkish dotless i, IJ, ß -> ss, Greek accents and final sigma),
and every word of the query must begin a word of the text. A query word with inner
punctuation ("2026-11-24", "van't") must match as a phrase: the same words in a row.

"Straße" and "strasse" find each other (fold() turns ß into ss, as German spelling rules
and Swiss German do), and so does any prefix of the folded form: "stras", "straß".
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from reflectdesk.core.names import fold

__all__ = [
    "MAX_PHRASES",
    "MAX_QUERY_LENGTH",
    "TITLE_FIRST",
    "HitKind",
    "Phrase",
    "SearchHit",
    "highlight_html",
    "make_hit",
    "match_expression",
    "query_phrases",
    "search_private",
    "snippet_html",
]

MAX_QUERY_LENGTH = 200  # characters of the typed text that are looked at
MAX_PHRASES = 12
MAX_PHRASE_WORDS = 8
SNIPPET_WORDS = 24  # words shown around the first hit in a body
SNIPPET_WORDS_BEFORE = 6
# Subtracted from the rank of a hit whose title holds every word of the query, so that
# sorting by rank alone puts all of them before hits found only in a body.
TITLE_FIRST = 1_000_000.0
TITLE_WEIGHT = 10.0  # a word in a title counts as much as ten in a body

_WHITE_SPACE = re.compile(r"\s+")

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
    minus TITLE_FIRST when the title holds every word of the query)."""

    kind: HitKind
    ref_id: str
    group_id: str | None
    title: str
    snippet_html: str
    rank: float


# -- the query ---------------------------------------------------------------------------


def query_phrases(text: str) -> tuple[Phrase, ...]:
    """The folded phrases of a typed query, one per whitespace-separated chunk.

    Everything that is not a letter or digit separates words, so FTS5 syntax typed by the
    user (quotes, ``*``, ``-``, ``:``, parentheses) is dropped; operator words (AND, NEAR)
    become ordinary words. Empty for a query with nothing to search for.
    """
    phrases: list[Phrase] = []
    for chunk in text[:MAX_QUERY_LENGTH].split():
        words = tuple(_tokens(fold(chunk)))[:MAX_PHRASE_WORDS]
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


def _is_word_char(ch: str) -> bool:
    # Letters, digits and marks (a decomposed accent stays with its letter); unicode61
    # counts letters, digits and private-use characters as token characters.
    category = unicodedata.category(ch)
    return category[0] in "LNM" or category == "Co"


def _tokens(folded: str) -> Iterator[str]:
    start = None
    for index, ch in enumerate(folded):
        if _is_word_char(ch):
            if start is None:
                start = index
        elif start is not None:
            yield folded[start:index]
            start = None
    if start is not None:
        yield folded[start:]


class _Text:
    """A text split into words (character spans) with their folded tokens."""

    def __init__(self, text: str, cache: dict[str, tuple[str, ...]]) -> None:
        self.text = text
        self.spans: list[tuple[int, int]] = []
        # (word index, folded token): a word can fold to several tokens ("½" -> 1, 2).
        self.tokens: list[tuple[int, str]] = []
        for start, end in _word_spans(text):
            word = text[start:end]
            keys = cache.get(word)
            if keys is None:
                keys = (word.lower(),) if word.isascii() else tuple(_tokens(fold(word)))
                cache[word] = keys
            for key in keys:
                self.tokens.append((len(self.spans), key))
            self.spans.append((start, end))

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
        return found

    def render(self, marked: set[int], first: int = 0, last: int | None = None) -> str:
        """Words ``first``..``last`` as HTML: escaped, runs of white space made one
        space, marked words in <b>, and an ellipsis where text was cut off."""
        if not self.spans:
            return ""
        last = len(self.spans) - 1 if last is None else last
        parts = ["… "] if first > 0 else []
        position = self.spans[first][0] if first > 0 else 0
        for index in range(first, last + 1):
            start, end = self.spans[index]
            parts.append(_escape(self.text[position:start]))
            word = _escape(self.text[start:end])
            parts.append(f"<b>{word}</b>" if index in marked else word)
            position = end
        if last < len(self.spans) - 1:
            parts.append(_escape(self.text[position : self.spans[last + 1][0]]).rstrip())
            parts.append(" …")
        else:
            parts.append(_escape(self.text[position:]))
        return "".join(parts).strip()


def _word_spans(text: str) -> Iterator[tuple[int, int]]:
    start = None
    for index, ch in enumerate(text):
        if _is_word_char(ch):
            if start is None:
                start = index
        elif start is not None:
            yield start, index
            start = None
    if start is not None:
        yield start, len(text)


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

    def snippet(self) -> str:
        marked = _marked(self.in_body)
        if not marked:
            return self.title.render(_marked(self.in_title))
        count = len(self.body.spans)
        first = max(min(min(marked) - SNIPPET_WORDS_BEFORE, count - SNIPPET_WORDS), 0)
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
        if not all(p in hit.in_title or p in hit.in_body for p in phrases):
            continue
        score = -(TITLE_WEIGHT * len(_marked(hit.in_title)) + len(_marked(hit.in_body)))
        if all(p in hit.in_title for p in phrases):
            score -= TITLE_FIRST
        hits.append(SearchHit(HitKind.PRIVATE, note_id, None, title, hit.snippet(), score))
    hits.sort(key=lambda hit: hit.rank)
    return hits[:limit]


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
    return SearchHit(HitKind(kind), ref_id, group_id, title, snippet, rank)
