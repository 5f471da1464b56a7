"""Questionnaires in the database: the built-ins kept in step, listing, saving a new
version, and questionnaire files.

A questionnaire with answers is never changed under them: saving one whose current
version has responses writes version + 1 (new rows); one without responses is edited in
place. Lists show the latest version of each key. Built-ins (resources/questionnaires) are
not edited by the user; save your own under another key (a copy).

The database keeps each Likert item's number of points and its scale (key, labels and
``agree_from`` when the file sets it, as JSON in ``questions.labels``) and the form's
description. Rows written before those columns existed (NULL labels) take the shipped
file's scale of the same key and item when the points match, otherwise the standard
agreement labels (``default_scale``).

Public API: ``list_questionnaires``, ``latest_questionnaire``, ``questionnaire_spec``,
``version_spec``, ``save_questionnaire``, ``read_questionnaire_file``,
``import_questionnaire_file``, ``export_questionnaire_file``;
``sync_builtin_questionnaires`` is called by ``builtins.seed_builtins``.
Mutations publish Change("questionnaires", id) after commit.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from reflectdesk.core.definitions import clean
from reflectdesk.core.errors import InvalidInputError, NotFoundError, words
from reflectdesk.core.instrument_json import instrument_data, instrument_from
from reflectdesk.core.instrument_templates import unfilled
from reflectdesk.core.local_text import (
    carry_languages,
    stored_in,
    stored_text,
    stored_texts,
    texts_json,
)
from reflectdesk.core.model import QuestionKind
from reflectdesk.core.questionnaires import (
    QUESTIONNAIRES,
    QuestionnaireSpec,
    QuestionnaireSummary,
    QuestionSpec,
    ScaleSpec,
    default_scale,
    load_builtin_questionnaires,
)
from reflectdesk.i18n.texts import current_language
from reflectdesk.store.database import Store
from reflectdesk.store.definitions import add_own, export_file, free_key_in, move_aside
from reflectdesk.store.models.evaluation import Question, Questionnaire, Response
from reflectdesk.store.rows import from_row, get_or_gone

BUILTIN_REFUSAL = "Built-in questionnaires cannot be changed; save a copy under a new key."

_questionnaires = Questionnaire.__table__
_responses = Response.__table__


@cache
def _shipped() -> dict[str, QuestionnaireSpec]:
    return {spec.key: spec for spec in load_builtin_questionnaires()}


def _scale_for(key: str, item: str, points: int) -> ScaleSpec:
    shipped = _shipped().get(key)
    question = shipped.question(item) if shipped is not None else None
    if question is not None and question.scale is not None and question.scale.points == points:
        return question.scale
    return default_scale(points)


def _labels_json(scale: ScaleSpec | None, instrument: object = None) -> str | None:
    if scale is None:
        return None
    labels = [str(label) for label in scale.labels]
    data: dict[str, object] = {"key": scale.key, "labels": labels}
    if scale.agree_from is not None:  # kept beside the labels: no column, no migration
        data["agree_from"] = scale.agree_from
    if scale.first != 1:
        data["first"] = scale.first
    if instrument is not None:  # the scoring and source, on the first Likert item only
        data["instrument"] = instrument
    return json.dumps(data, ensure_ascii=False)


def _instrument(row: Questionnaire) -> dict[str, object]:
    """The scores, source and template flag kept with ``row``'s first Likert item."""
    for question in row.questions:
        if question.labels and '"instrument"' in question.labels:
            try:
                data = json.loads(question.labels).get("instrument")
            except (ValueError, AttributeError):
                data = None
            scores, source, template = instrument_from(data)
            return {"scores": scores, "source": source, "template": template}
    return {"scores": (), "source": None, "template": False}


def _question_texts(question: QuestionSpec) -> str | None:
    labels = () if question.scale is None else question.scale.labels
    return texts_json(text=question.text, labels=labels)


def _form_texts(spec: QuestionnaireSpec) -> str | None:
    return texts_json(name=spec.name, description=spec.description)


