"""Figures of a programme: several groups pooled, with each group beside the pool.

Pure Python over the plain inputs the export layer loads (``export/programme.py``); the
statistics of one set of answers are core's own (``core/evaluation_stats.py``), so a
pooled figure is exactly what the same forms would give in one group.

Definitions (what the report's "how these figures are computed" note says):

- **Students** are members with the role "member"; facilitators and co-facilitators are
  counted apart and never in attendance or the attendance rule.
- **The attendance rule** is met by a student who attended (present, late or left early)
  at least the group's required number of its held sessions. Groups without a rule are
  left out of the cohort's "meet the rule" count, which says so.
- **Pooled** figures put every form of every group together (a group with more forms
  weighs more), as the programme's headline "210 of 300 forms agree" does.
- **By session number**: session 1 of each group pooled with session 1 of the others,
  and so on (a group's sessions numbered in date order among those that ran or were
  rated), so the trend reads over the programme's course.
- **Start to end** is the series questionnaire's start forms against its end forms
  across the cohort, unpaired (see :func:`pool_change`).
- **Small numbers**: a percentage of fewer than ``min_n`` answers is not shown, only the
  count with "too few to report" (:func:`reportable`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reflectdesk.core.evaluation_stats import (
    ItemStats,
    QuestionnaireStats,
    ResponseData,
    SessionResponses,
    StartEndChange,
    start_end_change,
    summarise,
)
from reflectdesk.core.paired_change import PairedItem, paired_start_end
from reflectdesk.core.questionnaires import QuestionnaireSpec

__all__ = [
    "MIN_REPORTED_N",
    "GroupHeadcount",
    "PooledChange",
    "PooledQuestionnaire",
    "RuleCount",
    "ThemeRow",
    "agree_count",
    "pool_change",
    "pool_questionnaire",
    "pool_themes",
    "reportable",
    "round_percent",
    "rule_count",
    "total_rule",
]

# Fewer answers than this and a percentage could point at one person: not shown.
MIN_REPORTED_N = 5


def reportable(n: int, min_n: int = MIN_REPORTED_N) -> bool:
    """Whether a percentage over ``n`` answers may be shown."""
    return n >= min_n


def round_percent(part: int, whole: int) -> int:
    """``part`` of ``whole`` as a whole percentage rounded half up (62.5 → 63), in exact
    integer arithmetic, as the report prints it."""
    return (200 * part + whole) // (2 * whole)


def agree_count(item: ItemStats) -> int:
    """How many of the item's n answers agree (the top two points, as % agree counts)."""
    return sum(item.distribution[-2:])


# --- people and attendance ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GroupHeadcount:
    """One group's people: its students' attended-session counts (one per student) and
    its number of facilitators; ``required`` is its attendance rule (None: no rule)."""

    group_id: str
    name: str
    attended: tuple[int, ...]
    facilitators: int
    required: int | None
    held_sessions: int

    @property
    def students(self) -> int:
        return len(self.attended)


@dataclass(frozen=True, slots=True)
class RuleCount:
    """How many students meet the attendance rule, of how many it applies to."""

    met: int
    of: int

    @property
    def below(self) -> int:
        return self.of - self.met


def rule_count(group: GroupHeadcount) -> RuleCount | None:
    """The group's students meeting its rule; None when the group has no rule."""
    if group.required is None:
        return None
    return RuleCount(sum(1 for n in group.attended if n >= group.required), group.students)


def total_rule(groups: Sequence[GroupHeadcount]) -> RuleCount | None:
    """The cohort's count over the groups that have a rule; None when none has one."""
    counts = [count for group in groups if (count := rule_count(group)) is not None]
    if not counts:
        return None
    return RuleCount(sum(c.met for c in counts), sum(c.of for c in counts))


# --- evaluations -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PooledQuestionnaire:
    """One questionnaire over the programme: ``pooled`` (every form of every group),
    ``per_group`` (in the order of ``group_ids``; None where a group has no forms) and
    ``by_session`` (index 0 is session 1 of every group pooled)."""

    key: str
    name: str
    purpose: str
    group_ids: tuple[str, ...]
    pooled: QuestionnaireStats
    per_group: tuple[QuestionnaireStats | None, ...]
    by_session: tuple[QuestionnaireStats, ...]


def pool_questionnaire(
    spec: QuestionnaireSpec,
    group_ids: Sequence[str],
    sessions: Sequence[Sequence[SessionResponses]],
) -> PooledQuestionnaire:
    """``sessions[i]`` are group ``group_ids[i]``'s sessions in order with their forms."""
    per_group = [[r for s in group for r in s.responses] for group in sessions]
    longest = max((len(group) for group in sessions), default=0)
    by_number: list[list[ResponseData]] = [[] for _ in range(longest)]
    for group in sessions:
        for number, meeting in enumerate(group):
            by_number[number].extend(meeting.responses)
    # Trailing session numbers no group has forms for are dropped; a gap inside stays.
    while by_number and not by_number[-1]:
        by_number.pop()
    return PooledQuestionnaire(
        key=spec.key,
        name=spec.name,
        purpose=spec.purpose,
        group_ids=tuple(group_ids),
        pooled=summarise(spec, [r for group in per_group for r in group]),
        per_group=tuple(summarise(spec, group) if group else None for group in per_group),
        by_session=tuple(summarise(spec, forms) for forms in by_number),
    )


@dataclass(frozen=True, slots=True)
class PooledChange:
    """The series questionnaire's start against end: across the cohort and per group.

    ``paired``: the cohort's paired change per item (core/paired_change), each group's
    codes kept apart (a code pairs forms within its own group only); the report shows it
    first and the unpaired figures only for the items where pairs are missing."""

    key: str
    name: str
    group_ids: tuple[str, ...]
    pooled: StartEndChange
    per_group: tuple[StartEndChange | None, ...]
    paired: tuple[PairedItem, ...] = ()


def pool_change(
    spec: QuestionnaireSpec, group_ids: Sequence[str], responses: Sequence[Sequence[ResponseData]]
) -> PooledChange:
    """``responses[i]``: group ``group_ids[i]``'s start and end forms."""
    everyone = [r for group in responses for r in group]
    # A code means one person within one group: the same code in two groups is two people.
    coded = [
        replace(r, respondent_code=f"{group_id}:{r.respondent_code}") if r.respondent_code else r
        for group_id, group in zip(group_ids, responses, strict=True)
        for r in group
    ]
    return PooledChange(
        key=spec.key,
        name=spec.name,
        group_ids=tuple(group_ids),
        pooled=start_end_change(spec, everyone),
        per_group=tuple(start_end_change(spec, group) if group else None for group in responses),
        paired=paired_start_end(spec, coded),
    )


# --- themes ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ThemeRow:
    """One theme over the programme: sessions and learning points tagged with it, in
    all and per group (in the programme's group order)."""

    theme_id: str
    name: str
    sessions: int
    learning_points: int
    per_group: tuple[tuple[int, int], ...]  # (sessions, learning points) per group


def pool_themes(
    order: Sequence[tuple[str, str]], counts: Sequence[dict[str, tuple[int, int]]]
) -> tuple[ThemeRow, ...]:
    """``order``: (theme id, name) in the themes' order; ``counts[i]``: group i's
    (sessions, learning points) per theme id. Themes no group used are left out."""
    rows = []
    for theme_id, name in order:
        per_group = tuple(group.get(theme_id, (0, 0)) for group in counts)
        sessions = sum(s for s, _ in per_group)
        points = sum(p for _, p in per_group)
        if sessions or points:
            rows.append(ThemeRow(theme_id, name, sessions, points, per_group))
    return tuple(rows)
