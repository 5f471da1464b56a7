"""Note text never reaches an error message or a log: the engine hides bound parameters."""

from __future__ import annotations

import logging
import traceback
from datetime import UTC, datetime

import pytest
from sqlalchemy import insert

from reflectdesk.core.model import GroupDraft
from reflectdesk.core.notes import LearningPointDraft, PrivateText
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, notes, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.errors import StoreError
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.models.notes import Note
from tests.e2e.crash_driver import PRIVATE_NOTES, unlock

SECRET = "Mrs Zwanenburg cried about the stillbirth"


def _session_id(store: Store) -> str:
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint", fmt))
    draft = SessionDraft(planned_start=datetime.now(UTC))
    return sessions.plan_session(store, group.id, draft).id


def test_engines_hide_parameters(store: Store) -> None:
    assert store.engine.hide_parameters


def test_failing_statement_does_not_show_the_note_text(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)  # echo=True's level
    try:
        with pytest.raises(StoreError) as raised, store.transaction() as session:
            # A learning point on a session that does not exist: the foreign key fails.
            session.execute(
                insert(Note).values(
                    id="n1", kind="learning_point", session_id="missing", body=SECRET
                )
            )
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.NOTSET)
    error = raised.value
    shown = "".join(traceback.format_exception(error))
    assert "FOREIGN KEY" in shown or "foreign key" in shown.lower()
    assert SECRET not in shown
    assert SECRET not in str(error)
    assert SECRET not in str(error.__cause__)
    assert all(SECRET not in record.getMessage() for record in caplog.records)
    assert all(SECRET not in caplog.text for _ in [0])


def test_no_log_record_of_a_typing_session_holds_note_text(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    session_id = _session_id(store)
    caplog.set_level(logging.DEBUG)
    # Statements (with their parameters, were they not hidden) are logged at INFO;
    # DEBUG would add result rows, which no configuration of the app turns on.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    try:
        typed = ""
        note_id = None
        if PRIVATE_NOTES:  # private notes need an unlocked vault
            unlock(store)
        for word in SECRET.split():  # autosave after each word, as the editor does
            typed = f"{typed} {word}".strip()
            if PRIVATE_NOTES:
                text = PrivateText(body=typed)
                note_id = notes.save_private_note(store, session_id, text, note_id).id
        point = notes.add_learning_point(store, session_id, LearningPointDraft(text=SECRET))
        notes.update_learning_point(store, point.id, LearningPointDraft(text=SECRET + "!"))
        if PRIVATE_NOTES:
            assert notes.private_notes(store, session_id)[0].body == SECRET
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.NOTSET)
    assert any(record.name.startswith("sqlalchemy.engine") for record in caplog.records)
    words = [word for word in SECRET.split() if len(word) > 5]
    for record in caplog.records:
        text = record.getMessage() + (record.exc_text or "")
        assert all(word not in text for word in words), record.name
