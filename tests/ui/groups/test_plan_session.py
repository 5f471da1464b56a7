"""Planning a session from the group page, and changing its phases for that session only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft
from reflectdesk.store import groups, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.user_formats import format_definition
from tests.ui.conftest import WindowFactory, find_open, type_text, wait_active

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_plan_then_change_a_session_by_keyboard(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    fmt = format_id_for_key(store, "intervision-incident")
    assert fmt is not None
    group = groups.create_group(store, GroupDraft("Intervisie", fmt, "AIOS", 8, 6))
    window = make_window()

    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)
    dialog = find_open(qtbot, QDialog, "planSessionDialog")
    planned = format_definition(store, fmt).phases
    assert [p.name for p in dialog.phases.phases()] == [p.name for p in planned]
    dialog.place_edit.setFocus()
    type_text(dialog.place_edit, "Praktijk ’t Hoefijzer, kamer 2")
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    [record] = sessions.list_sessions(store, group.id)
    assert record.place == "Praktijk ’t Hoefijzer, kamer 2"
    assert [p.planned_seconds for p in sessions.session_phases(store, record.id)] == [
        p.minutes * 60 for p in planned
    ]
    panel = window.group_page.sessions
    assert panel.current_session_id() == record.id

    wait_active(qtbot, window)
    qtbot.mouseClick(panel.change_button, Qt.MouseButton.LeftButton)
    dialog = find_open(qtbot, QDialog, "planSessionDialog")
    model = dialog.phases.model
    model.setData(model.index(0, 1), 12)  # the first phase: 12 minutes, this session only
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert sessions.session_phases(store, record.id)[0].planned_seconds == 12 * 60
    assert format_definition(store, fmt).phases[0].minutes == planned[0].minutes


def test_group_page_counts_the_series_themes(make_window: WindowFactory, store: Store) -> None:
    from datetime import UTC, datetime

    from reflectdesk.core.sessions import SessionDraft
    from reflectdesk.store import themes

    group = groups.create_group(store, GroupDraft("Balint"))
    start = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    first = sessions.plan_session(store, group.id, SessionDraft(planned_start=start))
    second = sessions.plan_session(store, group.id, SessionDraft(planned_start=start))
    communication = next(t for t in themes.list_themes(store) if "ommunication" in t.name)
    themes.set_session_themes(store, first.id, [communication.id])
    themes.set_session_themes(store, second.id, [communication.id])
    window = make_window()
    assert f"{communication.name} 2" in window.group_page.sessions.themes_label.text()


def test_plan_session_shows_and_offers_decks_by_title_not_key(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    from PySide6.QtWidgets import QComboBox

    from reflectdesk.ui.common.phase_table import DECK

    fmt = format_id_for_key(store, "balint-one-case")
    groups.create_group(store, GroupDraft("Balint Leiden", fmt))
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)
    dialog = find_open(qtbot, QDialog, "planSessionDialog")
    model = dialog.phases.model
    shown = [str(model.index(row, DECK).data()) for row in range(model.rowCount())]
    assert "Balint leader interventions" in shown
    assert not any("balint-leader" in text or "ground-rules" in text for text in shown)
    row = shown.index("Balint leader interventions")
    assert model.index(row, DECK).data(Qt.ItemDataRole.EditRole) == "balint-leader"

    # Picking another deck: a list of titles, the phase keeps the key.
    cell = model.index(row, DECK)
    dialog.phases.table.setCurrentIndex(cell)
    dialog.phases.table.edit(cell)
    qtbot.waitUntil(lambda: dialog.phases.table.findChild(QComboBox, "deckEditor") is not None)
    combo = dialog.phases.table.findChild(QComboBox, "deckEditor")
    titles = [combo.itemText(i) for i in range(combo.count())]
    assert titles[0] == "No deck"
    assert "Balint leader interventions" in titles
    assert not any(title.startswith(("balint-", "check-in", "ground-")) for title in titles)
    combo.setCurrentIndex(combo.findData("check-in-out"))
    dialog.phases.table.commitData(combo)
    assert dialog.phases.phases()[row].deck == "check-in-out"
    assert "check-in-out" not in str(model.index(row, DECK).data())


def test_deck_titles_are_in_the_users_language(qtbot: QtBot, store: Store) -> None:
    from reflectdesk.core.clock_state import PlannedPhase
    from reflectdesk.ui.common.deck_column import installed_decks
    from reflectdesk.ui.common.phase_table import DECK, PhaseEditor
    from tests.ui.catalogues import language_installed

    with language_installed("nl"):
        editor = PhaseEditor(1, 240)
        qtbot.addWidget(editor)
        editor.set_decks(installed_decks(store))
        editor.set_phases(
            [PlannedPhase("Casus", 600, "", "balint-leader"), PlannedPhase("Weg", 60, "", "gone")]
        )
        assert editor.model.index(0, DECK).data() == "Interventies van de Balintbegeleider"
        assert editor.model.index(1, DECK).data() == "gone (niet geïnstalleerd)"