def _languages(spec: QuestionnaireSpec) -> tuple[str | None, ...]:
    """What the database keeps of a spec's other languages (see :func:`_content`)."""
    return (_form_texts(spec), *(_question_texts(q) for q in spec.questions))


def _set_languages(row: Questionnaire, spec: QuestionnaireSpec) -> None:
    """Give a stored version ``spec``'s languages in place: the same items in other
    words, so answers already given stay with it and no new version is made."""
    row.texts = _form_texts(spec)
    for question, item in zip(row.questions, spec.questions, strict=True):
        question.texts = _question_texts(item)


def _stored_scale(row_key: str, question: Question) -> ScaleSpec | None:
    """The item's scale: as stored, else (an older row) the shipped or standard one."""
    points = question.scale_points
    if points is None:
        return None
    if question.labels:
        try:
            data = json.loads(question.labels)
            labels = tuple(str(label) for label in data["labels"])
            if len(labels) == points:
                labels = stored_texts(question.texts, "labels", labels)
                agree_from = data.get("agree_from")
                if not isinstance(agree_from, int) or not 1 < agree_from <= points:
                    agree_from = None  # absent or unreadable: the scale's default
                first = data.get("first", 1)
                first = first if type(first) is int else 1
                return ScaleSpec(str(data["key"]), points, labels, agree_from, first)
        except (ValueError, KeyError, TypeError):
            pass  # unreadable labels: fall back rather than refuse to show the form
    return _scale_for(row_key, question.key, points)


def is_template(row: Questionnaire) -> bool:
    """Whether ``row`` (its questions loaded) is a scoring template not yet typed in."""
    return bool(_instrument(row)["template"])


def to_spec(row: Questionnaire) -> QuestionnaireSpec:
    """A questionnaire row (its questions loaded) as a spec, with its version."""
    questions = tuple(
        QuestionSpec(
            key=q.key,
            text=stored_text(q.texts, "text", q.text),
            kind=QuestionKind(q.kind),
            scale=_stored_scale(row.key, q),
            reverse_coded=bool(q.reverse_coded),
        )
        for q in row.questions
    )
    shipped = _shipped().get(row.key)
    description = stored_text(row.texts, "description", row.description or "")
    if not description and row.builtin and shipped is not None:
        description = shipped.description
    return from_row(
        QuestionnaireSpec,
        row,
        name=stored_text(row.texts, "name", row.name),
        questions=questions,
        description=description,
        **_instrument(row),
    )


def _content(spec: QuestionnaireSpec) -> tuple[object, ...]:
    """What the database keeps of a spec, to tell whether a row is up to date."""
    return (
        spec.name,
        spec.purpose,
        spec.description,
        tuple((q.key, q.text, q.kind, q.scale, q.reverse_coded) for q in spec.questions),
        (spec.scores, spec.source, spec.template),
    )


def _questions(spec: QuestionnaireSpec) -> list[Question]:
    instrument = instrument_data(spec.scores, spec.source, spec.template)
    first_likert = next((q.key for q in spec.questions if q.scale is not None), None)
    return [
        Question(
            position=position,
            key=q.key,
            text=str(q.text),
            kind=q.kind.value,
            scale_points=q.points,
            reverse_coded=q.reverse_coded,
            labels=_labels_json(q.scale, instrument if q.key == first_likert else None),
            texts=_question_texts(q),
        )
        for position, q in enumerate(spec.questions)
    ]


def _latest(session: Session, key: str) -> Questionnaire | None:
    return session.scalar(
        select(Questionnaire)
        .where(Questionnaire.key == key)
        .order_by(Questionnaire.version.desc())
        .limit(1)
        .options(selectinload(Questionnaire.questions))
    )


def _has_responses(session: Session, questionnaire_id: str) -> bool:
    found = session.scalar(
        select(_responses.c.id).where(_responses.c.questionnaire_id == questionnaire_id).limit(1)
    )
    return found is not None


