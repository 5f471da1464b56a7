"""Text contrast (WCAG 2: 4.5:1, large text 3:1) of the colours the app actually draws,
against the ground they are drawn on, in a light and a dark palette: every state of the
clock, the warnings, the section headings and hints; and the colours follow the palette
when it changes while the app runs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.core.clock_state import ClockStatus, WarningLevel
from reflectdesk.core.model import ClockEventKind
from reflectdesk.store.database import Store
from reflectdesk.store.settings import ClockPreferences, save_clock_preferences
from reflectdesk.ui.common.look import LARGE_TEXT, NORMAL_TEXT, contrast_ratio, flatten, set_role
from reflectdesk.ui.room import presenter_window
from reflectdesk.ui.room.run_view import RunView
from tests.fakes import FakeTime
from tests.ui.conftest import open_on_session, plan_balint_session

START = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
ROLES = ("sectionHeading", "hint", "savedState", "inlineError", "archivedBadge", "archivedBanner")


def light_palette() -> QPalette:
    """Fusion's own light palette (its placeholder grey is black at half opacity)."""
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def dark_palette() -> QPalette:
    """A dark scheme as a system gives it, placeholder text translucent as in Qt's."""
    palette = light_palette()
    for role, colour in (
        (QPalette.ColorRole.Window, QColor("#202124")),
        (QPalette.ColorRole.WindowText, QColor("#e8eaed")),
        (QPalette.ColorRole.Base, QColor("#2b2c2f")),
        (QPalette.ColorRole.Text, QColor("#e8eaed")),
        (QPalette.ColorRole.PlaceholderText, QColor(232, 234, 237, 128)),
        (QPalette.ColorRole.Button, QColor("#303134")),
        (QPalette.ColorRole.ButtonText, QColor("#e8eaed")),
    ):
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, colour)
    return palette


PALETTES = {"light": light_palette, "dark": dark_palette}


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QApplication]:
    """The application palette, put back after the test."""
    before = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(before)


def drawn_colour(label: QLabel) -> QColor:
    """The colour a label's text is painted in: its style sheet's, else its palette's."""
    found = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", label.styleSheet())
    if found:
        return QColor(found.group(1))
    return label.palette().color(QPalette.ColorRole.WindowText)


def ratio(label: QLabel) -> float:
    ground = label.palette().color(QPalette.ColorRole.Window)
    return contrast_ratio(flatten(drawn_colour(label), ground), ground)


# --- the clock in the run view, every state --------------------------------------------


def clock_states(view: RunView, time: FakeTime) -> Iterator[str]:
    """Take the clock through every state, yielding the state's name at each."""
    runner = view.runner
    yield "not started"
    runner.act(ClockEventKind.START)
    yield "running"
    time.advance(runner.plan[0].planned_seconds - 60)
    view.refresh()
    assert runner.snapshot().warning is WarningLevel.WARNING
    yield "nearly time"
    time.advance(120)
    view.refresh()
    assert runner.snapshot().warning is WarningLevel.OVERRUN
    yield "over time"
    runner.act(ClockEventKind.PAUSE)
    yield "paused over time"
    runner.act(ClockEventKind.RESUME)
    runner.act(ClockEventKind.NEXT)
    time.advance(runner.plan[1].planned_seconds - 60)
    view.refresh()
    runner.act(ClockEventKind.PAUSE)
    yield "paused nearly time"
    runner.act(ClockEventKind.END)
    assert runner.snapshot().status is ClockStatus.FINISHED
    yield "finished"


@pytest.mark.parametrize("scheme", PALETTES)
def test_every_state_of_the_clock_reads_in_light_and_dark(
    qtbot: QtBot, store: Store, app_palette: QApplication, scheme: str
) -> None:
    app_palette.setPalette(PALETTES[scheme]())
    save_clock_preferences(store, ClockPreferences(warning_minutes=2, chime=False))
    time = FakeTime(start_wall=START)
    window = open_on_session(qtbot, store, plan_balint_session(store, start=START), time)
    page = window.session_page
    assert page is not None
    view = page.run_view
    low: list[str] = []
    for state in clock_states(view, time):
        checks = (
            (view.time_label, LARGE_TEXT),  # 6.5 times the font, bold
            (view.state_label, NORMAL_TEXT),
            (view.phase_label, NORMAL_TEXT),
            (view.paused_label, NORMAL_TEXT),
        )
        for label, minimum in checks:
            if label.isVisible() and label.text() and ratio(label) < minimum:
                low.append(f"{state}: {label.objectName()} {ratio(label):.2f}")
        for heading in page.findChildren(QLabel, "sectionHeading"):
            if heading.isVisible() and ratio(heading) < NORMAL_TEXT:
                low.append(f"{state}: heading {heading.text()!r} {ratio(heading):.2f}")
    window.close()
    assert not low, low


def test_the_presenter_screen_colours_read_on_its_ground() -> None:
    ground = QColor(presenter_window.BACKGROUND)
    for name, minimum in (
        ("FOREGROUND", NORMAL_TEXT),
        ("MUTED", NORMAL_TEXT),
        ("WARNING", NORMAL_TEXT),
        ("OVERRUN", NORMAL_TEXT),
        ("CARD", NORMAL_TEXT),
        ("MESSAGE", NORMAL_TEXT),
        ("DIMMED", LARGE_TEXT),  # only the paused digits, at a fifth of the screen
    ):
        colour = QColor(getattr(presenter_window, name))
        assert contrast_ratio(colour, ground) >= minimum, name


# --- headings, hints and errors ----------------------------------------------------------


@pytest.mark.parametrize("scheme", PALETTES)
def test_every_label_role_reads_in_light_and_dark(qtbot: QtBot, scheme: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setPalette(PALETTES[scheme]())
    for role in ROLES:
        label = QLabel("Shown in this session", parent)
        set_role(label, role)
        assert ratio(label) >= NORMAL_TEXT, (role, round(ratio(label), 2))


def test_headings_and_the_clock_follow_a_switch_to_dark_while_running(
    qtbot: QtBot, store: Store, app_palette: QApplication
) -> None:
    app_palette.setPalette(light_palette())
    time = FakeTime(start_wall=START)
    window = open_on_session(qtbot, store, plan_balint_session(store, start=START), time)
    page = window.session_page
    assert page is not None
    view = page.run_view
    qtbot.keyClick(view, Qt.Key.Key_Space)
    time.advance(page.runner.plan[0].planned_seconds + 30)
    view.refresh()
    runner = page.runner
    runner.act(ClockEventKind.PAUSE)  # paused: nothing repaints by itself
    runner.act(ClockEventKind.RESUME)
    headings = [h for h in page.findChildren(QLabel, "sectionHeading") if h.isVisible()]
    assert headings
    light_heading = drawn_colour(headings[0])
    light_state = drawn_colour(view.state_label)

    app_palette.setPalette(dark_palette())  # the system switched to dark
    dark_ground = QColor("#202124")
    qtbot.waitUntil(lambda: view.palette().color(QPalette.ColorRole.Window) == dark_ground)
    for heading in headings:
        assert heading.palette().color(QPalette.ColorRole.Window) == dark_ground
        assert ratio(heading) >= NORMAL_TEXT, (heading.text(), ratio(heading))
    assert drawn_colour(headings[0]) != light_heading
    assert drawn_colour(view.state_label) != light_state
    assert ratio(view.state_label) >= NORMAL_TEXT
    window.close()
