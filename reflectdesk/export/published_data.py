"""Responses and questionnaires read from a hub, with the publishing laptops' marks taken
off their keys (core/published_keys.py), so that groups published from different
laptops pool as one questionnaire with one set of items. On a laptop's file nothing
carries a mark and these return what they were given."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TypeVar

from reflectdesk.core.evaluation_stats import EvaluationData, ResponseData, SeriesData
from reflectdesk.core.published_keys import MARK, unmarked
from reflectdesk.core.questionnaires import QuestionnaireSpec

__all__ = ["unmarked_evaluation", "unmarked_response", "unmarked_series", "unmarked_spec"]

_V = TypeVar("_V")


def _keys(mapping: Mapping[str, _V]) -> dict[str, _V]:
    return {unmarked(key): value for key, value in mapping.items()}


def unmarked_spec(spec: QuestionnaireSpec) -> QuestionnaireSpec:
    if MARK not in spec.key and not any(MARK in q.key for q in spec.questions):
        return spec
    questions = tuple(dataclasses.replace(q, key=unmarked(q.key)) for q in spec.questions)
    return dataclasses.replace(spec, key=unmarked(spec.key), questions=questions)


def unmarked_response(response: ResponseData) -> ResponseData:
    if MARK not in response.questionnaire_key and not any(
        MARK in key for key in (*response.values, *response.texts)
    ):
        return response
    return dataclasses.replace(
        response,
        values=_keys(response.values),
        texts=_keys(response.texts),
        questionnaire_key=unmarked(response.questionnaire_key),
    )


def unmarked_series(data: SeriesData) -> SeriesData:
    sessions = tuple(
        dataclasses.replace(
            meeting, responses=tuple(unmarked_response(r) for r in meeting.responses)
        )
        for meeting in data.sessions
    )
    return SeriesData(questionnaire=unmarked_spec(data.questionnaire), sessions=sessions)


def unmarked_evaluation(data: EvaluationData) -> EvaluationData:
    return EvaluationData(
        questionnaire=unmarked_spec(data.questionnaire),
        responses=tuple(unmarked_response(r) for r in data.responses),
    )
