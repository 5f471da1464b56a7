"""One ReflectDesk per database: a second start hands over to the running one.

The running app listens on a QLocalServer named after its database (a hash of the
absolute path and the user, so neither shows in /tmp or a pipe list). A second start
on the same database connects to that name *before* opening the store, sends one JSON
line (``{"action": "raise"}`` or ``{"action": "import", "path": ...}``) and waits for
``ok``; if it gets it, it exits 0 instead of failing on the instance lock. If nobody
answers in time it starts normally and the lock decides, as before (the short-lived
backup-after-close process holds the lock without listening, and gives way by itself).

The message comes from any process of this user, so it is never trusted: anything
oversized, not JSON or not one of the two actions is ignored and logged without its
content (it could hold a path or a name).
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from reflectdesk.ui.shell.archive_offers import ArchiveOffers, is_archive
from reflectdesk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

# A raise or import message is well under 1 KiB even with a long path; more is not ours.
MAX_MESSAGE_BYTES = 8192
ACK = b"ok\n"
HAND_OVER_TIMEOUT_MS = 2000


class Handover(enum.Enum):
    HANDED_OVER = "handed over"
    START_NORMALLY = "start normally"


def server_name(db_path: Path) -> str:
    """The local server's name for this database and this user."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    key = f"{user}\0{db_path.expanduser().resolve()}".encode()
    return "reflectdesk-" + hashlib.sha256(key).hexdigest()[:24]


def raise_message() -> bytes:
    return json.dumps({"action": "raise"}).encode() + b"\n"


def import_message(archive: Path) -> bytes:
    return json.dumps({"action": "import", "path": str(archive.resolve())}).encode() + b"\n"


def hand_over(name: str, message: bytes, timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> Handover:
    """Give ``message`` to the app listening on ``name``; HANDED_OVER once it answers.

    Waits in a local event loop rather than with waitFor*(), so that a server in the same
    process (the tests) is served while this waits.
    """
    socket = QLocalSocket()
    loop = QEventLoop()
    answer = bytearray()

    def read() -> None:
        answer.extend(socket.readAll().data())
        if answer.endswith(b"\n") or len(answer) > len(ACK):
            loop.quit()

    socket.connected.connect(lambda: socket.write(message))
    socket.readyRead.connect(read)
    socket.errorOccurred.connect(lambda _error: loop.quit())
    socket.disconnected.connect(loop.quit)
    timer = QTimer(singleShot=True, interval=timeout_ms)
    timer.timeout.connect(loop.quit)
    socket.connectToServer(name)
    # No server: the error is known at once, before the loop could start.
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        timer.start()
        loop.exec()
    timer.stop()
    socket.abort()
    return Handover.HANDED_OVER if bytes(answer) == ACK else Handover.START_NORMALLY


class InstanceServer(QObject):
    """The running app's side: raises the window (and offers to import an archive) on
    request.

    ``window_of`` gives the current main window (a restore replaces it); ``offers`` asks
    about archives (ui/shell/archive_offers.py; by default, one of its own).
    """

    def __init__(
        self,
        window_of: Callable[[], MainWindow],
        parent: QObject | None = None,
        offers: ArchiveOffers | None = None,
    ) -> None:
        super().__init__(parent)
        self._window_of = window_of
        if offers is None:
            offers = ArchiveOffers(self)
            offers.ready(window_of)
        self._offers = offers
        self._server = QLocalServer(self)
        # Only this user may connect (the socket file's mode on Unix, the pipe's ACL on
        # Windows).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self, name: str) -> bool:
        if self._server.listen(name):
            return True
        # A crashed app leaves its socket file behind; our store lock says nobody else
        # on this database is listening, so the name is ours to take back.
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(name)
            if self._server.listen(name):
                return True
        log.warning("Second starts cannot reach this window: %s", self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            received = bytearray()
            socket.readyRead.connect(lambda s=socket, r=received: self._read(s, r))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, received: bytearray) -> None:
        received.extend(socket.read(MAX_MESSAGE_BYTES + 1 - len(received)).data())
        if len(received) > MAX_MESSAGE_BYTES:
            self._ignore(socket, "an oversized message")
            return
        if not received.endswith(b"\n"):
            return  # the rest is still on its way
        request = _parse(bytes(received))
        if request is None:
            self._ignore(socket, "a malformed message")
            return
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()
        self._carry_out(request)

    @staticmethod
    def _ignore(socket: QLocalSocket, what: str) -> None:
        log.warning("Ignored %s from another process", what)
        socket.readyRead.disconnect()
        socket.abort()

    def _carry_out(self, request: tuple[str, Path | None]) -> None:
        action, archive = request
        bring_forward(self._window_of())
        if action == "import" and archive is not None:
            self._offers.offer(archive)


def _parse(data: bytes) -> tuple[str, Path | None] | None:
    """The action and, for an import, an existing archive file; None if not valid."""
    try:
        request = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(request, dict):
        return None
    action = request.get("action")
    if action == "raise" and set(request) == {"action"}:
        return ("raise", None)
    if action == "import" and set(request) == {"action", "path"}:
        path = request["path"]
        if not isinstance(path, str) or "\0" in path:
            return None
        archive = Path(path)
        if archive.is_absolute() and is_archive(archive) and archive.is_file():
            return ("import", archive)
    return None


def bring_forward(window: MainWindow) -> None:
    """Show the window normal if minimized, raise it and ask for the focus; where the
    window manager refuses focus to a window that asks for itself, flash it instead."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.raise_()
    window.activateWindow()
    if QApplication.activeWindow() is not window:
        QApplication.alert(window)
