"""The full check of the database file runs in the background once the window is shown
(after an unclean stop, or when a week has passed), and damage it finds is shown in a
banner across the window that leads to File ▸ Restore from Backup…."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflectdesk.core.full_check_rule import FullCheckReason
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.full_check import FullCheckResult
from reflectdesk.store.instance_lock import lock_path_for
from reflectdesk.store.settings import last_full_check_passed, save_last_full_check_passed
from reflectdesk.ui.exports.file_check import BackgroundFileCheck
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.window_settings import open_window_settings
from tests.fakes import FakeTime
from tests.store.test_full_check import swap_two_indexes


def leave_as_a_killed_process_would(path: Path) -> None:
    # What a holder that never released writes (tests/store/test_full_check.py kills one).
    lock_path_for(path).write_text("pid 4242 on another-laptop")


@pytest.fixture
def opened(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[Path], tuple[Store, MainWindow]]]:
    stores: list[Store] = []
    windows: list[MainWindow] = []

    def open_on(path: Path) -> tuple[Store, MainWindow]:
        store = open_store(path, seed=seed_builtins)
        stores.append(store)
        window = MainWindow(store, open_window_settings())
        qtbot.addWidget(window)
        windows.append(window)
        return store, window

    yield open_on
    for window in windows:
        window.close()
    for store in stores:
        store.close()


def new_database(tmp_path: Path) -> Path:
    path = tmp_path / "reflectdesk.db"
    open_store(path, seed=seed_builtins).close()
    return path


def test_after_an_unclean_stop_the_check_runs_once_the_window_is_shown(
    qtbot: QtBot, tmp_path: Path, opened: Callable[[Path], tuple[Store, MainWindow]]
) -> None:
    path = new_database(tmp_path)
    leave_as_a_killed_process_would(path)
    store, window = opened(path)
    clock = FakeTime()
    save_last_full_check_passed(store, clock.wall() - timedelta(hours=1))  # not the reason
    check = BackgroundFileCheck(store, window, lambda: None, now=clock.wall)

    assert check.start() is FullCheckReason.UNCLEAN_STOP
    assert check.task is None  # nothing before the window is on screen
    with qtbot.waitSignal(check.checked, timeout=10_000) as checked:
        window.show()
        qtbot.waitExposed(window)

    result = checked.args[0]
    assert isinstance(result, FullCheckResult) and result.passed
    assert last_full_check_passed(store) == clock.wall()
    assert check.banner is None
    store.close()
    assert not lock_path_for(path).exists()  # settled: the next start owes nothing


def test_damage_found_after_an_unclean_stop_shows_a_banner_to_restore(
    qtbot: QtBot, tmp_path: Path, opened: Callable[[Path], tuple[Store, MainWindow]]
) -> None:
    path = new_database(tmp_path)
    swap_two_indexes(path)
    leave_as_a_killed_process_would(path)
    store, window = opened(path)  # the cheap look at open lets it through
    restores: list[bool] = []
    check = BackgroundFileCheck(store, window, lambda: restores.append(True), now=FakeTime().wall)
    window.show()
    qtbot.waitExposed(window)

    with qtbot.waitSignal(check.checked, timeout=10_000):
        check.start()

    banner = check.banner
    assert banner is not None
    qtbot.waitUntil(banner.isVisible)
    assert "damage" in banner.message.text()
    assert "Restore from Backup" in banner.message.text()
    assert QApplication.activeModalWidget() is None  # a banner, not a dialog
    banner.restore_button.click()
    assert restores == [True]
    assert last_full_check_passed(store) is None  # damage is not recorded as a pass
    store.close()
    assert lock_path_for(path).read_text() != ""  # and the next start checks again


def test_a_week_after_the_last_check_it_runs_in_idle_time(
    qtbot: QtBot, tmp_path: Path, opened: Callable[[Path], tuple[Store, MainWindow]]
) -> None:
    path = new_database(tmp_path)
    store, window = opened(path)
    clock = FakeTime()
    save_last_full_check_passed(store, clock.wall())
    window.show()
    qtbot.waitExposed(window)

    soon = BackgroundFileCheck(store, window, lambda: None, now=clock.wall, periodic_after_ms=0)
    assert soon.start() is None  # checked today: not due

    clock.advance(timedelta(days=7).total_seconds())
    due = BackgroundFileCheck(store, window, lambda: None, now=clock.wall, periodic_after_ms=50)
    with qtbot.waitSignal(due.checked, timeout=10_000):
        assert due.start() is FullCheckReason.PERIODIC
    assert last_full_check_passed(store) == clock.wall()


def test_closing_the_window_stops_a_running_check(
    qtbot: QtBot, tmp_path: Path, opened: Callable[[Path], tuple[Store, MainWindow]]
) -> None:
    path = new_database(tmp_path)
    leave_as_a_killed_process_would(path)
    store, window = opened(path)
    check = BackgroundFileCheck(store, window, lambda: None, now=FakeTime().wall)
    window.show()
    check.start()
    qtbot.waitUntil(lambda: check.task is not None)

    window.close()  # finish_tasks: the check is asked to stop and waited for

    assert check.task is not None and not check.task.running


def test_a_check_due_after_the_window_closed_never_runs(
    qtbot: QtBot, tmp_path: Path, opened: Callable[[Path], tuple[Store, MainWindow]]
) -> None:
    """A restore closes the window and its Store; the old window's timer must not start
    a check (and write) on a file that another Store now holds."""
    path = new_database(tmp_path)
    store, window = opened(path)
    window.show()
    check = BackgroundFileCheck(
        store, window, lambda: None, now=FakeTime().wall, periodic_after_ms=0
    )
    assert check.start() is FullCheckReason.PERIODIC
    window.close()

    qtbot.wait(50)  # the zero timer has had its turn; nothing else to wait on

    assert check.task is None
