"""The shared machinery for hand-edited TOML files: line finding, checks and the dumper."""

from __future__ import annotations

import math
import tomllib
from functools import partial
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.toml_lines import locate
from reflectdesk.core.tomlfile import (
    FieldChecker,
    FileProblem,
    FileProblemsError,
    load_toml,
    syntax_problem,
)
from reflectdesk.core.tomlwrite import toml_string, toml_value


class DeckFileError(FileProblemsError):
    """A stand-in for a future kind of file, to check what subclasses control."""

    code = "deck_file"
    kind = "deck file"
    note = "prompts are numbered from 1"


def checker_for(text: str) -> tuple[dict[str, Any], FieldChecker]:
    return load_toml(text, "test.toml", DeckFileError), FieldChecker(locate(text))


def read_back(value: str, *, multiline: bool = False) -> object:
    return tomllib.loads(f"v = {toml_string(value, multiline=multiline)}\n")["v"]


# --- finding lines ------------------------------------------------------------------------

# Line numbers matter below; the parsed structure is checked by tomllib in each test.
TRICKY = '''\
# [[prompts]] and title = "x" in a comment are not statements
title = "Deck"  # trailing comment with a ' quote
intro = """
[[prompts]]
text = "not a key: inside a multi-line string"
An escaped \\""" does not end it; "" and \\\\ are fine.
"""
literal = \'\'\'
[[prompts]] also not a header \'\'\'
tags = [
  "a ] bracket in a string",
  # a comment with ] in it
  'b',
]
"quoted key" = 1
dotted.inner = 2
inline = { a = "[", b = 2 }

[[prompts]]
text = "First"
weight = 1

[[prompts]]
# a comment before the first key
text = """Second,
over two lines"""
weight = [
  1,
]
[prompts.extra]
note = "a sub-table's keys belong to it, not to the prompt"

[meta]
author = "Ana"
'''
#  2 title   3 intro   8 literal   10 tags   15 "quoted key"   16 dotted   17 inline
# 19 [[prompts]]  20 text  21 weight
# 23 [[prompts]]  25 text  27 weight  30 [prompts.extra]  33 [meta]


def test_lines_of_top_level_keys_past_strings_comments_and_arrays() -> None:
    tomllib.loads(TRICKY)  # the test text must itself be valid TOML
    lines = locate(TRICKY)
    assert {key: lines.of(key) for key in ("title", "intro", "literal", "tags")} == {
        "title": 2,
        "intro": 3,
        "literal": 8,
        "tags": 10,
    }
    assert lines.of("quoted key") == 15
    assert lines.of("dotted") == 16
    assert lines.of("inline") == 17
    assert lines.of("prompts") == 19  # the first [[prompts]] header
    assert lines.of("meta") == 33
    assert lines.of("text") is None  # only inside tables, never at the top level
    assert lines.of("author") is None


def test_lines_of_array_tables_and_their_keys() -> None:
    lines = locate(TRICKY)
    assert lines.of_item("prompts", 0) == 19
    assert lines.of_item("prompts", 0, "weight") == 21
    assert lines.of_item("prompts", 1, "text") == 25
    assert lines.of_item("prompts", 1, "weight") == 27
    assert lines.of_item("prompts", 1, "extra") == 30
    # A key the table lacks points at its header; a table that does not exist, at the first.
    assert lines.of_item("prompts", 1, "missing") == 23
    assert lines.of_item("prompts", 5) == 19
    assert lines.of_item("questions", 0) is None


def test_an_inline_array_of_tables_falls_back_to_its_key() -> None:
    text = 'title = "x"\nprompts = [\n  { text = "a" },\n  { text = "b" },\n]\n'
    lines = locate(text)
    assert lines.of_item("prompts", 1, "text") == 2


def test_lines_are_counted_by_newline_only() -> None:
    # U+2028 and U+0085 inside a string are not line breaks to tomllib, nor to locate.
    text = 'a = "one\u2028two\x85three"\r\nb = 2\r\n'
    assert tomllib.loads(text)["b"] == 2
    assert locate(text).of("b") == 2


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=30), st.booleans()), min_size=1, max_size=8))
def test_lines_of_dumped_values_are_found(values: list[tuple[str, bool]]) -> None:
    """Whatever a value holds, the key after it is found on the line it was written."""
    written = [
        f"k{n} = {toml_string(value, multiline=multi)}" for n, (value, multi) in enumerate(values)
    ]
    text = "\n".join(written) + "\n"
    lines = locate(text)
    expected = 1
    for n, line in enumerate(written):
        assert lines.of(f"k{n}") == expected
        expected += line.count("\n") + 1


# --- syntax errors and the error class ------------------------------------------------------


