"""``list sessions``, ``export csv``, ``export archive`` and ``import``: output, round
trip, and one-line errors that leave the database alone."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.commands import EXIT_IN_USE
from reflectdesk.demo.build import write_demo

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.db"
    write_demo(path, "small")
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("reflectdesk: ")
    assert "internal error" not in stderr and "Traceback" not in stderr
    return lines[0]


def _sessions_json(
    db: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> list[dict[str, object]]:
    assert cli.main(["list", "sessions", "--db", str(db), "--json", *extra]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_list_sessions_as_json_and_as_a_table(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _sessions_json(demo_db, capsys)
    assert len(rows) == 12
    assert {"id", "group_id", "group", "planned_start", "status", "format", "presenter"} <= set(
        rows[0]
    )
    group_id = str(rows[0]["group_id"])
    only = _sessions_json(demo_db, capsys, "--group", group_id)
    assert only and all(row["group_id"] == group_id for row in only)
    assert cli.main(["list", "sessions", "--db", str(demo_db)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["Group", "Date", "Status"]
    assert len(table) == 13


def test_export_csv_writes_five_files(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    group_id = str(_sessions_json(demo_db, capsys)[0]["group_id"])
    out = tmp_path / "tables"
    assert (
        cli.main(["export", "csv", "--group", group_id, "--out", str(out), "--db", str(demo_db)])
        == 0
    )
    assert "wrote 5 CSV files" in capsys.readouterr().out
    assert sorted(path.name for path in out.iterdir()) == [
        "actions.csv",
        "attendance.csv",
        "phases.csv",
        "sessions.csv",
        "themes.csv",
    ]


def test_archive_round_trip_through_the_command_line(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "all.zip"
    assert cli.main(["export", "archive", "--out", str(archive), "--db", str(demo_db)]) == 0
    assert "wrote an archive of everything: 3 groups" in capsys.readouterr().out
    target = tmp_path / "laptop2.db"
    assert cli.main(["import", str(archive), "--db", str(target)]) == 0
    out = capsys.readouterr().out
    # The built-ins are already there: this laptop loaded its own at open.
    assert out.startswith(f"imported {archive}:") and "records added" in out
    assert cli.main(["import", str(archive), "--db", str(target)]) == 0
    assert "0 records added" in capsys.readouterr().out
    with closing(sqlite3.connect(target)) as db:
        assert db.execute("SELECT count(*) FROM sessions").fetchone() == (12,)
        assert db.execute("SELECT count(*) FROM groups").fetchone() == (3,)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")
def test_import_through_a_symlink_to_an_open_database_is_refused(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reflectdesk.store.database import open_store

    archive = tmp_path / "all.zip"
    assert cli.main(["export", "archive", "--out", str(archive), "--db", str(demo_db)]) == 0
    capsys.readouterr()
    target = tmp_path / "laptop2.db"
    assert cli.main(["import", str(archive), "--db", str(target)]) == 0
    capsys.readouterr()
    link = tmp_path / "shortcut.db"
    link.symlink_to(target)
    before = _sha256(target)

    with open_store(target):
        assert cli.main(["import", str(archive), "--db", str(link)]) == EXIT_IN_USE
        assert "already open in another ReflectDesk" in _one_line(capsys.readouterr().err)

    assert _sha256(target) == before


def test_export_one_group(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    group_id = str(_sessions_json(demo_db, capsys)[0]["group_id"])
    archive = tmp_path / "one.zip"
    argv = ["export", "archive", "--group", group_id, "--out", str(archive), "--db", str(demo_db)]
    assert cli.main(argv) == 0
    assert "wrote an archive of one group: 1 group, " in capsys.readouterr().out


def test_a_bad_archive_is_one_line_and_changes_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "notes.zip"
    bad.write_text("not an archive at all\n", encoding="utf-8")
    before = _sha256(demo_db)
    assert cli.main(["import", str(bad), "--db", str(demo_db)]) == 1
    line = _one_line(capsys.readouterr().err)
    assert "not a ReflectDesk archive" in line and "has not been changed" in line
    assert _sha256(demo_db) == before


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["list", "sessions", "--group", "nope"], "group"),
        (["export", "csv", "--group", "nope", "--out", "{tmp}/x"], "group"),
        (["export", "archive", "--group", "nope", "--out", "{tmp}/x.zip"], "group"),
        (["export", "archive", "--out", "{tmp}/missing/x.zip"], "does not exist"),
        (["import", "{tmp}/nowhere.zip"], "no such file"),
    ],
)
def test_errors_are_one_line_with_status_1(
    argv: list[str],
    expected: str,
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = [arg.replace("{tmp}", str(tmp_path)) for arg in argv]
    assert cli.main([*args, "--db", str(demo_db)]) == 1
    assert expected in _one_line(capsys.readouterr().err).lower()


def test_no_database_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["list", "sessions", "--db", str(tmp_path / "none.db")]) == 1
    assert "no database at" in _one_line(capsys.readouterr().err)


def test_export_group_is_required_for_csv(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", "csv", "--out", "x"]) == 2
    assert "--group" in capsys.readouterr().err


@pytest.mark.slow
def test_import_as_a_real_command(demo_db: Path, tmp_path: Path, isolated_home: Path) -> None:
    env = dict(os.environ)
    env["REFLECTDESK_DATA_DIR"] = str(isolated_home)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    env.pop("REFLECTDESK_DEBUG", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "reflectdesk", *args],
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            check=False,
        )

    archive = tmp_path / "all.zip"
    exported = run("export", "archive", "--out", str(archive), "--db", str(demo_db))
    assert exported.returncode == 0, exported.stderr
    imported = run("import", str(archive), "--db", str(tmp_path / "second.db"))
    assert imported.returncode == 0, imported.stderr
    listed = run("list", "sessions", "--json", "--db", str(tmp_path / "second.db"))
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 12


def test_import_into_a_laptop_with_its_own_passphrase_asks_both(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from reflectdesk.core.vault_crypto import KdfParams
    from reflectdesk.store.builtins import seed_builtins
    from reflectdesk.store.database import open_store
    from reflectdesk.store.vault import create_vault

    archive = tmp_path / "all.zip"
    assert cli.main(["export", "archive", "--out", str(archive), "--db", str(demo_db)]) == 0
    target = tmp_path / "laptop2.db"
    with open_store(target, seed=seed_builtins) as store:
        create_vault(store, "laptop two passphrase", params=KdfParams.for_tests())
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("laptop two passphrase\ndemo passphrase\n"))

    assert cli.main(["import", str(archive), "--db", str(target)]) == 0

    captured = capsys.readouterr()
    assert "encrypted with another laptop's passphrase" in captured.err
    assert "records added" in captured.out
