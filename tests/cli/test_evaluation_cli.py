"""``reflectdesk questionnaires validate|list`` and ``reflectdesk export evaluation-csv``."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.core.model import GroupDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from reflectdesk.store.groups import create_group
from reflectdesk.store.questionnaires import latest_questionnaire
from reflectdesk.store.responses import record_response
from reflectdesk.store.sessions import plan_session

GOOD = """\
schema = 1
key = "kisa-form"
name = "Kısa değerlendirme"
purpose = "conditions"

[[scales]]
key = "agree-5"
points = 5
labels = ["a", "b", "c", "d", "e"]

[[questions]]
key = "safety"
kind = "likert"
scale = "agree-5"
text = "Güvenli miydi?"
"""


def test_validate_reports_ok_and_problems_with_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(GOOD.replace("points = 5", "points = 1"), encoding="utf-8")
    assert cli.main(["questionnaires", "validate", str(good)]) == 0
    assert "ok:" in capsys.readouterr().out
    assert cli.main(["questionnaires", "validate", str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:8: scales[1].points: must be a whole number from 2 to 11, not 1" in out


def test_list_without_and_with_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.db"
    assert cli.main(["questionnaires", "list", "--db", str(db), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {q["key"] for q in listed} == {
        "session-evaluation",
        "series-evaluation",
        "conditions-check",
        "team-psychological-safety",
        "toronto-empathy",
        "who-5-wellbeing",
    }
    with open_store(db, seed=seed_builtins):
        pass
    assert cli.main(["questionnaires", "list", "--db", str(db)]) == 0
    assert "session-evaluation" in capsys.readouterr().out


def test_export_evaluation_csv_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.db"
    with open_store(db, seed=seed_builtins) as store:
        group = create_group(store, GroupDraft(name="Intervisie Ζ"))
        meeting = plan_session(store, group.id, SessionDraft(planned_start=None))
        found = latest_questionnaire(store, "conditions-check")
        assert found is not None
        record_response(store, found.id, {"safety": 4, "remark": "ok"}, session_id=meeting.id)
    out = tmp_path / "csv"
    args = ["export", "evaluation-csv", "--group", "intervisie ζ", "--out", str(out)]
    assert cli.main([*args, "--db", str(db)]) == 0
    assert "wrote 2 CSV files" in capsys.readouterr().out
    with (out / "answers.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert {(r["item_key"], r["value"], r["text"]) for r in rows} == {
        ("safety", "4", ""),
        ("remark", "", "ok"),
    }
    assert (
        cli.main(
            ["export", "evaluation-csv", "--group", "nobody", "--out", str(out), "--db", str(db)]
        )
        == 1
    )
    assert "no group" in capsys.readouterr().err