def test_a_syntax_error_names_its_line_and_column() -> None:
    text = 'title = "x"\n\nweight = = 3\n'
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads(text)
    problem = syntax_problem(caught.value, text)
    assert (problem.field, problem.line) == ("", 3)
    assert problem.message.startswith("not valid TOML: ")
    assert "(column " in problem.message


def test_a_syntax_error_at_the_end_names_the_last_line() -> None:
    with pytest.raises(DeckFileError) as caught:
        load_toml('title = "x"\ntext = """never closed\n\n', "deck.toml", DeckFileError)
    (problem,) = caught.value.problems
    assert problem.line == 3
    assert problem.message.endswith("(end of file)")


def test_the_error_names_the_kind_of_file_and_lists_problems_in_file_order() -> None:
    error = DeckFileError(
        "deck.toml",
        [
            FileProblem("prompts[2].text", 9, "is required"),
            FileProblem("title", None, "is required"),
            FileProblem("", 4, "oops"),
        ],
    )
    assert isinstance(error, ReflectDeskError)
    assert error.code == "deck_file"
    assert error.params == {"source": "deck.toml", "count": 3}
    assert str(error).splitlines() == [
        "deck.toml: this deck file cannot be used; 3 problems found (prompts are numbered from 1):",
        "deck.toml: title: is required",
        "deck.toml: line 4: oops",
        "deck.toml: line 9: prompts[2].text: is required",
    ]


def test_the_base_error_reads_well_without_a_note() -> None:
    error = FileProblemsError("x.toml", [FileProblem("a", 1, "is wrong")])
    assert str(error).splitlines()[0] == "x.toml: this file cannot be used; 1 problem found:"


# --- checks -------------------------------------------------------------------------------

DECK = """\
title = "Deck"
titel = "typo"
colour = "red"
size = 3

[[prompts]]
txt = "A prompt"
weight = 2.0

[[prompts]]
text = "Second"
weight = true
"""


def test_unknown_keys_get_a_hint_and_a_line() -> None:
    data, check = checker_for(DECK)
    check.unknown(data, ("title", "colour", "size", "prompts"), kind="top-level")
    check.unknown(data["prompts"][0], ("text", "weight"), kind="prompt", prefix="prompts[1].")
    by_field = {problem.field: problem for problem in check.problems}
    assert [(p.field, p.line) for p in check.problems] == [("titel", 2), ("prompts[1].txt", 7)]
    assert by_field["titel"].message == (
        'unknown field; top-level fields are title, colour, size, prompts; did you mean "title"?'
    )
    assert by_field["prompts[1].txt"].message.endswith('did you mean "text"?')


def test_an_unknown_key_far_from_any_known_one_gets_no_hint() -> None:
    data, check = checker_for('title = "x"\nzzzzzz = 1\n')
    check.unknown(data, ("title",), kind="top-level")
    assert check.problems == [FileProblem("zzzzzz", 2, "unknown field; top-level fields are title")]


@pytest.mark.parametrize("value", ["2.0", "true", "0", "11", '"5"'])
def test_integers_refuse_floats_bools_strings_and_values_out_of_range(value: str) -> None:
    data, check = checker_for(f"size = {value}\n")
    assert check.integer("size", data.get("size"), minimum=1, maximum=10) is None
    (problem,) = check.problems
    assert (problem.field, problem.line) == ("size", 1)
    assert problem.message.startswith("must be a whole number from 1 to 10, not ")


def test_a_missing_integer_has_no_line_and_says_what_is_wanted() -> None:
    _, check = checker_for("")
    assert check.integer("size", None, minimum=1, maximum=10) is None
    assert check.problems == [FileProblem("size", None, "is required: a whole number from 1 to 10")]


def test_text_checks() -> None:
    data, check = checker_for(
        'a = "  ok  "\nb = "x\\ny"\nc = "x\\u0007"\nd = "long"\ne = 5\nf = " "\n'
    )
    assert check.text("a", data["a"], limit=5, required=True) == "ok"
    assert check.text("b", data["b"], limit=5, required=True) == ""
    assert check.text("b", data["b"], limit=5, required=True, multiline=True) == "x\ny"
    assert check.text("c", data["c"], limit=5, required=False, multiline=True) == ""
    assert check.text("d", data["d"], limit=3, required=True) == ""
    assert check.text("e", data["e"], limit=3, required=True) == ""
    assert check.text("f", data["f"], limit=3, required=True) == ""
    assert check.text("g", None, limit=3, required=False) == ""
    assert check.text("h", None, limit=3, required=True) == ""
    assert [(p.field, p.line, p.message) for p in check.problems] == [
        ("b", 2, "must not contain line breaks or control characters"),
        ("c", 3, "must not contain control characters"),
        ("d", 4, "is 4 characters long; the limit is 3"),
        ("e", 5, "must be text in quotes, not 5"),
        ("f", 6, "must not be empty"),
        ("h", None, "is required"),
    ]


