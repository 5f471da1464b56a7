"""The questionnaire file's scoring fields: read, written back, and refused clearly."""

from __future__ import annotations

import pytest

from reflectdesk.core.questionnaires import (
    QuestionnaireFileError,
    load_builtin_questionnaires,
    parse_questionnaire,
    to_toml,
)

FORM = """\
schema = 1
key = "my-instrument"
name = "My instrument"
purpose = "series"

[[scales]]
key = "six"
points = {points}
first = {first}
labels = ["a", "b", "c", "d", "e", "f"]

[[questions]]
key = "one"
kind = "likert"
scale = "six"
text = "One"

[[questions]]
key = "two"
kind = "likert"
scale = "six"
text = "Two"
reverse = true

[[scores]]
key = "total"
name.en = "Total"
name.nl = "Totaal"
items = {items}
method = "{method}"
multiply = {multiply}
max_missing = {max_missing}
range = {range}

[source]
authors = "Someone, A."
year = 2001
title = "A scale"
licence = "Free to use with citation."
checked = {checked}
text_sources.en = "The paper's appendix."
"""

GOOD = {
    "points": 6,
    "first": 0,
    "items": '["one", "two"]',
    "method": "sum",
    "multiply": 2,
    "max_missing": 1,
    "range": "[0, 20]",
    "checked": "2026-12-07",
}


def _problems(**changes: object) -> list[str]:
    with pytest.raises(QuestionnaireFileError) as caught:
        parse_questionnaire(FORM.format(**{**GOOD, **changes}), "form.toml")
    return [f"{p.field}: {p.message}" for p in caught.value.problems]


def test_scoring_fields_are_read_and_written_back() -> None:
    spec = parse_questionnaire(FORM.format(**GOOD))
    (score,) = spec.scores
    assert (score.items, score.method, score.multiply, score.max_missing) == (
        ("one", "two"),
        "sum",
        2,
        1,
    )
    assert score.range == (0, 20)
    assert spec.questions[0].scale is not None and spec.questions[0].scale.first == 0
    assert spec.source is not None and spec.source.checked == "2026-12-07"
    assert spec.source.text_sources == (("en", "The paper's appendix."),)
    assert parse_questionnaire(to_toml(spec)) == spec


def test_the_shipped_instruments_round_trip_with_their_scoring() -> None:
    for spec in load_builtin_questionnaires():
        assert parse_questionnaire(to_toml(spec)) == spec


def test_a_score_naming_an_unknown_item_is_refused() -> None:
    assert _problems(items='["one", "three"]') == [
        'scores[1].items: names "three", which is not the key of a likert question in this file'
    ]


def test_a_stated_range_that_the_items_do_not_give_is_refused() -> None:
    # Two items of 0..5, summed and doubled: 0 to 20, not 0 to 25.
    assert _problems(range="[0, 25]") == [
        "scores[1].range: says [0, 25], but its items, method and multiply give [0, 20]; "
        "check them against the manual"
    ]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"method": "median"}, 'scores[1].method: must be one of sum, mean; not "median"'),
        ({"multiply": 0}, "scores[1].multiply: must be a number above 0, up to 100, not 0"),
        ({"max_missing": 2}, "scores[1].max_missing: must be a whole number from 0 to 1, not 2"),
        ({"range": "[20, 0]"}, "scores[1].range: must be [lowest, highest], two numbers"),
        ({"first": 11}, "scales[1].first: must be a whole number from -10 to 10, not 11"),
        ({"points": 12}, "scales[1].points: must be a whole number from 2 to 11, not 12"),
        ({"checked": '"last week"'}, "source.checked: must be a date such as 2026-12-07"),
    ],
)
def test_bad_scoring_fields_are_refused_clearly(changes: dict[str, object], expected: str) -> None:
    problems = _problems(**changes)
    assert any(problem.startswith(expected) for problem in problems), problems


def test_a_source_without_its_licence_is_refused() -> None:
    text = FORM.format(**GOOD).replace('licence = "Free to use with citation."\n', "")
    with pytest.raises(QuestionnaireFileError) as caught:
        parse_questionnaire(text, "form.toml")
    assert [p.field for p in caught.value.problems] == ["source.licence"]


def test_files_without_scoring_read_as_before() -> None:
    for spec in load_builtin_questionnaires():
        if spec.key in ("session-evaluation", "series-evaluation", "conditions-check"):
            assert spec.scores == () and spec.source is None and not spec.template
            assert all(q.scale is None or q.scale.first == 1 for q in spec.questions)
