"""Searching everything from the main window, and opening what was found."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.notes import LearningPointDraft, PrivateText
from reflectdesk.core.search import SearchHit
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, members, note_lookup, notes, search_index, sessions, vault
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from tests.fakes import open_vault
from tests.ui.conftest import WindowFactory, search_now, type_text

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
    hits = search_now(qtbot, window.search_page)
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
    hits = search_now(qtbot, window.search_page)
    assert hits and "<b>" in hits[0].snippet_html
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    page = window.session_page
    assert page is not None and page.session_id == session.id
    assert page.tabs.currentWidget() is page.notes

    window.close_session()
    window.focus_search()
    type_text(window.search_field, "exhaus")
    [hit] = search_now(qtbot, window.search_page)
    assert hit.kind == "private"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert window.pages.currentWidget() is not window.search_page


def test_a_newer_query_supersedes_an_older_one_still_running(
    qtbot: QtBot, make_window: WindowFactory, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search runs off the ui thread: while the first query is still searching, the
    window answers keys, and once the second is typed only its results are shown."""
    group = groups.create_group(store, GroupDraft("Intervisie AIOS"))
    members.add_member(store, group.id, MemberDraft("Anna de Vries"))
    members.add_member(store, group.id, MemberDraft("Bert Jansen"))
    if store.keyring.unlocked:
        # Locked notes: no second showing once the notes' index is built (not this test's).
        vault.lock(store)
    window = make_window()
    page = window.search_page
    shown: list[str] = []
    page.shown.connect(shown.append)
    # The first query's search holds on until the test lets it go.
    release = threading.Event()
    started = threading.Event()
    real_search = search_index.search

    def slow_search(store: Store, query: str, **options: Any) -> list[SearchHit]:
        if query == "anna":
            started.set()
            release.wait(10)
        return real_search(store, query, **options)

    monkeypatch.setattr(search_index, "search", slow_search)

    window.focus_search()
    type_text(window.search_field, "anna")
    page.run()
    qtbot.waitUntil(started.is_set)
    window.search_field.clear()
    type_text(window.search_field, "bert")  # the ui thread is free while "anna" searches
    page.run()
    release.set()
    qtbot.waitUntil(lambda: shown == ["bert"])
    assert [hit.title for hit in page.hits] == ["Bert Jansen"]
    qtbot.wait(300)  # past the typing pause: nothing else arrives
    assert shown == ["bert"]


def test_enter_before_the_results_came_opens_the_first_of_them(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    group = groups.create_group(store, GroupDraft("Intervisie AIOS"))
    huseyin = members.add_member(store, group.id, MemberDraft("Hüseyin İkiz"))
    window = make_window()

    window.focus_search()
    type_text(window.search_field, "huse")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # before the typing pause ends
    qtbot.waitUntil(
        lambda: window.group_page.members.current_membership_id() == huseyin.membership_id
    )
    assert window.group_list.current_group_id() == group.id


def test_right_after_unlocking_the_other_results_show_and_the_notes_follow(
    qtbot: QtBot, make_window: WindowFactory, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the private notes' index is built (on a thread, after unlocking), a search
    shows everything else at once, says so, and adds the notes once they are indexed."""
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint", fmt))
    session = sessions.plan_session(
        store, group.id, SessionDraft(planned_start=datetime(2026, 11, 24, 13, tzinfo=UTC))
    )
    notes.add_learning_point(store, session.id, LearningPointDraft("Onzekerheid delen", True))
    notes.save_private_note(store, session.id, PrivateText(body="Onzekerheid bij mezelf"))
    vault.lock(store)
    window = make_window()
    release = threading.Event()
    real_read = note_lookup.private_notes_with_ids

    def slow_read(store: Store, note_ids: Any) -> Any:
        release.wait(10)  # the build holds here until the test lets it go
        return real_read(store, note_ids)

    monkeypatch.setattr(note_lookup, "private_notes_with_ids", slow_read)
    open_vault(store)  # the index starts building, and waits

    window.focus_search()
    type_text(window.search_field, "onzeker")
    page = window.search_page
    with qtbot.waitSignal(page.shown):
        page.run()
    assert [hit.kind for hit in page.hits] == ["learning_point"]
    assert "being made searchable" in page.summary.text()
    release.set()
    qtbot.waitUntil(lambda: {hit.kind for hit in page.hits} == {"learning_point", "private"})
    assert "searchable" not in page.summary.text()


def test_the_count_of_results_reads_right_for_one_and_for_more(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    group = groups.create_group(store, GroupDraft("Intervisie AIOS"))
    groups.create_group(store, GroupDraft("Intervisie ANIOS"))
    members.add_member(store, group.id, MemberDraft("Hüseyin İkiz"))
    window = make_window()

    window.focus_search()
    type_text(window.search_field, "huseyin")
    search_now(qtbot, window.search_page)
    assert window.search_page.summary.text().startswith("1 result — Enter opens it")
    window.search_field.clear()
    type_text(window.search_field, "intervisie")
    hits = search_now(qtbot, window.search_page)
    assert window.search_page.summary.text().startswith(f"{len(hits)} results — ")
    assert len(hits) > 1
