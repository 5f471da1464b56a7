"""The group's tables for Excel: CSV with a BOM and the language's separator and decimal
sign, headers in the export's language, and the same tables as an .xlsx workbook."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reflectdesk import cli
from reflectdesk.operations.tables import export_csv, export_evaluation_csv
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from tests.evaluation_sample import build_evaluation_sample
from tests.export.sample import Sample, build_sample

BOM = b"\xef\xbb\xbf"


def rows(path: Path, separator: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=separator))


def test_csv_opens_in_excel_with_the_names_as_typed(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    done = export_csv(store, sample.group_id, tmp_path, language="en", keep_identifiers=True)
    attendance = next(path for path in done.files if path.name == "attendance.csv")
    raw = attendance.read_bytes()
    # Excel takes a file without the mark for the ANSI code page: "HÃ¼seyin Ä°kiz".
    assert raw.startswith(BOM)
    assert "Hüseyin İkiz" in raw[len(BOM) :].decode("utf-8")
    assert "HÃ¼seyin" not in raw.decode("utf-8", errors="replace")


def test_dutch_csv_has_semicolons_decimal_commas_and_dutch_headers(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    export_csv(store, sample.group_id, tmp_path / "nl", language="nl", keep_identifiers=True)
    export_csv(store, sample.group_id, tmp_path / "en", language="en", keep_identifiers=True)
    dutch = rows(tmp_path / "nl" / "phases.csv", ";")
    english = rows(tmp_path / "en" / "phases.csv", ",")
    assert dutch[0] == [
        "bijeenkomst_id",
        "positie",
        "naam",
        "geplande_seconden",
        "werkelijke_seconden",
    ]
    assert english[0] == ["session_id", "position", "name", "planned_seconds", "actual_seconds"]
    # The first phase ran 680 s: "680,0" for Dutch Excel, "680.0" for English.
    assert dutch[1][4] == "680,0"
    assert english[1][4] == "680.0"
    assert [row[:4] for row in dutch[1:]] == [row[:4] for row in english[1:]]


def test_a_chosen_separator_wins_over_the_languages(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    export_csv(
        store, sample.group_id, tmp_path, language="nl", separator=",", keep_identifiers=True
    )
    table = rows(tmp_path / "phases.csv", ",")
    assert table[0][0] == "bijeenkomst_id" and len(table[0]) == 5
    assert table[1][4] == "680.0"  # a comma separator keeps the decimal point


def test_the_workbook_holds_the_same_tables_as_numbers_and_dates(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    build_evaluation_sample(store)
    done = export_csv(
        store,
        sample.group_id,
        tmp_path,
        with_evaluation=True,
        language="nl",
        spreadsheet="xlsx",
        keep_identifiers=True,
    )
    assert [path.name for path in done.files] == ["group-tables.xlsx"]
    book = load_workbook(done.files[0])
    assert book.sheetnames == [
        "Bijeenkomsten",
        "Fasen",
        "Aanwezigheid",
        "Thema's",
        "Actiepunten",
        "Antwoorden",
        "Codeboek",
    ]
    sessions = book["Bijeenkomsten"]
    assert [cell.value for cell in sessions[1]][:2] == ["id", "datum"]
    assert all(cell.font.bold for cell in sessions[1])
    assert sessions.freeze_panes == "A2"
    first = [cell.value for cell in sessions[2]]
    assert isinstance(first[1], datetime | date) and first[1].day == 3  # 3 March 2026
    assert isinstance(first[5], int)  # planned seconds, a number
    phases = book["Fasen"]
    assert phases.cell(row=2, column=5).value == pytest.approx(680.0)
    actions = [cell.value for cell in book["Actiepunten"][2]]
    assert actions[5] is False  # done: a yes/no cell, not the text "false"
    people = {row[3] for row in book["Aanwezigheid"].iter_rows(min_row=2, values_only=True)}
    assert "Hüseyin İkiz" in people


def test_the_command_line_writes_a_workbook_and_a_tab_separated_codebook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "sample.db"
    with open_store(db, seed=seed_builtins) as store:
        sample = build_sample(store)
        evaluated = build_evaluation_sample(store)
    book = ["--out", str(tmp_path / "book"), "--format", "xlsx"]
    options = ["--lang", "nl", "--keep-identifiers", "--db", str(db)]
    status = cli.main(["export", "csv", "--group", sample.group_id, *book, *options])
    assert status == 0
    assert "Actiepunten" in load_workbook(tmp_path / "book" / "group-tables.xlsx").sheetnames
    options = ["--out", str(tmp_path / "ev"), "--separator", "tab", "--lang", "en"]
    status = cli.main(
        ["export", "evaluation-csv", "--group", evaluated.group_id, *options, "--db", str(db)]
    )
    assert status == 0
    codebook = rows(tmp_path / "ev" / "codebook.csv", "\t")
    assert codebook[0][:3] == ["questionnaire_key", "questionnaire_version", "questionnaire_name"]
    capsys.readouterr()


def test_the_evaluation_workbook_has_answers_and_codebook(store: Store, tmp_path: Path) -> None:
    evaluated = build_evaluation_sample(store)
    done = export_evaluation_csv(
        store, evaluated.group_id, tmp_path, language="en", spreadsheet="xlsx"
    )
    book = load_workbook(done.files[0])
    assert book.sheetnames == ["Answers", "Codebook"]
    answers = book["Answers"]
    header = [cell.value for cell in answers[1]]
    stamps = [
        row[header.index("submitted_at")] for row in answers.iter_rows(min_row=2, values_only=True)
    ]
    assert stamps and all(isinstance(stamp, datetime) for stamp in stamps)
    values = [row[header.index("value")] for row in answers.iter_rows(min_row=2, values_only=True)]
    assert 5 in values  # answers are numbers


def test_csv_bytes_are_the_same_text_in_excel_and_python() -> None:
    from reflectdesk.export.spreadsheet import csv_bytes

    data = csv_bytes(["naam", "waarde"], [["Hüseyin İkiz", 3.5]], separator=";")
    assert data.startswith(BOM)
    assert io.StringIO(data.decode("utf-8-sig")).read() == "naam;waarde\r\nHüseyin İkiz;3,5\r\n"


def test_a_dutch_codebook_names_the_statements_in_dutch(store: Store) -> None:
    from reflectdesk.export.evaluation_csv import evaluation_tables
    from tests.evaluation_sample import build_evaluation_sample

    sample = build_evaluation_sample(store)
    english = evaluation_tables(store, sample.group_id, "en")
    dutch = evaluation_tables(store, sample.group_id, "nl")
    flat = " ".join(str(cell) for table in dutch for row in table.rows for cell in row)
    assert "De groep voelde als een veilige plek" in flat
    assert "The group felt like a safe place" not in flat
    # Keys, versions and values do not change with the language.
    assert [len(t.rows) for t in english] == [len(t.rows) for t in dutch]
