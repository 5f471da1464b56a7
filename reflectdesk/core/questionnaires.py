"""Questionnaires: evaluation forms read from and written to TOML, pure Python.

A questionnaire file is small and meant to be edited by hand (the schema is described in
``resources/questionnaires/SCHEMA.md``). Reading one collects every problem at once, each
with its field path and line, exactly as format and deck files do (``tomlfile.py``).

Public API:

- :class:`ScaleSpec`, :class:`QuestionSpec`, :class:`QuestionnaireSpec`: what a form is.
- :func:`parse_questionnaire` (text -> spec, raising :class:`QuestionnaireFileError`),
  :func:`to_toml` (spec -> text; ``parse_questionnaire(to_toml(spec)) == spec``),
  :func:`load_builtin_questionnaires`, :func:`default_scale`.
- :class:`QuestionnaireSummary`: one questionnaire as listed by the store.

A spec's ``version`` is the database's (a questionnaire that has answers is never changed;
a change makes a new version); a file carries no version and reads as version 1.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from reflectdesk.core.definitions import (
    DefinitionKind,
    close_file,
    item_start,
    open_file,
    tidy_header,
    tidy_text,
)
from reflectdesk.core.errors import N_, words
from reflectdesk.core.figure_rules import agree_points
from reflectdesk.core.instrument_spec import (
    ScoreSpec,
    SourceSpec,
    check_ranges,
    read_scores,
    read_source,
    scores_toml,
    source_toml,
)
from reflectdesk.core.local_text import keep_languages
from reflectdesk.core.model import QuestionKind
from reflectdesk.core.tomlfile import FieldChecker, FileProblemsError, describe
from reflectdesk.core.tomlwrite import toml_local, toml_locals, toml_string

__all__ = [
    "PURPOSES",
    "QUESTIONNAIRES",
    "SCALE_POINTS",
    "SCHEMA_VERSION",
    "QuestionSpec",
    "QuestionnaireFileError",
    "QuestionnaireSpec",
    "QuestionnaireSummary",
    "ScaleSpec",
    "default_scale",
    "load_builtin_questionnaires",
    "parse_questionnaire",
    "to_toml",
]

SCHEMA_VERSION = 1
# session: filled in by participants after a session; series: at the start and at the end
# of a series; conditions: the facilitator's check after a session.
PURPOSES: tuple[str, ...] = ("session", "series", "conditions")
# 2 to 11 points (the database's check); 5 and 7 are the usual ones, WHO-5 has 6.
SCALE_POINTS: tuple[int, ...] = tuple(range(2, 12))
FIRST_RANGE = (-10, 10)
QUESTION_TEXT_MAX_LENGTH = 500
LABEL_MAX_LENGTH = 40
QUESTIONS_MAX = 60
SCALES_MAX = 10

TOP_LEVEL_FIELDS = (
    "schema",
    "key",
    "name",
    "purpose",
    "description",
    "template",
    "scales",
    "questions",
    "scores",
    "source",
)
SCALE_FIELDS = ("key", "points", "first", "labels", "agree_from")
QUESTION_FIELDS = ("key", "kind", "text", "scale", "reverse")
KINDS = tuple(kind.value for kind in QuestionKind)

_DEFAULT_LABELS = {
    5: ("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"),
    7: (
        "Strongly disagree",
        "Disagree",
        "Somewhat disagree",
        "Neither agree nor disagree",
        "Somewhat agree",
        "Agree",
        "Strongly agree",
    ),
}


@dataclass(frozen=True, slots=True)
class ScaleSpec:
    """A Likert scale: ``points`` answers, 1 to ``points``, with one label each.

    ``agree_from``: the lowest answer that counts as agreeing in "% agree"; None: the
    default (``figure_rules.default_agree_from``: 4 of 5, 5 of 7). ``first``: what the
    instrument's manual scores the lowest answer (WHO-5: 0), for its scores; answers
    are kept and shown as 1 to ``points`` whatever it is."""

    key: str
    points: int
    labels: tuple[str, ...]
    agree_from: int | None = None
    first: int = 1

    @property
    def agreeing(self) -> tuple[int, ...]:
        """The answers that count as agreeing, e.g. (4, 5) or (5, 6, 7)."""
        return agree_points(self.points, self.agree_from)


@dataclass(frozen=True, slots=True)
class QuestionSpec:
    """One item. A Likert item has a ``scale``; a free-text item has none.

    A ``reverse_coded`` item is worded against the others; statistics score its answer
    ``v`` as ``points + 1 - v``.
    """

    key: str
    text: str
    kind: QuestionKind
    scale: ScaleSpec | None = None
    reverse_coded: bool = False

    @property
    def points(self) -> int | None:
        return None if self.scale is None else self.scale.points

    @property
    def is_likert(self) -> bool:
        return self.kind is QuestionKind.LIKERT


@dataclass(frozen=True, slots=True)
class QuestionnaireSpec:
    """A whole questionnaire, as read from a file or loaded from the database."""

    key: str
    name: str
    purpose: str
    questions: tuple[QuestionSpec, ...]
    description: str = ""
    version: int = 1
    # A validated instrument's scoring and source (core/instrument_spec.py); ``template``:
    # item texts are placeholders the user types from the paper.
    scores: tuple[ScoreSpec, ...] = ()
    source: SourceSpec | None = None
    template: bool = False

    def question(self, key: str) -> QuestionSpec | None:
        return next((q for q in self.questions if q.key == key), None)


@dataclass(frozen=True, slots=True)
class QuestionnaireSummary:
    """A questionnaire as offered in lists: its latest version, and how used it is."""

    id: str
    key: str
    version: int
    name: str
    purpose: str
    builtin: bool
    question_count: int
    response_count: int


class QuestionnaireFileError(FileProblemsError):
    """A questionnaire file that cannot be used; ``problems`` lists everything wrong."""

    code = "questionnaire_file"
    kind = N_("questionnaire file")
    note = N_("scales and questions are numbered from 1")


def default_scale(points: int) -> ScaleSpec:
    """The agreement scale of ``points`` (5 or 7) points, for items whose own labels are
    not known (a questionnaire loaded from the database keeps only the number of points)."""
    labels = _DEFAULT_LABELS.get(points) or tuple(str(n) for n in range(1, points + 1))
    return ScaleSpec(key=f"agreement-{points}", points=points, labels=labels)


# --- reading ----------------------------------------------------------------------------


def _scale(check: FieldChecker, index: int, table: dict[str, Any]) -> ScaleSpec | None:
    before, prefix = item_start(check, "scales", index, table, known=SCALE_FIELDS)
    key = check.key(prefix + "key", table.get("key"), example="agreement-5", required=True)
    points = check.integer(
        prefix + "points", table.get("points"), minimum=SCALE_POINTS[0], maximum=SCALE_POINTS[-1]
    )
    first = 1
    if table.get("first") is not None:
        low, high = FIRST_RANGE
        first = check.integer(prefix + "first", table.get("first"), minimum=low, maximum=high) or 0
    labels_value = table.get("labels")
    labels: list[str] = []
    if labels_value is None:
        check.add(prefix + "labels", N_("is required: one label for each point of the scale"))
    else:
        problems = len(check.problems)
        labels = check.local_texts(prefix + "labels", labels_value, limit=LABEL_MAX_LENGTH)
        if len(check.problems) == problems and points is not None and len(labels) != points:
            check.add(
                prefix + "labels",
                # No noun after {count}: it may be 1.
                N_("needs {points} labels for a {points}-point scale, not {count}"),
                count=len(labels),
                points=points,
            )
    agree_from = _agree_from(check, prefix, table.get("agree_from"), points)
    if len(check.problems) > before or points is None:
        return None
    return ScaleSpec(key, points, tuple(labels), agree_from, first)


def _agree_from(check: FieldChecker, prefix: str, value: object, points: int | None) -> int | None:
    """``agree_from``: a whole answer above the middle of the scale, up to its top, so
    "agree" never counts the neutral middle or a disagreeing answer."""
    if value is None:
        return None
    top = points or max(SCALE_POINTS)
    lowest = top // 2 + 2
    if type(value) is not int or not lowest <= value <= top:
        check.add(
            prefix + "agree_from",
            N_("must be a whole number from {lowest} to {top} (above the middle), not {value}"),
            lowest=lowest,
            top=top,
            value=describe(value),
        )
        return None
    return value


def _question(
    check: FieldChecker, scales: dict[str, ScaleSpec], index: int, table: dict[str, Any]
) -> QuestionSpec | None:
    before, prefix = item_start(check, "questions", index, table, known=QUESTION_FIELDS)
    key = check.key(prefix + "key", table.get("key"), example="safe-space", required=True)
    kind = check.choice(prefix + "kind", table.get("kind"), choices=KINDS)
    text = check.local_text(
        prefix + "text", table.get("text"), limit=QUESTION_TEXT_MAX_LENGTH, required=True
    )
    scale_key, reverse = table.get("scale"), table.get("reverse")
    scale: ScaleSpec | None = None
    if kind == QuestionKind.LIKERT.value:
        if scale_key is None:
            check.add(prefix + "scale", N_("is required for a likert question: a scale's key"))
        elif not isinstance(scale_key, str) or scale_key not in scales:
            known = ", ".join(scales) or words().gettext("none defined")
            check.add(
                prefix + "scale",
                N_("must be the key of a [[scales]] table ({known}), not {value}"),
                known=known,
                value=describe(scale_key),
            )
        else:
            scale = scales[scale_key]
        if reverse is not None and not isinstance(reverse, bool):
            check.add(
                prefix + "reverse",
                N_("must be true or false, not {value}"),
                value=describe(reverse),
            )
    elif kind == QuestionKind.FREE_TEXT.value:
        for name, value in (("scale", scale_key), ("reverse", reverse)):
            if value is not None:
                check.add(prefix + name, N_("is only for likert questions"))
    if len(check.problems) > before:
        return None
    return QuestionSpec(
        key=key, text=text, kind=QuestionKind(kind), scale=scale, reverse_coded=reverse is True
    )


def parse_questionnaire(text: str, source: str = "<questionnaire>") -> QuestionnaireSpec:
    """Read one questionnaire file; raise QuestionnaireFileError listing every problem.

    Text fields are trimmed of surrounding white space; nothing else is changed."""
    data, check, (key, name, description) = open_file(
        text,
        source,
        QuestionnaireFileError,
        fields=TOP_LEVEL_FIELDS,
        version=SCHEMA_VERSION,
        what=N_("questionnaire"),
        key_example="session-evaluation",
    )
    purpose = check.choice("purpose", data.get("purpose"), choices=PURPOSES)

    scales: dict[str, ScaleSpec] = {}
    raw_scales = data.get("scales")
    if raw_scales is not None:

        def read_scale(index: int, table: dict[str, Any]) -> ScaleSpec | None:
            return _scale(check, index, table)

        for index, scale in enumerate(
            check.tables(
                "scales",
                raw_scales,
                read_scale,
                contents=N_("a key, points and labels"),
                limit=SCALES_MAX,
            )
        ):
            if scale.key in scales:
                check.add(
                    f"scales[{index + 1}].key",
                    N_('"{key}" is used by another scale'),
                    key=scale.key,
                )
            scales.setdefault(scale.key, scale)

    def read_question(index: int, table: dict[str, Any]) -> QuestionSpec | None:
        return _question(check, scales, index, table)

    raw_questions = data.get("questions")
    questions = check.tables(
        "questions",
        raw_questions,
        read_question,
        contents=N_("a key, kind and text"),
        limit=QUESTIONS_MAX,
    )
    likert = tuple(q.key for q in questions if q.is_likert)
    scores = read_scores(check, data.get("scores"), likert)
    origin = read_source(check, data.get("source"))
    template = data.get("template", False) is True
    if not isinstance(data.get("template", False), bool):
        message = N_("must be true or false, not {value}")
        check.add("template", message, value=describe(data.get("template")))
    seen: set[str] = set()
    if isinstance(raw_questions, list):
        for index, table in enumerate(raw_questions):
            item_key = table.get("key") if isinstance(table, dict) else None
            if isinstance(item_key, str) and item_key in seen:
                check.add(
                    f"questions[{index + 1}].key",
                    N_('"{item_key}" is used by another question; item keys must be unique'),
                    item_key=item_key,
                )
            if isinstance(item_key, str):
                seen.add(item_key)
    found = QuestionnaireSpec(
        key, name, purpose, tuple(questions), description, 1, tuple(scores), origin, template
    )
    check_ranges(check, found.scores, item_bounds(found))
    close_file(check, QuestionnaireFileError, source)
    return found


def item_bounds(spec: QuestionnaireSpec) -> dict[str, tuple[int, int]]:
    """Each Likert item's lowest and highest value as its instrument scores them."""
    return {
        q.key: (q.scale.first, q.scale.first + q.scale.points - 1)
        for q in spec.questions
        if q.scale is not None
    }


