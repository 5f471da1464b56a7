"""The demo's questionnaire responses: the large demo's plans (without writing them) and
the small demo's rows, read back through the services."""

from __future__ import annotations

import random
import statistics
from collections import Counter
from pathlib import Path

from reflectdesk.core.evaluation_stats import start_end_change, summarise
from reflectdesk.core.questionnaires import load_builtin_questionnaires
from reflectdesk.demo.build import write_demo
from reflectdesk.demo.evaluations import (
    LARGE_EVALUATIONS,
    plan_evaluations,
)
from reflectdesk.demo.plans import plan_large_groups
from reflectdesk.demo.sessions import plan_large_sessions
from reflectdesk.store.database import open_store
from reflectdesk.store.groups import list_groups
from reflectdesk.store.responses import list_responses, start_end_responses


def test_large_demo_plans_about_ten_thousand_plausible_responses() -> None:
    rng = random.Random(7)
    plans = plan_large_groups(rng)
    meetings = plan_large_sessions(plans, rng)
    specs = {spec.key: spec for spec in load_builtin_questionnaires()}
    planned = plan_evaluations(plans, meetings, specs, random.Random(1), LARGE_EVALUATIONS)
    again = plan_evaluations(plans, meetings, specs, random.Random(1), LARGE_EVALUATIONS)
    assert planned == again
    assert 9_000 <= len(planned) <= 11_500
    kinds = Counter(plan.key for plan in planned)
    assert set(kinds) == {"session-evaluation", "series-evaluation", "conditions-check"}
    values = [v for plan in planned if plan.key == "session-evaluation" for _, v in plan.values]
    answered = [v for v in values if v is not None]
    assert 0.005 < (len(values) - len(answered)) / len(values) < 0.06  # a few blanks
    agree = sum(v >= 4 for v in answered) / len(answered)
    assert 0.6 < agree < 0.9 and len(set(answered)) == 5  # mostly agree, some spread
    texts = {t for plan in planned for _, t in plan.texts}
    assert 10 <= len(texts) <= 40
    by_timepoint = {
        timepoint: statistics.mean(
            v
            for plan in planned
            if plan.timepoint == timepoint
            for key, v in plan.values
            if key == "reflection-habit" and v is not None
        )
        for timepoint in ("start", "end")
    }
    assert 0.2 < by_timepoint["end"] - by_timepoint["start"] < 0.9  # modest improvement


def test_small_demo_has_a_few_responses_of_each_kind(tmp_path: Path) -> None:
    summary = write_demo(tmp_path / "demo.db", "small")
    assert 30 <= summary.responses <= 300
    with open_store(summary.path, for_reading=True) as store:
        responses = list_responses(store)
        assert len(responses) == summary.responses
        assert {r.questionnaire_key for r in responses} == {
            "session-evaluation",
            "series-evaluation",
            "conditions-check",
        }
        group = next(g for g in list_groups(store) if any(r.group_id == g.id for r in responses))
        data = start_end_responses(store, group.id)
    change = start_end_change(data.questionnaire, data.responses)
    assert change.start_responses > 0 and change.end_responses > 0
    overall = summarise(data.questionnaire, data.responses)
    assert all(item.n > 0 for item in overall.items)


def test_demo_series_forms_carry_respondent_codes_that_pair() -> None:
    from reflectdesk.core.evaluation_stats import ResponseData
    from reflectdesk.core.paired_change import item_pairs, paired_change

    rng = random.Random(7)
    plans = plan_large_groups(rng)
    meetings = plan_large_sessions(plans, rng)
    specs = {spec.key: spec for spec in load_builtin_questionnaires()}
    planned = plan_evaluations(plans, meetings, specs, random.Random(1), LARGE_EVALUATIONS)
    series = [plan for plan in planned if plan.key == "series-evaluation"]
    assert series and all(plan.respondent_code for plan in series)
    others = [plan for plan in planned if plan.key != "series-evaluation"]
    assert not any(plan.respondent_code for plan in others)
    first_group = [
        ResponseData(
            str(n),
            dict(plan.values),
            timepoint=plan.timepoint,
            respondent_code=plan.respondent_code,
        )
        for n, plan in enumerate(series)
        if plan.group == series[0].group
    ]
    question = specs["series-evaluation"].question("reflection-habit")
    assert question is not None
    change = paired_change(item_pairs(question, first_group))
    # About 85% of members fill in each form: most of a group pairs, a few do not.
    assert change.pairs >= 3 and change.pairs <= len(first_group) // 2


def test_no_session_has_more_forms_than_participants_present(tmp_path: Path) -> None:
    """The facilitators lead and hand in no participant's form: a response rate is never
    over 100% in the demo."""
    from reflectdesk.store.evaluation_overview import attended_counts

    path = tmp_path / "demo.db"
    write_demo(path, "small")
    with open_store(path) as store:
        for group in list_groups(store):
            present = attended_counts(store, group.id)
            forms = Counter(
                response.session_id
                for response in list_responses(store, group_id=group.id)
                if response.questionnaire_key == "session-evaluation"
            )
            for session_id, count in forms.items():
                assert count <= present[session_id][0], (group.name, session_id)
