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
from reflectdesk.core.model import ATTENDED, Role
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
from reflectdesk.export.evaluation import PURPOSE_ORDER
from reflectdesk.export.series import held_sessions
from reflectdesk.i18n.texts import Texts, texts_for
from reflectdesk.store import attendance as attendance_store
from reflectdesk.store import members, programmes, themes
from reflectdesk.store import responses as response_store
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
    held = held_sessions(store, group_id)
    registers = [
        {entry.person_id: entry.status for entry in attendance_store.attendance(store, s.id)}
        for s in held
    ]
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


def _answered(store: Store, group_ids: list[str]) -> list[tuple[str, str]]:
    """(key, purpose) of every questionnaire any of the groups answered, in the results'
    order: session evaluations first, then the series evaluation, then the conditions."""
    forms: Counter[str] = Counter()
    purposes: dict[str, str] = {}
    for group_id in group_ids:
        for row in answered_questionnaires(store, group_id):
            forms[row.key] += row.responses
            purposes[row.key] = row.purpose
    return sorted(
        purposes.items(),
        key=lambda item: (PURPOSE_ORDER.get(item[1], 9), -forms[item[0]], item[0]),
    )


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
    for key, purpose in _answered(store, ids):
        if purpose == "series":
            loaded = [response_store.start_end_responses(store, group_id, key) for group_id in ids]
            spec = localized(loaded[-1].questionnaire, t.language)
            changes.append(pool_change(spec, ids, [data.responses for data in loaded]))
            continue
        series = [response_store.series_responses(store, group_id, key) for group_id in ids]
        spec = localized(series[-1].questionnaire, t.language)
        # series_responses gives the sessions that ran or were rated, in date order:
        # their position is the session number the trend pools by.
        pooled.append(pool_questionnaire(spec, ids, [data.sessions for data in series]))
    order = [(theme.id, theme.name) for theme in themes.list_themes(store, include_archived=True)]
    counts = [
        {
            count.theme_id: (count.sessions, count.learning_points)
            for count in themes.theme_counts(store, group_id)
        }
        for group_id in ids
    ]
    return ProgrammeReport(
        programme_id=programme.id,
        name=programme.name,
        description=programme.description,
        groups=heads,
        questionnaires=tuple(pooled),
        changes=tuple(changes),
        themes=pool_themes(order, counts),
        min_n=min_n,
        language=t.language,
    )
