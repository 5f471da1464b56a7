"""Format files: the built-ins, the round trip through TOML, and problems with line numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflectdesk.core import shipped
from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.formats import (
    FAMILIES,
    KEY_PATTERN,
    FormatDefinition,
    FormatFileError,
    FormatProblem,
    PhaseDefinition,
    dump_format,
    load_builtin_formats,
    parse_format,
)

KNOWN_DECKS = {
    "gibbs",
    "what-so-what-now-what",
    "kolb",
    "what-why-how",
    "balint-leader",
    "intervision-questions",
    "collaborative-reflection",
    "ground-rules",
    "check-in-out",
    "safety",
}

EXPECTED_KEYS = {
    "balint-one-case",
    "balint-two-cases",
    "collaborative-reflection",
    "intervision-incident",
    "intervision-gossip",
    "intervision-socratic",
    "intervision-problem-solving",
    "co-creation-bulletin",
    "check-in-out",
}

# Line numbers matter in the tests below; they are given beside each line.
VALID = """\
schema = 1
key = "test-format"
name = "Test format"
family = "intervision"
description = "A format for tests."

[[phases]]
name = "First"
minutes = 5

[[phases]]
name = "Second"
minutes = 10
cue = "Listen."

[[phases]]
name = "Third"
minutes = 15
deck = "intervision-questions"
"""
#  1 schema          7 [[phases]]     11 [[phases]]     16 [[phases]]
#  2 key             8   name         12   name         17   name
#  3 name            9   minutes      13   minutes      18   minutes
#  4 family                           14   cue          19   deck
#  5 description

# Lines 1-6 of VALID: everything before the first [[phases]].
PREAMBLE = VALID.split("[[phases]]", maxsplit=1)[0]


def problems_of(text: str) -> list[FormatProblem]:
    with pytest.raises(FormatFileError) as caught:
        parse_format(text, "test.toml")
    return caught.value.problems


def where(text: str) -> list[tuple[str, int | None]]:
    return [(problem.field, problem.line) for problem in problems_of(text)]


def edit(old: str, new: str, *, count: int = 1) -> str:
    """VALID with the ``count``-th occurrence of ``old`` replaced."""
    parts = VALID.split(old)
    assert len(parts) > count, f"{old!r} occurs fewer than {count} times"
    return old.join(parts[:count]) + new + old.join(parts[count:])


# --- built-in formats ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def builtins() -> dict[str, FormatDefinition]:
    return {fmt.key: fmt for fmt in load_builtin_formats()}


def test_every_builtin_file_parses_with_a_unique_key() -> None:
    loaded = load_builtin_formats()
    keys = [fmt.key for fmt in loaded]
    assert len(keys) == len(set(keys))
    assert set(keys) == EXPECTED_KEYS


def test_builtin_file_names_match_their_keys() -> None:
    folder = Path(__file__).resolve().parents[2] / "resources" / "formats"
    for path in folder.glob("*.toml"):
        assert parse_format(path.read_text(encoding="utf-8"), path.name).key == path.stem


@pytest.mark.parametrize(
    ("key", "low", "high"),
    [
        ("balint-one-case", 45, 55),
        ("balint-two-cases", 85, 95),
        ("collaborative-reflection", 45, 90),
        ("intervision-incident", 60, 70),
        ("intervision-gossip", 55, 65),
        ("intervision-socratic", 35, 45),
        ("intervision-problem-solving", 55, 65),
        ("co-creation-bulletin", 45, 90),
        ("check-in-out", 5, 20),
    ],
)
def test_builtin_totals_are_sensible(
    builtins: dict[str, FormatDefinition], key: str, low: int, high: int
) -> None:
    assert low <= builtins[key].total_minutes <= high


def test_builtin_minutes_follow_the_published_structures(
    builtins: dict[str, FormatDefinition],
) -> None:
    def plan(key: str) -> list[int]:
        return [phase.minutes for phase in builtins[key].phases]

    assert plan("intervision-incident") == [5, 10, 5, 15, 10, 10, 10]
    assert plan("intervision-gossip")[:4] == [5, 15, 15, 15]
    assert plan("intervision-socratic")[:4] == [5, 10, 1, 10]
    assert plan("intervision-problem-solving")[:4] == [5, 20, 15, 15]


def test_minutes_in_a_builtin_name_match_its_total(
    builtins: dict[str, FormatDefinition],
) -> None:
    for fmt in builtins.values():
        stated = re.search(r"\((\d+) min\)", fmt.name)
        if stated:
            assert int(stated.group(1)) == fmt.total_minutes, fmt.key


def test_builtins_reference_only_known_decks_and_have_descriptions(
    builtins: dict[str, FormatDefinition],
) -> None:
    for fmt in builtins.values():
        assert fmt.description
        for phase in fmt.phases:
            assert phase.deck is None or phase.deck in KNOWN_DECKS, (fmt.key, phase.name)


def test_balint_formats_tell_the_presenter_to_listen(
    builtins: dict[str, FormatDefinition],
) -> None:
    for key in ("balint-one-case", "balint-two-cases"):
        cues = [phase.cue for phase in builtins[key].phases]
        assert any("sits back and listens without speaking" in cue for cue in cues)


def test_builtins_come_in_picker_order() -> None:
    families = [fmt.family for fmt in load_builtin_formats()]
    order = [FAMILIES.index(family) for family in families]
    assert order == sorted(order)
    assert families[0] == "balint"
    assert families[-1] == "check-in-out"


@pytest.mark.parametrize("key", sorted(EXPECTED_KEYS))
def test_builtin_round_trip(builtins: dict[str, FormatDefinition], key: str) -> None:
    fmt = builtins[key]
    assert parse_format(dump_format(fmt)) == fmt


def test_a_key_used_twice_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    first = tmp_path / "a.toml"
    second = tmp_path / "b.toml"
    first.write_text(VALID, encoding="utf-8")
    second.write_text(VALID, encoding="utf-8")
    monkeypatch.setattr(shipped, "list_resources", lambda folder, suffix: [first, second])
    with pytest.raises(FormatFileError) as caught:
        load_builtin_formats()
    assert caught.value.source == "formats/b.toml"
    assert [(p.field, p.line) for p in caught.value.problems] == [("key", 2)]
    assert "formats/a.toml" in str(caught.value)


# --- round trip ---------------------------------------------------------------------------


def test_parse_valid_text() -> None:
    fmt = parse_format(VALID)
    assert fmt == FormatDefinition(
        key="test-format",
        name="Test format",
        family="intervision",
        description="A format for tests.",
        phases=(
            PhaseDefinition("First", 5),
            PhaseDefinition("Second", 10, cue="Listen."),
            PhaseDefinition("Third", 15, deck="intervision-questions"),
        ),
    )
    assert fmt.total_minutes == 30


def test_dump_keeps_unicode_and_escapes_what_toml_needs() -> None:
    fmt = FormatDefinition(
        key="awkward-1",
        name='Ψυχή — "İyi" \\ günler',
        family="custom",
        description='Line one\nLine "two" with \\ and """ and a tab\there',
        phases=(PhaseDefinition("Φάση ı", 3, cue='Say "hello" \\ wait', deck="gibbs"),),
    )
    text = dump_format(fmt)
    assert "Ψυχή" in text
    assert "İyi" in text
    assert "Φάση ı" in text
    assert parse_format(text) == fmt


