"""Questionnaire responses: recording a filled-in form, listing and deleting them, and
loading them for the statistics in ``core/evaluation_stats.py``.

- :func:`record_response` saves one form in one transaction, after checking every
  answer (a Likert value within its scale or None, free text within its limit).
- :func:`list_responses`, :func:`delete_response`.
- :func:`session_responses` (one session), :func:`series_responses` (a group's sessions
  in order) and :func:`start_end_responses` (a series evaluation's start and end forms)
  return ``EvaluationData`` / ``SeriesData`` for ``summarise``, ``series_stats`` and
  ``start_end_change``.

Loaders take a questionnaire *key* and describe the answers with its latest version:
answers to an older version count on an item with the same key, kind, points and
reverse coding; otherwise they count as missing (a changed item is a different item).

Who answered is optional: forms are anonymous unless ``person_id`` is given.
Mutations publish Change("responses", response_id) after they commit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from reflectdesk.core.errors import N_, InvalidInputError, NotFoundError, words
from reflectdesk.core.evaluation_stats import (
    EvaluationData,
    ResponseData,
    SeriesData,
    SessionResponses,
)
from reflectdesk.core.model import SessionStatus
from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionSpec
from reflectdesk.core.validation import clean_long_text, clean_respondent_code
from reflectdesk.store.database import Store
from reflectdesk.store.models.evaluation import Answer, Question, Questionnaire, Response
from reflectdesk.store.models.groups import Person
from reflectdesk.store.models.sessions import Session as Meeting
from reflectdesk.store.questionnaires import is_template, to_spec
from reflectdesk.store.respondent_codes import member_names
from reflectdesk.store.rows import from_row, get_or_gone, gone

TIMEPOINTS = ("start", "end")
FREE_TEXT_MAX_LENGTH = 5000
AnswerValue = int | str | None

_q = Questionnaire.__table__
_questions = Question.__table__
_responses = Response.__table__
_answers = Answer.__table__
_sessions = Meeting.__table__


# --- recording -----------------------------------------------------------------------------


def _answer_row(question: Question, value: AnswerValue, points: int | None) -> dict[str, Any]:
    field = f"answers.{question.key}"
    if question.kind == "free_text":
        if value is not None and not isinstance(value, str):
            raise InvalidInputError(
                field, words().gettext('"{key}" takes text, not a number.').format(key=question.key)
            )
        text = clean_long_text(
            value or "", field=field, label=N_("The answer"), max_length=FREE_TEXT_MAX_LENGTH
        )
        return {"value": None, "text": text}
    if value is not None and (type(value) is not int or points is None or not 1 <= value <= points):
        raise InvalidInputError(
            field,
            words()
            .gettext('"{key}" takes a whole number from 1 to {points} or no answer.')
            .format(key=question.key, points=points),
        )
    return {"value": value, "text": ""}


def record_response(
    store: Store,
    questionnaire_id: str,
    answers: Mapping[str, AnswerValue],
    *,
    session_id: str | None = None,
    group_id: str | None = None,
    timepoint: str = "",
    person_id: str | None = None,
    submitted_at: datetime | None = None,
    respondent_code: str | None = None,
) -> str:
    """Save one filled-in form; returns the response's id.

    ``answers`` maps item keys to a Likert value (1..points, or None for a blank) or
    free text; items left out are missing. A "series" questionnaire needs ``group_id``
    and ``timepoint`` "start" or "end" (a session is optional); the others need a
    ``session_id`` (the group is taken from the session). InvalidInputError names the
    first wrong field; nothing is written then.

    ``respondent_code`` (series evaluations only) pairs a participant's start and end
    forms without a name: stored trimmed and case-folded, refused when it is the display
    or family name of one of the group's members (core/validation)."""
    with store.transaction() as session:
        questionnaire = get_or_gone(
            session,
            Questionnaire,
            questionnaire_id,
            "questionnaire",
            selectinload(Questionnaire.questions),
        )
        if is_template(questionnaire):  # its items are still placeholders, not the paper's
            raise InvalidInputError(
                "questionnaire_id",
                words().gettext(
                    "This questionnaire is a scoring template: type its items from the paper "
                    "first (Evaluation, Questionnaires)."
                ),
            )
        if session_id is not None:
            meeting_group = session.scalar(
                select(_sessions.c.group_id).where(_sessions.c.id == session_id)
            )
            if meeting_group is None:
                raise gone("session")
            if group_id is not None and group_id != meeting_group:
                raise InvalidInputError(
                    "group_id", words().gettext("The session belongs to another group.")
                )
            group_id = meeting_group
        if questionnaire.purpose == "series":
            if group_id is None:
                raise InvalidInputError(
                    "group_id", words().gettext("A series evaluation needs its group.")
                )
            if timepoint not in TIMEPOINTS:
                raise InvalidInputError(
                    "timepoint", words().gettext('Choose "start" or "end" of the series.')
                )
        else:
            if session_id is None:
                raise InvalidInputError(
                    "session_id", words().gettext("This questionnaire needs a session.")
                )
            if timepoint:
                raise InvalidInputError(
                    "timepoint", words().gettext("Only a series evaluation has a timepoint.")
                )
        if person_id is not None:
            get_or_gone(session, Person, person_id, "person")
        code = _respondent_code(session, respondent_code, questionnaire.purpose, group_id)
        by_key = {question.key: question for question in questionnaire.questions}
        unknown = sorted(set(answers) - set(by_key))
        if unknown:
            raise InvalidInputError(
                f"answers.{unknown[0]}",
                words()
                .gettext('"{key}" is not an item of this questionnaire.')
                .format(key=unknown[0]),
            )
        response = Response(
            questionnaire_id=questionnaire_id,
            session_id=session_id,
            group_id=group_id,
            person_id=person_id,
            timepoint=timepoint,
            respondent_code=code,
            submitted_at=submitted_at or datetime.now(UTC),
        )
        rows = [
            (question, _answer_row(question, answers[question.key], question.scale_points))
            for question in questionnaire.questions
            if question.key in answers
        ]
        session.add(response)
        session.flush()
        session.add_all(
            Answer(response_id=response.id, question_id=question.id, **row)
            for question, row in rows
        )
        response_id = response.id
    store.changes.publish("responses", response_id)
    return response_id


