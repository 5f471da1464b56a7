"""No private text reaches the log: a canary written into a group's name, a member's
name, a learning point and a private note, then errors provoked in the store, the vault,
an export, an import and the command line, each carrying that text in its message or
its data. The canary must be nowhere in the log file, while the failures are there.

The ui's part (an exception in a slot, a message box) is in tests/ui/test_crash_handler.py.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from reflectdesk.cli import main
from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.model import MemberDraft
from reflectdesk.core.notes import LearningPointDraft, PrivateText
from reflectdesk.logs import close_logging, log_path, setup_logging
from reflectdesk.store import members, notes
from reflectdesk.store.database import Store
from reflectdesk.store.vault import WrongPassphraseError, unlock
from tests.export.sample import build_sample
from tests.fakes import TEST_PASSPHRASE

CANARY = "CANARY-7f3a"


def full_log() -> str:
    close_logging()
    folder = log_path().parent
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.log*")))


@pytest.fixture
def canary_session(store: Store) -> tuple[str, str]:
    """(group id, session id) of a session whose every kind of text holds the canary."""
    setup_logging()
    sample = build_sample(store, group_name=f"Balint group {CANARY}")
    members.add_member(store, sample.group_id, MemberDraft(f"Mrs {CANARY} Jansen"))
    notes.add_learning_point(
        store, sample.session_id, LearningPointDraft(f"Point {CANARY}", shareable=True)
    )
    notes.save_private_note(store, sample.session_id, PrivateText("Private", f"Note {CANARY}"))
    return sample.group_id, sample.session_id


def _fail_with(message: str) -> Any:
    def fail(*args: object, **kwargs: object) -> Any:
        raise ValueError(message)

    return fail


def test_the_canary_is_nowhere_in_the_log(
    store: Store,
    canary_session: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    group_id, session_id = canary_session
    app_log = logging.getLogger("reflectdesk.ui.jobs.task")

    # The store: a driver error whose parameters hold the canary (translate_errors logs
    # it), then logged with its traceback as the ui's job runner does.
    with pytest.raises(ReflectDeskError) as caught, store.transaction() as session:
        session.execute(
            text("INSERT INTO groups (id, name) VALUES (:id, :name)"),
            {"id": group_id, "name": f"again {CANARY}"},
        )
    app_log.exception("job failed", exc_info=caught.value)

    # The vault: a wrong passphrase that is the canary.
    with pytest.raises(WrongPassphraseError):
        unlock(store, f"{CANARY} passphrase")

    # An export through the command line whose PDF step fails with every text of the
    # summary (names, learning points, the private note) in its message.
    def story(summary: object, width: float) -> list[object]:
        raise ValueError(f"cannot lay out {summary!r}")

    monkeypatch.setattr("reflectdesk.export.pdf.session_story", story)
    monkeypatch.setattr("reflectdesk.commands.export.read_passphrase", lambda: TEST_PASSPHRASE)
    out = tmp_path / f"{CANARY} summary.pdf"
    db = ["--db", str(store.path)]
    status = main(
        ["export", "session", "--session", session_id, "--out", str(out), "--include-private", *db]
    )
    assert status == 70
    assert CANARY in capsys.readouterr().err  # the terminal is told; the log is not

    # A CSV export that fails with a group name in the message, and an import of a file
    # named after a person.
    monkeypatch.setattr("reflectdesk.export.spreadsheet.csv_bytes", _fail_with(f"group {CANARY}"))
    assert main(["export", "csv", "--group", group_id, "--out", str(tmp_path / CANARY), *db]) == 70
    store.close()  # an import takes the database's lock
    bogus = tmp_path / f"{CANARY}.reflectdesk"
    bogus.write_text(f"not an archive {CANARY}", encoding="utf-8")
    assert main(["import", str(bogus), *db]) == 1
    capsys.readouterr()

    setup_logging()  # main() set up the same file again; one more line after it
    logging.getLogger("reflectdesk.test").warning("a member: %s", KeyError(CANARY))

    log = full_log()
    assert CANARY not in log
    assert "database error sqlite3.IntegrityError [SQLITE_CONSTRAINT" in log
    assert "vault: wrong passphrase" in log
    assert "writing a PDF failed" in log
    assert "command failed" in log
    assert "in story" in log  # the traceback's frames are there, with no message
    assert f"group_id {group_id}" in log  # records are named by id
    assert "exporting group tables (CSV) failed" in log
    assert "importing an archive failed" in log
    assert "command stopped" in log
