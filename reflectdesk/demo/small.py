"""Writers for the demo's questionnaire responses (planned in demo/evaluations.py).

The large demo's ten thousand responses and their answers are Core executemany inserts
in the caller's transaction; the small demo's go through ``record_response`` as the ui
would. Every value is within its item's scale, as record_response would insist.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from reflectdesk.demo.evaluations import ResponsePlan
from reflectdesk.store.database import Store
from reflectdesk.store.models.evaluation import Answer, Question, Questionnaire, Response
from reflectdesk.store.responses import record_response


def _latest_ids(session: Session, keys: set[str]) -> dict[str, str]:
    rows = session.execute(
        select(Questionnaire.key, Questionnaire.id)
        .where(Questionnaire.key.in_(keys))
        .order_by(Questionnaire.version)
    )
    return {key: questionnaire_id for key, questionnaire_id in rows}  # latest wins


def insert_responses(
    session: Session,
    plans: Sequence[ResponsePlan],
    *,
    session_ids: Sequence[str],
    group_ids: Sequence[str],
    new_id: Callable[[], str],
) -> int:
    """Bulk insert inside the caller's transaction; returns the number of responses."""
    questionnaire_ids = _latest_ids(session, {plan.key for plan in plans})
    question_ids: dict[tuple[str, str], str] = {
        (key, question_key): question_id
        for key, questionnaire_id in questionnaire_ids.items()
        for question_key, question_id in session.execute(
            select(Question.key, Question.id).where(Question.questionnaire_id == questionnaire_id)
        )
    }
    responses: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    for plan in plans:
        response_id = new_id()
        responses.append(
            {
                "id": response_id,
                "questionnaire_id": questionnaire_ids[plan.key],
                "session_id": None if plan.meeting is None else session_ids[plan.meeting],
                "group_id": group_ids[plan.group],
                "person_id": None,
                "timepoint": plan.timepoint,
                "submitted_at": plan.submitted_at,
            }
        )
        answers += [
            {
                "id": new_id(),
                "response_id": response_id,
                "question_id": question_ids[(plan.key, key)],
                "value": value,
                "text": "",
            }
            for key, value in plan.values
        ]
        answers += [
            {
                "id": new_id(),
                "response_id": response_id,
                "question_id": question_ids[(plan.key, key)],
                "value": None,
                "text": text,
            }
            for key, text in plan.texts
        ]
    if responses:
        session.execute(insert(cast(Table, Response.__table__)), responses)
        session.execute(insert(cast(Table, Answer.__table__)), answers)
    return len(responses)


def create_responses(
    store: Store,
    plans: Sequence[ResponsePlan],
    *,
    session_ids: Sequence[str],
    group_ids: Sequence[str],
) -> int:
    """Through record_response, one transaction per form, as the ui does it."""
    with store.reading() as session:
        questionnaire_ids = _latest_ids(session, {plan.key for plan in plans})
    for plan in plans:
        answers: dict[str, int | str | None] = {**dict(plan.values), **dict(plan.texts)}
        record_response(
            store,
            questionnaire_ids[plan.key],
            answers,
            session_id=None if plan.meeting is None else session_ids[plan.meeting],
            group_id=group_ids[plan.group],
            timepoint=plan.timepoint,
            submitted_at=plan.submitted_at,
        )
    return len(plans)