def _respondent_code(
    session: Session, code: str | None, purpose: str, group_id: str | None
) -> str | None:
    if code is None or not code.strip():
        return None
    if purpose != "series":
        raise InvalidInputError(
            "respondent_code", words().gettext("Only a series evaluation has a respondent code.")
        )
    names = member_names(session, group_id or "")
    return clean_respondent_code(code, names=names)


def delete_response(store: Store, response_id: str) -> None:
    """Delete one response with its answers."""
    with store.transaction() as session:
        response = get_or_gone(session, Response, response_id, "response")
        session.execute(delete(Answer).where(Answer.response_id == response_id))
        session.delete(response)
    store.changes.publish("responses", response_id)


# --- loading -------------------------------------------------------------------------------


def _load(session: Session, where: Any) -> list[ResponseData]:
    """Responses matching ``where`` (on the responses table) with their answers, in the
    order they were submitted. Values and texts are keyed by item key."""
    query = (
        select(
            _responses.c.id,
            _responses.c.session_id,
            _responses.c.group_id,
            _responses.c.timepoint,
            _responses.c.person_id,
            _responses.c.respondent_code,
            _responses.c.submitted_at,
            _q.c.key.label("questionnaire_key"),
            _q.c.version,
        )
        .join(_q, _q.c.id == _responses.c.questionnaire_id)
        .where(where)
        .order_by(_responses.c.submitted_at, _responses.c.id)
    )
    heads = session.execute(query).all()
    values: dict[str, dict[str, int | None]] = defaultdict(dict)
    texts: dict[str, dict[str, str]] = defaultdict(dict)
    answers = (
        select(
            _answers.c.response_id,
            _questions.c.key,
            _questions.c.kind,
            _answers.c.value,
            _answers.c.text,
        )
        .join(_questions, _questions.c.id == _answers.c.question_id)
        .join(_responses, _responses.c.id == _answers.c.response_id)
        .where(where)
    )
    for response_id, key, kind, value, text in session.execute(answers):
        if kind == "free_text":
            texts[response_id][key] = text
        else:
            values[response_id][key] = value
    return [_to_data(head, values[head.id], texts[head.id]) for head in heads]


def _to_data(head: Any, values: dict[str, int | None], texts: dict[str, str]) -> ResponseData:
    submitted = head.submitted_at
    return from_row(
        ResponseData,
        head,
        values=values,
        texts=texts,
        submitted_at=submitted.replace(tzinfo=UTC) if submitted is not None else None,
    )


def list_responses(
    store: Store,
    *,
    session_id: str | None = None,
    group_id: str | None = None,
    questionnaire_key: str | None = None,
) -> list[ResponseData]:
    """Responses of a session, of a group (its sessions' and its series evaluations), of
    a questionnaire key, or any mix of these, in the order they were submitted."""
    where = _where(session_id, group_id, questionnaire_key)
    with store.reading() as session:
        return _load(session, where)


def _where(session_id: str | None, group_id: str | None, key: str | None) -> Any:
    conditions: list[Any] = []
    if session_id is not None:
        conditions.append(_responses.c.session_id == session_id)
    if group_id is not None:
        in_group = select(_sessions.c.id).where(_sessions.c.group_id == group_id)
        conditions.append(
            (_responses.c.group_id == group_id) | _responses.c.session_id.in_(in_group)
        )
    if key is not None:
        versions = select(_q.c.id).where(_q.c.key == key)
        questionnaire: Any = _responses.c.questionnaire_id
        if conditions:
            # "|| ''" keeps SQLite off the questionnaire_id index when a session or a
            # group narrows the rows: a questionnaire's responses are most of the table
            # (80,000 at ten years), a group's a few hundred (ix_responses_group_id).
            questionnaire = questionnaire.concat("")
        conditions.append(questionnaire.in_(versions))
    condition: Any = _responses.c.id.is_not(None)
    for extra in conditions:
        condition = condition & extra
    return condition


