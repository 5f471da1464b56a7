"""Searching everything from the main window, and opening what was found."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.notes import LearningPointDraft, PrivateText
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, members, notes, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from tests.ui.conftest import WindowFactory, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_search_finds_without_accents_and_opens_the_member(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    groups.create_group(store, GroupDraft("Another group"))
    group = groups.create_group(store, GroupDraft("Intervisie AIOS"))
    huseyin_member = members.add_member(store, group.id, MemberDraft("Hüseyin İkiz"))
    members.add_member(store, group.id, MemberDraft("IJsbrand van den Eertwegh"))
    window = make_window()

    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    assert window.search_field.hasFocus()
    type_text(window.search_field, "huseyin")
    hits = window.search_page.run()
    assert [hit.title for hit in hits][:1] == ["Hüseyin İkiz"]
    assert window.pages.currentWidget() is window.search_page
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.group_list.current_group_id() == group.id
    assert window.group_page.members.current_membership_id() == huseyin_member.membership_id


def test_a_learning_point_and_a_private_note_open_their_session(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint", fmt))
    start = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    session = sessions.plan_session(store, group.id, SessionDraft(planned_start=start))
    notes.add_learning_point(
        store, session.id, LearningPointDraft("Uncertainty can be shared with the patient", True)
    )
    notes.save_private_note(store, session.id, PrivateText(body="Zeynep looked exhausted"))
    window = make_window()

    window.focus_search()
    type_text(window.search_field, "uncertain")
    hits = window.search_page.run()
    assert hits and "<b>" in hits[0].snippet_html
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    page = window.session_page
    assert page is not None and page.session_id == session.id
    assert page.tabs.currentWidget() is page.notes

    window.close_session()
    window.focus_search()
    type_text(window.search_field, "exhaus")
    [hit] = window.search_page.run()
    assert hit.kind == "private"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert window.pages.currentWidget() is not window.search_page
