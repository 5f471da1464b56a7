"""``reflectdesk export session|handout|series|bulletin``: the PDFs from the command line."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from reflectdesk import cli
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import open_store
from tests.export.pdfcheck import fonts, page_texts, qpdf_check, text
from tests.export.sample import CANARY, HIDDEN_POINT, MEMBERS, Sample, build_sample
from tests.export.test_series_pdf import HIDDEN_POINT as SERIES_HIDDEN_POINT
from tests.export.test_series_pdf import INITIALS as SERIES_INITIALS
from tests.export.test_series_pdf import MEMBERS as SERIES_MEMBERS
from tests.export.test_series_pdf import build_series
from tests.fakes import TEST_PASSPHRASE


@pytest.fixture
def sample_db(tmp_path: Path) -> tuple[Path, Sample]:
    path = tmp_path / "sample.db"
    with open_store(path, seed=seed_builtins) as store:
        sample = build_sample(store)
    return path, sample


def test_export_session_writes_the_summary(
    sample_db: tuple[Path, Sample], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, sample = sample_db
    out = tmp_path / "summary.pdf"

    status = cli.main(
        ["export", "session", "--db", str(db), "--session", sample.session_id, "--out", str(out)]
    )

    assert status == 0
    assert str(out) in capsys.readouterr().out
    qpdf_check(out)
    assert all(emb == "yes" for _, emb in fonts(out))
    content = text(out)
    assert all(name in content for name in MEMBERS)
    assert HIDDEN_POINT not in content
    assert CANARY not in content


def test_export_session_with_initials_private_notes_and_letter(
    sample_db: tuple[Path, Sample], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, sample = sample_db
    out = tmp_path / "private.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO(TEST_PASSPHRASE + "\n"))

    status = cli.main(
        [
            "--db",
            str(db),
            "export",
            "session",
            "--session",
            sample.session_id,
            "--out",
            str(out),
            "--initials",
            "--include-private",
            "--letter",
        ]
    )

    assert status == 0
    pages = page_texts(out)
    assert all("CONFIDENTIAL" in page for page in pages)
    assert CANARY in "\n".join(pages)
    assert "IJsbrand van den Eertwegh" not in "\n".join(pages)
    assert "IJvdE" in "\n".join(pages)
    box = PdfReader(out).pages[0].mediabox
    assert (float(box.width), float(box.height)) == (612.0, 792.0)


def test_export_handout(sample_db: tuple[Path, Sample], tmp_path: Path) -> None:
    db, sample = sample_db
    out = tmp_path / "handout.pdf"

    status = cli.main(
        ["export", "handout", "--session", sample.session_id, "--out", str(out), "--db", str(db)]
    )

    assert status == 0
    qpdf_check(out)
    pages = page_texts(out)
    assert len(pages) == 1
    assert "Ground rules" in pages[0]
    assert "Agenda" in pages[0]


@pytest.mark.parametrize("kind", ["session", "handout"])
def test_unknown_session_is_a_one_line_error(
    sample_db: tuple[Path, Sample],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
) -> None:
    db, _ = sample_db
    out = tmp_path / "x.pdf"

    status = cli.main(["export", kind, "--db", str(db), "--session", "nope", "--out", str(out)])

    assert status == 1
    err = capsys.readouterr().err.strip()
    assert err == "reflectdesk: That session no longer exists."
    assert not out.exists()


def test_missing_database_and_missing_folder_are_one_line_errors(
    sample_db: tuple[Path, Sample], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, sample = sample_db

    missing_db = cli.main(
        [
            "export",
            "session",
            "--db",
            str(tmp_path / "none.db"),
            "--session",
            sample.session_id,
            "--out",
            str(tmp_path / "a.pdf"),
        ]
    )
    missing_db_err = capsys.readouterr().err
    missing_dir = cli.main(
        [
            "export",
            "handout",
            "--db",
            str(db),
            "--session",
            sample.session_id,
            "--out",
            str(tmp_path / "no" / "such" / "a.pdf"),
        ]
    )
    missing_dir_err = capsys.readouterr().err

    assert missing_db == 1
    assert "no database at" in missing_db_err and missing_db_err.count("\n") == 1
    assert missing_dir == 1
    assert "does not exist" in missing_dir_err and missing_dir_err.count("\n") == 1


def test_out_and_session_are_required(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", "session", "--out", "x.pdf"]) == 2
    assert "--session" in capsys.readouterr().err
    assert cli.main(["export", "handout", "--session", "abc"]) == 2
    assert "--out" in capsys.readouterr().err


@pytest.mark.slow
def test_export_runs_as_a_program(sample_db: tuple[Path, Sample], tmp_path: Path) -> None:
    db, sample = sample_db
    out = tmp_path / "summary.pdf"
    root = Path(cli.__file__).resolve().parent.parent

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "reflectdesk",
            "export",
            "session",
            "--db",
            str(db),
            "--session",
            sample.session_id,
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        cwd=root,
    )

    assert result.returncode == 0, result.stderr
    qpdf_check(out)


# -- export series | bulletin -----------------------------------------------------------


@pytest.fixture
def series_db(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "series.db"
    with open_store(path, seed=seed_builtins) as store:
        series = build_series(store)
    return path, series.group_id


def test_export_series_writes_the_report(
    series_db: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, group_id = series_db
    out = tmp_path / "series.pdf"

    status = cli.main(["export", "series", "--db", str(db), "--group", group_id, "--out", str(out)])

    assert status == 0
    assert str(out) in capsys.readouterr().out
    qpdf_check(out)
    assert all(emb == "yes" for _, emb in fonts(out))
    content = text(out)
    assert all(name in content for name in SERIES_MEMBERS)
    assert "below 5 of 6" in content


def test_export_series_with_initials_on_letter(series_db: tuple[Path, str], tmp_path: Path) -> None:
    db, group_id = series_db
    out = tmp_path / "series.pdf"

    status = cli.main(
        [
            "--db",
            str(db),
            "export",
            "series",
            "--group",
            group_id,
            "--out",
            str(out),
            "--initials",
            "--letter",
        ]
    )

    assert status == 0
    content = text(out)
    assert not any(name in content for name in SERIES_MEMBERS)
    assert all(short in content for short in SERIES_INITIALS)
    box = PdfReader(out).pages[0].mediabox
    assert (float(box.width), float(box.height)) == (612.0, 792.0)


def test_export_bulletin_names_nobody_unless_asked(
    series_db: tuple[Path, str], tmp_path: Path
) -> None:
    db, group_id = series_db
    plain, named = tmp_path / "bulletin.pdf", tmp_path / "named.pdf"

    first = cli.main(
        ["export", "bulletin", "--db", str(db), "--group", group_id, "--out", str(plain)]
    )
    second = cli.main(
        [
            "export",
            "bulletin",
            "--db",
            str(db),
            "--group",
            group_id,
            "--out",
            str(named),
            "--with-names",
        ]
    )

    assert (first, second) == (0, 0)
    qpdf_check(plain)
    content = " ".join(text(plain).split())
    assert "Learning bulletin" in content
    assert SERIES_HIDDEN_POINT not in content
    assert not any(name in content for name in SERIES_MEMBERS)
    assert "Hüseyin İkiz" in " ".join(text(named).split())


@pytest.mark.parametrize("kind", ["series", "bulletin"])
def test_unknown_group_is_a_one_line_error(
    series_db: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
) -> None:
    db, _ = series_db
    out = tmp_path / "x.pdf"

    status = cli.main(["export", kind, "--db", str(db), "--group", "nope", "--out", str(out)])

    assert status == 1
    assert capsys.readouterr().err.strip() == "reflectdesk: That group no longer exists."
    assert not out.exists()


def test_group_and_out_are_required(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", "series", "--out", "x.pdf"]) == 2
    assert "--group" in capsys.readouterr().err
    assert cli.main(["export", "bulletin", "--group", "abc"]) == 2
    assert "--out" in capsys.readouterr().err


def test_private_notes_need_the_passphrase(
    sample_db: tuple[Path, Sample],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, sample = sample_db
    out = tmp_path / "private.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO("not the passphrase\n"))

    status = cli.main(
        [
            "--db",
            str(db),
            "export",
            "session",
            "--session",
            sample.session_id,
            "--out",
            str(out),
            "--include-private",
        ]
    )

    assert status == 1
    assert "not the passphrase of these notes" in capsys.readouterr().err
    assert not out.exists()
