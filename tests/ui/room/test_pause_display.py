"""A paused clock is unmistakable: the digits dim and PAUSED shows beside them in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from reflectdesk.ui.shell.main_window import MainWindow
from tests.fakes import FakeTime
from tests.ui.room import test_session_run as run_tests
from tests.ui.room.test_session_run import open_by_keyboard

# The running-session fixtures: a Balint group of four, a planned session, a fake clock.
fake_time = run_tests.fake_time
planned = run_tests.planned
window = run_tests.window


def digit_colour(window: MainWindow) -> QColor:
    page = window.session_page
    assert page is not None
    image = page.run_view.time_label.grab().toImage()
    # The darkest pixel is the digits' colour (the background is lighter in this scheme).
    return min(
        (image.pixelColor(x, y) for x in range(0, image.width(), 2) for y in range(image.height())),
        key=lambda colour: colour.lightness(),
    )


def test_pause_dims_the_digits_and_shows_paused_in_words(
    qtbot: QtBot, window: MainWindow, fake_time: FakeTime
) -> None:
    open_by_keyboard(qtbot, window)
    page = window.session_page
    assert page is not None
    view = page.run_view
    qtbot.keyClick(view, Qt.Key.Key_Space)  # start
    fake_time.advance(30)
    view.refresh()
    assert not view.paused_label.isVisible()
    running = digit_colour(window)

    qtbot.keyClick(view, Qt.Key.Key_Space)  # pause
    assert view.paused_label.isVisible()
    assert view.paused_label.text() == "PAUSED"
    assert view.paused_label.font().pixelSize() >= view.time_label.font().pixelSize() * 0.35
    paused = digit_colour(window)
    assert paused.lightness() - running.lightness() > 60  # clearly dimmer, not a shade

    qtbot.keyClick(view, Qt.Key.Key_Space)  # resume
    assert not view.paused_label.isVisible()
    assert digit_colour(window) == running
