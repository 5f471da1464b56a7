"""A programme's data as long tables for researchers: every group in one file.

    attendance   group_id, group_name, session_number, session_id, session_date,
                 person_id, role, status
    answers      response_id, group_id, group_name, session_number, session_id,
                 session_date, timepoint, respondent_code, role, questionnaire_key,
                 questionnaire_version, item_key, item_text, value, text

A session's number is its place among its group's sessions that ran or were rated, in
date order (the programme report's "session number"). No name is written: people are
their ids, and a form's ``role`` is its respondent's when the form names one (forms are
anonymous unless entered for a person). ``respondent_code`` is the pseudonym a
participant wrote on the form, where the database keeps one. Written through
``export/spreadsheet.py`` as CSV files or the sheets of one workbook.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reflectdesk.core.evaluation_stats import ResponseData
from reflectdesk.core.local_text import localized
from reflectdesk.core.model import GroupRecord, Role, SessionStatus
from reflectdesk.core.published_keys import unmarked
from reflectdesk.core.questionnaires import QuestionnaireSpec
from reflectdesk.export.csv_export import session_date
from reflectdesk.export.published_data import unmarked_response, unmarked_spec
from reflectdesk.export.spreadsheet import Cell, Table
from reflectdesk.store import attendance as attendance_store
from reflectdesk.store import members, programmes, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.questionnaires import version_spec
from reflectdesk.store.responses import list_responses

__all__ = ["ProgrammeData", "load_programme", "programme_tables"]

ATTENDANCE_COLUMNS = (
    "group_id",
    "group_name",
    "session_number",
    "session_id",
    "session_date",
    "person_id",
    "role",
    "status",
)
ANSWER_COLUMNS = (
    "response_id",
    "group_id",
    "group_name",
    "session_number",
    "session_id",
    "session_date",
    "timepoint",
    "respondent_code",
    "role",
    "questionnaire_key",
    "questionnaire_version",
    "item_key",
    "item_text",
    "value",
    "text",
)


@dataclass(frozen=True, slots=True)
class SessionMark:
    group: GroupRecord
    number: int
    session_id: str
    day: date | None


@dataclass(slots=True)
class ProgrammeData:
    """What both the tables and the REDCap files are made of, loaded once."""

    groups: list[GroupRecord]
    sessions: dict[str, SessionMark] = field(default_factory=dict)
    # (session mark, person id, display name, role, status) per register mark
    marks: list[tuple[SessionMark, str, str, Role, str]] = field(default_factory=list)
    # (group, response) per form
    responses: list[tuple[GroupRecord, ResponseData]] = field(default_factory=list)
    roles: dict[tuple[str, str], Role] = field(default_factory=dict)  # (group, person)
    names: dict[str, str] = field(default_factory=dict)  # person id -> display name
    specs: dict[tuple[str, int], QuestionnaireSpec] = field(default_factory=dict)


def load_programme(store: Store, programme_id: str, language: str) -> ProgrammeData:
    data = ProgrammeData(programmes.programme_groups(store, programme_id))
    for group in data.groups:
        forms = list_responses(store, group_id=group.id)
        rated = {form.session_id for form in forms}
        number = 0
        for meeting in sessions.list_sessions(store, group.id):
            if meeting.status is SessionStatus.PLANNED and meeting.id not in rated:
                continue
            number += 1
            mark = SessionMark(group, number, meeting.id, session_date(meeting))
            data.sessions[meeting.id] = mark
            for entry in attendance_store.attendance(store, meeting.id):
                if entry.status is not None:
                    data.marks.append(
                        (mark, entry.person_id, entry.display_name, entry.role, entry.status.value)
                    )
        for member in members.list_members(store, group.id, include_former=True):
            data.roles[(group.id, member.person_id)] = member.role
            data.names[member.person_id] = member.display_name
        for form in forms:
            # On a hub a laptop's copy of a questionnaire may carry its mark: the tables
            # name every form by the key as the laptops wrote it (core/published_keys.py).
            which = (unmarked(form.questionnaire_key), form.version)
            if which not in data.specs:
                spec = version_spec(store, form.questionnaire_key, form.version)
                data.specs[which] = unmarked_spec(localized(spec, language))
            data.responses.append((group, unmarked_response(form)))
    return data


def respondent_code(form: ResponseData) -> str | None:
    """The form's pseudonym, once responses carry one (``respondent_code``)."""
    code = getattr(form, "respondent_code", None)
    return code if isinstance(code, str) and code else None


def form_role(data: ProgrammeData, group: GroupRecord, form: ResponseData) -> str:
    if form.person_id is None:
        return ""
    role = data.roles.get((group.id, form.person_id))
    return "" if role is None else role.value


def programme_tables(data: ProgrammeData) -> list[Table]:
    attendance: list[Sequence[Cell]] = [
        (
            mark.group.id,
            mark.group.name,
            mark.number,
            mark.session_id,
            mark.day,
            person_id,
            role.value,
            status,
        )
        for mark, person_id, _, role, status in data.marks
    ]
    answers: list[Sequence[Cell]] = []
    for group, form in data.responses:
        mark = data.sessions.get(form.session_id or "")
        spec = data.specs[(form.questionnaire_key, form.version)]
        for question in spec.questions:
            if question.key in form.values:
                value, text = form.values[question.key], ""
            elif question.key in form.texts:
                value, text = None, form.texts[question.key]
            else:
                continue
            answers.append(
                (
                    form.id,
                    group.id,
                    group.name,
                    None if mark is None else mark.number,
                    form.session_id,
                    None if mark is None else mark.day,
                    form.timepoint,
                    respondent_code(form),
                    form_role(data, group, form),
                    spec.key,
                    spec.version,
                    question.key,
                    question.text,
                    value,
                    text,
                )
            )
    return [
        Table("attendance", ATTENDANCE_COLUMNS, attendance),
        Table("answers", ANSWER_COLUMNS, answers),
    ]
