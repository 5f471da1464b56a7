"""The plain summary of a programme (a cohort of groups), for its report.

:func:`build_programme_report` loads each group of the programme through the store's
public functions and hands the plain inputs to ``core/programme_stats.py``, which pools
them; the PDF layer (``export/programme_pdf.py``) only lays the result out. No person is
named: the report carries counts and statistics, theme names and group names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reflectdesk.core.local_text import localized
from reflectdesk.core.model import ATTENDED, Role, SessionStatus
from reflectdesk.core.programme_stats import (
    MIN_REPORTED_N,
    GroupHeadcount,
    PooledChange,
    PooledQuestionnaire,
    ThemeRow,
    pool_change,
    pool_questionnaire,
    pool_themes,
)
from reflectdesk.core.published_keys import unmarked
from reflectdesk.export.evaluation import PURPOSE_ORDER
from reflectdesk.export.published_data import unmarked_evaluation, unmarked_series
from reflectdesk.i18n.texts import Texts, texts_for
from reflectdesk.store import members, programmes, themes
from reflectdesk.store import responses as response_store
from reflectdesk.store.attended_reads import group_session_times
from reflectdesk.store.database import Store
from reflectdesk.store.evaluation_overview import answered_questionnaires

__all__ = ["ProgrammeReport", "build_programme_report"]

FACILITATING = (Role.FACILITATOR, Role.CO_FACILITATOR)


@dataclass(frozen=True, slots=True)
class ProgrammeReport:
    """Everything the programme report shows; groups in the programme's (name) order,
    and every per-group tuple in that order too."""

    programme_id: str
    name: str
    description: str
    groups: tuple[GroupHeadcount, ...]
    questionnaires: tuple[PooledQuestionnaire, ...]  # session and conditions purposes
    changes: tuple[PooledChange, ...]  # series questionnaires (start and end)
    themes: tuple[ThemeRow, ...]
    min_n: int = MIN_REPORTED_N
    language: str = "en"

    @property
    def group_names(self) -> tuple[str, ...]:
        return tuple(group.name for group in self.groups)

    @property
    def students(self) -> int:
        return sum(group.students for group in self.groups)

    @property
    def facilitators(self) -> int:
        return sum(group.facilitators for group in self.groups)


def headcount(store: Store, group_id: str, name: str, required: int | None) -> GroupHeadcount:
    """The group's students (members; former ones only where they have a register mark)
    with their attended sessions, and its active facilitators."""
    # The group's registers in one read (a query per session was most of the report's
    # time on a hub, where every statement pays its row-level security).
    held = [
        times
        for times in group_session_times(store, group_id)
        if times.record.status in (SessionStatus.RUNNING, SessionStatus.FINISHED)
    ]
    registers = [{person: mark.status for person, mark in s.marks.items()} for s in held]
    students: dict[str, int] = {}
    facilitators: set[str] = set()
    for member in members.list_members(store, group_id, include_former=True):
        if member.role in FACILITATING:
            if member.active:
                facilitators.add(member.person_id)
            continue
        marks = [register.get(member.person_id) for register in registers]
        if member.person_id in students or not (member.active or any(marks)):
            continue
        students[member.person_id] = sum(1 for status in marks if status in ATTENDED)
    return GroupHeadcount(
        group_id=group_id,
        name=name,
        attended=tuple(students.values()),
        facilitators=len(facilitators),
        required=required,
        held_sessions=len(held),
    )


@dataclass(frozen=True, slots=True)
class _Answered:
    """A questionnaire any of the groups answered, under its key as a laptop wrote it,
    with the key each group's own copy has on a hub (marked by its laptop:
    core/published_keys.py; on a laptop's file the same key)."""

    key: str
    purpose: str
    keys: dict[str, str]  # group id -> the key that group's copy carries

    def key_of(self, group_id: str) -> str:
        return self.keys.get(group_id, self.key)


def _answered(store: Store, group_ids: list[str]) -> list[_Answered]:
    """Every questionnaire any of the groups answered, in the results' order: session
    evaluations first, then the series evaluation, then the conditions."""
    forms: Counter[str] = Counter()
    found: dict[str, _Answered] = {}
    for group_id in group_ids:
        for row in answered_questionnaires(store, group_id):
            key = unmarked(row.key)
            forms[key] += row.responses
            entry = found.setdefault(key, _Answered(key, row.purpose, {}))
            entry.keys[group_id] = row.key
    return sorted(
        found.values(),
        key=lambda entry: (PURPOSE_ORDER.get(entry.purpose, 9), -forms[entry.key], entry.key),
    )


def _pooled_themes(store: Store, ids: list[str]) -> tuple[ThemeRow, ...]:
    """The themes across the groups; on a hub, a theme every laptop seeded counts as one
    (its copies' keys differ only by their laptops' marks)."""
    listed = themes.list_themes(store, include_archived=True)
    one: dict[str, str] = {}  # unmarked key -> the id its counts are pooled under
    for theme in sorted(listed, key=lambda theme: unmarked(theme.key) != theme.key):
        one.setdefault(unmarked(theme.key), theme.id)
    same = {theme.id: one[unmarked(theme.key)] for theme in listed}
    order = [(theme.id, theme.name) for theme in listed if same[theme.id] == theme.id]
    counts: list[dict[str, tuple[int, int]]] = []
    for group_id in ids:
        pooled: dict[str, tuple[int, int]] = {}
        for count in themes.theme_counts(store, group_id):
            sessions, points = pooled.get(same[count.theme_id], (0, 0))
            pooled[same[count.theme_id]] = (
                sessions + count.sessions,
                points + count.learning_points,
            )
        counts.append(pooled)
    return pool_themes(order, counts)


def build_programme_report(
    store: Store, programme_id: str, texts: Texts | None = None, *, min_n: int = MIN_REPORTED_N
) -> ProgrammeReport:
    """The programme's report in the language of ``texts`` (None: the process's)."""
    t = texts or texts_for(None)
    programme = programmes.get_programme(store, programme_id)
    groups = programmes.programme_groups(store, programme_id)
    ids = [group.id for group in groups]
    heads = tuple(
        headcount(store, group.id, group.name, group.attendance_required) for group in groups
    )
    pooled: list[PooledQuestionnaire] = []
    changes: list[PooledChange] = []
    for answered in _answered(store, ids):
        if answered.purpose == "series":
            loaded = [
                unmarked_evaluation(
                    response_store.start_end_responses(store, gid, answered.key_of(gid))
                )
                for gid in ids
            ]
            spec = localized(loaded[-1].questionnaire, t.language)
            changes.append(pool_change(spec, ids, [data.responses for data in loaded]))
            continue
        series = [
            unmarked_series(response_store.series_responses(store, gid, answered.key_of(gid)))
            for gid in ids
        ]
        spec = localized(series[-1].questionnaire, t.language)
        # series_responses gives the sessions that ran or were rated, in date order:
        # their position is the session number the trend pools by.
        pooled.append(pool_questionnaire(spec, ids, [data.sessions for data in series]))
    return ProgrammeReport(
        programme_id=programme.id,
        name=programme.name,
        description=programme.description,
        groups=heads,
        questionnaires=tuple(pooled),
        changes=tuple(changes),
        themes=_pooled_themes(store, ids),
        min_n=min_n,
        language=t.language,
    )