AWKWARD_PIECES = [
    "α",
    "Ω",
    "ğ",
    "İ",
    "ı",
    "ş",
    "Ç",
    '"',
    "'",
    "\\",
    '"""',
    "'''",
    "#",
    "=",
    "[[phases]]",
    "—",
    "🙂",
    "e\u0301",
    "\u200d",
    " ",
]

single_line_piece = st.one_of(
    st.sampled_from(AWKWARD_PIECES),
    st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")),
)


def line_text(max_size: int) -> st.SearchStrategy[str]:
    return (
        st.lists(single_line_piece, min_size=1, max_size=max_size)
        .map(lambda pieces: "".join(pieces).strip())
        .filter(lambda text: 0 < len(text) <= max_size)
    )


description_text = (
    st.lists(
        st.one_of(single_line_piece, st.sampled_from(["\n", "\t", "\\\n", "\nminutes = 0\n"])),
        max_size=60,
    )
    .map(lambda pieces: "".join(pieces).strip())
    .filter(lambda text: len(text) <= 2000)
)

keys = st.from_regex(KEY_PATTERN, fullmatch=True)

phases = st.builds(
    PhaseDefinition,
    name=line_text(80),
    minutes=st.integers(min_value=1, max_value=240),
    cue=st.one_of(st.just(""), line_text(300)),
    deck=st.one_of(st.none(), keys),
)

