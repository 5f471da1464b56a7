"""Saving typed text off the keystroke path.

The editor hands the latest text to an Autosaver after a short pause in typing, on focus
change and on close. Writes run on a worker thread with their own database session, so a
slow disk (synchronous=FULL waits for it) never stalls typing; requests that pile up while
one write runs are coalesced into the newest text.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from reflectdesk.core.errors import ReflectDeskError

SAVE_DELAY_MS = 700  # after the last keystroke; the issue asks for within one second

SaveFunction = Callable[[str, str | None], str]
"""save(text, known_id) -> id: creates the record the first time, updates it after."""


class _Writer(QObject):
    saved = Signal(str, int)  # record id, generation written
    failed = Signal(str, int)

    def __init__(self, save: SaveFunction) -> None:
        super().__init__()
        self._save = save
        self._lock = threading.Lock()
        self._pending: tuple[str, int] | None = None
        self._record_id: str | None = None
        # Read on the ui thread right after a flush, before the queued signals arrive.
        self.written = 0  # the newest generation written
        self.failure: str | None = None  # why the newest write failed, if it did

    def offer(self, text: str, generation: int) -> None:
        with self._lock:
            self._pending = (text, generation)

    def set_record_id(self, record_id: str | None) -> None:
        with self._lock:
            self._record_id = record_id

    @Slot(object)
    def mark(self, done: threading.Event) -> None:
        done.set()

    @Slot()
    def drain(self) -> None:
        while True:
            with self._lock:
                pending, self._pending = self._pending, None
                record_id = self._record_id
            if pending is None:
                return
            text, generation = pending
            try:
                new_id = self._save(text, record_id)
            except ReflectDeskError as error:
                with self._lock:
                    self.failure = str(error)
                self.failed.emit(str(error), generation)
                continue
            with self._lock:
                self._record_id = new_id
                self.written = max(self.written, generation)
                self.failure = None
            self.saved.emit(new_id, generation)

    def outcome(self) -> tuple[int, str | None]:
        with self._lock:
            return self.written, self.failure


class Autosaver(QObject):
    """Emits ``state(text)`` for a status label ("Saving…", "Saved", "Not saved: …")
    and ``saved(record_id)`` after each successful write."""

    state = Signal(str)
    saved = Signal(str)
    _wake = Signal()
    _ping = Signal(object)

    def __init__(
        self, save: SaveFunction, record_id: str | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._generation = 0
        self._written = 0
        self._stopped = False
        self._text_source: Callable[[], str] | None = None
        self._thread = QThread(self)
        self._thread.setObjectName("autosave")
        self._writer = _Writer(save)
        self._writer.set_record_id(record_id)
        self._writer.moveToThread(self._thread)
        self._wake.connect(self._writer.drain)
        self._ping.connect(self._writer.mark)
        self._writer.saved.connect(self._on_saved)
        self._writer.failed.connect(self._on_failed)
        self._thread.start()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    def reset(self, record_id: str | None) -> None:
        """Start over on the record ``record_id`` (None: the next save creates one),
        with nothing pending: after the editor was refilled from the database."""
        self._timer.stop()
        self._written = self._generation
        self._writer.set_record_id(record_id)

    def not_saved(self) -> str | None:
        """Why the text typed last is not on disk (the store's message, such as a full
        disk), after writing what is pending; None when everything typed is saved.

        Closing, locking and quitting ask this: a failed write must never be dropped
        without a word (issue 13)."""
        self.flush()
        written, failure = self._writer.outcome()
        if max(written, self._written) >= self._generation:
            return None
        return failure or self.tr("it could not be written in time")

    def watch(self, text_source: Callable[[], str]) -> None:
        """Where the current text comes from (read on the ui thread when saving)."""
        self._text_source = text_source

    def typed(self) -> None:
        """Call on every edit: (re)starts the short pause before saving."""
        self._generation += 1
        self.state.emit(self.tr("Editing…"))
        self._timer.start()

    def save_now(self) -> None:
        """Queue the current text at once (focus left the editor, page closing)."""
        self._timer.stop()
        if self._text_source is None or self._written == self._generation:
            return
        self._writer.offer(self._text_source(), self._generation)
        self.state.emit(self.tr("Saving…"))
        if self._stopped:
            # The writer thread is gone (the page is closing): write here, now.
            self._writer.drain()
        else:
            self._wake.emit()

    def flush(self, timeout_ms: int = 5000) -> bool:
        """Save anything pending and wait for the writer (closing the window)."""
        self.save_now()
        if self._stopped:
            return True  # save_now wrote it on this thread; no writer to wait for
        done = threading.Event()
        # Queued calls reach the writer in order: when this one runs, every earlier
        # save request has been written.
        self._ping.emit(done)
        return done.wait(timeout_ms / 1000)

    def stop(self) -> None:
        """Write what is pending and end the writer thread. Later saves and flushes
        (locking the vault after the page closed) write on the calling thread instead
        of waiting for a thread that no longer runs."""
        if self._stopped:
            return
        self.flush()
        self._stopped = True
        self._thread.quit()
        self._thread.wait(5000)

    def _on_saved(self, record_id: str, generation: int) -> None:
        self._written = max(self._written, generation)
        if self._written == self._generation:
            self.state.emit(self.tr("Saved"))
        self.saved.emit(record_id)

    def _on_failed(self, message: str, generation: int) -> None:
        self.state.emit(self.tr("Not saved: %1").replace("%1", message))