def _latest_spec(session: Session, key: str) -> QuestionnaireSpec:
    row = session.scalar(
        select(Questionnaire)
        .where(Questionnaire.key == key)
        .order_by(Questionnaire.version.desc())
        .limit(1)
        .options(selectinload(Questionnaire.questions))
    )
    if row is None:
        raise NotFoundError(words().gettext('There is no questionnaire "{key}".').format(key=key))
    return to_spec(row)


def _same_item(a: QuestionSpec, b: QuestionSpec) -> bool:
    # The scale's first value too: an instrument's scores count from it.
    def first(q: QuestionSpec) -> int:
        return 1 if q.scale is None else q.scale.first

    return (a.kind, a.points, a.reverse_coded, first(a)) == (
        b.kind,
        b.points,
        b.reverse_coded,
        first(b),
    )


def _harmonise(session: Session, spec: QuestionnaireSpec, data: list[ResponseData]) -> None:
    """Drop, in place, answers to an older version's item that differs from the latest
    version's item of the same key (see the module docstring)."""
    old_versions = {r.version for r in data if r.version != spec.version}
    if not old_versions:
        return
    rows = session.scalars(
        select(Questionnaire)
        .where(Questionnaire.key == spec.key, Questionnaire.version.in_(old_versions))
        .options(selectinload(Questionnaire.questions))
    )
    differing: dict[int, set[str]] = {}
    for row in rows:
        old = to_spec(row)
        differing[row.version] = {
            q.key
            for q in old.questions
            if (now := spec.question(q.key)) is None or not _same_item(q, now)
        }
    for response in data:
        for key in differing.get(response.version, set()):
            if isinstance(response.values, dict):
                response.values.pop(key, None)
            if isinstance(response.texts, dict):
                response.texts.pop(key, None)


def _of_sessions(session_ids: list[str], key: str) -> Any:
    """The forms of these sessions to ``key``: the series read's. Its sessions are read
    first anyway (their order), so the forms are found by their ids alone: an index
    search on both engines, where a group test ORed in (``group_id = ? OR session_id
    IN (…)``) makes PostgreSQL read every response (benchmarks/hub_programme.py)."""
    versions = select(_q.c.id).where(_q.c.key == key)
    # "|| ''" as in _where: the sessions narrow the rows, not the questionnaire.
    return _responses.c.session_id.in_(session_ids) & _responses.c.questionnaire_id.concat("").in_(
        versions
    )


def session_responses(store: Store, session_id: str, key: str) -> EvaluationData:
    """The responses of one session to the questionnaire ``key`` (any version)."""
    with store.reading() as session:
        spec = _latest_spec(session, key)
        data = _load(session, _where(session_id, None, key))
        _harmonise(session, spec, data)
    return EvaluationData(questionnaire=spec, responses=tuple(data))


def series_responses(store: Store, group_id: str, key: str) -> SeriesData:
    """The group's sessions in order of their planned start (sessions that ran or that
    have responses), each with its responses to ``key``."""
    with store.reading() as session:
        spec = _latest_spec(session, key)
        meetings = session.execute(
            select(_sessions.c.id, _sessions.c.planned_start, _sessions.c.status)
            .where(_sessions.c.group_id == group_id)
            .order_by(_sessions.c.planned_start, _sessions.c.created_at, _sessions.c.id)
        ).all()
        data = _load(session, _of_sessions([meeting.id for meeting in meetings], key))
        _harmonise(session, spec, data)
    by_session: dict[str, list[ResponseData]] = defaultdict(list)
    for response in data:
        by_session[response.session_id or ""].append(response)
    sessions = tuple(
        SessionResponses(
            session_id=meeting.id,
            planned_start=meeting.planned_start,
            responses=tuple(by_session.get(meeting.id, ())),
        )
        for meeting in meetings
        if meeting.status != SessionStatus.PLANNED.value or meeting.id in by_session
    )
    return SeriesData(questionnaire=spec, sessions=sessions)


def start_end_responses(
    store: Store, group_id: str, key: str = "series-evaluation"
) -> EvaluationData:
    """The group's start and end forms of the series questionnaire ``key``."""
    with store.reading() as session:
        spec = _latest_spec(session, key)
        where = _where(None, group_id, key) & _responses.c.timepoint.in_(TIMEPOINTS)
        data = _load(session, where)
        _harmonise(session, spec, data)
    return EvaluationData(questionnaire=spec, responses=tuple(data))
