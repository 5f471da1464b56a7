"""``export certificate`` and ``export appraisal`` on the command line: the files, their
names, and the appraisal evidence refused while a learning point holds identifiers."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.commands import EXIT_IDENTIFIERS
from reflectdesk.core.notes import LearningPointDraft
from reflectdesk.store import notes
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from tests.export.pdfcheck import text
from tests.hours_sample import HoursSample, build_hours_sample

IDENTIFIABLE = "Mrs Jansen, 67, felt unheard by her GP"


@pytest.fixture
def hours_db(tmp_path: Path) -> tuple[Path, HoursSample]:
    path = tmp_path / "hours.db"
    with open_store(path, seed=seed_builtins) as store:
        sample = build_hours_sample(store)
    return path, sample


def _export(db: Path, *args: str) -> int:
    return cli.main(["export", *args, "--db", str(db), "--lang", "en"])


def test_certificates_into_one_file(
    hours_db: tuple[Path, HoursSample], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = hours_db
    out = tmp_path / "all.pdf"
    assert _export(db, "certificate", "--group", "Balint Tuesday", "--out", str(out)) == 0
    assert "wrote 2 certificates of attendance" in capsys.readouterr().out
    written = " ".join(text(out).split())
    assert "2 hours 40 minutes" in written and "5 hours 55 minutes" in written


def test_one_member_into_a_folder(hours_db: tuple[Path, HoursSample], tmp_path: Path) -> None:
    db, sample = hours_db
    out = tmp_path / "certificates"
    args = ("--group", sample.group_id, "--member", "pieter jansen", "--out", str(out))
    assert _export(db, "certificate", *args) == 0
    assert [p.name for p in out.iterdir()] == [
        "Balint Tuesday — Pieter Jansen — certificate of attendance.pdf"
    ]


def test_an_unknown_member_is_a_clear_message(
    hours_db: tuple[Path, HoursSample], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, sample = hours_db
    args = ("--group", sample.group_id, "--member", "Nobody", "--out", str(tmp_path / "x.pdf"))
    assert _export(db, "certificate", *args) == 1
    err = capsys.readouterr().err
    assert 'nobody in the group has the name or id "Nobody"' in err
    assert "Traceback" not in err


def test_appraisal_with_an_identifier_is_refused_and_writes_nothing(
    hours_db: tuple[Path, HoursSample], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, sample = hours_db
    with open_store(db) as store:
        notes.add_learning_point(
            store, sample.session_ids[1], LearningPointDraft(IDENTIFIABLE, shareable=True)
        )
    out = tmp_path / "appraisal.pdf"
    args = ("--group", sample.group_id, "--member", sample.pieter, "--out", str(out))

    assert _export(db, "appraisal", *args) == EXIT_IDENTIFIERS
    assert not out.exists()
    err = capsys.readouterr().err
    assert '"Mrs Jansen"' in err and '"67"' in err and "--keep-identifiers" in err

    assert _export(db, "appraisal", *args, "--keep-identifiers") == 0
    written = " ".join(text(out).split())
    assert IDENTIFIABLE in written
    assert "kept as written by the facilitator's choice" in written


def test_appraisal_without_findings_is_written(
    hours_db: tuple[Path, HoursSample], tmp_path: Path
) -> None:
    db, sample = hours_db
    out = tmp_path / "appraisal.pdf"
    args = ("--group", sample.group_id, "--member", "Pieter Jansen", "--out", str(out))
    assert _export(db, "appraisal", *args) == 0
    written = " ".join(text(out).split())
    assert "Appraisal evidence" in written and "contains none, as checked" in written
