"""Questionnaire files: the built-ins, round trips, and every problem with its line."""

from __future__ import annotations

import pytest

from reflectdesk.core.model import QuestionKind
from reflectdesk.core.questionnaires import (
    QuestionnaireFileError,
    QuestionnaireSpec,
    QuestionSpec,
    default_scale,
    load_builtin_questionnaires,
    parse_questionnaire,
    to_toml,
)

GOOD = """\
schema = 1
key = "my-form"
name = "Αξιολόγηση — İzmir şubesi"
purpose = "session"

[[scales]]
key = "agree-7"
points = 7
labels = ["1", "2", "3", "4", "5", "6", "7"]

[[questions]]
key = "safe"
kind = "likert"
scale = "agree-7"
text = "Ένιωσα ασφάλεia; güvende hissettim."
reverse = true

[[questions]]
key = "remark"
kind = "free_text"
text = "Anything else?"
"""


def _problems(text: str) -> list[tuple[int | None, str, str]]:
    with pytest.raises(QuestionnaireFileError) as caught:
        parse_questionnaire(text, "form.toml")
    return [(p.line, p.field, p.message) for p in caught.value.problems]


def test_builtins_load_and_cover_the_three_purposes() -> None:
    specs = {spec.key: spec for spec in load_builtin_questionnaires()}
    assert {spec.purpose for spec in specs.values()} == {"session", "series", "conditions"}
    session = specs["session-evaluation"]
    likert = [q for q in session.questions if q.is_likert]
    assert len(likert) == 6 and all(q.points == 5 for q in likert)
    assert session.questions[-1].kind is QuestionKind.FREE_TEXT
    assert any(q.reverse_coded for q in specs["series-evaluation"].questions)
    # Study 003's eight conditions, the room and time, and an optional remark: still
    # answerable in a minute.
    assert len(specs["conditions-check"].questions) <= 10


def test_builtins_round_trip() -> None:
    for spec in load_builtin_questionnaires():
        assert parse_questionnaire(to_toml(spec)) == spec


def test_greek_and_turkish_round_trip() -> None:
    spec = parse_questionnaire(GOOD)
    assert spec.name == "Αξιολόγηση — İzmir şubesi"
    assert spec.questions[0].reverse_coded and spec.questions[0].points == 7
    assert spec.questions[1].scale is None
    assert parse_questionnaire(to_toml(spec)) == spec


def test_wrong_types_unknown_keys_and_bad_scales_are_all_reported_with_lines() -> None:
    text = """\
schema = 1
key = "my-form"
name = "Form"
purpose = "weekly"
colour = "red"

[[scales]]
key = "four"
points = 1
labels = ["a", "b", "c", "d"]

[[scales]]
key = "twelve"
points = 12
labels = []

[[questions]]
key = "q1"
kind = "likert"
scale = "four"
text = 5

[[questions]]
key = "item"
kind = "likret"
text = ""
reverse = "yes"
"""
    found = _problems(text)
    fields = {field for _, field, _ in found}
    assert {"purpose", "colour", "scales[1].points", "scales[2].points"} <= fields
    assert {"questions[1].key", "questions[1].text", "questions[2].kind"} <= fields
    assert (4, "purpose") in {(line, field) for line, field, _ in found}
    assert (9, "scales[1].points") in {(line, field) for line, field, _ in found}
    assert any(
        "did you mean" not in m and "unknown field" in m for _, f, m in found if f == "colour"
    )


def test_duplicate_item_keys_and_empty_text() -> None:
    text = GOOD.replace('key = "remark"', 'key = "safe"').replace('"Anything else?"', '"  "')
    found = _problems(text)
    assert (19, "questions[2].key") in {(line, field) for line, field, _ in found}
    assert any(field == "questions[2].text" and "empty" in m for _, field, m in found)


def test_ten_thousand_character_text_is_refused() -> None:
    text = GOOD.replace('"Anything else?"', '"' + "x" * 10_000 + '"')
    [(line, field, message)] = _problems(text)
    assert (line, field) == (21, "questions[2].text") and "10,000" in message


def test_labels_must_match_points_and_scale_must_exist() -> None:
    text = GOOD.replace('labels = ["1", "2", "3", "4", "5", "6", "7"]', 'labels = ["a", "b"]')
    text = text.replace('scale = "agree-7"', 'scale = "nope"')
    fields = {field for _, field, _ in _problems(text)}
    assert fields == {"scales[1].labels", "questions[1].scale"}


def test_free_text_cannot_have_a_scale() -> None:
    text = GOOD.replace('kind = "free_text"', 'kind = "free_text"\nscale = "agree-7"')
    assert [field for _, field, _ in _problems(text)] == ["questions[2].scale"]


def test_syntax_error_has_a_line() -> None:
    [(line, field, _)] = _problems('schema = 1\nkey = "x\n')
    assert line == 2 and field == ""


def test_to_toml_writes_each_scale_once() -> None:
    scale = default_scale(5)
    spec = QuestionnaireSpec(
        key="two-items",
        name="Two",
        purpose="series",
        questions=(
            QuestionSpec("aaa", "A?", QuestionKind.LIKERT, scale),
            QuestionSpec("bbb", "B?", QuestionKind.LIKERT, scale, reverse_coded=True),
        ),
    )
    text = to_toml(spec)
    assert text.count("[[scales]]") == 1
    assert parse_questionnaire(text) == spec
