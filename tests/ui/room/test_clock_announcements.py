"""What a screen reader hears from the clock: a new phase, the start of "nearly time"
and of over time are announced once each, and the ticking labels' names change at most
once a minute, not with every second shown."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reflectdesk.store.database import Store
from reflectdesk.store.settings import ClockPreferences, save_clock_preferences
from reflectdesk.ui.room.session_page import SessionPage
from reflectdesk.ui.shell.main_window import MainWindow
from tests.fakes import FakeTime
from tests.ui.accessibility import accessible_name
from tests.ui.conftest import open_on_session, plan_balint_session

START = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime(start_wall=START)


@pytest.fixture
def main(qtbot: QtBot, store: Store, fake_time: FakeTime) -> Iterator[MainWindow]:
    save_clock_preferences(store, ClockPreferences(warning_minutes=2, chime=False))
    window = open_on_session(qtbot, store, plan_balint_session(store, start=START), fake_time)
    yield window
    window.close()


@pytest.fixture
def page(main: MainWindow) -> SessionPage:
    assert main.session_page is not None
    return main.session_page


def test_phase_warning_and_overtime_are_announced_once_each(
    qtbot: QtBot, page: SessionPage, fake_time: FakeTime
) -> None:
    view = page.run_view
    said: list[str] = []
    view.announcer.announced.connect(said.append)
    plan = page.runner.plan

    qtbot.keyClick(view, Qt.Key.Key_Space)  # start
    assert said == [
        f"Phase 1 of {len(plan)}: {plan[0].name}. {plan[0].planned_seconds // 60} minutes."
    ]
    # A second at a time to two minutes before the end: nothing more is said.
    for _ in range(plan[0].planned_seconds - 120 - 1):
        fake_time.advance(1)
        view.refresh()
    assert len(said) == 1
    fake_time.advance(1)
    view.refresh()
    assert said[-1] == "Nearly time: 2 minutes left."
    for _ in range(119):
        fake_time.advance(1)
        view.refresh()
    assert len(said) == 2
    fake_time.advance(1)
    view.refresh()
    assert said[-1] == f"Over time in {plan[0].name}."
    for _ in range(90):
        fake_time.advance(1)
        view.refresh()
    assert len(said) == 3  # 90 seconds over time, said once

    qtbot.keyClick(view, Qt.Key.Key_N)
    assert said[-1].startswith(f"Phase 2 of {len(plan)}: {plan[1].name}.")
    assert len(said) == 4


def test_the_ticking_labels_change_their_names_once_a_minute(
    qtbot: QtBot, page: SessionPage, fake_time: FakeTime
) -> None:
    view = page.run_view
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_F5)
    presenter = page.presenter_screen.window
    assert presenter is not None
    labels: list[QLabel] = [
        view.time_label,
        view.state_label,
        view.session_label,
        presenter.time_label,
    ]
    texts = {label: [label.text()] for label in labels}
    names = {label: [accessible_name(label)] for label in labels}
    # A minute that runs into "nearly time" (its line ticks too).
    fake_time.advance(page.runner.plan[0].planned_seconds - 150)
    view.refresh()
    for _ in range(60):
        fake_time.advance(1)
        view.refresh()
        for label in labels:
            for seen, now in ((texts, label.text()), (names, accessible_name(label))):
                if seen[label][-1] != now:
                    seen[label].append(now)
    assert len(texts[view.time_label]) >= 60  # the digits tick every second
    for label in labels:
        assert len(names[label]) <= 3, (label.objectName(), names[label])
    assert names[view.time_label][-1] == f"{page.runner.plan[0].name}: 2 minutes left"
    assert names[view.state_label][-1] == "Nearly time"
