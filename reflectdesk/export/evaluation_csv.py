"""Questionnaire answers of one group as CSV for researchers: a long table and a codebook.

    answers.csv   response_id, questionnaire_key, questionnaire_version, item_key,
                  item_text, value, text, session_id, session_date, group_id, group_name,
                  timepoint, respondent_code, submitted_at
    codebook.csv  questionnaire_key, questionnaire_version, questionnaire_name, purpose,
                  position, item_key, item_text, kind, scale_points, reverse_coded,
                  value_labels
    scores.csv    response_id, questionnaire_key, questionnaire_version, score_key,
                  score_name, score, score_lowest, score_highest, session_id, group_id,
                  timepoint, respondent_code (only when a validated instrument with
                  scoring was answered: one row per response and subscale or total, the
                  score empty when too many of its items were left blank)

One row per stored answer (a blank Likert answer has an empty ``value``; a free-text
answer has its ``text``). Values are the raw answers as ticked: reverse-coded items are
*not* re-scored here, so the codebook's ``reverse_coded`` says which to flip
(``scale_points + 1 - value``). ``value_labels`` reads "1=Strongly disagree; 2=...".
Responses are anonymous: no person is named or identified. ``respondent_code`` is the
pseudonym that pairs one participant's start and end forms of a series (empty when the
form has none); it names nobody. Written as the group's
tables are (reflectdesk.export.spreadsheet): CSV with a BOM, or sheets of a workbook.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reflectdesk.core.instrument_scores import score_of
from reflectdesk.core.instrument_spec import score_range
from reflectdesk.core.local_text import localized
from reflectdesk.core.questionnaires import QuestionnaireSpec, item_bounds
from reflectdesk.export.csv_export import session_date
from reflectdesk.export.spreadsheet import Cell, Table, write_csv_tables
from reflectdesk.i18n.texts import Texts, current_language, texts_for
from reflectdesk.paths import make_private_folder
from reflectdesk.store.database import Store

ANSWER_COLUMNS = (
    "response_id",
    "questionnaire_key",
    "questionnaire_version",
    "item_key",
    "item_text",
    "value",
    "text",
    "session_id",
    "session_date",
    "group_id",
    "group_name",
    "timepoint",
    "respondent_code",
    "submitted_at",
)
CODEBOOK_COLUMNS = (
    "questionnaire_key",
    "questionnaire_version",
    "questionnaire_name",
    "purpose",
    "position",
    "item_key",
    "item_text",
    "kind",
    "scale_points",
    "reverse_coded",
    "value_labels",
)

SCORE_COLUMNS = (
    "response_id",
    "questionnaire_key",
    "questionnaire_version",
    "score_key",
    "score_name",
    "score",
    "score_lowest",
    "score_highest",
    "session_id",
    "group_id",
    "timepoint",
    "respondent_code",
)


def write_evaluation_csv(
    store: Store,
    group_id: str,
    out_dir: Path,
    texts: Texts | None = None,
    separator: str | None = None,
) -> list[Path]:
    """Write answers.csv and codebook.csv for the group into ``out_dir`` (made if
    missing); returns their paths. NotFoundError for an unknown group. Headers in the
    language of ``texts``; ``separator`` None: the language's own."""
    texts = texts or texts_for(None)
    tables = evaluation_tables(store, group_id, texts.language)
    make_private_folder(out_dir)
    return write_csv_tables(group_id, tables, out_dir, texts, separator)


def evaluation_tables(store: Store, group_id: str, language: str | None = None) -> list[Table]:
    """The answers table and the codebook of the group, the items' words in ``language``
    (None: the process's); keys, versions and values are the same in every language."""
    from reflectdesk.store.groups import get_group
    from reflectdesk.store.questionnaires import version_spec
    from reflectdesk.store.responses import list_responses
    from reflectdesk.store.sessions import list_sessions

    group = get_group(store, group_id)
    dates: dict[str, date | None] = {
        meeting.id: session_date(meeting) for meeting in list_sessions(store, group_id)
    }
    specs: dict[tuple[str, int], QuestionnaireSpec] = {}
    answers: list[Sequence[Cell]] = []
    scores: list[Sequence[Cell]] = []
    for response in list_responses(store, group_id=group_id):
        which = (response.questionnaire_key, response.version)
        spec = specs.get(which) or specs.setdefault(
            which, localized(version_spec(store, *which), language or current_language())
        )
        for wanted in spec.scores:
            low, high = score_range(wanted, item_bounds(spec)) or (None, None)
            scores.append(
                (
                    response.id,
                    spec.key,
                    spec.version,
                    wanted.key,
                    wanted.name,
                    score_of(spec, wanted, response),
                    low,
                    high,
                    response.session_id,
                    group.id,
                    response.timepoint,
                    response.respondent_code or "",
                )
            )
        for question in spec.questions:
            if question.key in response.values:
                value, text = response.values[question.key], ""
            elif question.key in response.texts:
                value, text = None, response.texts[question.key]
            else:
                continue
            stamp = response.submitted_at
            answers.append(
                (
                    response.id,
                    spec.key,
                    spec.version,
                    question.key,
                    question.text,
                    value,
                    text,
                    response.session_id,
                    dates.get(response.session_id or ""),
                    group.id,
                    group.name,
                    response.timepoint,
                    response.respondent_code or "",
                    stamp,
                )
            )
    codebook: list[Sequence[Cell]] = []
    for _, spec in sorted(specs.items()):
        for position, question in enumerate(spec.questions, start=1):
            labels = question.scale.labels if question.scale is not None else ()
            codebook.append(
                (
                    spec.key,
                    spec.version,
                    spec.name,
                    spec.purpose,
                    position,
                    question.key,
                    question.text,
                    question.kind.value,
                    question.points,
                    question.reverse_coded,
                    "; ".join(f"{number}={label}" for number, label in enumerate(labels, 1)),
                )
            )
    tables = [
        Table("answers", ANSWER_COLUMNS, answers),
        Table("codebook", CODEBOOK_COLUMNS, codebook),
    ]
    # Only with an instrument answered: the files of every other group stay as they were.
    return [*tables, Table("scores", SCORE_COLUMNS, scores)] if scores else tables
