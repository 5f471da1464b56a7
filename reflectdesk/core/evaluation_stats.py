"""Descriptive statistics of questionnaire answers, pure Python (no Qt, no SQLAlchemy).

The store loads answers into the plain inputs below (``store/responses.py``:
``session_responses``, ``series_responses``, ``start_end_responses``); these functions
turn them into frozen results for the charts, the PDF and the CSV:

- :func:`item_stats` — one Likert item: n, missing, mean, SD, median, quartiles, IQR,
  % agree and the distribution.
- :func:`summarise` — every item of one questionnaire over a set of responses
  (one session, or a whole series pooled), plus the free-text answers.
- :func:`series_stats` — per session in order, and pooled over the series.
- :func:`start_end_change` — a series evaluation at its start and its end, item by item.

Definitions (also what the UI and the PDF should say when asked):

- **n** counts responses with an answer on the item; **missing** counts responses that
  left it blank (no answer, or an answer outside the item's scale).
- **Reverse-coded items** are *scored* ``points + 1 - value`` before anything else, so a
  high score always means the favourable answer. Mean, SD, median, quartiles, % agree
  **and the distribution** are all of the scored values (the distribution's first count
  is the least favourable answer), so one chart reads the same way for every item.
- **SD** is the sample standard deviation (``statistics.stdev``, n - 1 in the
  denominator); None when n < 2.
- **Quartiles** are ``statistics.quantiles(values, n=4, method="inclusive")`` (the same
  as numpy's default linear interpolation, Excel's QUARTILE.INC). IQR = Q3 - Q1. With
  n = 1, Q1 = Q3 = the one value and IQR = 0; with n = 0, all None.
- **% agree** is the share of n whose scored answer counts as agreeing on the item's
  scale: from the scale's ``agree_from`` up, by default the top two points of 5 (4–5)
  and the top three of 7 (5–7) (``core/figure_rules.py``); a percentage from 0 to 100;
  None when n = 0.
- **Change** (end minus start) is in scale points for the mean and in percentage points
  for % agree, computed from the two figures *rounded as printed* (half up: means to two
  decimals, % agree to whole percentages), so the printed change always equals the
  difference of the printed figures; None when either side has no answers.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from reflectdesk.core.figure_rules import (
    MEAN_PLACES,
    PERCENT_PLACES,
    agree_points,
    shown_difference,
)
from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionSpec

__all__ = [
    "EvaluationData",
    "FreeTextAnswers",
    "ItemChange",
    "ItemStats",
    "QuestionnaireStats",
    "ResponseData",
    "SeriesData",
    "SeriesStats",
    "SessionResponses",
    "StartEndChange",
    "item_stats",
    "score",
    "series_stats",
    "start_end_change",
    "summarise",
]

START, END = "start", "end"


# --- inputs (what the store loads) -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class ResponseData:
    """One filled-in form: Likert ``values`` (raw, as ticked; None = left blank) and
    free-text ``texts``, both keyed by item key. Items absent from both are missing."""

    id: str
    values: Mapping[str, int | None]
    texts: Mapping[str, str] = field(default_factory=dict)
    session_id: str | None = None
    group_id: str | None = None
    timepoint: str = ""  # "start" / "end" for a series evaluation, else ""
    person_id: str | None = None
    submitted_at: datetime | None = None
    questionnaire_key: str = ""
    version: int = 0  # the questionnaire version that was filled in
    # A pseudonym pairing one participant's start and end forms (core/paired_change.py).
    respondent_code: str | None = None


@dataclass(frozen=True, slots=True)
class SessionResponses:
    """The responses of one session of a series, in the series' order."""

    session_id: str
    planned_start: datetime | None
    responses: tuple[ResponseData, ...]


@dataclass(frozen=True, slots=True)
class EvaluationData:
    """A questionnaire (its latest version) and responses to it, ready for
    :func:`summarise` or :func:`start_end_change`."""

    questionnaire: QuestionnaireSpec
    responses: tuple[ResponseData, ...]


@dataclass(frozen=True, slots=True)
class SeriesData:
    """A questionnaire and a group's sessions in order, ready for :func:`series_stats`."""

    questionnaire: QuestionnaireSpec
    sessions: tuple[SessionResponses, ...]


# --- results ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ItemStats:
    """Statistics of one Likert item; see the module docstring for each definition.
    ``distribution[i]`` counts scored answers equal to ``i + 1``."""

    key: str
    text: str
    points: int
    reverse_coded: bool
    n: int
    missing: int
    mean: float | None
    sd: float | None
    median: float | None
    q1: float | None
    q3: float | None
    iqr: float | None
    agree_pct: float | None
    distribution: tuple[int, ...]
    # The scale the item was answered on: its lowest agreeing answer and its labels
    # (least favourable first), so a chart's legend and a note come from the same scale.
    agree_from: int = 0
    labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FreeTextAnswers:
    """The non-empty answers to one free-text item, in response order."""

    key: str
    text: str
    answers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QuestionnaireStats:
    """Every item of a questionnaire over one set of responses."""

    questionnaire_key: str
    version: int
    responses: int
    items: tuple[ItemStats, ...]
    free_text: tuple[FreeTextAnswers, ...]

    def item(self, key: str) -> ItemStats | None:
        return next((item for item in self.items if item.key == key), None)