def test_keys_and_choices() -> None:
    data, check = checker_for('key = "Not A Key"\nkind = "scael"\n')
    assert check.key("key", data["key"], example="my-deck", required=True) == ""
    assert check.key("deck", None, example="my-deck", required=False) == ""
    assert check.key("good", "my-deck", example="my-deck", required=True) == "my-deck"
    assert check.choice("kind", data["kind"], choices=("scale", "open")) == ""
    assert check.choice("kind", "open", choices=("scale", "open")) == "open"
    assert [(p.field, p.line) for p in check.problems] == [("key", 1), ("kind", 2)]
    assert '(such as "my-deck"), not "Not A Key"' in check.problems[0].message
    assert check.problems[1].message == 'must be one of scale, open; not "scael"'


def read_prompt(check: FieldChecker, index: int, table: dict[str, Any]) -> str | None:
    return (
        check.text(f"prompts[{index + 1}].text", table.get("text"), limit=20, required=True) or None
    )


def test_arrays_of_tables_are_read_item_by_item_within_a_limit() -> None:
    # Headers on lines 1, 4, 7, 10 and 13; the last prompt's empty text on line 14.
    texts = ["P0", "P1", "P2", "P3", ""]
    data, check = checker_for("".join(f'[[prompts]]\ntext = "{t}"\n\n' for t in texts))
    read = partial(read_prompt, check)
    assert check.tables("prompts", data["prompts"], read, contents="a text", limit=3) == [
        "P0",
        "P1",
        "P2",
        "P3",
    ]
    assert [(p.field, p.line) for p in check.problems] == [
        ("prompts", 10),  # the first table over the limit
        ("prompts[5].text", 14),
    ]
    assert check.problems[0].message == "has 5 prompts; the limit is 3"


def test_an_array_item_that_is_not_a_table_or_a_missing_array() -> None:
    data, check = checker_for('prompts = [\n  "loose text",\n  { text = "ok" },\n]\n')
    read = partial(read_prompt, check)
    assert check.tables("prompts", data["prompts"], read, contents="a text", limit=3) == ["ok"]
    assert check.tables("questions", None, read, contents="a text", limit=3) == []
    assert [(p.field, p.line, p.message) for p in check.problems] == [
        ("prompts[1]", 1, 'must be a [[prompts]] table with a text, not "loose text"'),
        ("questions", None, "at least one [[questions]] table is required"),
    ]


# --- writing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('say "hi"', r'"say \"hi\""'),
        ("C:\\path\\", r'"C:\\path\\"'),
        ("a\nb", r'"a\nb"'),
        ("tab\there", r'"tab\there"'),
        ("\b\f\r", r'"\b\f\r"'),
        ("nul\x00 us\x1f del\x7f c1\x85", r'"nul\u0000 us\u001F del\u007F c1\u0085"'),
        ("🙂 𝄞 Ψυχή İı", '"🙂 𝄞 Ψυχή İı"'),
        ("", '""'),
    ],
)
def test_strings_are_escaped_only_where_toml_needs_it(value: str, written: str) -> None:
    assert toml_string(value) == written
    assert read_back(value) == value


def test_multiline_strings_keep_line_breaks_and_escape_quotes() -> None:
    value = 'First line\n"""quoted""" \\ end\r\n\nlast line ends in a quote"'
    written = toml_string(value, multiline=True)
    assert written.startswith('"""\nFirst line\n')
    assert "\\r\n" in written
    assert read_back(value, multiline=True) == value
    # Without a line break there is nothing to gain from triple quotes.
    assert toml_string("one line", multiline=True) == '"one line"'


def test_a_lone_surrogate_cannot_be_written() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        toml_string("broken \ud800 text")


@settings(max_examples=300, deadline=None)
@given(st.text(), st.booleans())
def test_any_string_survives_a_round_trip(value: str, multiline: bool) -> None:
    assert read_back(value, multiline=multiline) == value


def test_values_round_trip() -> None:
    values: list[object] = [True, False, 0, -7, 2**62, 1.5, -0.0, 1e300, ["a", 1, [2.5, False]], ()]
    for value in values:
        expected = list(value) if isinstance(value, tuple) else value
        assert tomllib.loads(f"v = {toml_value(value)}")["v"] == expected
    assert toml_value(True) == "true"
    assert toml_value(3) == "3"
    assert math.isinf(tomllib.loads(f"v = {toml_value(float('-inf'))}")["v"])
    assert math.isnan(tomllib.loads(f"v = {toml_value(float('nan'))}")["v"])
    with pytest.raises(TypeError):
        toml_value({"a": 1})
