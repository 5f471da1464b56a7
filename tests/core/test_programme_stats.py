"""Pooled programme figures, by hand: the rule count, small numbers, rounding half up,
pooling by session number and the theme table."""

from __future__ import annotations

from reflectdesk.core.evaluation_stats import ResponseData, SessionResponses
from reflectdesk.core.model import QuestionKind
from reflectdesk.core.programme_stats import (
    GroupHeadcount,
    agree_count,
    pool_questionnaire,
    pool_themes,
    reportable,
    round_percent,
    rule_count,
    total_rule,
)
from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionSpec, default_scale

SPEC = QuestionnaireSpec(
    key="q",
    name="Q",
    purpose="session",
    questions=(QuestionSpec("a", "A", QuestionKind.LIKERT, default_scale(5)),),
)


def _session(session_id: str, *values: int | None) -> SessionResponses:
    forms = tuple(ResponseData(f"{session_id}-{i}", {"a": v}) for i, v in enumerate(values))
    return SessionResponses(session_id, None, forms)


def test_the_rule_counts_students_only_and_skips_groups_without_one() -> None:
    a = GroupHeadcount("a", "A", (3, 2, 1), facilitators=2, required=2, held_sessions=3)
    b = GroupHeadcount("b", "B", (1, 1), facilitators=1, required=None, held_sessions=3)
    c = GroupHeadcount("c", "C", (4, 4), facilitators=1, required=4, held_sessions=4)
    count = rule_count(a)
    assert count is not None and (count.met, count.of, count.below) == (2, 3, 1)
    assert rule_count(b) is None
    total = total_rule([a, b, c])
    assert total is not None and (total.met, total.of) == (4, 5)
    assert total_rule([b]) is None


def test_pooling_by_session_number_across_groups() -> None:
    one = [_session("1a", 5, 4, 1), _session("1b", 2)]
    two = [_session("2a", 4, None), _session("2b", 5, 5), _session("2c", 4)]
    pooled = pool_questionnaire(SPEC, ["g1", "g2"], [one, two])
    item = pooled.pooled.item("a")
    assert item is not None and (agree_count(item), item.n, item.missing) == (6, 8, 1)
    first, second, third = (s.item("a") for s in pooled.by_session)
    assert first is not None and (agree_count(first), first.n) == (3, 4)
    assert second is not None and (agree_count(second), second.n) == (2, 3)
    assert third is not None and (agree_count(third), third.n) == (1, 1)
    per_group = [g.item("a") if g else None for g in pooled.per_group]
    assert [(agree_count(i), i.n) for i in per_group if i] == [(2, 4), (4, 4)]


def test_the_theme_table_adds_up_groups() -> None:
    order = [("t1", "Safety"), ("t2", "Unused"), ("t3", "Workload")]
    rows = pool_themes(order, [{"t1": (2, 5)}, {"t1": (1, 0), "t3": (0, 2)}])
    assert [(r.name, r.sessions, r.learning_points, r.per_group) for r in rows] == [
        ("Safety", 3, 5, ((2, 5), (1, 0))),
        ("Workload", 0, 2, ((0, 0), (0, 2))),
    ]


def test_rounding_half_up_and_the_small_number_threshold() -> None:
    assert round_percent(5, 8) == 63 and round_percent(7, 8) == 88 and round_percent(1, 3) == 33
    assert not reportable(4) and reportable(5)
    assert not reportable(5, min_n=10)


def test_the_cohort_pairs_codes_within_each_group_only() -> None:
    """The same code in two groups is two people: group A's "ann1" start form never
    pairs with group B's "ann1" end form."""
    from reflectdesk.core.programme_stats import pool_change
    from tests.core.test_paired_change import SPEC, form

    group_a = [form("ann1", "start", 2), form("ann1", "end", 4), form("bob2", "start", 3)]
    group_b = [form("ann1", "end", 5), form("cat3", "start", 1), form("cat3", "end", 2)]
    change = pool_change(SPEC, ["group-a", "group-b"], [group_a, group_b])
    first = change.paired[0].change
    assert first.pairs == 2  # A's ann1 (+2) and B's cat3 (+1)
    assert first.mean_change == 1.5
    assert (first.start_only, first.end_only) == (1, 1)  # A's bob2; B's ann1
