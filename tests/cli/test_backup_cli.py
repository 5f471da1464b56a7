"""``reflectdesk backup``, ``restore FILE`` and ``backups list`` through cli.main."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from reflectdesk import cli
from reflectdesk.commands import EXIT_IN_USE
from reflectdesk.core.model import GroupDraft
from reflectdesk.paths import backups_dir
from reflectdesk.store.database import open_store
from reflectdesk.store.groups import create_group
from tests.bad_schemas import alembic_file_of_another_program, drop_table


def group_names(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {str(row[0]) for row in connection.execute("SELECT name FROM groups")}
    finally:
        connection.close()


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reflectdesk: "), captured.err
    return lines[0]


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "reflectdesk.db"
    with open_store(path) as store:
        create_group(store, GroupDraft(name="Balint"))
    return path


def test_backup_prints_the_new_file(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["backup", "--db", str(database)]) == 0

    printed = Path(capsys.readouterr().out.strip())
    assert printed.parent == backups_dir(database)
    assert printed.name.endswith("-manual.db")
    assert group_names(printed) == {"Balint"}


def test_backup_without_a_database_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["backup", "--db", str(tmp_path / "none.db")]) == 1
    assert "no database" in one_line_error(capsys)


def test_restore_prints_both_files_and_restores(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["backup", "--db", str(database)]) == 0
    backup = Path(capsys.readouterr().out.strip())
    with open_store(database) as store:
        create_group(store, GroupDraft(name="Later"))

    assert cli.main(["restore", str(backup), "--db", str(database)]) == 0

    out = capsys.readouterr().out.strip()
    assert out.startswith(f"restored from {backup}; the database before was saved as ")
    before = Path(out.rsplit(" ", 1)[1])
    assert group_names(before) == {"Balint", "Later"}
    assert group_names(database) == {"Balint"}


def test_restore_refusals_are_one_line_and_change_nothing(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "foreign.db"
    foreign.write_text("hello\n" * 200)
    digest = hashlib.sha256(database.read_bytes()).hexdigest()

    assert cli.main(["restore", str(foreign), "--db", str(database)]) == 1
    assert "cannot be restored" in one_line_error(capsys)

    assert cli.main(["backup", "--db", str(database)]) == 0
    backup = capsys.readouterr().out.strip()
    with open_store(database):
        assert cli.main(["restore", backup, "--db", str(database)]) == 75  # in use
        assert "already open" in one_line_error(capsys)
    assert hashlib.sha256(database.read_bytes()).hexdigest() == digest


def test_restore_refuses_a_backup_with_a_table_dropped_in_one_line(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["backup", "--db", str(database)]) == 0
    backup = drop_table(Path(capsys.readouterr().out.strip()))
    digest = hashlib.sha256(database.read_bytes()).hexdigest()

    assert cli.main(["restore", str(backup), "--db", str(database)]) == 1

    assert "cannot be restored: it is damaged (missing table settings)" in one_line_error(capsys)
    assert hashlib.sha256(database.read_bytes()).hexdigest() == digest


def test_restore_refuses_another_programs_alembic_file_as_foreign(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = alembic_file_of_another_program(tmp_path / "inventory.sqlite", "0008")

    assert cli.main(["restore", str(foreign), "--db", str(database)]) == 1

    message = one_line_error(capsys)
    assert "cannot be restored: it is not a ReflectDesk database" in message
    assert group_names(database) == {"Balint"}


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")
@pytest.mark.parametrize("kind", ["hardlink", "symlink"])
def test_restore_through_a_second_name_of_an_open_database_is_refused(
    database: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["backup", "--db", str(database)]) == 0
    backup = capsys.readouterr().out.strip()
    link = tmp_path / f"{kind}.db"
    if kind == "hardlink":
        os.link(database, link)
    else:
        link.symlink_to(database)

    with open_store(database) as store:
        create_group(store, GroupDraft(name="Later"))
        assert cli.main(["restore", backup, "--db", str(link)]) == EXIT_IN_USE
        assert "already open in another ReflectDesk" in one_line_error(capsys)

    assert group_names(database) == {"Balint", "Later"}


def test_backups_list_table_and_json(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["backups", "list", "--db", str(database)]) == 0
    assert capsys.readouterr().out.startswith("no backups of ")

    assert cli.main(["backup", "--db", str(database)]) == 0
    made = capsys.readouterr().out.strip()

    assert cli.main(["backups", "list", "--db", str(database)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["Made", "Reason", "Bytes", "File"]
    assert table[1].endswith(made) and " manual " in table[1]

    assert cli.main(["backups", "list", "--json", "--db", str(database)]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["path"] == made
    assert entry["reason"] == "manual"
    assert entry["size"] == Path(made).stat().st_size
    assert set(entry) == {"path", "made_at", "reason", "size"}
