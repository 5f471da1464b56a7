"""``reflectdesk export programme|programme-tables|redcap --hub URL``: a programme lead's
exports read from the department hub (issue 20), on a real PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.commands import EXIT_ERROR, EXIT_OK
from tests.hub.programme_laptops import PublishedProgramme, publish_two_laptops

pytestmark = pytest.mark.usefixtures("postgres_server")


@pytest.fixture
def published(hub_database: str, tmp_path: Path) -> PublishedProgramme:
    return publish_two_laptops(hub_database, tmp_path)


def test_a_lead_exports_the_programme_from_the_hub(
    published: PublishedProgramme, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub = ["--hub", published.lead_url, "--programme", "Balint 2026"]
    pdf, tables, redcap = tmp_path / "p.pdf", tmp_path / "tables", tmp_path / "redcap"

    assert cli.main(["export", "programme", *hub, "--out", str(pdf)]) == EXIT_OK
    assert cli.main(["export", "programme-tables", *hub, "--out", str(tables)]) == EXIT_OK
    assert cli.main(["export", "redcap", *hub, "--out", str(redcap)]) == EXIT_OK

    assert pdf.read_bytes().startswith(b"%PDF")
    answers = (tables / "answers.csv").read_text(encoding="utf-8")
    assert "Balint A" in answers and "Balint B" in answers and "Balint C" not in answers
    assert (redcap / "records.csv").exists()
    out = capsys.readouterr().out
    assert "programme report" in out
    assert published.lead_url.split(":")[2].split("@")[0] not in out  # no password


def test_another_programme_is_not_the_leads_to_export(
    published: PublishedProgramme, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = cli.main(
        [
            "export",
            "programme",
            "--hub",
            published.lead_url,
            "--programme",
            "CRS 2026",
            "--out",
            str(tmp_path / "p.pdf"),
        ]
    )
    err = capsys.readouterr().err
    assert status != EXIT_OK
    assert "not one of your programmes" in err
    assert not (tmp_path / "p.pdf").exists()


def test_an_unreachable_hub_is_one_line_with_hub_publishs_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nowhere = f"postgresql://lotte@/hub?host={tmp_path}"
    out = tmp_path / "p.pdf"
    status = cli.main(
        ["export", "programme", "--hub", nowhere, "--programme", "X", "--out", str(out)]
    )
    err = capsys.readouterr().err
    # The status of hub publish's unreachable hub (test_hub_publish_cli.py): an error.
    assert status == EXIT_ERROR
    assert "Could not connect to the hub" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
