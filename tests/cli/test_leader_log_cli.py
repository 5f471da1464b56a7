"""``reflectdesk export leader-log`` and ``reflectdesk list leaders``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.commands import EXIT_ERROR, EXIT_OK
from reflectdesk.core.leader_entries import EntryDraft
from reflectdesk.core.model import LeaderLogKind, Role
from reflectdesk.store import leader_log
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from tests.leader_sample import make_group, noon, run_session

USAGE = 2


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "log.db"
    with open_store(path, seed=seed_builtins) as store:
        first = make_group(store, "Balint Utrecht", (("Anne de Vries", Role.FACILITATOR),))
        second = make_group(store, "Balint Zwolle", (("anne de vriés", Role.CO_FACILITATOR),))
        run_session(store, first, noon(date(2026, 1, 6)), 50)
        run_session(store, second, noon(date(2026, 1, 13)), 90)
        leader_log.add_entry(
            store, "Anne de Vries", EntryDraft(LeaderLogKind.SUPERVISION, date(2026, 1, 20), 60)
        )
    return path


def test_list_leaders_shows_one_line_per_leader(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["list", "leaders", "--db", str(db)]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == ["Anne de Vries"]
    assert cli.main(["list", "leaders", "--db", str(db), "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == ["Anne de Vries"]


def test_the_log_as_pdf_and_csv(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--lang", "en", "export", "leader-log", "--db", str(db), "--leader", "ANNE DE VRIES"]
    pdf, csv = tmp_path / "log.pdf", tmp_path / "log.csv"
    assert cli.main([*base, "--body", "uk-balint-society", "--out", str(pdf)]) == EXIT_OK
    assert "wrote the leader log (2 sessions, 1 entry)" in capsys.readouterr().out
    assert pdf.read_bytes().startswith(b"%PDF")
    assert cli.main([*base, "--out", str(csv)]) == EXIT_OK
    lines = csv.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 4  # the header, two sessions, one entry
    assert lines[1].startswith("2026-01-06,Led,ReflectDesk,Balint Utrecht,")
    assert lines[2].startswith("2026-01-13,Co-led,ReflectDesk,Balint Zwolle,")


def test_refusals_write_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "log.pdf"
    base = ["--lang", "en", "export", "leader-log", "--db", str(db), "--out", str(out)]
    assert cli.main([*base, "--leader", "Nobody"]) == EXIT_ERROR
    assert "nobody called Nobody leads a group" in capsys.readouterr().err
    assert cli.main([*base, "--leader", "Anne de Vries", "--body", "nowhere"]) == EXIT_ERROR
    assert "There is no accrediting body called nowhere" in capsys.readouterr().err
    wrong = ["--lang", "en", "export", "leader-log", "--db", str(db), "--leader", "Anne de Vries"]
    assert cli.main([*wrong, "--out", str(tmp_path / "log.txt")]) == EXIT_ERROR
    assert "must end in .pdf or .csv" in capsys.readouterr().err
    assert cli.main([*base[:-2]]) == USAGE  # --out and --leader are required
    assert not out.exists() and not (tmp_path / "log.txt").exists()
    missing = ["export", "leader-log", "--db", str(tmp_path / "none.db"), "--leader", "A"]
    assert cli.main([*missing, "--out", str(out)]) == EXIT_ERROR


def test_a_dutch_log(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    argv = ["export", "leader-log", "--db", str(db), "--leader", "Anne de Vries"]
    assert cli.main([*argv, "--out", str(out), "--lang", "nl"]) == EXIT_OK
    assert ";" in out.read_text(encoding="utf-8-sig").splitlines()[0]