format_definitions = st.builds(
    FormatDefinition,
    key=keys,
    name=line_text(120),
    family=st.sampled_from(FAMILIES),
    description=description_text,
    phases=st.lists(phases, min_size=1, max_size=6).map(tuple),
)


@settings(max_examples=200, deadline=None)
@given(format_definitions)
def test_round_trip_of_generated_formats(fmt: FormatDefinition) -> None:
    assert parse_format(dump_format(fmt)) == fmt


# --- problems -----------------------------------------------------------------------------


def test_toml_syntax_error_gives_the_line_tomllib_reports() -> None:
    problems = problems_of(edit("minutes = 10", "minutes = = 10"))
    assert [(p.field, p.line) for p in problems] == [("", 13)]
    assert "not valid TOML" in problems[0].message


def test_toml_syntax_error_at_the_end_of_the_file() -> None:
    assert where(VALID + 'cue = "never closed') == [("", 20)]


def test_missing_name() -> None:
    assert where(edit('name = "Test format"\n', "")) == [("name", None)]


@pytest.mark.parametrize("value", ["0", '"five"', "2.5", "241", "true", "-3"])
def test_bad_minutes(value: str) -> None:
    problems = problems_of(edit("minutes = 10", f"minutes = {value}"))
    assert [(p.field, p.line) for p in problems] == [("phases[2].minutes", 13)]
    assert "must be a whole number from 1 to 240" in problems[0].message


def test_problem_text_names_line_field_and_reason() -> None:
    (problem,) = problems_of(edit("minutes = 10", "minutes = 0"))
    assert str(problem) == "line 13: phases[2].minutes: must be a whole number from 1 to 240, not 0"


def test_unknown_key_in_the_third_phase() -> None:
    problems = problems_of(edit("minutes = 15", "minuts = 15"))
    assert [(p.field, p.line) for p in problems] == [
        ("phases[3].minutes", 16),  # missing: points at the phase's [[phases]] header
        ("phases[3].minuts", 18),
    ]
    assert 'did you mean "minutes"' in problems[1].message


def test_unknown_top_level_key_and_table() -> None:
    text = VALID.replace('family = "intervision"\n', 'family = "intervision"\nauthr = "x"\n')
    text += "\n[meta]\nowner = 1\n"
    assert where(text) == [("authr", 5), ("meta", 22)]


def test_no_phases() -> None:
    text = PREAMBLE
    assert where(text) == [("phases", None)]
    assert where(text + "phases = []\n") == [("phases", 7)]


