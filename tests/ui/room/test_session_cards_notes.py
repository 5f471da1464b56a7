"""Prompt cards and notes during a session, by keyboard."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, MemberDraft, Role
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import decks, groups, members, notes, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.window_settings import open_window_settings
from tests.fakes import FakeTime
from tests.ui.conftest import (
    SESSION_START,
    open_on_session,
    plan_balint_session,
    type_text,
    wait_active,
)

CANARY = "CANARY-91c2 Ayşe cried after the ward round"


@pytest.fixture
def page(qtbot: QtBot, store: Store):  # type: ignore[no-untyped-def]
    time = FakeTime(start_wall=SESSION_START)
    window = open_on_session(qtbot, store, plan_balint_session(store), time)
    assert window.session_page is not None
    yield window.session_page
    window.close()


def test_the_phase_suggests_its_deck_and_cards_are_drawn_without_repeats(
    qtbot: QtBot,
    page,
    store: Store,  # type: ignore[no-untyped-def]
) -> None:
    view = page.run_view
    qtbot.keyClick(view, Qt.Key.Key_Space)  # phase 1 suggests the ground rules deck
    first_deck = page.runner.plan[0].deck
    assert first_deck
    assert page.cards.deck_combo.currentText().endswith("suggested for this phase")
    assert decks.deck_id_for_key(store, first_deck) == page.cards.deck_combo.currentData()

    seen = []
    for _ in range(len(page.cards._cards)):
        qtbot.keyClick(view, Qt.Key.Key_R)
        qtbot.keyClick(view, Qt.Key.Key_S)  # shown, so it counts as used
        seen.append(page.cards._current.id)
    assert len(set(seen)) == len(seen)  # every card once before any repeats
    assert len(decks.cards_shown(store, page.session_id)) == len(seen)


def test_s_shows_the_card_on_the_presenter_screen_and_h_hides_it(
    qtbot: QtBot,
    page,
    store: Store,  # type: ignore[no-untyped-def]
) -> None:
    view = page.run_view
    qtbot.keyClick(view, Qt.Key.Key_C)
    card = page.cards._current
    assert card is not None
    assert card.body in page.cards.card_label.text()
    qtbot.keyClick(view, Qt.Key.Key_S)
    presenter = page.presenter_screen.window
    assert presenter is not None, "showing a card opens the presenter screen"
    assert card.body in presenter.card_label.text()
    assert presenter.card_label.isVisibleTo(presenter)
    [shown] = decks.cards_shown(store, page.session_id)
    assert shown.card_id == card.id and shown.hidden_at is None
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert presenter.card_label.text() == ""
    assert decks.cards_shown(store, page.session_id)[0].hidden_at is not None


def test_private_note_is_autosaved_and_never_on_the_presenter_screen(
    qtbot: QtBot,
    page,
    store: Store,  # type: ignore[no-untyped-def]
) -> None:
    page.tabs.setCurrentWidget(page.notes)
    editor = page.notes.private_edit
    editor.setFocus()
    with qtbot.waitSignal(page.notes.saver.saved, timeout=3000):
        type_text(editor, CANARY)
    [note] = notes.private_notes(store, page.session_id)
    assert note.body == CANARY

    qtbot.keyClick(page.run_view, Qt.Key.Key_C)
    qtbot.keyClick(page.run_view, Qt.Key.Key_S)
    presenter = page.presenter_screen.window
    assert presenter is not None
    texts = [w.text() for w in presenter.findChildren(QLabel)]
    assert all(CANARY not in text for text in texts)
    assert all(isinstance(w, QLabel) for w in presenter.findChildren(QWidget))


def test_learning_points_actions_and_themes_by_keyboard(
    qtbot: QtBot,
    page,
    store: Store,  # type: ignore[no-untyped-def]
) -> None:
    panel = page.notes
    page.tabs.setCurrentWidget(panel)
    panel.point_edit.setFocus()
    type_text(panel.point_edit, "Ask the patient what they fear before explaining.")
    qtbot.keyClick(panel.point_edit, Qt.Key.Key_Return)
    [point] = notes.learning_points(store, page.session_id)
    assert point.shareable
    panel.owner_combo.setCurrentIndex(1)
    panel.action_edit.setFocus()
    type_text(panel.action_edit, "Bring the follow-up letter next time")
    qtbot.keyClick(panel.action_edit, Qt.Key.Key_Return)
    [action] = notes.actions(store, page.session_id)
    assert action.owner_name == "Hüseyin İkiz"
    panel.theme_list.item(0).setCheckState(Qt.CheckState.Checked)
    from reflectdesk.store import themes

    assert len(themes.session_theme_ids(store, page.session_id)) == 1


def test_cards_shown_are_listed_with_the_session(
    qtbot: QtBot,
    page,
    store: Store,  # type: ignore[no-untyped-def]
) -> None:
    qtbot.keyClick(page.run_view, Qt.Key.Key_C)
    qtbot.keyClick(page.run_view, Qt.Key.Key_S)
    qtbot.keyClick(page.run_view, Qt.Key.Key_C)
    qtbot.keyClick(page.run_view, Qt.Key.Key_S)
    assert page.cards.shown_list.count() == 2
    first = decks.cards_shown(store, page.session_id)[0]
    assert first.heading in page.cards.shown_list.item(0).text()


def test_tag_a_learning_point_add_and_rename_themes_and_an_action_with_a_due_date(
    qtbot: QtBot,
    page,
    store: Store,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QDialog

    from reflectdesk.store import themes
    from tests.ui.conftest import find_open

    panel = page.notes
    page.tabs.setCurrentWidget(panel)
    panel.point_edit.setFocus()
    type_text(panel.point_edit, "Uncertainty can be shared")
    qtbot.keyClick(panel.point_edit, Qt.Key.Key_Return)
    panel.points.setFocus()
    panel.points.setCurrentRow(0)
    qtbot.keyClick(panel.points, Qt.Key.Key_Return)
    picker = find_open(qtbot, QDialog, "themePicker")
    picker.list.item(2).setCheckState(Qt.CheckState.Checked)
    picker.submit()
    [point] = notes.learning_points(store, page.session_id)
    assert len(point.theme_ids) == 1

    qtbot.mouseClick(panel.new_theme_button, Qt.MouseButton.LeftButton)
    dialog = find_open(qtbot, QDialog, "themeNameDialog")
    type_text(dialog.name_edit, "Werkdruk")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Werkdruk" in [t.name for t in themes.list_themes(store)]

    panel.action_edit.setFocus()
    type_text(panel.action_edit, "Send the article on safety-netting")
    qtbot.keyClick(panel.action_edit, Qt.Key.Key_Return)
    [action] = notes.actions(store, page.session_id)
    assert action.due_on is not None
    assert "due" in panel.actions_list.item(0).text()


def test_closing_the_window_mid_note_keeps_the_last_words_and_never_waits_on_a_stopped_writer(
    qtbot: QtBot, page, store: Store, autosave_flushes: list[bool]
) -> None:
    from reflectdesk.store import vault
    from tests.fakes import TEST_PASSPHRASE

    page.tabs.setCurrentWidget(page.notes)
    editor = page.notes.private_edit
    editor.setFocus()
    type_text(editor, "Hüseyin vroeg door; de groep bleef stil.")  # no pause: still pending
    window = page.window()
    window.close()
    assert autosave_flushes and all(autosave_flushes)  # each flush finished; none timed out
    vault.unlock(store, TEST_PASSPHRASE)  # closing locked the notes
    [note] = notes.private_notes(store, page.session_id)
    assert note.body == "Hüseyin vroeg door; de groep bleef stil."


def test_open_actions_from_earlier_sessions_are_listed_and_closed_with_one_key(
    qtbot: QtBot, store: Store
) -> None:
    from datetime import date, timedelta

    from reflectdesk.core.model import ClockEventKind
    from reflectdesk.core.notes import ActionDraft

    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint — block 2", fmt))
    start = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    last = sessions.plan_session(store, group.id, SessionDraft(planned_start=start))
    letter = notes.add_action(
        store, last.id, ActionDraft("Bring the follow-up letter", None, date(2026, 11, 30))
    )
    reading = notes.add_action(store, last.id, ActionDraft("Read the Balint chapter"))
    today = sessions.plan_session(
        store, group.id, SessionDraft(planned_start=start + timedelta(days=14))
    )
    window = MainWindow(store, open_window_settings(), time=FakeTime(start_wall=start))
    qtbot.addWidget(window)
    window.show()
    wait_active(qtbot, window)
    window.open_session(today.id)
    page = window.session_page
    assert page is not None
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)  # the opening phase runs

    panel = page.open_actions
    assert page.tabs.currentIndex() == 0 and panel.isVisible()
    texts = [panel.list.item(row).text() for row in range(panel.list.count())]
    assert texts[0].startswith("Bring the follow-up letter — facilitator — due")
    assert texts[1].startswith("Read the Balint chapter")
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # the first one is done
    assert [a.id for a in notes.open_actions_before(store, today.id)] == [reading.id]
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    qtbot.keyClick(panel.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert notes.open_actions_before(store, today.id) == []
    assert panel.list.count() == 2  # still listed, struck through: a slip is undone
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert [a.id for a in notes.open_actions_before(store, today.id)] == [reading.id]
    assert letter.id not in {a.id for a in notes.open_actions_before(store, today.id)}
    # The clock kept running and Space still is the clock's key from the list.
    assert page.runner.allowed(ClockEventKind.PAUSE)
    window.close()


def _session_led_by(qtbot: QtBot, store: Store, roles: list[Role]):  # type: ignore[no-untyped-def]
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint — block 3", fmt))
    for number, role in enumerate(roles):
        members.add_member(store, group.id, MemberDraft(f"Facilitator {number}", role))
    members.add_member(store, group.id, MemberDraft("Anna de Vries"))
    start = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    session = sessions.plan_session(store, group.id, SessionDraft(planned_start=start))
    time = FakeTime(start_wall=start)
    window = MainWindow(store, open_window_settings(), time=time)
    qtbot.addWidget(window)
    window.show()
    wait_active(qtbot, window)
    window.open_session(session.id)
    return window, session.id, time


def test_after_a_session_led_by_two_a_debrief_is_asked_in_place_and_kept(
    qtbot: QtBot, store: Store
) -> None:
    from PySide6.QtWidgets import QApplication

    from reflectdesk.core.debrief import Debrief
    from reflectdesk.core.model import ClockEventKind
    from reflectdesk.store import debriefs

    window, session_id, time = _session_led_by(
        qtbot, store, [Role.FACILITATOR, Role.CO_FACILITATOR]
    )
    page = window.session_page
    assert page is not None
    assert not page.debrief.isVisible()
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    assert not page.debrief.isVisible()  # not during the session
    time.advance(900)
    page.runner.act(ClockEventKind.END)

    panel = page.debrief
    assert panel.isVisible()
    assert QApplication.activeModalWidget() is None
    qtbot.waitUntil(panel.went_well.hasFocus)
    type_text(panel.went_well, "The silence after the case")
    panel.differently.setFocus()
    type_text(panel.differently, "Step in sooner when it turns to advice")
    panel.next_presenter.setFocus()
    type_text(panel.next_presenter, "Anna")
    qtbot.keyClick(panel.next_presenter, Qt.Key.Key_Return)
    expected = Debrief(
        "The silence after the case", "Step in sooner when it turns to advice", "Anna"
    )
    assert debriefs.debrief(store, session_id) == expected

    window.close_session()
    window.open_session(session_id)
    page = window.session_page
    assert page is not None
    assert page.debrief.isVisible()
    assert page.debrief.differently.text() == "Step in sooner when it turns to advice"
    qtbot.mouseClick(page.debrief.skip_button, Qt.MouseButton.LeftButton)
    assert not page.debrief.isVisible()
    assert debriefs.debrief(store, session_id) == expected  # skipping deletes nothing
    window.close()


def test_a_session_led_by_one_asks_no_debrief(qtbot: QtBot, store: Store) -> None:
    from reflectdesk.core.model import ClockEventKind

    window, _session_id, time = _session_led_by(qtbot, store, [Role.FACILITATOR])
    page = window.session_page
    assert page is not None
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    time.advance(900)
    page.runner.act(ClockEventKind.END)
    assert not page.debrief.isVisible()
    window.close()


def test_while_the_clock_runs_no_review_or_theme_dialog_opens_over_it(
    qtbot: QtBot,
    page,
    store: Store,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QApplication, QDialog

    from reflectdesk.core.model import ClockEventKind
    from tests.ui.conftest import find_open

    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)  # the clock runs
    panel = page.notes
    page.tabs.setCurrentWidget(panel)
    panel.point_edit.setFocus()
    type_text(panel.point_edit, "Mrs Jansen, 67, seen on 12-03-2026, taught us to ask first")
    qtbot.keyClick(panel.point_edit, Qt.Key.Key_Return)
    qtbot.wait(20)  # a dialog opened by the key would be open by now
    assert QApplication.activeModalWidget() is None
    [point] = notes.learning_points(store, page.session_id)
    assert not point.shareable  # held back, not shared unchecked
    assert panel.held_back.isVisible()

    panel.points.setFocus()
    panel.points.setCurrentRow(0)
    with qtbot.waitSignal(page.status) as said:
        qtbot.keyClick(panel.points, Qt.Key.Key_Return)  # themes: after the session
    assert "after the session" in said.args[0]
    qtbot.mouseClick(panel.new_theme_button, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert QApplication.activeModalWidget() is None

    page.runner.act(ClockEventKind.END)
    panel.points.item(0).setCheckState(Qt.CheckState.Checked)  # now it is reviewed
    review = find_open(qtbot, QDialog, "identifierReview")
    review.reject()


def test_alt_n_gives_the_keys_to_the_note_so_a_typed_e_never_ends_the_session(
    qtbot: QtBot,
    page,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QApplication

    from reflectdesk.core.clock_state import ClockStatus

    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    qtbot.keyClick(page.run_view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is page.notes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.notes.private_edit)
    for key in (Qt.Key.Key_O, Qt.Key.Key_K, Qt.Key.Key_E, Qt.Key.Key_Space):
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.wait(20)
    assert QApplication.activeModalWidget() is None
    assert page.runner.snapshot().status is ClockStatus.RUNNING
    assert page.notes.private_edit.toPlainText() == "oke "

    qtbot.keyClick(page.notes.private_edit, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.attendance.table  # Room: digits mark


def test_space_on_a_tabbed_to_button_presses_it_and_a_clicked_one_leaves_space_to_the_clock(
    qtbot: QtBot,
    page,  # type: ignore[no-untyped-def]
) -> None:
    from reflectdesk.core.clock_state import ClockStatus

    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    button = page.presenter.suggest_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # chooses; keeps no focus
    assert not button.hasFocus()
    assert page.record.presenter_name == "Hüseyin İkiz"
    qtbot.keyClick(page.run_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not page.record.presenter_id

    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert page.record.presenter_name == "Hüseyin İkiz"
    assert page.runner.snapshot().status is ClockStatus.RUNNING  # not paused by it


def test_the_status_bar_says_what_the_card_keys_did_and_the_title_says_paused(
    qtbot: QtBot,
    page,  # type: ignore[no-untyped-def]
) -> None:
    from reflectdesk.core.model import ClockEventKind

    with qtbot.waitSignal(page.status) as said:
        qtbot.keyClick(page.run_view, Qt.Key.Key_C)
    assert said.args[0].startswith("Next card ready:")

    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    assert page.title.text().endswith("· paused")
    page.runner.act(ClockEventKind.RESUME)
    page.runner.act(ClockEventKind.END)
    view = page.run_view
    assert view.cue_label.text() == "" and view.counter_label.text() == ""
    assert view.session_label.text().startswith("Lasted ")
