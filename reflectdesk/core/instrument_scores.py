"""A validated instrument's scores: per respondent, then per group, pure Python.

The scoring is the questionnaire file's (``[[scores]]``, ``core/instrument_spec.py``):

- An item's **value** is its answer as the instrument scores it: reverse-coded items
  turned round first (``evaluation_stats.score``), then counted from the scale's
  ``first`` (WHO-5: the lowest answer is 0, the highest 5).
- A **score** sums or averages its items' values and multiplies by ``multiply``. With at
  most ``max_missing`` items blank, a mean is taken over the answered items and a sum is
  prorated (the answered items' mean times the number of items); with more, the
  respondent has no score on it (counted in ``missing``).
- **Group figures**: n, mean and sample SD of the respondents' scores
  (:func:`score_stats`); for a series evaluation, start against end
  (:func:`score_changes`): the unpaired means and their change as printed, and the
  paired change by respondent code with the Wilcoxon signed-rank test of
  ``core/paired_change.py``, exactly as for an item.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reflectdesk.core.evaluation_stats import END, START, ResponseData, score
from reflectdesk.core.figure_rules import MEAN_PLACES, shown_difference
from reflectdesk.core.instrument_spec import ScoreSpec, score_range
from reflectdesk.core.paired_change import PairedChange, Triple, paired_change
from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionSpec, item_bounds

__all__ = [
    "ScoreChange",
    "ScoreStats",
    "item_value",
    "respondent_scores",
    "score_changes",
    "score_of",
    "score_stats",
]


@dataclass(frozen=True, slots=True)
class ScoreStats:
    """One score over a set of responses: ``n`` respondents with a score, ``missing``
    without one (too many blanks); mean and SD (None below 1 and 2); the possible
    ``low`` to ``high``."""

    key: str
    name: str
    n: int
    missing: int
    mean: float | None
    sd: float | None
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class ScoreChange:
    """One score at the start and the end of a series; ``mean_change`` is end minus
    start of the means as printed; ``paired`` pairs respondents by their code."""

    key: str
    name: str
    start: ScoreStats
    end: ScoreStats
    mean_change: float | None
    paired: PairedChange


def item_value(question: QuestionSpec, raw: int | None) -> int | None:
    """The answer ``raw`` (1..points, as ticked) as the instrument scores it."""
    scored = score(question, raw)
    if scored is None or question.scale is None:
        return None
    return scored + question.scale.first - 1


Scorer = Callable[[ResponseData], float | None]


def scorer(spec: QuestionnaireSpec, wanted: ScoreSpec) -> Scorer:
    """The ``wanted`` score of one response (None: too many of its items blank), with
    its items looked up once, not once per response."""
    questions = [q for key in wanted.items if (q := spec.question(key)) is not None]
    count, allowed = len(wanted.items), wanted.max_missing
    by_mean, multiply = wanted.method == "mean", wanted.multiply

    def score_one(response: ResponseData) -> float | None:
        got = response.values.get
        values = [v for q in questions if (v := item_value(q, got(q.key))) is not None]
        if not values or count - len(values) > allowed:
            return None
        mean = statistics.fmean(values)
        return (mean if by_mean else mean * count) * multiply

    return score_one


def score_of(spec: QuestionnaireSpec, wanted: ScoreSpec, response: ResponseData) -> float | None:
    """One respondent's ``wanted`` score, or None when too many of its items are blank."""
    return scorer(spec, wanted)(response)


def respondent_scores(spec: QuestionnaireSpec, response: ResponseData) -> dict[str, float | None]:
    """Every score of ``spec`` for one response, by score key."""
    return {wanted.key: score_of(spec, wanted, response) for wanted in spec.scores}


def _stats(
    spec: QuestionnaireSpec, wanted: ScoreSpec, responses: Sequence[ResponseData]
) -> ScoreStats:
    score_one = scorer(spec, wanted)
    found = [s for s in map(score_one, responses) if s is not None]
    low, high = score_range(wanted, item_bounds(spec)) or (0.0, 0.0)
    return ScoreStats(
        key=wanted.key,
        name=wanted.name,
        n=len(found),
        missing=len(responses) - len(found),
        mean=statistics.fmean(found) if found else None,
        sd=statistics.stdev(found) if len(found) > 1 else None,
        low=low,
        high=high,
    )


def score_stats(
    spec: QuestionnaireSpec, responses: Sequence[ResponseData]
) -> tuple[ScoreStats, ...]:
    """Every score of ``spec`` over ``responses``, in the file's order."""
    return tuple(_stats(spec, wanted, responses) for wanted in spec.scores)


def _triples(
    spec: QuestionnaireSpec, wanted: ScoreSpec, responses: Sequence[ResponseData]
) -> list[Triple]:
    """(code, start score, end score), as ``paired_change.item_pairs`` makes an item's:
    a later form of one code at one time point replaces the earlier."""
    by_code: dict[str, list[float | None]] = {}
    loose: list[Triple] = []
    score_one = scorer(spec, wanted)
    for response in responses:
        if response.timepoint not in (START, END):
            continue
        value = score_one(response)
        side = 0 if response.timepoint == START else 1
        if not response.respondent_code:
            if value is not None:
                loose.append((None, value, None) if side == 0 else (None, None, value))
            continue
        by_code.setdefault(response.respondent_code, [None, None])[side] = value
    return [(code, start, end) for code, (start, end) in by_code.items()] + loose


def score_changes(
    spec: QuestionnaireSpec, responses: Sequence[ResponseData]
) -> tuple[ScoreChange, ...]:
    """Every score at the start and the end of a series, unpaired and paired."""
    start = [r for r in responses if r.timepoint == START]
    end = [r for r in responses if r.timepoint == END]
    changes = []
    for wanted in spec.scores:
        before, after = _stats(spec, wanted, start), _stats(spec, wanted, end)
        changes.append(
            ScoreChange(
                key=wanted.key,
                name=wanted.name,
                start=before,
                end=after,
                mean_change=shown_difference(after.mean, before.mean, MEAN_PLACES),
                paired=paired_change(_triples(spec, wanted, responses)),
            )
        )
    return tuple(changes)