def _write(
    session: Session, latest: Questionnaire | None, spec: QuestionnaireSpec, *, builtin: bool
) -> str:
    """Edit ``latest`` in place if nobody answered it, else add the next version."""
    if latest is not None and not _has_responses(session, latest.id):
        latest.name, latest.purpose = str(spec.name), spec.purpose
        latest.description = str(spec.description)
        latest.texts = _form_texts(spec)
        latest.questions.clear()
        session.flush()  # the old questions must go before new ones take their positions
        latest.questions.extend(_questions(spec))
        session.flush()
        return latest.id
    version = 1 if latest is None else latest.version + 1
    row = Questionnaire(
        key=spec.key,
        version=version,
        name=str(spec.name),
        purpose=spec.purpose,
        description=str(spec.description),
        builtin=builtin,
        texts=_form_texts(spec),
    )
    row.questions.extend(_questions(spec))
    session.add(row)
    session.flush()
    return row.id


def sync_builtin_questionnaires(
    session: Session, specs: list[QuestionnaireSpec] | None = None
) -> None:
    """Insert or refresh the built-ins (called by seed_builtins when a shipped file
    changed). A built-in whose file changed and that has answers gets a new version."""
    for spec in load_builtin_questionnaires() if specs is None else specs:
        latest = _latest(session, spec.key)
        if latest is not None and not latest.builtin:
            move_aside(session, Questionnaire, spec.key, _shipped())
            latest = None
        if latest is not None and _content(to_spec(latest)) == _content(spec):
            if _languages(to_spec(latest)) != _languages(spec):
                _set_languages(latest, spec)
            continue
        _write(session, latest, spec, builtin=True)


def _free_key(session: Session, wanted: str) -> str:
    # A shipped key is never free, even before the built-in is in the database.
    return free_key_in(session, Questionnaire.key, wanted, _shipped())


# --- reading -------------------------------------------------------------------------------


def _summaries(
    session: Session, purpose: str | None, key: str | None
) -> list[QuestionnaireSummary]:
    q = _questionnaires
    newest = select(q.c.key, func.max(q.c.version).label("version")).group_by(q.c.key).subquery()
    counts = (
        select(_responses.c.questionnaire_id, func.count().label("n"))
        .group_by(_responses.c.questionnaire_id)
        .subquery()
    )
    questions = Question.__table__
    question_count = (
        select(func.count())
        .where(questions.c.questionnaire_id == q.c.id)
        .correlate(q)
        .scalar_subquery()
    )
    query = (
        select(q, question_count.label("questions"), func.coalesce(counts.c.n, 0).label("n"))
        .join(newest, (newest.c.key == q.c.key) & (newest.c.version == q.c.version))
        .outerjoin(counts, counts.c.questionnaire_id == q.c.id)
        .order_by(q.c.builtin.desc(), q.c.purpose, q.c.name, q.c.key)
    )
    if purpose is not None:
        query = query.where(q.c.purpose == purpose)
    if key is not None:
        query = query.where(q.c.key == key)
    language = current_language()
    return [
        from_row(
            QuestionnaireSummary,
            row,
            name=stored_in(row.texts, "name", row.name, language),
            builtin=bool(row.builtin),
            question_count=int(row.questions),
            response_count=int(row.n),
        )
        for row in session.execute(query)
    ]


def _summary_of(session: Session, questionnaire_id: str) -> QuestionnaireSummary:
    """The summary of the questionnaire whose latest version is ``questionnaire_id``."""
    key = session.scalar(
        select(_questionnaires.c.key).where(_questionnaires.c.id == questionnaire_id)
    )
    return _summaries(session, None, key)[0]


def list_questionnaires(store: Store, purpose: str | None = None) -> list[QuestionnaireSummary]:
    """The latest version of every questionnaire (of one ``purpose``: "session",
    "series" or "conditions"), built-ins first. ``response_count`` counts the responses
    to that version."""
    with store.reading() as session:
        return _summaries(session, purpose, None)