# --- writing ----------------------------------------------------------------------------


def to_toml(spec: QuestionnaireSpec) -> str:
    """The TOML text of a questionnaire (without its version), such that
    ``parse_questionnaire(to_toml(spec)) == spec`` for a valid version-1 spec.

    Raises ValueError when two questions use different scales under one key."""
    out = [
        f"schema = {SCHEMA_VERSION}",
        f"key = {toml_string(spec.key)}",
        *toml_local("name", spec.name),
        f"purpose = {toml_string(spec.purpose)}",
    ]
    if spec.description:
        out += toml_local("description", spec.description, multiline=True)
    if spec.template:
        out.append("template = true")
    scales: dict[str, ScaleSpec] = {}
    for question in spec.questions:
        if question.scale is not None:
            known = scales.setdefault(question.scale.key, question.scale)
            if known != question.scale:
                raise ValueError(f'two different scales share the key "{known.key}"')
    for scale in scales.values():
        out += ["", "[[scales]]", f"key = {toml_string(scale.key)}"]
        out.append(f"points = {int(scale.points)}")
        if scale.first != 1:
            out.append(f"first = {int(scale.first)}")
        out += toml_locals("labels", scale.labels)
        if scale.agree_from is not None:
            out.append(f"agree_from = {int(scale.agree_from)}")
    for question in spec.questions:
        out += ["", "[[questions]]", f"key = {toml_string(question.key)}"]
        out.append(f"kind = {toml_string(question.kind.value)}")
        if question.scale is not None:
            out.append(f"scale = {toml_string(question.scale.key)}")
        out += toml_local("text", question.text)
        if question.reverse_coded:
            out.append("reverse = true")
    out += scores_toml(spec.scores) + source_toml(spec.source)
    return "\n".join(out) + "\n"


# --- built-ins --------------------------------------------------------------------------


def tidy_spec(spec: QuestionnaireSpec) -> QuestionnaireSpec:
    """As saved from an editor: NFC text without surrounding space, version 1."""
    return tidy_header(
        spec,
        version=1,
        questions=tuple(replace(q, text=keep_languages(tidy_text, q.text)) for q in spec.questions),
    )


# A questionnaire's lone surrogates are found by to_toml (a ValueError), so it lists no
# text fields; its files never named the byte that is not UTF-8.
QUESTIONNAIRES: DefinitionKind[QuestionnaireSpec] = DefinitionKind(
    noun="questionnaire",
    parse=parse_questionnaire,
    dump=to_toml,
    error=QuestionnaireFileError,
    tidy=tidy_spec,
    find_unsavable=False,
    name_bad_byte=False,
)


# Every questionnaire shipped in resources/questionnaires (see DefinitionKind.builtins).
load_builtin_questionnaires = QUESTIONNAIRES.builtins
