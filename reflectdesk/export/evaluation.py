"""The plain summaries of a group's evaluations, for the results page in the app and the
evaluation section of the series report and the session summary.

- :func:`questionnaire_results`: one questionnaire for one group — per session and
  pooled (session evaluations, the facilitator's conditions check) or start against end
  (a series evaluation), with the session dates and attendance beside them.
- :func:`build_evaluation`: every questionnaire the group has responses to.
- :func:`session_figures`: one session's own figures, for its summary.

The statistics are core's (``core/evaluation_stats.py``); this module only loads and
arranges them. Dates are in the computer's local time, written in the language of the
:class:`Texts` handed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reflectdesk.core.evaluation_stats import (
    QuestionnaireStats,
    SeriesStats,
    StartEndChange,
    series_stats,
    start_end_change,
    summarise,
)
from reflectdesk.core.figure_rules import SMALL_N_DEFAULT
from reflectdesk.core.instrument_scores import ScoreChange, ScoreStats, score_changes, score_stats
from reflectdesk.core.instrument_spec import SourceSpec
from reflectdesk.core.local_text import localized
from reflectdesk.core.paired_change import PairedItem, paired_start_end
from reflectdesk.core.questionnaires import QuestionnaireSpec, default_scale
from reflectdesk.export.participation import Turnout, turnout
from reflectdesk.i18n.texts import Texts, texts_for
from reflectdesk.store import responses as response_store
from reflectdesk.store.database import Store
from reflectdesk.store.evaluation_overview import answered_questionnaires, attended_counts
from reflectdesk.store.groups import get_group
from reflectdesk.store.settings import small_n_threshold

# The order questionnaires are shown in: participants' view first.
PURPOSE_ORDER = {"session": 0, "series": 1, "conditions": 2}


def purpose_title(purpose: str, name: str, texts: Texts) -> str:
    """The heading of a questionnaire's results: what its purpose shows, else its name."""
    titles = {
        "session": texts.gettext("How participants rated the sessions"),
        "series": texts.gettext("Start and end of the series"),
        "conditions": texts.gettext("The facilitator's conditions check"),
    }
    return titles.get(purpose, name)


@dataclass(frozen=True, slots=True)
class QuestionnaireResults:
    """One questionnaire's results for a group.

    ``series`` (per session, in date order, and pooled in ``series.overall``) for the
    session and conditions purposes; ``change`` (start against end) for a series
    evaluation. ``dates`` ("3 Mar") and ``attended`` (participants who attended; None when no
    register was kept) go with ``series.sessions`` one for one. ``overall`` is every
    response pooled. ``labels`` are the answers' words, least favourable first.
    ``min_n``: the fewest respondents a percentage or chart is shown for (the small-numbers
    rule; 1 for the facilitator's own conditions check, which protects nobody's answers).
    """

    key: str
    name: str
    purpose: str
    labels: tuple[str, ...]
    overall: QuestionnaireStats
    series: SeriesStats | None = None
    dates: tuple[str, ...] = ()
    attended: tuple[int | None, ...] = ()
    change: StartEndChange | None = None
    min_n: int = SMALL_N_DEFAULT
    # A series evaluation's paired change per item (core/paired_change), with ``change``.
    paired: tuple[PairedItem, ...] = ()
    # The group's participants and facilitators, and for a session evaluation the forms
    # returned against the participants present, session by session (participation.py).
    turnout: Turnout | None = None
    # A series questionnaire answered at one time point only ("start" or "end") is
    # reported as that one time point: ``overall`` holds it, ``change`` is None.
    once: str = ""
    # A validated instrument's scores (core/instrument_scores): over every response
    # pooled, and for a series evaluation start against end, unpaired and paired.
    scores: tuple[ScoreStats, ...] = ()
    score_changes: tuple[ScoreChange, ...] = ()
    source: SourceSpec | None = None  # the instrument's citation, printed under its scores

    @property
    def title(self) -> str:
        return self.heading(texts_for(None))

    def heading(self, texts: Texts) -> str:
        if self.once:  # not "Start and end of the series": there is one time point
            return self.name
        return purpose_title(self.purpose, self.name, texts)

    @property
    def responses(self) -> int:
        return self.overall.responses


@dataclass(frozen=True, slots=True)
class SessionFigures:
    """One questionnaire's results for one session (its summary's evaluation part)."""

    key: str
    name: str
    purpose: str
    labels: tuple[str, ...]
    stats: QuestionnaireStats
    min_n: int = SMALL_N_DEFAULT

    @property
    def title(self) -> str:
        return purpose_title(self.purpose, self.name, texts_for(None))

    def heading(self, texts: Texts) -> str:
        return purpose_title(self.purpose, self.name, texts)


