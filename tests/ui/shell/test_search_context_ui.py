"""The search page as a person types: every result says where it is from, and a name is
found without its punctuation."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.notes import LearningPointDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, members, notes, sessions
from reflectdesk.store.database import Store
from reflectdesk.ui.common.dates import session_day
from reflectdesk.ui.shell.search_page import SearchPage
from tests.ui.conftest import WindowFactory, search_now, type_text

NOV_24 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def shown_rows(page: SearchPage) -> list[str]:
    """The text of every result as the list shows it (its label, without the markup)."""
    rows = []
    for row in range(page.results.count()):
        label = page.results.itemWidget(page.results.item(row))
        assert isinstance(label, QLabel)
        rows.append(_plain(label.text()))
    return rows


def _plain(html: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText().replace("\u2028", "\n")


def test_results_name_their_group_date_and_first_words(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    for name in ("Balint group 1", "Balint group 2"):
        group = groups.create_group(store, GroupDraft(name))
        members.add_member(store, group.id, MemberDraft("Eva van den Eertwegh"))
    meeting = sessions.plan_session(store, group.id, SessionDraft(NOV_24))
    notes.add_learning_point(
        store, meeting.id, LearningPointDraft("Eertwegh asked what the patient feared most")
    )
    window = make_window()

    window.focus_search()
    type_text(window.search_field, "eertwegh")
    search_now(qtbot, window.search_page)
    rows = shown_rows(window.search_page)

    day = session_day(NOV_24)
    assert sorted(row for row in rows if row.startswith("Member")) == [
        "Member · Eva van den Eertwegh\nBalint group 1\nEva van den Eertwegh",
        "Member · Eva van den Eertwegh\nBalint group 2\nEva van den Eertwegh",
    ]
    [point] = [row for row in rows if row.startswith("Learning point")]
    assert point.splitlines()[:2] == [
        "Learning point · Eertwegh asked what the patient feared most",
        f"Balint group 2 — {day}",
    ]
    assert all(not line.rstrip().endswith("·") for row in rows for line in row.splitlines())


def test_typing_a_name_without_its_punctuation_finds_it(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    group = groups.create_group(store, GroupDraft("Intervisie AIOS"))
    for name in ("Siobhan O'Brien-Smith", "Joost van 't Hof", "Anna van Tol"):
        members.add_member(store, group.id, MemberDraft(name))
    window = make_window()

    window.focus_search()
    for typed, found in (("obrien", "Siobhan O'Brien-Smith"), ("vant hof", "Joost van 't Hof")):
        window.search_field.clear()
        type_text(window.search_field, typed)
        hits = search_now(qtbot, window.search_page)
        assert [hit.title for hit in hits] == [found]
        assert "Intervisie AIOS" in shown_rows(window.search_page)[0]
