"""A second start on the same database brings the running window forward."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reflectdesk.store.database import Store
from reflectdesk.ui.shell import application
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.single_instance import (
    MAX_MESSAGE_BYTES,
    Handover,
    InstanceServer,
    hand_over,
    import_message,
    raise_message,
    server_name,
)
from tests.ui.conftest import find_open


@pytest.fixture
def name(tmp_path: Path) -> str:
    return server_name(tmp_path / "reflectdesk.db")


@pytest.fixture
def server(window: MainWindow, name: str) -> Iterator[InstanceServer]:
    running = InstanceServer(lambda: window)
    assert running.listen(name)
    yield running
    running.close()


def send_raw(qtbot: QtBot, name: str, data: bytes) -> QLocalSocket:
    socket = QLocalSocket()
    socket.connectToServer(name)
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.ConnectedState)
    socket.write(data)
    return socket


def test_a_second_start_raises_the_minimized_window(
    qtbot: QtBot, window: MainWindow, server: InstanceServer, name: str
) -> None:
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)

    assert hand_over(name, raise_message()) is Handover.HANDED_OVER

    qtbot.waitUntil(lambda: not window.isMinimized() and window.isVisible())


def test_with_nobody_listening_the_second_start_starts_normally(name: str, qapp: object) -> None:
    # Returns at once: the timeout is far beyond any test's patience if it were waited.
    assert hand_over(name, raise_message(), timeout_ms=60_000) is Handover.START_NORMALLY


def test_a_stale_socket_of_a_crashed_app_is_taken_back(
    window: MainWindow, name: str, tmp_path: Path
) -> None:
    crashed = InstanceServer(lambda: window)
    assert crashed.listen(name)
    # A crash leaves the name taken; a new app on the same database listens anyway.
    again = InstanceServer(lambda: window)
    try:
        assert again.listen(name)
        assert hand_over(name, raise_message()) is Handover.HANDED_OVER
    finally:
        again.close()
        crashed.close()


@pytest.mark.parametrize(
    "data",
    [
        b"not json\n",
        b'{"action": "format disk"}\n',
        b'["raise"]\n',
        b'{"action": "import", "path": "relative.rdarchive"}\n',
        b"\xff\xfe\n",
    ],
)
def test_a_malformed_message_is_ignored_and_logged_without_its_content(
    qtbot: QtBot,
    *,
    window: MainWindow,
    server: InstanceServer,
    name: str,
    data: bytes,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    caplog.set_level(logging.WARNING, logger="reflectdesk.ui.shell.single_instance")

    socket = send_raw(qtbot, name, data)

    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert window.isMinimized()
    assert "malformed" in caplog.text
    assert "relative" not in caplog.text and "format disk" not in caplog.text


def test_an_oversized_message_is_cut_off(
    qtbot: QtBot, server: InstanceServer, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="reflectdesk.ui.shell.single_instance")

    socket = send_raw(qtbot, name, b"{" + b" " * MAX_MESSAGE_BYTES)

    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    assert "oversized" in caplog.text


def test_an_archive_handed_over_is_offered_not_imported_unasked(
    qtbot: QtBot,
    *,
    window: MainWindow,
    server: InstanceServer,
    name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    archive = tmp_path / "group.rdarchive"
    archive.write_bytes(b"PK")
    imported: list[Path] = []
    exports = type(window.exports)
    monkeypatch.setattr(
        exports, "import_archive_file", lambda _self, path, _then: imported.append(path)
    )

    assert hand_over(name, import_message(archive)) is Handover.HANDED_OVER

    box = find_open(qtbot, QMessageBox, "importArchiveOffer")
    assert isinstance(box, QMessageBox) and "group.rdarchive" in box.text()
    assert imported == []  # asked first, as File ▸ Import Archive's file choice is
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert imported == []


def test_the_name_depends_on_the_database(tmp_path: Path) -> None:
    one = server_name(tmp_path / "a.db")
    assert one == server_name(tmp_path / "." / "a.db")
    assert one != server_name(tmp_path / "b.db")
    assert str(tmp_path.name) not in one


def test_a_second_start_exits_without_opening_the_store(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    # The running app holds the database (the window's store has its lock) and listens.
    db = store.path
    running = InstanceServer(lambda: window)
    assert running.listen(server_name(db))
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    try:
        code = application._run(application.make_application(), db, False, None)
    finally:
        running.close()

    assert code == 0  # handed over: no lock error, no second window
    qtbot.waitUntil(lambda: not window.isMinimized())


def test_a_usual_start_does_not_load_qt_network() -> None:
    # Only a start that meets the lock of a running app asks it to come forward.
    script = (
        "import sys, reflectdesk.ui.shell.application;print('PySide6.QtNetwork' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
