"""A private note whose stored text was replaced by an older version of it (outside
ReflectDesk) is shown as such on the session page: the older text never appears as the
note, and the editor does not overwrite what is stored."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft
from reflectdesk.core.notes import PrivateText
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, notes, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.window_settings import open_window_settings
from tests.fakes import FakeTime
from tests.ui.conftest import keep_shot, wait_active

START = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


def test_a_rolled_back_note_is_reported_not_shown(qtbot: QtBot, store: Store) -> None:
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint — blok 3", fmt))
    meeting = sessions.plan_session(store, group.id, SessionDraft(planned_start=START))
    note = notes.save_private_note(store, meeting.id, PrivateText("", "Wat ik eerst dacht"))
    with closing(sqlite3.connect(store.path)) as connection:
        query = "SELECT sealed FROM notes WHERE id = ?"
        (older,) = connection.execute(query, (note.id,)).fetchone()
    notes.save_private_note(store, meeting.id, PrivateText("", "Wat ik nu weet"), note.id)
    with closing(sqlite3.connect(store.path)) as connection, connection:
        connection.execute("UPDATE notes SET sealed = ? WHERE id = ?", (older, note.id))

    window = MainWindow(store, open_window_settings(), time=FakeTime(start_wall=START))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_active(qtbot, window)
    window.open_session(meeting.id)
    page = window.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.notes)

    qtbot.waitUntil(lambda: "older version" in page.notes.save_state.text())
    assert page.notes.private_edit.toPlainText() == ""
    assert page.notes.private_edit.isReadOnly()
    assert "backup" in page.notes.private_edit.placeholderText()
    keep_shot(page.notes.save_state.window(), "rolled-back-note.png")
    window.close()