def latest_questionnaire(store: Store, key: str) -> QuestionnaireSummary | None:
    """The latest version of the questionnaire with ``key``; None if there is none."""
    with store.reading() as session:
        found = _summaries(session, None, key)
    return found[0] if found else None


def questionnaire_spec(store: Store, questionnaire_id: str) -> QuestionnaireSpec:
    """One version of a questionnaire, with its questions in order."""
    with store.reading() as session:
        row = get_or_gone(
            session,
            Questionnaire,
            questionnaire_id,
            "questionnaire",
            selectinload(Questionnaire.questions),
        )
        return to_spec(row)


# --- saving --------------------------------------------------------------------------------


def clean_spec(spec: QuestionnaireSpec) -> QuestionnaireSpec:
    """``spec`` as it will be stored (version 1), or InvalidInputError naming the first
    problem; ``error.params["problems"]`` lists every FileProblem (field paths, no lines).
    The rules are the file's, so whatever is saved can be exported and imported again."""
    return clean(QUESTIONNAIRES, spec)


def save_questionnaire(store: Store, spec: QuestionnaireSpec) -> QuestionnaireSummary:
    """Save the user's questionnaire ``spec.key``: a new key makes version 1; a key whose
    latest version has responses makes version + 1; otherwise that version is edited.
    Raises InvalidInputError for a built-in's key or a spec that breaks the file rules."""
    clean = clean_spec(spec)
    # A scoring template stops being one once every item has its text from the paper.
    clean = replace(clean, template=clean.template and bool(unfilled(clean)))
    with store.transaction() as session:
        latest = _latest(session, clean.key)
        if (latest is not None and latest.builtin) or clean.key in _shipped():
            raise InvalidInputError("key", BUILTIN_REFUSAL)
        if latest is not None:
            clean = carry_languages(to_spec(latest), clean)
        if latest is not None and _content(to_spec(latest)) == _content(clean):
            _set_languages(latest, clean)
            questionnaire_id = latest.id
        else:
            questionnaire_id = _write(session, latest, clean, builtin=False)
        summary = _summaries(session, None, clean.key)[0]
    store.changes.publish("questionnaires", questionnaire_id)
    return summary


# --- files ---------------------------------------------------------------------------------


def read_questionnaire_file(path: Path) -> QuestionnaireSpec:
    """Parse a questionnaire file; QuestionnaireFileError (with lines) or OSError."""
    return QUESTIONNAIRES.read(path)


def import_questionnaire_file(store: Store, path: Path) -> QuestionnaireSummary:
    """Add the questionnaire in ``path`` as the user's own (see add_questionnaire)."""
    return add_questionnaire(store, read_questionnaire_file(path))


def add_questionnaire(store: Store, spec: QuestionnaireSpec) -> QuestionnaireSummary:
    """Add ``spec`` as the user's own, version 1, under its key when free, else the first
    free ``key-2``, ``key-3``...; nothing is written on an error."""
    spec = clean_spec(spec)

    def add(session: Session) -> str:
        return _write(session, None, replace(spec, key=_free_key(session, spec.key)), builtin=False)

    return add_own(store, "questionnaires", add, _summary_of)


def export_questionnaire_file(store: Store, questionnaire_id: str, path: Path) -> None:
    """Write one version of a questionnaire as a file, whole or not at all."""
    export_file(
        QUESTIONNAIRES, replace(questionnaire_spec(store, questionnaire_id), version=1), path
    )


def version_spec(store: Store, key: str, version: int) -> QuestionnaireSpec:
    """One version of the questionnaire ``key`` (as a ResponseData names it)."""
    with store.reading() as session:
        row = session.scalar(
            select(Questionnaire)
            .where(Questionnaire.key == key, Questionnaire.version == version)
            .options(selectinload(Questionnaire.questions))
        )
        if row is None:
            raise NotFoundError(
                words()
                .gettext('There is no version {version} of questionnaire "{key}".')
                .format(version=version, key=key)
            )
        return to_spec(row)
