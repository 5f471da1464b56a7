"""A programme of three groups built through the public functions: its report's pooled
figures (from the operation's result and from the PDF's text) against plain Python."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from pypdf import PdfReader

from reflectdesk.core.model import ATTENDED
from reflectdesk.core.programme_stats import agree_count, rule_count, total_rule
from reflectdesk.operations.programme_exports import export_programme_report
from reflectdesk.store import programmes
from reflectdesk.store.database import Store
from tests.programme_sample import PLANS, build_programme_sample


def _percent(part: int, whole: int) -> int:
    return int(Decimal(100 * part / whole).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _agree(values: list[int | None]) -> tuple[int, int]:
    answered = [v for v in values if v is not None]
    return sum(1 for v in answered if v >= 4), len(answered)


def test_programme_report_pools_three_groups(store: Store, tmp_path: Path) -> None:
    sample = build_programme_sample(store)
    programme = programmes.create_programme(store, "Balint programme 2026–27")
    for group_id in sample.group_ids:
        programmes.add_group(store, programme.id, group_id)

    out = tmp_path / "programme.pdf"
    done = export_programme_report(store, programme.id, out, language="en")
    report = done.report

    # Students and facilitators: facilitators apart, never in attendance.
    assert [g.students for g in report.groups] == [plan.students for plan in PLANS]
    assert [g.facilitators for g in report.groups] == [len(plan.facilitators) for plan in PLANS]
    assert report.students == 12
    assert report.facilitators == 4

    # The attendance rule, per group and across the cohort, by hand.
    expected_rule = []
    for plan in PLANS:
        attended = [sum(1 for m in marks if m in ATTENDED) for marks in plan.marks]
        expected_rule.append(
            None if plan.required is None else sum(1 for n in attended if n >= plan.required)
        )
    got = [rule_count(g) for g in report.groups]
    assert [None if c is None else c.met for c in got] == expected_rule == [2, 2, None]
    total = total_rule(report.groups)
    assert total is not None
    assert (total.met, total.of) == (4, 7)

    # Pooled "safe-space" over every form of every group.
    session_eval = next(q for q in report.questionnaires if q.key == "session-evaluation")
    everything = [v for plan in PLANS for forms in plan.safe_space for v in forms]
    agree, n = _agree(everything)
    pooled = session_eval.pooled.item("safe-space")
    assert pooled is not None
    assert (agree_count(pooled), pooled.n, pooled.missing) == (agree, n, 2)
    assert (agree, n) == (22, 30)
    # Per group beside the pool.
    for plan, stats in zip(PLANS, session_eval.per_group, strict=True):
        item = stats.item("safe-space") if stats is not None else None
        assert item is not None
        mine = _agree([v for forms in plan.safe_space for v in forms])
        assert (agree_count(item), item.n) == mine
    # The trend: session k of every group pooled.
    trend = []
    for k in range(3):
        a, m = _agree([v for plan in PLANS for v in plan.safe_space[k]])
        by = session_eval.by_session[k].item("safe-space")
        assert by is not None
        assert (agree_count(by), by.n) == (a, m)
        trend.append((a, m))
    assert trend == [(5, 11), (7, 9), (10, 10)]

    # Start to end across the cohort (unpaired).
    change = report.changes[0].pooled.items[0]
    starts = [v for plan in PLANS for v in plan.start_end[0]]
    ends = [v for plan in PLANS for v in plan.start_end[1]]
    assert (agree_count(change.start), change.start.n) == _agree(list(starts))
    assert (agree_count(change.end), change.end.n) == _agree(list(ends))
    assert change.mean_change is not None
    # The change of the means as printed (two decimals each, half up), so the figures on
    # the page agree: 4.22 - 2.78, not 4.2222 - 2.7778.
    end_mean, start_mean = sum(ends) / len(ends), sum(starts) / len(starts)
    expected = round(Decimal(str(end_mean)).quantize(Decimal("0.01"), ROUND_HALF_UP), 2) - round(
        Decimal(str(start_mean)).quantize(Decimal("0.01"), ROUND_HALF_UP), 2
    )
    assert abs(change.mean_change - float(expected)) < 1e-9

    # Themes: theme k tags session k of each of the 3 groups; every session's learning
    # point is tagged with theme 0 (3 groups x 3 sessions = 9).
    rows = {row.theme_id: row for row in report.themes}
    first = rows[sample.theme_ids[0]]
    assert (first.sessions, first.learning_points) == (3, 9)
    assert first.per_group == ((1, 3), (1, 3), (1, 3))
    assert (rows[sample.theme_ids[2]].sessions, rows[sample.theme_ids[2]].learning_points) == (3, 0)

    # The same figures in the PDF's text.
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    text = " ".join(text.split())
    assert "Programme report" in text
    assert "12 students and 4 facilitators in 3 groups." in text
    assert f"{_percent(agree, n)}% ({agree}/{n})" in text  # 73% (22/30)
    assert "100% (10/10)" in text  # session 3, all groups
    assert "4 of 7" in text
    assert "78% (7/9)" in text  # session 2 pooled: 77.8 rounds to 78
    assert "How these figures are computed" in text
