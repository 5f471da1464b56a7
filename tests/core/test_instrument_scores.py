"""Each shipped instrument and each scoring template, scored by hand and by ReflectDesk.

The answers are written as the participant ticks them on the form: the scale's n-th
answer from the lowest is n (1..points), whatever value the instrument's manual gives
that answer (``first``). The expected scores are worked out by hand in the comments.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reflectdesk.core.evaluation_stats import ResponseData
from reflectdesk.core.instrument_scores import (
    item_value,
    respondent_scores,
    score_changes,
    score_stats,
)
from reflectdesk.core.questionnaires import (
    QuestionnaireSpec,
    load_builtin_questionnaires,
    parse_questionnaire,
)
from reflectdesk.resources import resource_path

TEMPLATES = resource_path("questionnaires", "templates")


def _builtin(key: str) -> QuestionnaireSpec:
    return next(spec for spec in load_builtin_questionnaires() if spec.key == key)


def _template(key: str) -> QuestionnaireSpec:
    path = TEMPLATES / f"{key}.toml"
    return parse_questionnaire(path.read_text(encoding="utf-8"), str(path))


def _form(
    spec: QuestionnaireSpec,
    ticked: list[int | None] | list[int],
    timepoint: str = "",
    respondent_code: str | None = None,
) -> ResponseData:
    keys = [q.key for q in spec.questions if q.is_likert]
    assert len(keys) == len(ticked)
    values: dict[str, int | None] = dict(zip(keys, ticked, strict=True))
    return ResponseData("r", values, timepoint=timepoint, respondent_code=respondent_code)


def test_edmondson_psychological_safety_by_hand() -> None:
    spec = _builtin("team-psychological-safety")
    # Ticked 1..7; items 1, 3 and 5 are reverse worded and score 8 - v:
    # 2 -> 6, 6, 3 -> 5, 5, 1 -> 7, 7, 4; sum 40, mean 40 / 7 = 5.714...
    scores = respondent_scores(spec, _form(spec, [2, 6, 3, 5, 1, 7, 4]))
    assert scores == {"psychological-safety": pytest.approx(40 / 7)}
    # The paper gives no rule for blanks: one blank, no score.
    assert respondent_scores(spec, _form(spec, [2, 6, None, 5, 1, 7, 4])) == {
        "psychological-safety": None
    }
    (stats,) = score_stats(spec, [_form(spec, [2, 6, 3, 5, 1, 7, 4])])
    assert (stats.low, stats.high) == (1, 7)


def test_who_5_by_hand() -> None:
    spec = _builtin("who-5-wellbeing")
    # Ticked 4, 6, 3, 1, 5 of six answers; the manual scores them 0..5: 3, 5, 2, 0, 4.
    # Raw score 3 + 5 + 2 + 0 + 4 = 14 (0-25); percentage score 14 x 4 = 56 (0-100).
    scores = respondent_scores(spec, _form(spec, [4, 6, 3, 1, 5]))
    assert scores == {"raw-score": 14, "percentage-score": 56}
    assert respondent_scores(spec, _form(spec, [4, 6, 3, 1, None]))["raw-score"] is None
    raw, percentage = score_stats(spec, [_form(spec, [1, 1, 1, 1, 1])])
    assert (raw.low, raw.high, percentage.low, percentage.high) == (0, 25, 0, 100)
    assert raw.mean == 0 and percentage.mean == 0


def test_toronto_empathy_by_hand() -> None:
    spec = _builtin("toronto-empathy")
    values = [3, 1, 4, 0, 3, 2, 1, 3, 2, 2, 0, 1, 3, 1, 2, 4]  # as the manual scores them
    # Items 2, 4, 7, 10, 11, 12, 14 and 15 are reverse scored (4 - v):
    # 3, 3, 4, 4, 3, 2, 3, 3, 2, 2, 4, 3, 3, 3, 2, 4 -> total 48 (0-64).
    ticked: list[int | None] = [v + 1 for v in values]
    assert respondent_scores(spec, _form(spec, ticked)) == {"empathy-total": 48}
    teq_02 = spec.question("teq-02")
    assert teq_02 is not None and item_value(teq_02, 2) == 3  # "Rarely" (1) reversed


def test_uwes_9_template_by_hand() -> None:
    spec = _template("uwes-9")
    assert spec.template
    values = [4, 5, 3, 6, 2, 1, 5, 0, 3]  # 0..6
    # Vigour (1, 2, 5): 4, 5, 2 -> 11 / 3; dedication (3, 4, 7): 3, 6, 5 -> 14 / 3;
    # absorption (6, 8, 9): 1, 0, 3 -> 4 / 3; total 29 / 9.
    scores = respondent_scores(spec, _form(spec, [v + 1 for v in values]))
    assert scores == {
        "vigour": pytest.approx(11 / 3),
        "dedication": pytest.approx(14 / 3),
        "absorption": pytest.approx(4 / 3),
        "engagement-total": pytest.approx(29 / 9),
    }
    # Item 8 blank: absorption and the total have no score, the other two keep theirs.
    ticked: list[int | None] = [v + 1 for v in values]
    ticked[7] = None
    blank = respondent_scores(spec, _form(spec, ticked))
    assert blank["absorption"] is None and blank["engagement-total"] is None
    assert blank["vigour"] == pytest.approx(11 / 3)


def test_jefferson_template_by_hand_with_its_missing_rule() -> None:
    spec = _template("jefferson-empathy-hp")
    ticked: list[int | None] = [2, 6, 3, 5, 7, 1, 2, 2, 6, 5, 1, 3, 6, 2, 5, 7, 6, 3, 2, 4]
    # Reverse items 1, 3, 6, 7, 8, 11, 12, 14, 18, 19 score 8 - v: 6, 6, 5, 5, 7, 7, 6,
    # 6, 6, 5, 7, 5, 6, 6, 5, 7, 6, 5, 6, 4 -> total 116 (20-140).
    assert respondent_scores(spec, _form(spec, ticked)) == {"empathy-total": 116}
    # Items 2, 4, 9 and 10 blank (they scored 6 + 5 + 6 + 5 = 22): 16 answered sum to
    # 94; four blanks are allowed and prorated: 94 / 16 x 20 = 117.5.
    for index in (1, 3, 8, 9):
        ticked[index] = None
    assert respondent_scores(spec, _form(spec, ticked)) == {"empathy-total": 117.5}
    ticked[19] = None  # a fifth blank: no score
    assert respondent_scores(spec, _form(spec, ticked)) == {"empathy-total": None}


def test_group_figures_and_the_paired_change_of_a_score() -> None:
    spec = _builtin("who-5-wellbeing")
    # Six respondents tick the second answer (value 1) everywhere at the start: raw 5.
    # At the end, ticking the third answer (value 2) on the first k items adds k:
    ends = [
        [3, 2, 2, 2, 2],  # raw 6, change +1
        [3, 3, 2, 2, 2],  # raw 7, +2
        [3, 3, 3, 2, 2],  # raw 8, +3
        [3, 3, 3, 3, 2],  # raw 9, +4
        [3, 3, 2, 2, 2],  # raw 7, +2
        [3, 3, 3, 2, 2],  # raw 8, +3
    ]
    forms = []
    for number, end in enumerate(ends):
        code = f"p{number}"
        forms.append(_form(spec, [2, 2, 2, 2, 2], timepoint="start", respondent_code=code))
        forms.append(_form(spec, list(end), timepoint="end", respondent_code=code))
    # End mean 45 / 6 = 7.5; change 2.5. Six positive differences: exact two-sided
    # Wilcoxon p = 2 / 2^6 = 0.03125.
    raw = score_changes(spec, forms)[0]
    assert (raw.start.n, raw.end.n) == (6, 6)
    assert raw.start.mean == 5 and raw.end.mean == pytest.approx(7.5)
    assert raw.mean_change == pytest.approx(2.5)
    assert raw.paired.pairs == 6 and raw.paired.mean_change == pytest.approx(2.5)
    assert raw.paired.p_value == pytest.approx(0.03125)


def test_a_score_counts_blank_and_out_of_scale_answers_as_missing() -> None:
    spec = _builtin("who-5-wellbeing")
    forms = [_form(spec, [6, 6, 6, 6, 6]), _form(spec, [6, 6, 6, 6, 9]), _form(spec, [None] * 5)]
    raw, _ = score_stats(spec, forms)
    assert (raw.n, raw.missing, raw.mean, raw.sd) == (1, 2, 25, None)


def test_every_template_is_scored_and_not_shipped_as_a_builtin() -> None:
    templates = sorted(Path(TEMPLATES).glob("*.toml"))
    assert len(templates) >= 2
    builtin_keys = {spec.key for spec in load_builtin_questionnaires()}
    for path in templates:
        spec = parse_questionnaire(path.read_text(encoding="utf-8"), str(path))
        assert spec.template and spec.scores and spec.source is not None
        assert spec.key not in builtin_keys
