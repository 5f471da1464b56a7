"""Starting on a bad database: a clear message, no traceback, the file untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.store.database import open_store
from reflectdesk.ui.shell import application
from tests.bad_schemas import alembic_file_of_another_program, drop_table


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def reported(monkeypatch: pytest.MonkeyPatch) -> list[ReflectDeskError]:
    seen: list[ReflectDeskError] = []
    monkeypatch.setattr(
        application, "report_startup_error", lambda error, also="": seen.append(error)
    )
    return seen


def test_a_text_file_gives_a_message_and_stays_unchanged(
    qapp: object, tmp_path: Path, reported: list[ReflectDeskError]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Dit is geen database.\n", encoding="utf-8")
    before = digest(notes)
    assert application.run(notes, quit_after_load=False) == 1
    [error] = reported
    assert "not a database" in str(error)
    assert digest(notes) == before


def test_a_database_open_in_another_reflectdesk_is_refused(
    qapp: object, db_path: Path, reported: list[ReflectDeskError]
) -> None:
    with open_store(db_path):
        assert application.run(db_path, quit_after_load=False) == 1
    [error] = reported
    assert "already open in another ReflectDesk" in str(error)


def test_quit_after_load_prints_one_line_instead_of_a_dialog(
    qapp: object,
    tmp_path: Path,
    reported: list[ReflectDeskError],
    capsys: pytest.CaptureFixture[str],
) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 40)
    assert application.run(broken, quit_after_load=True) == 1
    assert reported == []
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("reflectdesk: ") and "damaged" in err[0]


def test_a_database_with_a_table_dropped_says_what_is_missing(
    qapp: object, db_path: Path, reported: list[ReflectDeskError]
) -> None:
    open_store(db_path).close()
    drop_table(db_path)
    before = digest(db_path)

    assert application.run(db_path, quit_after_load=False) == 1

    [error] = reported
    assert "damaged (missing table settings)" in str(error)
    assert "Restore it from a backup" in str(error)
    assert digest(db_path) == before


def test_another_programs_alembic_file_is_called_foreign(
    qapp: object, tmp_path: Path, reported: list[ReflectDeskError]
) -> None:
    path = alembic_file_of_another_program(tmp_path / "inventory.sqlite", "0008")
    before = digest(path)

    assert application.run(path, quit_after_load=False) == 1

    [error] = reported
    assert "not a ReflectDesk database" in str(error)
    assert "newer" not in str(error)
    assert digest(path) == before