@pytest.mark.parametrize(
    ("old", "new", "field", "line"),
    [
        ('family = "intervision"', 'family = "balnt"', "family", 4),
        ('key = "test-format"', 'key = "Test Format"', "key", 2),
        ('key = "test-format"', 'key = "-x"', "key", 2),
        ('key = "test-format"', 'key = "ab"', "key", 2),
        ('key = "test-format"', "key = 7", "key", 2),
        ("schema = 1", "schema = 2", "schema", 1),
        ("schema = 1", 'schema = "1"', "schema", 1),
        ('name = "Test format"', f'name = "{"x" * 500}"', "name", 3),
        ('name = "Test format"', 'name = "   "', "name", 3),
        ('name = "Test format"', 'name = "two\\nlines"', "name", 3),
        ('cue = "Listen."', f'cue = "{"y" * 301}"', "phases[2].cue", 14),
        ('deck = "intervision-questions"', 'deck = "Intervision Questions"', "phases[3].deck", 19),
        ('name = "Second"', 'name = ""', "phases[2].name", 12),
    ],
)
def test_bad_field_is_reported_at_its_line(old: str, new: str, field: str, line: int) -> None:
    assert where(edit(old, new)) == [(field, line)]


def test_name_too_long_says_how_long() -> None:
    (problem,) = problems_of(edit('name = "Test format"', f'name = "{"x" * 500}"'))
    assert "500" in problem.message
    assert "120" in problem.message


def test_schema_2_explains_the_supported_version() -> None:
    (problem,) = problems_of(edit("schema = 1", "schema = 2"))
    assert "must be 1, not 2" in problem.message


def test_multiple_problems_are_all_reported_at_once() -> None:
    text = (
        VALID.replace("schema = 1", "schema = 2")
        .replace('family = "intervision"', 'family = "balnt"')
        .replace("minutes = 5", "minutes = 0")
        .replace("minutes = 15", "minuts = 15")
    )
    assert where(text) == [
        ("schema", 1),
        ("family", 4),
        ("phases[1].minutes", 9),
        ("phases[3].minutes", 16),
        ("phases[3].minuts", 18),
    ]


def test_error_message_lists_every_problem_prefixed_by_the_source() -> None:
    text = VALID.replace("schema = 1", "schema = 2").replace("minutes = 5", "minutes = 0")
    with pytest.raises(FormatFileError) as caught:
        parse_format(text, "my-format.toml")
    error = caught.value
    assert isinstance(error, ReflectDeskError)
    assert error.code == "format_file"
    assert error.source == "my-format.toml"
    lines = str(error).splitlines()
    assert all(line.startswith("my-format.toml: ") for line in lines)
    assert "numbered from 1" in lines[0]
    assert lines[1:] == [
        "my-format.toml: line 1: schema: " + error.problems[0].message,
        "my-format.toml: line 9: phases[1].minutes: must be a whole number from 1 to 240, not 0",
    ]


def test_too_many_phases_points_at_the_first_one_over_the_limit() -> None:
    body = "".join(f'\n[[phases]]\nname = "P{n}"\nminutes = 1\n' for n in range(41))
    text = PREAMBLE.rstrip() + "\n" + body
    problems = problems_of(text)
    assert [(p.field, p.line) for p in problems] == [("phases", 5 + 40 * 4 + 2)]


def test_lines_are_found_past_multiline_strings_comments_and_arrays() -> None:
    text = '''\
# A comment with [[phases]] and minutes = 3 in it
schema = 1
key = "tricky"  # trailing comment
name = "Tricky"
family = "custom"
description = """
[[phases]]
minutes = 0
A quote \\""" inside does not end it.
"""

[[phases]]
name = 'single [quoted]'
minutes = [
  1,
  2,
]
cue = """one line"""
'''
    assert where(text) == [("phases[1].minutes", 14)]


def test_inline_phases_fall_back_to_the_phases_line() -> None:
    text = PREAMBLE + 'phases = [{ name = "A", minutes = 0 }]\n'
    assert where(text) == [("phases[1].minutes", 7)]


def test_a_phase_that_is_not_a_table() -> None:
    text = PREAMBLE + 'phases = ["Opening"]\n'
    assert where(text) == [("phases[1]", 7)]


def test_surrounding_white_space_is_trimmed() -> None:
    fmt = parse_format(edit('name = "Test format"', 'name = "  Test format \\n"'))
    assert fmt.name == "Test format"
