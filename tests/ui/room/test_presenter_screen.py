"""The presenter screen: its keys, where it opens, how its text fits, and what the
facilitator puts on it besides the clock (blackout, a message, a countdown)."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from reflectdesk.core.clock_state import ClockStatus
from reflectdesk.core.decks import load_builtin_decks
from reflectdesk.core.formats import load_builtin_formats
from reflectdesk.core.model import ClockEventKind
from reflectdesk.store import sessions
from reflectdesk.store.database import Store
from reflectdesk.ui.room.presenter_layout import TEXT_FLAGS
from reflectdesk.ui.room.presenter_placement import Placement, choose_placement
from reflectdesk.ui.room.presenter_window import DIMMED, PresenterWindow
from reflectdesk.ui.room.session_page import SessionPage
from reflectdesk.ui.shell.main_window import MainWindow
from tests.fakes import FakeTime
from tests.ui.conftest import (
    open_on_session,
    plan_balint_session,
    type_text,
    wait_active,
)

START = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
SIZES = [QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)]


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime(start_wall=START)


@pytest.fixture
def main(qtbot: QtBot, store: Store, fake_time: FakeTime) -> Iterator[MainWindow]:
    window = open_on_session(qtbot, store, plan_balint_session(store, start=START), fake_time)
    yield window
    window.close()


@pytest.fixture
def page(main: MainWindow) -> SessionPage:
    assert main.session_page is not None
    return main.session_page


def open_presenter(qtbot: QtBot, page: SessionPage) -> PresenterWindow:
    qtbot.keyClick(page.run_view, Qt.Key.Key_F5)
    presenter = page.presenter_screen.window
    assert presenter is not None
    qtbot.waitExposed(presenter)
    return presenter


def focus(qtbot: QtBot, presenter: PresenterWindow) -> None:
    """As a facilitator clicking the window on the TV: it has the keyboard now."""
    presenter.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter)


def kinds(store: Store, page: SessionPage) -> list[ClockEventKind]:
    return [event.kind for event in sessions.clock_events(store, page.session_id)]


# --- keys ------------------------------------------------------------------------------


def test_the_session_keys_work_with_the_presenter_window_focused(
    qtbot: QtBot, page: SessionPage, store: Store, fake_time: FakeTime
) -> None:
    presenter = open_presenter(qtbot, page)
    focus(qtbot, presenter)
    key = Qt.Key

    qtbot.keyClick(presenter, key.Key_Space)
    assert page.runner.snapshot().status is ClockStatus.RUNNING
    fake_time.advance(30)
    qtbot.keyClick(presenter, key.Key_N)
    assert page.runner.snapshot().phase_index == 1
    qtbot.keyClick(presenter, key.Key_B)
    assert page.runner.snapshot().phase_index == 0
    qtbot.keyClick(presenter, key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(presenter, key.Key_Space)
    assert page.runner.snapshot().status is ClockStatus.PAUSED
    assert kinds(store, page) == [
        ClockEventKind.START,
        ClockEventKind.NEXT,
        ClockEventKind.BACK,
        ClockEventKind.EXTEND,
        ClockEventKind.PAUSE,
    ]

    qtbot.keyClick(presenter, key.Key_Q)
    assert page.presenter_screen.quiet_action.isChecked()
    qtbot.keyClick(presenter, key.Key_C)  # draw a card, then show it
    qtbot.keyClick(presenter, key.Key_S)
    assert presenter.card_label.isVisible() and presenter.card_label.text()
    qtbot.keyClick(presenter, key.Key_H)
    assert not presenter.card_label.isVisible()
    qtbot.keyClick(presenter, key.Key_E)  # End is not taken here: its question is elsewhere
    assert QApplication.activeModalWidget() is None

    qtbot.keyClick(presenter, key.Key_Escape)
    assert page.presenter_screen.window is None
    assert not page.presenter_screen.button.isChecked()

    wait_active(qtbot, page.window())  # back at the laptop: F5 there opens it again
    presenter = open_presenter(qtbot, page)
    focus(qtbot, presenter)
    qtbot.keyClick(presenter, key.Key_F5)
    assert page.presenter_screen.window is None


# --- placement -------------------------------------------------------------------------

LAPTOP = QRect(0, 0, 1920, 1080)
TV = QRect(1920, 0, 3840, 2160)


def test_one_screen_the_presenter_opens_beside_the_main_window() -> None:
    main = QRect(0, 0, 1100, 1080)
    clock = QRect(0, 80, 660, 500)
    placed = choose_placement([LAPTOP], main, clock)
    assert not placed.full_screen
    assert not placed.rect.intersects(main)
    assert LAPTOP.contains(placed.rect)
    assert placed.rect.width() >= 480


def test_one_screen_with_the_main_window_maximised_a_corner_leaves_the_clock_free() -> None:
    clock = QRect(16, 80, 1100, 520)  # the run view's time, phase and buttons
    placed = choose_placement([LAPTOP], LAPTOP, clock)
    assert not placed.full_screen
    assert LAPTOP.contains(placed.rect)
    assert not placed.rect.intersects(clock)
    assert placed.rect.width() >= 480


def test_two_screens_the_presenter_is_full_screen_on_the_other_one() -> None:
    main = QRect(100, 50, 1400, 900)
    assert choose_placement([LAPTOP, TV], main, main) == Placement(TV, True)
    assert choose_placement([TV, LAPTOP], main, main) == Placement(TV, True)
    on_tv = QRect(2000, 100, 1400, 900)  # the facilitator works on the big screen
    assert choose_placement([LAPTOP, TV], on_tv, on_tv) == Placement(LAPTOP, True)


def test_the_remembered_place_is_kept_while_it_still_makes_sense() -> None:
    main = QRect(0, 0, 1100, 1080)
    clock = QRect(0, 80, 660, 500)
    chosen = Placement(QRect(1200, 600, 640, 360), False)
    assert choose_placement([LAPTOP], main, clock, chosen) == chosen
    windowed_on_tv = Placement(QRect(2500, 300, 1280, 720), False)
    assert choose_placement([LAPTOP, TV], main, clock, windowed_on_tv) == windowed_on_tv
    # Not over the clock, not full screen on the facilitator's screen, not on a lost TV.
    over_clock = Placement(QRect(100, 100, 640, 360), False)
    assert choose_placement([LAPTOP], main, clock, over_clock) != over_clock
    full_here = Placement(LAPTOP, True)
    assert not choose_placement([LAPTOP], main, clock, full_here).full_screen
    gone = Placement(TV, True)
    assert choose_placement([LAPTOP], main, clock, gone).rect.right() < LAPTOP.right() + 1


def test_the_window_never_covers_the_run_view_and_its_place_is_remembered(
    qtbot: QtBot, page: SessionPage
) -> None:
    presenter = open_presenter(qtbot, page)
    view = page.run_view
    clock = QRect(view.mapToGlobal(QPoint(0, 0)), QSize(view.width(), view.phase_table.y()))
    assert not presenter.geometry().intersects(clock)

    moved = presenter.geometry().translated(-10, -10)
    presenter.setGeometry(moved)
    qtbot.keyClick(page.run_view, Qt.Key.Key_F5)  # closed: the place is remembered
    presenter = open_presenter(qtbot, page)
    assert presenter.geometry() == moved


# --- layout ----------------------------------------------------------------------------


def longest_card() -> str:
    cards = [card for deck in load_builtin_decks() for card in deck.cards]
    card = max(cards, key=lambda c: len(c.heading) + len(c.text))
    return f"{card.heading}\n\n{card.text}" if card.heading else card.text


def longest_cue() -> str:
    return max((p.cue for f in load_builtin_formats() for p in f.phases), key=len)


def longest_phase() -> str:
    return max((p.name for f in load_builtin_formats() for p in f.phases), key=len)


def assert_fits(presenter: PresenterWindow) -> None:
    """Every block's text lies inside its label, inside the window, and no two overlap;
    the digits are at least a fifth of the height."""
    window = presenter.rect()
    shown = [label for label in presenter.findChildren(QLabel) if label.isVisible()]
    for label in shown:
        flags = TEXT_FLAGS if label.wordWrap() else Qt.AlignmentFlag.AlignCenter
        text = QFontMetrics(label.font()).boundingRect(label.contentsRect(), flags, label.text())
        text.translate(label.pos())
        assert label.geometry().contains(text), (label.objectName(), label.geometry(), text)
        assert window.contains(text), (label.objectName(), window, text)
    for one, other in itertools.combinations(shown, 2):
        names = (one.objectName(), other.objectName())
        assert not one.geometry().intersects(other.geometry()), names
    assert presenter.time_label.font().pixelSize() >= 0.2 * presenter.height()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_longest_card_and_cue_fit_without_clipping(
    qtbot: QtBot, page: SessionPage, size: QSize
) -> None:
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    presenter = open_presenter(qtbot, page)
    presenter.resize(size)
    snapshot = dataclasses.replace(
        page.runner.snapshot(), role_cue=longest_cue(), phase_name=longest_phase()
    )
    presenter.show_snapshot(snapshot)
    assert_fits(presenter)
    before = (presenter.size(), presenter.time_label.geometry(), presenter.cue_label.font())

    presenter.show_card(longest_card())
    assert presenter.card_label.isVisible()
    assert_fits(presenter)
    presenter.show_message("Break: back at 15:10")
    assert_fits(presenter)

    presenter.show_message("")
    presenter.show_card("")
    assert (presenter.size(), presenter.time_label.geometry(), presenter.cue_label.font()) == before


# --- pause, blackout, message, countdown -----------------------------------------------


def test_pause_shows_paused_in_words_and_dims_the_digits(qtbot: QtBot, page: SessionPage) -> None:
    presenter = open_presenter(qtbot, page)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    running = presenter.state_label.font().pixelSize()
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    assert presenter.state_label.text() == "PAUSED"
    assert presenter.state_label.font().pixelSize() >= 1.5 * running
    assert DIMMED in presenter.time_label.styleSheet()
    assert_fits(presenter)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    assert presenter.state_label.text() != "PAUSED"
    assert DIMMED not in presenter.time_label.styleSheet()


def test_k_darkens_the_screen_and_k_again_brings_it_back(qtbot: QtBot, page: SessionPage) -> None:
    button = page.presenter_screen.controls.blackout_button
    assert "K" in button.text() and "(K" in button.toolTip()
    presenter = open_presenter(qtbot, page)
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    qtbot.keyClick(page.run_view, Qt.Key.Key_K)
    assert button.isChecked()
    assert not any(label.isVisible() for label in presenter.findChildren(QLabel))
    assert page.runner.snapshot().status is ClockStatus.RUNNING  # the clock runs on
    assert page.cue.quiet  # and makes no sound
    qtbot.keyClick(page.run_view, Qt.Key.Key_K)
    assert not button.isChecked()
    assert presenter.time_label.isVisible() and presenter.phase_label.isVisible()
    assert not page.cue.quiet


def test_a_message_to_the_room_is_typed_inline_and_shown_until_cleared(
    qtbot: QtBot, page: SessionPage
) -> None:
    controls = page.presenter_screen.controls
    controls.message_edit.setFocus()
    type_text(controls.message_edit, "Break: back at 15:10")
    assert QApplication.activeModalWidget() is None
    assert page.runner.snapshot().status is ClockStatus.NOT_STARTED  # the space was text
    assert not controls.blackout  # and the k of "back" too
    qtbot.keyClick(controls.message_edit, Qt.Key.Key_Return)
    presenter = page.presenter_screen.window
    assert presenter is not None, "showing a message opens the presenter screen"
    assert presenter.message_label.text() == "Break: back at 15:10"
    assert presenter.message_label.isVisible()
    assert_fits(presenter)
    qtbot.mouseClick(controls.clear_button, Qt.MouseButton.LeftButton)
    assert not presenter.message_label.isVisible()
    assert controls.message_edit.text() == ""


def test_a_countdown_to_the_start_counts_down_and_waits_for_the_facilitator(
    qtbot: QtBot, page: SessionPage, fake_time: FakeTime
) -> None:
    controls = page.presenter_screen.controls
    controls.countdown_minutes.setValue(3)
    qtbot.mouseClick(controls.countdown_button, Qt.MouseButton.LeftButton)
    presenter = page.presenter_screen.window
    assert presenter is not None
    shown = f"{presenter.phase_label.text()} {presenter.time_label.text()}"
    assert shown == "Starting in 3:00"
    fake_time.advance(61)
    controls.tick()
    assert presenter.time_label.text() == "1:59"
    assert_fits(presenter)
    fake_time.advance(200)
    controls.tick()
    assert presenter.time_label.text() == "Starting now"
    assert page.runner.snapshot().status is ClockStatus.NOT_STARTED  # no surprise start
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    assert not controls.countdown_button.isChecked()
    assert presenter.phase_label.text() == page.runner.snapshot().phase_name
