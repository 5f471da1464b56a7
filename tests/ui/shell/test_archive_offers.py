"""An archive handed to the app (a double-click) is offered for import, as File ▸ Import
Archive would: on the command line of a new start, through a second start to the running
window, or as macOS's FileOpen event; accepted, its records land in the database."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import reflectdesk
from reflectdesk.core.model import GroupDraft
from reflectdesk.export.archive import export_archive
from reflectdesk.store import groups
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.ui.shell import application, archive_offers
from reflectdesk.ui.shell.application import WindowHost
from reflectdesk.ui.shell.archive_offers import ArchiveOffers, install_file_open_filter
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.single_instance import InstanceServer
from tests.ui.conftest import find_open

GROUP = "Intervisie Hüseyin"
PROJECT_ROOT = Path(reflectdesk.__file__).resolve().parent.parent


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """An archive of another laptop's group, in a folder with a space and an accent."""
    source = tmp_path / "other-laptop.db"
    with open_store(source, seed=seed_builtins) as other:
        groups.create_group(other, GroupDraft(GROUP))
        folder = tmp_path / "Hüseyin map"
        folder.mkdir()
        path = folder / "groep van Hüseyin.rdarchive"
        export_archive(other, path)
    return path


def group_names(window: MainWindow) -> list[str]:
    model = window.group_list.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def names_in(db: Path) -> list[str]:
    with open_store(db) as store:
        return [group.name for group in groups.list_groups(store)]


def accept_offer(qtbot: QtBot, archive: Path) -> MainWindow:
    """As a person: read the question, press Import; the window it was asked over."""
    box = find_open(qtbot, QMessageBox, "importArchiveOffer")
    assert isinstance(box, QMessageBox)
    assert archive.name in box.text() and str(archive) in box.informativeText()
    [button] = [b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window = box.parent()
    assert isinstance(window, MainWindow)
    return window


def while_the_app_runs(qtbot: QtBot, act: Callable[[], None]) -> list[BaseException]:
    """Run ``act`` from inside the app's event loop, then close its windows whatever
    happened (so ``app.exec()`` returns); what went wrong is returned to assert on."""
    failures: list[BaseException] = []

    def person() -> None:
        try:
            act()
        except BaseException as failure:
            failures.append(failure)
        finally:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QMessageBox):
                    widget.reject()
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, MainWindow):
                    widget.close()

    QTimer.singleShot(0, person)
    return failures


def test_a_start_with_an_archive_offers_it_once_the_window_shows(
    qtbot: QtBot, db_path: Path, archive: Path
) -> None:
    open_store(db_path, seed=seed_builtins).close()

    def import_it() -> None:
        window = accept_offer(qtbot, archive)
        qtbot.waitUntil(lambda: GROUP in group_names(window), timeout=10_000)

    failures = while_the_app_runs(qtbot, import_it)
    code = application.run(db_path, quit_after_load=False, archive=archive)

    assert failures == []
    assert code == 0
    assert GROUP in names_in(db_path)


def test_declining_the_offer_imports_nothing(qtbot: QtBot, db_path: Path, archive: Path) -> None:
    open_store(db_path, seed=seed_builtins).close()

    def decline() -> None:
        box = find_open(qtbot, QMessageBox, "importArchiveOffer")
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not box.isVisible())

    failures = while_the_app_runs(qtbot, decline)
    assert application.run(db_path, quit_after_load=False, archive=archive) == 0

    assert failures == []
    assert GROUP not in names_in(db_path)


