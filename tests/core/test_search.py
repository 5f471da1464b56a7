"""The pure half of search: the query builder, snippets, and the search over unlocked
private notes."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflectdesk.core.search import (
    MAX_PHRASES,
    TITLE_FIRST,
    HitKind,
    highlight_html,
    match_expression,
    query_phrases,
    search_private,
    snippet_html,
)

# What match_expression may produce: quoted phrases ("" inside is an escaped quote), each
# with a prefix star, separated by single spaces.
EXPRESSION = re.compile(r'("(?:[^"]|"")+"\*)( "(?:[^"]|"")+"\*)*')


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize = 'unicode61 remove_diacritics 2')"
    )
    connection.execute("INSERT INTO t VALUES ('huseyin ikiz', 'near and or not')")
    yield connection
    connection.close()


# -- the query builder -----------------------------------------------------------------


def test_words_are_folded_and_quoted_with_a_prefix_star() -> None:
    phrases = query_phrases("  Hüseyin   İKIZ ")

    assert phrases == (("huseyin",), ("ikiz",))
    assert match_expression(phrases) == '"huseyin"* "ikiz"*'


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("ıkız", "ikiz"),
        ("IKIZ", "ikiz"),
        ("İkiz", "ikiz"),
        ("IJsbrand", "ijsbrand"),
        ("Ĳsbrand", "ijsbrand"),  # the ligature
        ("Straße", "strasse"),
        ("STRASSE", "strasse"),
        ("Παπαδόπουλος", "παπαδοπουλοσ"),
        ("ΠΑΠΑΔΟΠΟΥΛΟΣ", "παπαδοπουλοσ"),
        ("Kılıç", "kilic"),
        ("Łódź", "lodz"),
    ],
)
def test_folding_of_a_query_word(typed: str, folded: str) -> None:
    assert query_phrases(typed) == ((folded,),)


def test_a_word_with_inner_punctuation_is_one_phrase() -> None:
    assert query_phrases("2026-11-24 van't") == (("2026", "11", "24"), ("van", "t"))
    assert match_expression(query_phrases("2026-11-24")) == '"2026 11 24"*'


@pytest.mark.parametrize("blank", ["", "   ", "\t\n", '"', "*", "-", ":", "()", "—", '"*"'])
def test_nothing_to_search_for(blank: str) -> None:
    assert query_phrases(blank) == ()
    assert match_expression(query_phrases(blank)) == ""


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ('"unbalanced', '"unbalanced"*'),
        ("AND OR", '"and"* "or"*'),
        ("NOT x", '"not"* "x"*'),
        ("NEAR(a b", '"near a"* "b"*'),
        ("col:x", '"col x"*'),
        ("-minus", '"minus"*'),
        ("^start", '"start"*'),
        ("x* y*", '"x"* "y"*'),
        ("a AND (b OR c", '"a"* "and"* "b"* "or"* "c"*'),
        ("{title_key}:secret", '"title key secret"*'),
    ],
)
def test_fts_syntax_typed_by_the_user_is_text(
    typed: str, expression: str, fts: sqlite3.Connection
) -> None:
    assert match_expression(query_phrases(typed)) == expression
    fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()


def test_repeated_words_count_once_and_long_input_is_cut() -> None:
    assert query_phrases("anna anna ANNA") == (("anna",),)
    phrases = query_phrases(" ".join(f"w{i}" for i in range(1_000)))
    assert len(phrases) == MAX_PHRASES
    assert len(query_phrases("x" * 1_000)[0][0]) <= 200


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_typed_text_makes_a_valid_expression(typed: str) -> None:
    expression = match_expression(query_phrases(typed))

    assert expression == "" or EXPRESSION.fullmatch(expression)
    if expression:
        connection = sqlite3.connect(":memory:")
        try:
            connection.execute(
                "CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2')"
            )
            connection.execute("INSERT INTO t VALUES ('something')")
            connection.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()
            column = f"a : ({expression})"
            connection.execute("SELECT rowid FROM t WHERE t MATCH ?", (column,)).fetchall()
        finally:
            connection.close()


# -- snippets --------------------------------------------------------------------------


def test_snippet_shows_the_original_text_with_hits_in_bold() -> None:
    phrases = query_phrases("huseyin ikiz")

    assert snippet_html("Hüseyin İkiz", "", phrases) == "<b>Hüseyin</b> <b>İkiz</b>"


def test_snippet_escapes_everything_but_the_bold() -> None:
    phrases = query_phrases("script")

    assert snippet_html("<script>", "", phrases) == "&lt;<b>script</b>&gt;"
    body = 'Say "hi" & <b>bye</b> to script kiddies'
    assert snippet_html("t", body, phrases) == (
        "Say &quot;hi&quot; &amp; &lt;b&gt;bye&lt;/b&gt; to <b>script</b> kiddies"
    )


def test_snippet_is_a_window_of_a_long_body_around_the_first_hit() -> None:
    words = [f"word{i}" for i in range(100)]
    words[50] = "Eertwegh"
    body = "\n\n".join(words)

    snippet = snippet_html("title", body, query_phrases("eert"))

    assert snippet.startswith("… word44 ")
    assert "<b>Eertwegh</b>" in snippet
    assert snippet.endswith(" …")
    assert "\n" not in snippet
    assert len(snippet.split()) <= 24 + 2


def test_snippet_of_a_title_only_hit_is_the_title() -> None:
    assert snippet_html("IJsbrand", "no hit here", query_phrases("ijsbr")) == "<b>IJsbrand</b>"


def test_highlight_marks_a_phrase_only_where_its_words_follow_each_other() -> None:
    phrases = query_phrases("2026-11-24")

    assert highlight_html("2026-11-24 and 24 11 2026", phrases) == (
        "<b>2026</b>-<b>11</b>-<b>24</b> and 24 11 2026"
    )


# -- unlocked private notes ------------------------------------------------------------

NOTES = [
    ("n1", "Hüseyin", "Talked about night shifts on the Straße ward."),
    ("n2", "Follow-up", "Hüseyin İkiz was quiet; ask IJsbrand van den Eertwegh."),
    ("n3", "Παπαδόπουλος", "Κατερίνα presented the case."),
]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("huseyin", ["n1", "n2"]),
        ("ikiz", ["n2"]),
        ("IKIZ", ["n2"]),
        ("eertwegh", ["n2"]),
        ("ijsbr", ["n2"]),
        ("strasse", ["n1"]),
        ("παπαδοπουλος", ["n3"]),
        ("huseyin eertwegh", ["n2"]),  # every word must match
        ("huseyin nobody", []),
        ("", []),
    ],
)
def test_search_private_finds_folded_prefixes(typed: str, found: list[str]) -> None:
    assert [hit.ref_id for hit in search_private(NOTES, typed)] == found


def test_search_private_puts_title_hits_first_and_shows_snippets() -> None:
    hits = search_private(NOTES, "Hüseyin")

    assert [hit.ref_id for hit in hits] == ["n1", "n2"]
    assert hits[0].rank < -TITLE_FIRST < hits[1].rank
    assert all(hit.kind is HitKind.PRIVATE and hit.group_id is None for hit in hits)
    assert hits[0].snippet_html == "<b>Hüseyin</b>"
    assert hits[1].snippet_html.startswith("<b>Hüseyin</b> İkiz was quiet")


def test_search_private_takes_any_iterable_once_and_keeps_a_limit() -> None:
    notes = ((f"n{i}", "", f"ward round {i}") for i in range(10))

    assert len(search_private(notes, "ward", limit=3)) == 3
