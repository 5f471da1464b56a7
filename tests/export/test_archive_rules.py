"""Archive rows are held to the rules of the forms and the definition files: each refusal
names the table, the row and the field, and nothing is written (issue 13, items 2 and 8).
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from reflectdesk.export.archive import ArchiveError, _broken_rule, import_archive
from reflectdesk.store.database import open_store
from tests.e2e import fuzz_cases as cases
from tests.export.rich import file_digest

GIB_64_PASSES = '{"memory_kib": 4194304, "iterations": 64, "lanes": 4}'


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Iterator[cases.Workspace]:
    """A database with a group, a member, a planned session, notes and a vault, and an
    archive of it (tests/e2e/fuzz_cases.make_workspace)."""
    workspace = cases.make_workspace(tmp_path_factory.mktemp("rules"))
    yield workspace
    workspace.close()


def _refused(work: cases.Workspace, tmp_path: Path, data: bytes) -> str:
    """The one-line message importing ``data`` into a fresh copy of the template gives."""
    path = tmp_path / "bad.rdarchive"
    path.write_bytes(data)
    target = tmp_path / "target.db"
    target.write_bytes(work.template.read_bytes())
    before = file_digest(target)
    with open_store(target) as store, pytest.raises(ArchiveError) as caught:
        import_archive(store, path)
    assert file_digest(target) == before
    message = str(caught.value)
    assert "\n" not in message and "internal error" not in message
    assert message.endswith("The database has not been changed.")
    return message


CASES: dict[str, tuple[str, str, Any, str]] = {
    "a 10,000-character group name": (
        "groups", "name", "x" * 10_000, "10,000 characters long; the limit is 120",
    ),
    "an empty group name": ("groups", "name", "", "cannot be empty"),
    "a whitespace-only group name": ("groups", "name", " \u3000 ", "cannot be empty"),
    "a newline in a name": ("groups", "name", "Balint\ngroup", "line break"),
    "a control character in a name": ("groups", "name", "Balint\x07", "U+0007"),
    "a right-to-left override in a name": (
        "groups", "name", "Balint \u202egnp.exe group", "right-to-left override",
    ),
    "a lone surrogate": ("persons", "display_name", "Hu\udc80seyin", "lone surrogate"),
    "a phase of -3600 s": (
        "session_phases", "planned_seconds", -3600, "must be between 1 and 86400",
    ),
    "a phase of 10^15 s": (
        "session_phases", "planned_seconds", 10**15, "must be between 1 and 86400",
    ),
    "10^30 in a whole-number field": (
        "groups", "planned_sessions", 10**30, "beyond what a database can store",
    ),
    "a vault asking for 4 GiB and 64 passes": (
        "vault", "kdf_params.memory_kib", GIB_64_PASSES, "between 32 and 1048576",
    ),
    "not a date": ("memberships", "joined_on", "not a date", "not a date (YYYY-MM-DD)"),
    "not a moment": (
        "sessions", "planned_start", "not a date", "not a date and time",
    ),
    "an unknown session status": ("sessions", "status", "teleported", "must be one of"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(CASES))
def test_a_row_breaking_a_rule_is_refused_naming_table_row_and_field(
    case: str, work: cases.Workspace, tmp_path: Path
) -> None:
    table, field, value, reason = CASES[case]
    column = field.split(".")[0]
    message = _refused(work, tmp_path, cases.archive_with_value(work.archive, table, column, value))
    assert f"row 1 of table {table}, field {field}: " in message
    assert reason in message


def _with_manifest(data: bytes, **changes: Any) -> bytes:
    files = cases._members(data)
    manifest = json.loads(files["manifest.json"])
    manifest.update(changes)
    files["manifest.json"] = json.dumps(manifest).encode()
    return cases._zip(files)


def test_a_version_written_as_text_is_said_to_be_text(
    work: cases.Workspace, tmp_path: Path
) -> None:
    message = _refused(work, tmp_path, _with_manifest(work.archive, version="1"))
    assert "gives its version as the text '1', not as a whole number" in message


def test_json_nested_too_deeply_is_refused_with_a_message(
    work: cases.Workspace, tmp_path: Path
) -> None:
    files = cases._members(work.archive)
    files["manifest.json"] = b"[" * 100_000 + b"]" * 100_000
    message = _refused(work, tmp_path, cases._zip(files))
    assert "its manifest cannot be read (its lists or records are nested too deeply)" in message


def test_a_member_that_would_unpack_past_the_cap_is_refused_unread(
    work: cases.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reflectdesk.export import archive_format

    monkeypatch.setattr(archive_format, "MEMBER_MAX_BYTES", 100)
    message = _refused(work, tmp_path, work.archive)
    assert "would unpack to" in message and "the limit is 100 bytes" in message


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_refused_as_an_archive(work: cases.Workspace, tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.rdarchive"
    os.mkfifo(fifo)
    with open_store(tmp_path / "t.db") as store, pytest.raises(ArchiveError) as caught:
        import_archive(store, fifo)
    assert "not a regular file" in str(caught.value)


def test_a_broken_database_rule_is_not_called_a_missing_record() -> None:
    def broken(reason: str) -> str:
        return _broken_rule(IntegrityError("INSERT", {}, sqlite3.IntegrityError(reason)))

    assert "refers to records that neither it nor the database holds" in broken(
        "FOREIGN KEY constraint failed"
    )
    unique = broken("UNIQUE constraint failed: formats.key")
    assert "breaks a rule of the database" in unique and "refers to" not in unique


def test_every_archive_the_app_writes_passes_its_own_rules(
    work: cases.Workspace, tmp_path: Path
) -> None:
    """The rules refuse nothing the app itself stores (the template holds a little of
    everything, a vault included)."""
    with zipfile.ZipFile(tmp_path / "ok.rdarchive", "w") as out:
        for name, data in cases._members(work.archive).items():
            out.writestr(name, data)
    target = tmp_path / "empty.db"
    with open_store(target) as store:
        summary = import_archive(store, tmp_path / "ok.rdarchive")
    assert summary.added["groups"] == 1 and summary.added["vault"] == 1