@pytest.mark.slow
def test_a_double_click_while_it_runs_hands_the_archive_to_the_running_window(
    qtbot: QtBot, store: Store, archive: Path, tmp_path: Path
) -> None:
    # The running app: its window on the store (which holds the lock), listening.
    host = WindowHost(store)
    qtbot.addWidget(host.window)
    host.window.show()
    offers = ArchiveOffers(host)
    offers.ready(lambda: host.window)
    application.listen_for_second_starts(host, store.path, offers)
    qtbot.waitUntil(lambda: host.findChild(InstanceServer) is not None)
    host.window.showMinimized()
    qtbot.waitUntil(host.window.isMinimized)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))

    # What the desktop runs for a double-click, here with the path relative to its folder.
    relative = str(archive.relative_to(tmp_path))
    second = subprocess.Popen(
        [sys.executable, "-m", "reflectdesk", "--db", str(store.path), relative],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    finally:
        second.kill()
        _out, err = second.communicate()

    assert second.returncode == 0, err
    window = accept_offer(qtbot, archive)
    assert window is host.window and not window.isMinimized()
    qtbot.waitUntil(lambda: GROUP in group_names(window), timeout=10_000)
    assert GROUP in [group.name for group in groups.list_groups(store)]


def test_when_the_running_app_does_not_answer_it_says_the_archive_was_not_imported(
    qapp: QApplication, db_path: Path, archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[tuple[str, str]] = []
    monkeypatch.setattr(
        application,
        "report_startup_error",
        lambda error, also="": reported.append((str(error), also)),
    )
    # Held by a ReflectDesk that is not listening (still starting, or hung).
    with open_store(db_path, seed=seed_builtins):
        assert application.run(db_path, quit_after_load=False, archive=archive) == 1

    [(error, also)] = reported
    assert "already open in another ReflectDesk" in error
    assert str(archive) in also and "was not imported" in also
    assert "Import Archive" in also


def test_an_archive_finder_sends_at_launch_waits_for_the_window(
    qtbot: QtBot, db_path: Path, archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_offers, "sends_file_open_events", lambda: True)
    open_store(db_path, seed=seed_builtins).close()
    app = QApplication.instance()
    assert app is not None
    # macOS sends it with the launch, before the window exists (delivered once the
    # app's event loop runs, while the store may still be opening).
    QCoreApplication.postEvent(app, QFileOpenEvent(str(archive)))

    def import_it() -> None:
        window = accept_offer(qtbot, archive)
        qtbot.waitUntil(lambda: GROUP in group_names(window), timeout=10_000)

    failures = while_the_app_runs(qtbot, import_it)
    assert application.run(db_path, quit_after_load=False) == 0

    assert failures == []
    assert GROUP in names_in(db_path)


def test_an_archive_finder_sends_while_running_is_offered_at_once(
    qtbot: QtBot, window: MainWindow, archive: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_offers, "sends_file_open_events", lambda: True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    offers = ArchiveOffers()
    events = install_file_open_filter(app, offers)
    assert events is not None
    try:
        offers.ready(lambda: window)
        other = QFileOpenEvent(str(archive.with_suffix(".pdf")))
        QCoreApplication.postEvent(app, other)  # not ours: left alone
        QCoreApplication.postEvent(app, QFileOpenEvent(str(archive)))

        accept_offer(qtbot, archive)
        qtbot.waitUntil(lambda: GROUP in group_names(window), timeout=10_000)
    finally:
        app.removeEventFilter(events)
    assert GROUP in [group.name for group in groups.list_groups(store)]


def test_no_filter_on_every_event_where_the_system_sends_no_file_open_events(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_offers, "sends_file_open_events", lambda: False)
    assert install_file_open_filter(qapp, ArchiveOffers()) is None
    assert QEvent.Type.FileOpen  # the event exists; only macOS sends it


def test_two_archives_are_asked_about_one_after_the_other(
    qtbot: QtBot, window: MainWindow, archive: Path
) -> None:
    second = archive.with_name("tweede groep.rdarchive")
    second.write_bytes(archive.read_bytes())
    offers = ArchiveOffers()
    offers.offer(archive)
    offers.offer(second)
    assert offers.question is None  # nothing is asked before the window is there

    offers.ready(lambda: window)
    first = find_open(qtbot, QMessageBox, "importArchiveOffer")
    assert isinstance(first, QMessageBox) and archive.name in first.text()
    qtbot.keyClick(first, Qt.Key.Key_Escape)

    qtbot.waitUntil(lambda: offers.question is not None and offers.question is not first)
    assert offers.question is not None and second.name in offers.question.text()
