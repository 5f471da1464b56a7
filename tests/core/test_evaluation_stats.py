"""Descriptive statistics of Likert answers, against hand-computed values and the
statistics module."""

from __future__ import annotations

import statistics

import pytest

from reflectdesk.core.evaluation_stats import (
    ResponseData,
    SessionResponses,
    item_stats,
    score,
    series_stats,
    start_end_change,
    summarise,
)
from reflectdesk.core.model import QuestionKind
from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionSpec, default_scale

FIVE = QuestionSpec("aaa", "A", QuestionKind.LIKERT, default_scale(5))
REVERSED = QuestionSpec("rev", "R", QuestionKind.LIKERT, default_scale(5), reverse_coded=True)
SEVEN = QuestionSpec("sev", "S", QuestionKind.LIKERT, default_scale(7))
TEXT = QuestionSpec("txt", "T", QuestionKind.FREE_TEXT)
SPEC = QuestionnaireSpec("form", "Form", "session", (FIVE, REVERSED, TEXT))


def test_hand_computed_five_point_item() -> None:
    # Sorted: 2 3 4 4 5 5; None counts as missing.
    stats = item_stats(FIVE, [4, 5, 2, None, 4, 3, 5])
    assert (stats.n, stats.missing) == (6, 1)
    assert stats.mean == pytest.approx(23 / 6)
    assert stats.sd == pytest.approx(statistics.stdev([4, 5, 2, 4, 3, 5]))
    assert stats.median == 4.0
    # Inclusive quartiles: positions 1 + 0.25 * 5 = 2.25 and 1 + 0.75 * 5 = 4.75.
    assert stats.q1 == pytest.approx(3.25) and stats.q3 == pytest.approx(4.75)
    assert stats.iqr == pytest.approx(1.5)
    assert stats.agree_pct == pytest.approx(100 * 4 / 6)
    assert stats.distribution == (0, 1, 1, 2, 2)


def test_matches_statistics_module_on_many_values() -> None:
    values = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5, 7]  # 7 is off the scale
    stats = item_stats(FIVE, values)
    kept = values[:-1]
    assert stats.missing == 1
    assert stats.mean == pytest.approx(statistics.mean(kept))
    assert stats.sd == pytest.approx(statistics.stdev(kept))
    assert stats.median == statistics.median(kept)
    q1, _, q3 = statistics.quantiles(kept, n=4, method="inclusive")
    assert (stats.q1, stats.q3) == (pytest.approx(q1), pytest.approx(q3))


def test_n_zero_and_all_missing() -> None:
    for values in ([], [None, None, None]):
        stats = item_stats(FIVE, values)
        assert stats.n == 0 and stats.missing == len(values)
        assert stats.mean is stats.sd is stats.median is stats.iqr is stats.agree_pct is None
        assert stats.distribution == (0, 0, 0, 0, 0)


def test_n_one() -> None:
    stats = item_stats(FIVE, [3, None])
    assert (stats.n, stats.mean, stats.sd, stats.median) == (1, 3.0, None, 3.0)
    assert (stats.q1, stats.q3, stats.iqr, stats.agree_pct) == (3.0, 3.0, 0.0, 0.0)


def test_all_answers_equal() -> None:
    stats = item_stats(FIVE, [4] * 5)
    assert (stats.mean, stats.sd, stats.median, stats.iqr) == (4.0, 0.0, 4.0, 0.0)
    assert stats.agree_pct == 100.0 and stats.distribution == (0, 0, 0, 5, 0)


def test_reverse_coded_items_are_scored_everywhere() -> None:
    assert [score(REVERSED, v) for v in (1, 2, 3, 4, 5, None)] == [5, 4, 3, 2, 1, None]
    stats = item_stats(REVERSED, [1, 1, 2, 5])  # scored 5 5 4 1
    assert stats.mean == pytest.approx(15 / 4)
    assert stats.agree_pct == 75.0
    assert stats.distribution == (1, 0, 0, 1, 2)  # scored, not raw
    assert stats.reverse_coded


def test_seven_point_scale() -> None:
    stats = item_stats(SEVEN, [7, 6, 5, 1, 4, 8])  # 8 is off the scale
    assert stats.n == 5 and stats.missing == 1
    assert stats.agree_pct == 60.0  # 5, 6 and 7 of 7 (the stated default): 7, 6, 5 of 5
    assert stats.distribution == (1, 0, 0, 1, 1, 1, 1)
    assert stats.mean == pytest.approx(23 / 5)


def test_free_text_item_refused_by_item_stats() -> None:
    with pytest.raises(ValueError):
        item_stats(TEXT, ["x"])  # type: ignore[list-item]


def _r(
    rid: str, a: int | None, rev: int | None, text: str = "", timepoint: str = ""
) -> ResponseData:
    return ResponseData(rid, {"aaa": a, "rev": rev}, {"txt": text}, timepoint=timepoint)


def test_summarise_session() -> None:
    responses = [_r("1", 5, 1, "Listening"), _r("2", 4, None, " "), _r("3", None, 2)]
    stats = summarise(SPEC, responses)
    assert stats.responses == 3
    assert [item.key for item in stats.items] == ["aaa", "rev"]
    assert stats.item("aaa").n == 2 and stats.item("rev").mean == pytest.approx(4.5)  # type: ignore[union-attr]
    assert stats.free_text[0].answers == ("Listening",)


def test_series_and_start_end_change() -> None:
    sessions = [
        SessionResponses("s1", None, (_r("1", 3, 3), _r("2", 4, 3))),
        SessionResponses("s2", None, ()),
        SessionResponses("s3", None, (_r("3", 5, 1),)),
    ]
    series = series_stats(SPEC, sessions)
    assert series.session_ids == ("s1", "s2", "s3")
    assert [s.item("aaa").n for s in series.sessions] == [2, 0, 1]  # type: ignore[union-attr]
    assert series.overall.item("aaa").mean == pytest.approx(4.0)  # type: ignore[union-attr]

    change = start_end_change(
        SPEC,
        [
            _r("a", 3, 3, timepoint="start"),
            _r("b", 4, 4, timepoint="start"),
            _r("c", 5, 2, timepoint="end"),
            _r("d", None, None, timepoint="end"),
            _r("e", 1, 1),
        ],
    )
    assert (change.start_responses, change.end_responses) == (2, 2)
    first, reverse = change.items
    assert (first.n_start, first.n_end) == (2, 1)
    assert first.mean_change == pytest.approx(5 - 3.5)
    assert first.agree_change == pytest.approx(100 - 50)
    assert reverse.mean_change == pytest.approx(4 - 2.5)  # scored: start 3, 2; end 4


def test_change_is_none_without_answers_on_one_side() -> None:
    change = start_end_change(SPEC, [_r("a", 3, 3, timepoint="start")])
    assert change.items[0].mean_change is None and change.items[0].agree_change is None
