"""Tab follows reading order on the session page: the header's buttons left to right,
then the presenter screen's row left to right."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.store.database import Store
from reflectdesk.ui.room.session_page import SessionPage
from reflectdesk.ui.shell.main_window import MainWindow
from tests.fakes import FakeTime
from tests.ui.conftest import open_on_session, plan_balint_session

START = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


@pytest.fixture
def main(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    window = open_on_session(
        qtbot, store, plan_balint_session(store, start=START), FakeTime(start_wall=START)
    )
    yield window
    window.close()


def tabbed_from(qtbot: QtBot, first: QWidget, count: int) -> list[QWidget]:
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    seen = [first]
    for _ in range(count - 1):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())  # type: ignore[arg-type]
    return seen


def left_to_right(page: SessionPage, widgets: list[QWidget]) -> list[QWidget]:
    return sorted(widgets, key=lambda w: w.mapTo(page, QPoint(0, 0)).x())


def test_tab_visits_the_header_then_the_presenter_row_left_to_right(
    qtbot: QtBot, main: MainWindow
) -> None:
    page = main.session_page
    assert page is not None
    controls = page.presenter_screen.controls
    header = [
        w
        for w in (
            page.back_button,
            page.conditions_button,
            page.export_button,
            page.presenter_screen.button,
            controls.blackout_button,
        )
        if w.isVisible()
    ]
    row = [
        w
        for w in (
            controls.message_edit,
            controls.show_button,
            controls.clear_button,
            controls.countdown_minutes,
            controls.countdown_button,
        )
        if w.isVisible() and w.isEnabled()
    ]
    assert len(header) == 4 and len(row) >= 3
    seen = tabbed_from(qtbot, page.back_button, len(header) + len(row))
    assert [w.objectName() for w in seen[: len(header)]] == [
        w.objectName() for w in left_to_right(page, header)
    ]
    assert [w.objectName() for w in seen[len(header) :]] == [
        w.objectName() for w in left_to_right(page, row)
    ]
