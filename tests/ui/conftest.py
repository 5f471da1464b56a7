"""Fixtures for GUI tests: a main window on a fresh database, shown and active."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.core.clock import TimeSource
from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.search import SearchHit
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.resources import resource_path
from reflectdesk.store import groups, members, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.private_search import PrivateNotes
from reflectdesk.ui.shell.application import WindowHost
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.search_page import SearchPage
from reflectdesk.ui.shell.window_settings import open_window_settings

WindowFactory = Callable[[], MainWindow]


@pytest.fixture(autouse=True, scope="session")
def english_catalogue(qapp: QApplication) -> Iterator[QTranslator]:
    """The English catalogue, as the app installs it at start-up: counted phrases read
    "1 member", "2 members" (without it Qt shows the source, "%n member(s)"). Only the
    words: the locale for dates and numbers stays as the tests set it."""
    translator = QTranslator(qapp)
    assert translator.load("reflectdesk_en", str(resource_path("i18n")))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread() -> Iterator[None]:
    """After each ui test, collect Python's cyclic garbage here, on the ui thread. Left
    to chance, a cycle holding a Qt object (a closed window with a running QTimer) can
    be collected by whatever thread next allocates, such as an autosave writer in a
    later test, and Qt then warns "Timers cannot be stopped from another thread", which
    fails that unrelated test."""
    yield
    gc.collect()


@pytest.fixture
def make_window(qtbot: QtBot, store: Store) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def factory() -> MainWindow:
        window = MainWindow(store, open_window_settings())
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()


def find_open(qtbot: QtBot, kind: type[QWidget], name: str) -> QWidget:
    """Wait for a dialog opened with open() (non-blocking) and return it."""
    found: list[QWidget] = []

    def visible() -> None:
        found.clear()
        found.extend(
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, kind) and widget.objectName() == name and widget.isVisible()
        )
        assert found, f"no visible {kind.__name__} named {name!r}"

    qtbot.waitUntil(visible)
    # Keys typed next must reach the dialog, as they would for a person.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is found[0])
    return found[0]


SESSION_START = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)  # a Tuesday, 13:00


def plan_balint_session(
    store: Store,
    names: Sequence[str] = ("Hüseyin İkiz",),
    *,
    group_name: str = "Balint — block 2",
    start: datetime = SESSION_START,
) -> str:
    """A Balint group of ``names`` with one planned one-case session; its id."""
    group = groups.create_group(
        store, GroupDraft(group_name, format_id_for_key(store, "balint-one-case"))
    )
    for name in names:
        members.add_member(store, group.id, MemberDraft(name))
    return sessions.plan_session(store, group.id, SessionDraft(planned_start=start)).id


def open_on_session(
    qtbot: QtBot,
    store: Store,
    session_id: str,
    time: TimeSource,
    *,
    size: tuple[int, int] | None = None,
) -> MainWindow:
    """A main window (``size``, if given), shown and active, with the session open."""
    window = MainWindow(store, open_window_settings(), time=time)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    wait_active(qtbot, window)
    window.open_session(session_id)
    return window


def wait_active(qtbot: QtBot, window: QWidget) -> None:
    """After a dialog closes, the window becomes active again a moment later; a person
    waits for that before pressing the next shortcut, and so do the tests. The offscreen
    platform has no window manager to hand activation back, so ask for it as one would."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, including letters QTest cannot map to a
    key (İ, ş, Greek, the em dash): those arrive as key events that carry only text, the
    way a keyboard layout or input method delivers them."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest

    for char in text:
        if char.isascii() and char.isprintable():
            QTest.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def autosave_flushes(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """What every Autosaver.flush returned during the test: False is a flush that timed
    out waiting for its writer (closing once waited 5 s on a writer that had stopped)."""
    from reflectdesk.ui.jobs.autosave import Autosaver

    results: list[bool] = []
    real_flush = Autosaver.flush

    def recording_flush(self: Autosaver, timeout_ms: int = 5000) -> bool:
        results.append(real_flush(self, timeout_ms))
        return results[-1]

    monkeypatch.setattr(Autosaver, "flush", recording_flush)
    return results


@pytest.fixture(autouse=True)
def backup_after_close_here(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The app hands the backup on close to a process of its own; in tests that
    process's work runs here, at once, and the command it was given is recorded."""
    from pathlib import Path

    from reflectdesk.store.close_backup import backup_after_close

    started: list[list[str]] = []

    def start(argv: list[str]) -> None:
        started.append(argv)
        backup_after_close(Path(argv[-1]), datetime.now())

    monkeypatch.setattr("reflectdesk.ui.exports.auto_backup.start_detached", start)
    return started


def search_now(qtbot: QtBot, page: SearchPage) -> list[SearchHit]:
    """Run the search page's search for what its field holds (on its worker thread, as
    a pause in typing would) and wait until its results are on screen."""
    with qtbot.waitSignal(page.shown, timeout=10_000):
        page.run()
    # Right after unlocking, the private notes' index is still being built: the page
    # searches again by itself until it is.
    qtbot.waitUntil(lambda: page.private_state is not PrivateNotes.INDEXING, timeout=10_000)
    return page.hits


@contextmanager
def shown_host(qtbot: QtBot, store: Store) -> Iterator[WindowHost]:
    """The app's window host on ``store``, its window shown; closed after, with its
    store (which may be another by then: a restore or the sample groups swap it)."""
    made = WindowHost(store)
    made.window.show()
    qtbot.waitExposed(made.window)
    try:
        yield made
    finally:
        made.window.close()
        if made.store is not None:
            made.store.close()


def keep_shot(widget: QWidget, name: str) -> None:
    """A screenshot for a person to look at, only when asked for (a folder in
    REFLECTDESK_SHOTS): a test run writes nothing outside its temporary folders."""
    folder = os.environ.get("REFLECTDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))