@dataclass(frozen=True, slots=True)
class SeriesStats:
    """A series: one QuestionnaireStats per session (``sessions``, in order, with the
    session ids in ``session_ids``) and all sessions pooled (``overall``)."""

    session_ids: tuple[str, ...]
    planned_starts: tuple[datetime | None, ...]
    sessions: tuple[QuestionnaireStats, ...]
    overall: QuestionnaireStats


@dataclass(frozen=True, slots=True)
class ItemChange:
    """One item at the start and the end of a series; changes are end minus start."""

    key: str
    text: str
    start: ItemStats
    end: ItemStats
    mean_change: float | None
    agree_change: float | None  # percentage points

    @property
    def n_start(self) -> int:
        return self.start.n

    @property
    def n_end(self) -> int:
        return self.end.n


@dataclass(frozen=True, slots=True)
class StartEndChange:
    questionnaire_key: str
    version: int
    start_responses: int
    end_responses: int
    items: tuple[ItemChange, ...]


# --- computing --------------------------------------------------------------------------


def score(question: QuestionSpec, value: int | None) -> int | None:
    """The scored answer: ``value`` (or ``points + 1 - value`` if reverse-coded); None for
    a blank, a free-text item or a value outside the scale."""
    points = question.points
    if value is None or points is None or isinstance(value, bool) or not 1 <= value <= points:
        return None
    return points + 1 - value if question.reverse_coded else value


def item_stats(question: QuestionSpec, values: Iterable[int | None]) -> ItemStats:
    """Statistics of one Likert item over raw answers (None = blank)."""
    points = question.points
    if points is None:
        raise ValueError(f'"{question.key}" is not a likert item')
    raw = list(values)
    scale = question.scale
    agreeing = scale.agreeing if scale is not None else agree_points(points, None)
    scored = [s for s in (score(question, value) for value in raw) if s is not None]
    n = len(scored)
    distribution = [0] * points
    for value in scored:
        distribution[value - 1] += 1
    mean = median = q1 = q3 = iqr = agree = sd = None
    if n:
        mean = statistics.fmean(scored)
        median = float(statistics.median(scored))
        if n == 1:
            q1 = q3 = float(scored[0])
        else:
            q1, _, q3 = statistics.quantiles(scored, n=4, method="inclusive")
            sd = statistics.stdev(scored)
        iqr = q3 - q1
        agree = 100.0 * sum(distribution[point - 1] for point in agreeing) / n
    return ItemStats(
        key=question.key,
        text=question.text,
        points=points,
        reverse_coded=question.reverse_coded,
        n=n,
        missing=len(raw) - n,
        mean=mean,
        sd=sd,
        median=median,
        q1=q1,
        q3=q3,
        iqr=iqr,
        agree_pct=agree,
        distribution=tuple(distribution),
        agree_from=agreeing[0],
        labels=tuple(scale.labels) if scale is not None else (),
    )


def summarise(spec: QuestionnaireSpec, responses: Sequence[ResponseData]) -> QuestionnaireStats:
    """Every item of ``spec`` over ``responses``: Likert items in ``items``, free-text
    answers in ``free_text``; both in the questionnaire's order."""
    items, texts = [], []
    for question in spec.questions:
        if question.is_likert:
            items.append(item_stats(question, (r.values.get(question.key) for r in responses)))
        else:
            answers = tuple(
                text for r in responses if (text := r.texts.get(question.key, "").strip())
            )
            texts.append(FreeTextAnswers(question.key, question.text, answers))
    return QuestionnaireStats(
        questionnaire_key=spec.key,
        version=spec.version,
        responses=len(responses),
        items=tuple(items),
        free_text=tuple(texts),
    )


def series_stats(spec: QuestionnaireSpec, sessions: Sequence[SessionResponses]) -> SeriesStats:
    """Per session, in the order given, and pooled over all of them."""
    return SeriesStats(
        session_ids=tuple(s.session_id for s in sessions),
        planned_starts=tuple(s.planned_start for s in sessions),
        sessions=tuple(summarise(spec, s.responses) for s in sessions),
        overall=summarise(spec, [r for s in sessions for r in s.responses]),
    )


def start_end_change(spec: QuestionnaireSpec, responses: Sequence[ResponseData]) -> StartEndChange:
    """Split ``responses`` by timepoint ("start", "end"; others are ignored) and compare
    each Likert item. Responses are pooled, not paired: anonymous forms cannot be paired."""
    start = [r for r in responses if r.timepoint == START]
    end = [r for r in responses if r.timepoint == END]
    before, after = summarise(spec, start), summarise(spec, end)
    changes = tuple(
        ItemChange(
            key=a.key,
            text=a.text,
            start=a,
            end=b,
            mean_change=shown_difference(b.mean, a.mean, MEAN_PLACES),
            agree_change=shown_difference(b.agree_pct, a.agree_pct, PERCENT_PLACES),
        )
        for a, b in zip(before.items, after.items, strict=True)
    )
    return StartEndChange(
        questionnaire_key=spec.key,
        version=spec.version,
        start_responses=len(start),
        end_responses=len(end),
        items=changes,
    )
