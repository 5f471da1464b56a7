"""A questionnaire's own "% agree": ``agree_from`` on a scale, read, checked, written back
and kept by the store with the questionnaire (in the scale's JSON, no new column)."""

from __future__ import annotations

import pytest

from reflectdesk.core.questionnaires import (
    QuestionnaireFileError,
    parse_questionnaire,
    to_toml,
)

FORM = """\
schema = 1
key = "mixed-form"
name = "Mixed"
purpose = "session"

[[scales]]
key = "agree-5"
points = 5
labels = ["1", "2", "3", "4", "5"]

[[scales]]
key = "agree-7"
points = 7
labels = ["1", "2", "3", "4", "5", "6", "7"]
{agree_from}

[[questions]]
key = "five"
kind = "likert"
scale = "agree-5"
text = "Five"

[[questions]]
key = "seven"
kind = "likert"
scale = "agree-7"
text = "Seven"
"""


def test_agree_from_is_read_and_written_back() -> None:
    spec = parse_questionnaire(FORM.format(agree_from="agree_from = 6"))
    five, seven = (q.scale for q in spec.questions)
    assert five is not None and seven is not None
    assert five.agree_from is None and five.agreeing == (4, 5)  # the default
    assert seven.agree_from == 6 and seven.agreeing == (6, 7)
    assert "agree_from = 6" in to_toml(spec)
    assert parse_questionnaire(to_toml(spec)) == spec


def test_without_agree_from_seven_points_count_the_top_three() -> None:
    spec = parse_questionnaire(FORM.format(agree_from=""))
    seven = spec.questions[1].scale
    assert seven is not None and seven.agreeing == (5, 6, 7)
    assert "agree_from" not in to_toml(spec)


@pytest.mark.parametrize("value", ["4", "8", '"6"', "6.0", "true"])
def test_agree_from_must_be_above_the_middle(value: str) -> None:
    with pytest.raises(QuestionnaireFileError) as caught:
        parse_questionnaire(FORM.format(agree_from=f"agree_from = {value}"))
    problem = caught.value.problems[0]  # (the questions on the refused scale follow)
    assert problem.field == "scales[2].agree_from"
    assert "from 5 to 7" in problem.message
