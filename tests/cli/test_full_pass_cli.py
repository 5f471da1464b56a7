"""`check` reads the file through once (integrity_check, not quick_check and then
integrity_check); the other commands never read it through (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.core.model import GroupDraft
from reflectdesk.store.database import open_store
from reflectdesk.store.groups import create_group
from reflectdesk.store.schema import HEAD_REVISION
from tests.sqlite_trace import full_passes, trace_statements
from tests.store.test_full_check import swap_two_indexes


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "groups.db"
    with open_store(path) as store:
        create_group(store, GroupDraft(name="Tuesday group"))
    return path


def test_check_runs_integrity_check_once_and_says_ok(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    statements = trace_statements(monkeypatch)

    assert cli.main(["check", "--db", str(db)]) == 0

    assert full_passes(statements) == ["PRAGMA INTEGRITY_CHECK"]
    out = capsys.readouterr().out
    assert out.startswith(f"ok: {db} — schema {HEAD_REVISION} (current), 1 group, 0 members")


def test_check_finds_what_only_integrity_check_sees(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    swap_two_indexes(db)  # every page reads; two indexes no longer match their rows

    assert cli.main(["check", "--db", str(db)]) == 79
    err = capsys.readouterr().err
    assert "damaged" in err and "Restore it from a backup" in err


def test_list_groups_reads_no_page_it_need_not(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    statements = trace_statements(monkeypatch)

    assert cli.main(["list", "groups", "--db", str(db)]) == 0

    assert "Tuesday group" in capsys.readouterr().out
    assert statements and full_passes(statements) == []
