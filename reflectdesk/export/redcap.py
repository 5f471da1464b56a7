"""A programme in REDCap's import format: a data dictionary and the records to import.

REDCap (the research database medical-education researchers keep study data in) builds a
project's forms from a data dictionary: a CSV with the 18 columns of :data:`DICTIONARY`,
one row per field, the record id first. Its Data Import Tool then takes a records CSV:
``record_id``, then ``redcap_repeat_instrument`` and ``redcap_repeat_instance`` (blank on
a form that is filled in once; the form's name and 1, 2, … on a repeating one), then
one column per field.

The project made here (a "classic" project with repeating instruments):

- ``participant``, once per person: the name (flagged "y" in "Identifier?", so REDCap's
  de-identified exports leave it out), group and role.
- ``attendance``, repeating: one instance per session with a register mark; the
  session's date is an identifier too (dates are, in HIPAA's list).
- one repeating instrument per questionnaire: one instance per form, with its session
  number (and timepoint for a start/end questionnaire). A form entered for a person is
  that person's record; an anonymous form with a respondent code is the code's record
  in its group; any other anonymous form is a record of its own.

Variable names are lower case letters, digits and underscores, starting with a letter,
as REDCap requires. Files are UTF-8 without a byte order mark, comma-separated.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from reflectdesk.core.model import AttendanceStatus, Role
from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionSpec
from reflectdesk.export.programme_tables import ProgrammeData, respondent_code
from reflectdesk.files import write_atomically
from reflectdesk.i18n.texts import Texts

__all__ = ["DICTIONARY", "dictionary_rows", "record_rows", "write_redcap"]

DICTIONARY = (
    "Variable / Field Name",
    "Form Name",
    "Section Header",
    "Field Type",
    "Field Label",
    "Choices, Calculations, OR Slider Labels",
    "Field Note",
    "Text Validation Type OR Show Slider Number",
    "Text Validation Min",
    "Text Validation Max",
    "Identifier?",
    "Branching Logic (Show field only if...)",
    "Required Field?",
    "Custom Alignment",
    "Question Number (surveys only)",
    "Matrix Group Name",
    "Matrix Ranking?",
    "Field Annotation",
)
RECORD_ID = "record_id"
REPEAT_INSTRUMENT = "redcap_repeat_instrument"
REPEAT_INSTANCE = "redcap_repeat_instance"
PARTICIPANT, ATTENDANCE = "participant", "attendance"
TIMEPOINT_CODES = {"start": 1, "end": 2}


def variable(*parts: str) -> str:
    """A REDCap variable name: lower case, digits and underscores, starting with a
    letter."""
    name = re.sub(r"[^a-z0-9]+", "_", "_".join(parts).lower()).strip("_")
    return name if name[:1].isalpha() else f"v_{name}"


def _choices(pairs: Sequence[tuple[object, str]]) -> str:
    return " | ".join(f"{code}, {label}" for code, label in pairs)


def _field(  # noqa: PLR0917 - one dictionary row, column by column
    name: str,
    form: str,
    kind: str,
    label: str,
    choices: str = "",
    validation: str = "",
    identifier: bool = False,
) -> dict[str, str]:
    row = dict.fromkeys(DICTIONARY, "")
    row |= {
        "Variable / Field Name": name,
        "Form Name": form,
        "Field Type": kind,
        "Field Label": label,
        "Choices, Calculations, OR Slider Labels": choices,
        "Text Validation Type OR Show Slider Number": validation,
        "Identifier?": "y" if identifier else "",
    }
    return row


def _item_field(form: str, question: QuestionSpec) -> dict[str, str]:
    name = variable(form, question.key)
    if question.scale is None:
        return _field(name, form, "notes", question.text)
    labels = list(enumerate(question.scale.labels, start=1))
    return _field(name, form, "radio", question.text, _choices(labels))


def dictionary_rows(data: ProgrammeData, texts: Texts) -> list[dict[str, str]]:
    """The data dictionary; field labels in the language of ``texts`` (codes and
    variable names are the same in every language)."""
    t = texts
    session_number = t.pgettext("redcap", "Session number")
    rows = [
        _field(RECORD_ID, PARTICIPANT, "text", t.pgettext("redcap", "Record ID")),
        _field("name", PARTICIPANT, "text", t.pgettext("redcap", "Name"), identifier=True),
        _field("group_name", PARTICIPANT, "text", t.pgettext("redcap", "Group")),
        _field(
            "role",
            PARTICIPANT,
            "radio",
            t.pgettext("redcap", "Role"),
            _choices([(r.value, r.value) for r in Role]),
        ),
        _field("att_session_number", ATTENDANCE, "text", session_number, validation="integer"),
        _field(
            "att_session_date",
            ATTENDANCE,
            "text",
            t.pgettext("redcap", "Session date"),
            validation="date_ymd",
            identifier=True,
        ),
        _field(
            "att_status",
            ATTENDANCE,
            "radio",
            t.pgettext("redcap", "Attendance"),
            _choices([(s.value, s.value) for s in AttendanceStatus]),
        ),
    ]
    for spec in _latest_specs(data):
        form = variable(spec.key)
        rows.append(
            _field(variable(form, "session_number"), form, "text", session_number, "", "integer")
        )
        if spec.purpose == "series":
            codes = [(code, word) for word, code in TIMEPOINT_CODES.items()]
            rows.append(
                _field(
                    variable(form, "timepoint"),
                    form,
                    "radio",
                    t.pgettext("redcap", "Timepoint"),
                    _choices(codes),
                )
            )
        rows += [_item_field(form, question) for question in spec.questions]
    return rows


def _latest_specs(data: ProgrammeData) -> list[QuestionnaireSpec]:
    latest: dict[str, QuestionnaireSpec] = {}
    for (key, version), spec in sorted(data.specs.items()):
        if key not in latest or latest[key].version < version:
            latest[key] = spec
    return [latest[key] for key in sorted(latest)]


def record_rows(data: ProgrammeData, fields: Sequence[str]) -> list[dict[str, object]]:
    """The import rows: each person's participant row, their attendance instances, then
    every form as an instance of its questionnaire's instrument."""
    rows: list[dict[str, object]] = []
    instances: Counter[tuple[str, str]] = Counter()

    def add(record: str, form: str | None, values: Mapping[str, object]) -> None:
        row: dict[str, object] = dict.fromkeys(fields, "")
        row[RECORD_ID] = record
        if form is not None:
            instances[(record, form)] += 1
            row[REPEAT_INSTRUMENT] = form
            row[REPEAT_INSTANCE] = instances[(record, form)]
        row |= {key: "" if value is None else value for key, value in values.items()}
        rows.append(row)

    for group in data.groups:
        for (group_id, person_id), role in sorted(data.roles.items()):
            if group_id == group.id:
                person = {"name": data.names[person_id], "group_name": group.name}
                add(person_id, None, person | {"role": role.value})
    for session, person_id, _, _, status in data.marks:
        marked = {
            "att_session_number": session.number,
            "att_session_date": session.day.isoformat() if session.day else "",
            "att_status": status,
        }
        add(person_id, ATTENDANCE, marked)
    for group, response in data.responses:
        form = variable(response.questionnaire_key)
        code = respondent_code(response)
        if response.person_id is not None:
            record = response.person_id
        elif code is not None:
            record = variable("code", group.id[:8], code)
        else:
            record = variable("form", response.id)
        mark = data.sessions.get(response.session_id or "")
        values: dict[str, object] = {
            variable(form, "session_number"): None if mark is None else mark.number
        }
        if response.timepoint in TIMEPOINT_CODES:
            values[variable(form, "timepoint")] = TIMEPOINT_CODES[response.timepoint]
        for key, value in response.values.items():
            values[variable(form, key)] = value
        for key, text in response.texts.items():
            values[variable(form, key)] = text
        add(record, form, {key: value for key, value in values.items() if key in fields})
    return rows


def _csv(header: Sequence[str], rows: Sequence[Mapping[str, object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(header))
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def write_redcap(data: ProgrammeData, folder: Path, texts: Texts) -> tuple[Path, Path]:
    """data_dictionary.csv and records.csv in ``folder`` (which must exist)."""
    dictionary = dictionary_rows(data, texts)
    names = [row["Variable / Field Name"] for row in dictionary]
    fields = [RECORD_ID, REPEAT_INSTRUMENT, REPEAT_INSTANCE, *names[1:]]
    first, second = folder / "data_dictionary.csv", folder / "records.csv"
    write_atomically(first, _csv(DICTIONARY, dictionary))
    write_atomically(second, _csv(fields, record_rows(data, fields)))
    return first, second