def short_date(when: datetime | None, texts: Texts) -> str:
    """ "26 Oct" / "26 okt": a session's date under a chart."""
    if when is None:
        return texts.gettext("no date")
    return texts.day_and_month(when.astimezone().date())


def scale_labels(spec: QuestionnaireSpec) -> tuple[str, ...]:
    """The first Likert item's answer labels (the legend of every bar)."""
    for question in spec.questions:
        if question.scale is not None:
            return question.scale.labels
    return default_scale(5).labels


def small_n_for(store: Store, purpose: str) -> int:
    """The small-numbers threshold for a questionnaire of ``purpose``: the Preferences'
    (default 5) for participants' forms; 1 for the facilitator's conditions check."""
    return 1 if purpose == "conditions" else small_n_threshold(store)


def questionnaire_results(
    store: Store, group_id: str, key: str, purpose: str, texts: Texts | None = None
) -> QuestionnaireResults:
    """One questionnaire's results for the group (see QuestionnaireResults); dates in the
    language of ``texts`` (None: the process's language)."""
    texts = texts or texts_for(None)
    group = get_group(store, group_id)
    people = Turnout(group.participant_count, group.facilitator_count)
    if purpose == "series":
        data = response_store.start_end_responses(store, group_id, key)
        spec = localized(data.questionnaire, texts.language)
        given = {response.timepoint for response in data.responses}
        if len(given) == 1:
            # Given once: one time point, without an empty other side.
            return QuestionnaireResults(
                key=key,
                name=spec.name,
                purpose=purpose,
                labels=scale_labels(spec),
                overall=summarise(spec, data.responses),
                min_n=small_n_for(store, purpose),
                turnout=people,
                once=given.pop(),
                scores=score_stats(spec, data.responses),
                source=spec.source,
            )
        return QuestionnaireResults(
            key=key,
            name=spec.name,
            purpose=purpose,
            labels=scale_labels(spec),
            overall=summarise(spec, data.responses),
            change=start_end_change(spec, data.responses),
            min_n=small_n_for(store, purpose),
            paired=paired_start_end(spec, data.responses),
            turnout=people,
            scores=score_stats(spec, data.responses),
            score_changes=score_changes(spec, data.responses),
            source=spec.source,
        )
    loaded = response_store.series_responses(store, group_id, key)
    spec = localized(loaded.questionnaire, texts.language)
    # Only the sessions that have responses: a chart point per session that was rated.
    rated = tuple(s for s in loaded.sessions if s.responses)
    stats = series_stats(spec, rated)
    counts = attended_counts(store, group_id)
    if purpose == "session":
        dates = [short_date(s.planned_start, texts) for s in loaded.sessions]
        people = turnout(people.participants, people.facilitators, loaded.sessions, dates, counts)
    return QuestionnaireResults(
        key=key,
        name=spec.name,
        purpose=purpose,
        labels=scale_labels(spec),
        overall=stats.overall,
        series=stats,
        dates=tuple(short_date(when, texts) for when in stats.planned_starts),
        attended=tuple(
            counts[session_id][0] if session_id in counts else None
            for session_id in stats.session_ids
        ),
        min_n=small_n_for(store, purpose),
        turnout=people,
        scores=score_stats(spec, [r for s in rated for r in s.responses]),
        source=spec.source,
    )


def build_evaluation(
    store: Store, group_id: str, texts: Texts | None = None
) -> tuple[QuestionnaireResults, ...]:
    """Every questionnaire the group has responses to: session evaluations first, then
    the series evaluation, then the conditions check."""
    answered = sorted(
        answered_questionnaires(store, group_id),
        key=lambda row: (PURPOSE_ORDER.get(row.purpose, 9), -row.responses, row.key),
    )
    results = (
        questionnaire_results(store, group_id, row.key, row.purpose, texts) for row in answered
    )
    return tuple(result for result in results if result.responses)


def session_figures(
    store: Store, session_id: str, group_id: str, texts: Texts | None = None
) -> tuple[SessionFigures, ...]:
    """The session's own responses, per questionnaire answered in it (its words in the
    language of ``texts``)."""
    language = (texts or texts_for(None)).language
    figures = []
    for row in sorted(
        answered_questionnaires(store, group_id),
        key=lambda row: (PURPOSE_ORDER.get(row.purpose, 9), row.key),
    ):
        if row.purpose == "series":
            continue
        data = response_store.session_responses(store, session_id, row.key)
        if not data.responses:
            continue
        spec = localized(data.questionnaire, language)
        figures.append(
            SessionFigures(
                row.key,
                spec.name,
                row.purpose,
                scale_labels(spec),
                summarise(spec, data.responses),
                small_n_for(store, row.purpose),
            )
        )
    return tuple(figures)
