"""The ``reflectdesk`` command line: real subprocesses where the process boundary matters
(exit status, stderr, imports, the window), ``cli.main`` in-process everywhere else."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

import reflectdesk
from reflectdesk import cli
from reflectdesk.commands import EXIT_DAMAGED, EXIT_FOREIGN, database
from reflectdesk.demo.build import write_demo
from reflectdesk.store.database import open_store
from reflectdesk.store.schema import HEAD_REVISION, KNOWN_REVISIONS
from tests.bad_schemas import alembic_file_of_another_program, drop_table

PROJECT_ROOT = Path(reflectdesk.__file__).resolve().parent.parent

SMALL_GROUP_MEMBERS = {
    "Balint group — GP placement block 2": 11,
    "Collaborative reflection — Leiden cohort 2026": 11,
    "Intervisie AIOS huisartsgeneeskunde": 10,
}
JSON_KEYS = {
    "id",
    "name",
    "format",
    "setting",
    "planned_sessions",
    "attendance_required",
    "archived",
    "members",
    "participants",
    "facilitators",
}


# --- helpers -----------------------------------------------------------------------------


@pytest.fixture
def cli_env(isolated_home: Path) -> dict[str, str]:
    """The environment for a subprocess: the test's data folder, no display, and this
    checkout importable whether or not the package is installed."""
    env = dict(os.environ)
    env["REFLECTDESK_DATA_DIR"] = str(isolated_home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    env.pop("REFLECTDESK_DEBUG", None)
    return env


def run_cli(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reflectdesk", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="session")
def small_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.db"
    write_demo(path, "small")
    return path


@pytest.fixture
def demo_db(tmp_path: Path, small_demo_template: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copyfile(small_demo_template, path)
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line_error(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("reflectdesk: "), stderr
    assert "Traceback" not in stderr
    assert "internal error" not in stderr
    return lines[0]


# --- subprocess: the real command --------------------------------------------------------


@pytest.mark.slow
def test_version(cli_env: dict[str, str]) -> None:
    result = run_cli(cli_env, "--version")

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"ReflectDesk {reflectdesk.__version__}\n"


@pytest.mark.slow
def test_demo_then_list_groups_as_json(tmp_path: Path, cli_env: dict[str, str]) -> None:
    path = tmp_path / "new" / "demo.db"

    made = run_cli(cli_env, "demo", "--db", path)
    listed = run_cli(cli_env, "list", "groups", "--db", path, "--json")

    assert made.returncode == 0, made.stderr
    assert made.stdout.count("\n") == 2
    assert "3 groups" in made.stdout
    assert 'passphrase is "demo passphrase"' in made.stdout
    assert str(path) in made.stdout
    assert listed.returncode == 0, listed.stderr
    # Both commands exited cleanly: nothing but the database is left in its folder.
    assert [entry.name for entry in path.parent.iterdir()] == [path.name]
    groups = json.loads(listed.stdout)
    assert {group["name"]: group["members"] for group in groups} == SMALL_GROUP_MEMBERS
    assert all(set(group) == JSON_KEYS for group in groups)
    assert not any(group["archived"] for group in groups)
    balint = next(group for group in groups if group["name"].startswith("Balint"))
    assert balint["setting"] == "GP placement, block 2"
    assert (balint["planned_sessions"], balint["attendance_required"]) == (6, 5)
    assert balint["format"]  # the built-in format's name
    assert "—" in listed.stdout  # ensure_ascii=False: no \\u escapes


@pytest.mark.slow
def test_db_is_accepted_before_and_after_the_command(
    demo_db: Path, cli_env: dict[str, str]
) -> None:
    before = run_cli(cli_env, "--db", demo_db, "list", "groups", "--json")
    after = run_cli(cli_env, "list", "groups", "--json", "--db", demo_db)

    assert before.returncode == after.returncode == 0, before.stderr + after.stderr
    assert before.stdout == after.stdout
    assert len(json.loads(before.stdout)) == 3


@pytest.mark.slow
def test_demo_refuses_an_existing_file_without_force(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    path = tmp_path / "mine.db"
    path.write_text("my own notes\n", encoding="utf-8")

    result = run_cli(cli_env, "demo", "--db", path)

    assert result.returncode == 1
    assert "--force" in assert_one_line_error(result.stderr)
    assert path.read_text(encoding="utf-8") == "my own notes\n"


def _break_text(path: Path) -> None:
    path.write_text("Balint group minutes, not a database\n", encoding="utf-8")


def _break_truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _break_remove(path: Path) -> None:
    path.unlink()


def _break_newer_schema(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("damage", "expected", "status"),
    [
        (_break_text, "not a database file", 66),
        (_break_truncate, "damaged", 79),
        (_break_remove, "no database at", 1),
        (_break_newer_schema, "newer version", 1),
    ],
    ids=["text-file", "truncated", "missing", "schema-9999"],
)
def test_check_reports_a_bad_file_in_one_line_and_leaves_it_alone(
    demo_db: Path, cli_env: dict[str, str], damage: object, expected: str, status: int
) -> None:
    damage(demo_db)  # type: ignore[operator]
    before = sha256(demo_db) if demo_db.exists() else None

    result = run_cli(cli_env, "check", "--db", demo_db)

    assert result.returncode == status
    assert expected in assert_one_line_error(result.stderr)
    assert result.stdout == ""
    assert (sha256(demo_db) if demo_db.exists() else None) == before


@pytest.mark.slow
def test_check_passes_a_healthy_database(demo_db: Path, cli_env: dict[str, str]) -> None:
    before = sha256(demo_db)

    result = run_cli(cli_env, "check", "--db", demo_db)

    assert result.returncode == 0, result.stderr
    assert (
        result.stdout == f"ok: {demo_db} — schema {HEAD_REVISION} (current), 3 groups, 32 members\n"
    )
    assert result.stderr == ""
    assert sha256(demo_db) == before


@pytest.mark.slow
def test_list_groups_on_a_file_that_is_not_a_database(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello\n", encoding="utf-8")

    result = run_cli(cli_env, "list", "groups", "--db", path)

    assert result.returncode == 66  # EX_NOINPUT: not a ReflectDesk database
    assert "not a database" in assert_one_line_error(result.stderr)


@pytest.mark.slow
def test_commands_other_than_the_window_import_neither_qt_nor_reportlab_nor_alembic_nor_psycopg(
    demo_db: Path, cli_env: dict[str, str]
) -> None:
    script = (
        "import sys\n"
        "from reflectdesk.cli import main\n"
        f"for argv in (['--version'], ['list', 'groups', '--db', {str(demo_db)!r}],"
        f" ['check', '--db', {str(demo_db)!r}]):\n"
        "    main(argv)\n"
        "heavy = {'PySide6', 'shiboken6', 'reportlab', 'alembic', 'psycopg'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=cli_env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "[]"


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("reflectdesk.ui.shell.application") is None,
    reason="reflectdesk.ui.shell.application (the window) is not written yet",
)
def test_window_opens_the_demo_and_quits_after_loading(
    demo_db: Path, cli_env: dict[str, str]
) -> None:
    result = run_cli(cli_env, "--db", demo_db, "--quit-after-load")

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


# --- in-process: cli.main ----------------------------------------------------------------


def test_list_groups_prints_an_aligned_table(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["list", "groups", "--db", str(demo_db)]) == 0

    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "Name",
        "Format",
        "Setting",
        "Sessions",
        "Rule",
        "Participants",
        "Facilitators",
    ]
    assert [line.split("  ")[0] for line in lines[1:]] == sorted(SMALL_GROUP_MEMBERS)
    assert {len(line) for line in lines} == {len(lines[0])}  # right-aligned last column
    assert "5 of 6" in lines[1]
    assert lines[1].split()[-2:] == ["9", "2"]  # 11 members: 9 participants, 2 facilitators


def test_list_archived_groups_of_the_large_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "large.db"
    assert cli.main(["demo", "--db", str(path), "--size", "large"]) == 0
    assert "60 groups (9 archived)" in capsys.readouterr().out

    assert cli.main(["list", "groups", "--db", str(path), "--json", "--archived"]) == 0
    archived = json.loads(capsys.readouterr().out)
    assert cli.main(["--db", str(path), "list", "groups", "--json"]) == 0
    active = json.loads(capsys.readouterr().out)

    assert len(archived) == 9
    assert all(group["archived"] for group in archived)
    assert len(active) == 51
    assert not any(group["archived"] for group in active)


def test_empty_list_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.db"
    open_store(path).close()

    assert cli.main(["list", "groups", "--db", str(path)]) == 0
    assert capsys.readouterr().out == f"no groups in {path}\n"
    assert cli.main(["list", "groups", "--db", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_list_and_check_work_while_the_app_holds_the_database(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(demo_db):  # the running app: lock held, WAL files present
        assert cli.main(["check", "--db", str(demo_db)]) == 0
        assert capsys.readouterr().out.startswith(
            f"ok: {demo_db} — schema {HEAD_REVISION} (current)"
        )
        assert cli.main(["list", "groups", "--db", str(demo_db), "--json"]) == 0
        assert len(json.loads(capsys.readouterr().out)) == 3


def test_demo_force_replaces_the_file_and_its_siblings(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wal = demo_db.with_name("demo.db-wal")
    wal.write_bytes(b"stale")
    demo_db.write_bytes(b"old")

    assert cli.main(["demo", "--db", str(demo_db), "--size", "small", "--force"]) == 0

    assert "3 groups" in capsys.readouterr().out
    assert not wal.exists()
    assert cli.main(["check", "--db", str(demo_db)]) == 0


def test_demo_force_refuses_a_database_in_use(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(demo_db):
        before = sha256(demo_db)
        assert cli.main(["demo", "--db", str(demo_db), "--force"]) == 75  # EX_TEMPFAIL
        assert sha256(demo_db) == before
    assert "already open" in assert_one_line_error(capsys.readouterr().err)


def test_demo_needs_an_explicit_db(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["demo"]) == 2
    assert "--db" in assert_one_line_error(capsys.readouterr().err)


def test_check_without_db_looks_at_the_data_dir(
    isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["check"]) == 1
    message = assert_one_line_error(capsys.readouterr().err)
    assert message == f"reflectdesk: no database at {isolated_home / 'reflectdesk.db'}"


def test_check_accepts_an_older_known_schema(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with closing(sqlite3.connect(demo_db)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (KNOWN_REVISIONS[0],))
        connection.commit()

    assert cli.main(["check", "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    older = f"schema {KNOWN_REVISIONS[0]} (will be upgraded to {HEAD_REVISION} when opened)"
    assert f"{older}, 3 groups, 32 members" in out


def test_check_on_an_sqlite_file_of_another_program(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.commit()

    assert cli.main(["check", "--db", str(path)]) == 66
    assert "another program" in assert_one_line_error(capsys.readouterr().err)


def test_check_says_which_table_is_missing_and_advises_a_restore(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drop_table(demo_db)
    before = sha256(demo_db)

    assert cli.main(["check", "--db", str(demo_db)]) == EXIT_DAMAGED

    message = assert_one_line_error(capsys.readouterr().err)
    assert "is damaged (missing table settings)" in message
    assert "Restore it from a backup" in message
    assert sha256(demo_db) == before


def test_check_calls_another_programs_alembic_file_at_our_revision_foreign(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = alembic_file_of_another_program(tmp_path / "inventory.sqlite", "0008")

    assert cli.main(["check", "--db", str(path)]) == EXIT_FOREIGN

    message = assert_one_line_error(capsys.readouterr().err)
    assert "is not a ReflectDesk database" in message
    assert "newer" not in message and "Restore" not in message


def test_check_calls_another_programs_newer_revision_foreign_not_newer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = alembic_file_of_another_program(tmp_path / "inventory.sqlite", "ae1027a6acf")

    assert cli.main(["list", "groups", "--db", str(path)]) == EXIT_FOREIGN

    message = assert_one_line_error(capsys.readouterr().err)
    assert "is not a ReflectDesk database" in message
    assert "newer" not in message


@pytest.mark.parametrize(
    "argv",
    [["list"], ["list", "people"], ["demo", "--size", "huge", "--db", "x.db"], ["--nope"]],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("demo", "list", "check"):
        assert command in out


def test_interrupt_exits_130_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(database, "check", interrupted)

    assert cli.main(["check"]) == 130
    assert capsys.readouterr() == ("", "")


def test_os_error_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def denied(args: object) -> int:
        raise PermissionError(13, "Permission denied", "/srv/reflectdesk.db")

    monkeypatch.setattr(database, "check", denied)

    assert cli.main(["check"]) == 77  # EX_NOPERM
    err = assert_one_line_error(capsys.readouterr().err)
    assert err == "reflectdesk: /srv/reflectdesk.db: Permission denied"


def test_a_bug_is_one_line_unless_debugging(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(args: object) -> int:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(database, "check", broken)

    assert cli.main(["check"]) == cli.EXIT_SOFTWARE
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "internal error (ZeroDivisionError: division by zero)" in err
    monkeypatch.setenv("REFLECTDESK_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        cli.main(["check"])


def test_no_command_opens_the_window_on_the_resolved_database(
    tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Path, bool, str | None]] = []

    def fake_run_gui(
        db_path: Path, quit_after_load: bool, language: str | None, archive: Path | None
    ) -> int:
        assert archive is None
        calls.append((db_path, quit_after_load, language))
        return 3

    monkeypatch.setattr("reflectdesk.app.run_gui", fake_run_gui)
    monkeypatch.chdir(tmp_path)

    assert cli.main([]) == 3
    assert cli.main(["--db", "here.db", "--quit-after-load"]) == 3
    assert cli.main(["--lang", "nl", "--db", "here.db"]) == 3
    assert calls == [
        (isolated_home / "reflectdesk.db", False, None),
        (tmp_path / "here.db", True, None),
        (tmp_path / "here.db", False, "nl"),
    ]


def test_a_window_that_cannot_load_is_one_line(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # None in sys.modules makes the import fail, as a broken PySide6 install would.
    monkeypatch.setitem(sys.modules, "reflectdesk.ui.shell.application", None)

    assert cli.main(["--db", str(demo_db), "--quit-after-load"]) == 1
    assert "window cannot start" in assert_one_line_error(capsys.readouterr().err)
