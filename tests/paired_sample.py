"""A series evaluation with respondent codes, for the paired-change tests (export and ui).

Six participants; differences on "habit": +2 +1 +3 -1 +2 +1 (mean 8/6 = 1.33, median
1.5). "Waste" is answered 3 by everyone at the start but left blank by p6 at the end: 5
pairs without change and one start form without a partner.
"""

from __future__ import annotations

from reflectdesk.core.model import GroupDraft
from reflectdesk.store.database import Store
from reflectdesk.store.groups import create_group
from reflectdesk.store.questionnaires import latest_questionnaire
from reflectdesk.store.responses import AnswerValue, record_response

HABIT, WASTE = "reflection-habit", "reflection-waste-of-time"
STARTS = {"p1": 2, "p2": 3, "p3": 1, "p4": 4, "p5": 2, "p6": 3}
ENDS = {"p1": 4, "p2": 4, "p3": 4, "p4": 3, "p5": 4, "p6": 4}


def build_paired_sample(store: Store, name: str = "Balint 3") -> str:
    """The group's id."""
    group = create_group(store, GroupDraft(name=name))
    found = latest_questionnaire(store, "series-evaluation")
    assert found is not None
    for timepoint, values in (("start", STARTS), ("end", ENDS)):
        for code, value in values.items():
            answers: dict[str, AnswerValue] = {HABIT: value, WASTE: 3}
            if timepoint == "end" and code == "p6":
                answers[WASTE] = None
            record_response(
                store,
                found.id,
                answers,
                group_id=group.id,
                timepoint=timepoint,
                respondent_code=code,
            )
    return group.id
