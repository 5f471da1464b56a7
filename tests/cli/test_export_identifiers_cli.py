"""The command line refuses an export whose note text holds likely patient identifiers:
it names each finding on one line, exits 65 and writes no file, unless --keep-identifiers."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.commands import EXIT_IDENTIFIERS
from reflectdesk.core.notes import ActionDraft, LearningPointDraft
from reflectdesk.store import notes, privacy_overrides
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from reflectdesk.store.models.privacy import OverrideContext
from reflectdesk.store.privacy_overrides import KeptFinding
from tests.export.sample import Sample, build_sample

POINT = "Mrs Jansen, 67, seen on 12-03-2026"


@pytest.fixture
def sample_db(tmp_path: Path) -> tuple[Path, Sample, str]:
    path = tmp_path / "sample.db"
    with open_store(path, seed=seed_builtins) as store:
        sample = build_sample(store)
        point = notes.add_learning_point(
            store, sample.session_id, LearningPointDraft(POINT, shareable=True)
        )
    return path, sample, point.id


def _session(db: Path, sample: Sample, out: Path, *more: str) -> int:
    args = ["export", "session", "--db", str(db), "--session", sample.session_id]
    return cli.main([*args, "--out", str(out), *more])


def test_session_export_is_refused_and_names_the_three_findings(
    sample_db: tuple[Path, Sample, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, sample, point_id = sample_db
    out = tmp_path / "summary.pdf"

    status = _session(db, sample, out)

    assert status == EXIT_IDENTIFIERS != 0
    assert not out.exists()
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert "Traceback" not in captured.err
    findings = [line for line in lines if line.startswith("  ")]
    assert len(findings) == 3
    for (what, span), line in zip(
        [("a name with a title", "Mrs Jansen"), ("an exact age", "67"), ("a date", "12-03-2026")],
        findings,
        strict=True,
    ):
        assert line.strip().startswith(f'{what} "{span}"')
        assert f"learning point {point_id}" in line and f"session {sample.session_id}" in line
    assert "--keep-identifiers" in lines[-1]


def test_keep_identifiers_writes_the_file(
    sample_db: tuple[Path, Sample, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, sample, _point_id = sample_db
    out = tmp_path / "summary.pdf"

    status = _session(db, sample, out, "--keep-identifiers")

    assert status == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in capsys.readouterr().out


def test_findings_kept_in_the_app_do_not_block(
    sample_db: tuple[Path, Sample, str], tmp_path: Path
) -> None:
    from reflectdesk.core.identifiers import find_identifiers

    db, sample, point_id = sample_db
    with open_store(db) as store:  # locked, as the command line reads it
        privacy_overrides.record_overrides(
            store,
            OverrideContext.EXPORT,
            [KeptFinding(point_id, finding) for finding in find_identifiers(POINT)],
        )
    out = tmp_path / "summary.pdf"

    assert _session(db, sample, out) == 0
    assert out.exists()


def test_bulletin_and_csv_are_refused_too(
    sample_db: tuple[Path, Sample, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, sample, _point_id = sample_db
    with open_store(db) as store:
        notes.add_action(store, sample.session_id, ActionDraft("Ring 06-12345678 back"))
    bulletin = tmp_path / "bulletin.pdf"
    tables = tmp_path / "tables"
    base = ["--db", str(db), "export"]

    assert cli.main([*base, "bulletin", "--group", sample.group_id, "--out", str(bulletin)]) == 65
    assert cli.main([*base, "csv", "--group", sample.group_id, "--out", str(tables)]) == 65
    assert not bulletin.exists() and not tables.exists()
    err = capsys.readouterr().err
    assert '"06-12345678" in the action' in err

    keep = "--keep-identifiers"
    assert (
        cli.main([*base, "bulletin", "--group", sample.group_id, "--out", str(bulletin), keep]) == 0
    )
    assert cli.main([*base, "csv", "--group", sample.group_id, "--out", str(tables), keep]) == 0
    assert bulletin.exists() and (tables / "actions.csv").exists()
