"""``reflectdesk export attendance-list``: a session's or a series' CPD attendance list,
with one-line messages and exit statuses for what cannot be listed or written."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reflectdesk import cli
from reflectdesk.commands import EXIT_ERROR, EXIT_OK, EXIT_USAGE
from reflectdesk.store import groups
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from tests.export.sample import build_sample


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, str, str]:
    """A database with the sample's finished session, its group accredited; and a second
    group whose finished session is not accredited."""
    path = tmp_path / "cpd.db"
    with open_store(path, seed=seed_builtins) as store:
        sample = build_sample(store)
        group = groups.get_group(store, sample.group_id)
        groups.update_group(store, group.id, replace(group.to_draft(), accreditation_id="GAIA-9"))
        build_sample(store, "Intervisie Utrecht")
    return path, sample.session_id, sample.group_id


def _run(db: Path, *args: str) -> int:
    return cli.main(["export", "attendance-list", "--db", str(db), *args])


def test_a_session_and_a_series_by_group_name(
    db: tuple[Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, session_id, _ = db
    out = tmp_path / "list.xlsx"
    assert _run(path, "--session", session_id, "--out", str(out), "--language", "en") == EXIT_OK
    assert "wrote the attendance list of 1 session" in capsys.readouterr().out
    assert load_workbook(out).active.cell(row=2, column=6).value == "GAIA-9"

    pdf = tmp_path / "series.pdf"
    argv = ["--group", "balint group — gp placement block 2", "--out", str(pdf)]
    assert _run(path, *argv, "--from", "2026-03-01", "--to", "2026-03-31", "--lang", "en") == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_what_cannot_be_listed_is_one_line_with_status_1(
    db: tuple[Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _, _ = db
    out = str(tmp_path / "list.xlsx")
    assert _run(path, "--session", "no-such-id", "--out", out, "--lang", "en") == EXIT_ERROR
    assert "reflectdesk:" in capsys.readouterr().err
    assert _run(path, "--group", "Intervisie Utrecht", "--out", out, "--lang", "en") == EXIT_ERROR
    assert "no finished session with an accreditation id" in capsys.readouterr().err
    assert _run(path, "--group", "nobody", "--out", out, "--lang", "en") == EXIT_ERROR
    assert 'no group has the name or id "nobody"' in capsys.readouterr().err
    assert not Path(out).exists()


def test_bad_paths_and_arguments(
    db: tuple[Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, session_id, _ = db
    txt = str(tmp_path / "list.txt")
    assert _run(path, "--session", session_id, "--out", txt, "--lang", "en") == EXIT_ERROR
    assert ".xlsx or .pdf" in capsys.readouterr().err
    missing = str(tmp_path / "nowhere" / "list.pdf")
    assert _run(path, "--session", session_id, "--out", missing, "--lang", "en") == EXIT_ERROR
    assert "does not exist" in capsys.readouterr().err
    assert _run(path, "--group", "x", "--from", "31-03-2026", "--out", txt) == EXIT_USAGE
    assert "not a date such as 2026-03-31" in capsys.readouterr().err
    argv = ["--session", session_id, "--from", "2026-01-01", "--out", str(tmp_path / "a.pdf")]
    assert _run(path, *argv, "--lang", "en") == EXIT_ERROR


def test_an_unwritable_folder_is_one_line_and_records_nothing(
    db: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, session_id, _ = db
    # /proc takes no new files, whoever runs the test (root writes into a 0500 folder).
    status = _run(path, "--session", session_id, "--out", "/proc/list.pdf", "--lang", "en")
    assert status != EXIT_OK
    assert capsys.readouterr().err.startswith("reflectdesk:")
    from reflectdesk.store.models.sessions import Session

    with open_store(path) as store, store.reading() as session:
        meeting = session.get(Session, session_id)
        assert meeting is not None
        assert meeting.attendance_list_exported_at is None
