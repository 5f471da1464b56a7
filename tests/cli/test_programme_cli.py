"""``reflectdesk export programme | programme-tables | redcap`` and ``list programmes``;
the REDCap files checked against REDCap's published data dictionary layout; a cell of
fewer than five answers keeps its percentage back."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from reflectdesk import cli
from reflectdesk.core.evaluation_stats import ItemStats, ResponseData, SessionResponses
from reflectdesk.core.model import QuestionKind
from reflectdesk.core.programme_stats import pool_questionnaire
from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionSpec, default_scale
from reflectdesk.export.programme_pdf import agree_cell
from reflectdesk.i18n.texts import texts_for
from reflectdesk.store import programmes
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from tests.programme_sample import PLANS, build_programme_sample

# REDCap's data dictionary, columns A to R, exactly as REDCap writes and reads them.
REDCAP_COLUMNS = [
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
]
FIELD_TYPES = {"text", "notes", "radio", "dropdown", "checkbox", "calc", "yesno", "truefalse"}


@pytest.fixture(scope="module")
def programme_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("programme") / "programme.db"
    with open_store(path, seed=seed_builtins) as store:
        sample = build_programme_sample(store)
        cohort = programmes.create_programme(store, "Balint programme 2026–27")
        for group_id in sample.group_ids:
            programmes.add_group(store, cohort.id, group_id)
    return path, cohort.id


def test_export_programme_writes_the_report_by_name(
    programme_db: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = programme_db
    out = tmp_path / "programme.pdf"
    args = ["export", "programme", "--db", str(db), "--programme", "balint programme 2026–27"]
    assert cli.main([*args, "--out", str(out), "--letter", "--lang", "nl"]) == 0
    assert "programme.pdf" in capsys.readouterr().out
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "73% (22/30)" in text


def test_an_unknown_programme_is_one_line(
    programme_db: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = programme_db
    out = tmp_path / "x.pdf"
    status = cli.main(
        ["export", "programme", "--db", str(db), "--programme", "CRS", "--out", str(out)]
    )
    assert status != 0
    assert "CRS" in capsys.readouterr().err
    assert not out.exists()


def test_list_programmes(
    programme_db: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, programme_id = programme_db
    assert cli.main(["list", "programmes", "--db", str(db), "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["id"] == programme_id
    assert [g["name"] for g in listed["groups"]] == [plan.name for plan in PLANS]
    assert cli.main(["list", "programmes", "--db", str(db)]) == 0
    assert "Balint programme 2026–27" in capsys.readouterr().out


def test_programme_tables_carry_group_role_session_and_timepoint(
    programme_db: tuple[Path, str], tmp_path: Path
) -> None:
    db, programme_id = programme_db
    out = tmp_path / "tables"
    args = ["export", "programme-tables", "--db", str(db), "--programme", programme_id]
    assert cli.main([*args, "--out", str(out), "--lang", "en"]) == 0
    with (out / "attendance.csv").open(encoding="utf-8-sig", newline="") as file:
        attendance = list(csv.DictReader(file))
    roles = {row["role"] for row in attendance}
    assert roles == {"member", "facilitator", "co_facilitator"}
    students = [row for row in attendance if row["role"] == "member"]
    assert len(students) == sum(plan.students for plan in PLANS) * 3
    assert {row["session_number"] for row in attendance} == {"1", "2", "3"}
    with (out / "answers.csv").open(encoding="utf-8-sig", newline="") as file:
        answers = list(csv.DictReader(file))
    assert {"group_name", "session_number", "timepoint", "respondent_code", "role"} <= set(
        answers[0]
    )
    assert {row["timepoint"] for row in answers} == {"", "start", "end"}
    assert "Student" not in (out / "answers.csv").read_text(encoding="utf-8-sig")
    assert cli.main([*args, "--out", str(out), "--format", "xlsx"]) == 0
    assert (out / "programme.xlsx").stat().st_size > 0


def test_redcap_files_follow_the_data_dictionary_layout(
    programme_db: tuple[Path, str], tmp_path: Path
) -> None:
    db, programme_id = programme_db
    out = tmp_path / "redcap"
    args = ["export", "redcap", "--db", str(db), "--programme", programme_id, "--out", str(out)]
    assert cli.main(args) == 0
    with (out / "data_dictionary.csv").open(encoding="utf-8", newline="") as file:
        reader = csv.reader(file)
        header = next(reader)
        fields = [dict(zip(header, row, strict=True)) for row in reader]
    assert header == REDCAP_COLUMNS
    names = [f["Variable / Field Name"] for f in fields]
    assert names[0] == "record_id" and len(set(names)) == len(names)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in names)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", f["Form Name"]) for f in fields)
    assert {f["Field Type"] for f in fields} <= FIELD_TYPES
    assert {f["Identifier?"] for f in fields} == {"", "y"}
    assert {f["Variable / Field Name"] for f in fields if f["Identifier?"] == "y"} == {
        "name",
        "att_session_date",
    }
    for f in fields:
        if f["Field Type"] == "radio":  # "1, Label | 2, Label"
            for choice in f["Choices, Calculations, OR Slider Labels"].split(" | "):
                assert re.fullmatch(r"[A-Za-z0-9_]+, .+", choice), choice

    with (out / "records.csv").open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        records = list(reader)
        columns = reader.fieldnames or []
    assert columns[:3] == ["record_id", "redcap_repeat_instrument", "redcap_repeat_instance"]
    assert set(columns[3:]) == set(names[1:])
    forms = {f["Variable / Field Name"]: f["Form Name"] for f in fields}
    for row in records:
        instrument = row["redcap_repeat_instrument"]
        filled = [key for key in columns[3:] if row[key] != ""]
        if instrument:  # a repeating instance: only its own instrument's fields
            assert int(row["redcap_repeat_instance"]) >= 1
            assert {forms[key] for key in filled} <= {instrument}
        else:
            assert {forms[key] for key in filled} <= {"participant"}
    people = [row for row in records if not row["redcap_repeat_instrument"]]
    assert len(people) == sum(plan.students + len(plan.facilitators) for plan in PLANS)
    sessions_eval = [r for r in records if r["redcap_repeat_instrument"] == "session_evaluation"]
    assert len(sessions_eval) == sum(len(f) for plan in PLANS for f in plan.safe_space)


SPEC = QuestionnaireSpec(
    key="q",
    name="Q",
    purpose="session",
    questions=(QuestionSpec("a", "A", QuestionKind.LIKERT, default_scale(5)),),
)


def _pooled(*values: int | None) -> ItemStats | None:
    forms = tuple(ResponseData(str(i), {"a": v}) for i, v in enumerate(values))
    return pool_questionnaire(SPEC, ["g"], [[SessionResponses("s", None, forms)]]).pooled.item("a")


def test_four_answers_are_too_few_and_62_5_rounds_up() -> None:
    t = texts_for("en")
    four = _pooled(5, 4, 4, 1)
    eight = _pooled(5, 5, 5, 5, 5, 1, 1, 1)
    assert agree_cell(four, t, 5) == "4 answers: too few to report"
    assert agree_cell(eight, t, 5) == "63% (5/8)"
    assert agree_cell(None, t, 5) == "—"
