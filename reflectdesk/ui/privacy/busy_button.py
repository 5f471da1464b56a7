"""One slow vault call (about half a second of passphrase hashing, on purpose) off the ui
thread, with the button that started it saying it works and a line for what went wrong.
The vault dialogs and the in-place bars on the session page share it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from reflectdesk.ui.jobs.task import Task, call_in_background


class BusyButton:
    """Runs one background call at a time for ``button``; ``after_error`` runs once a
    message is shown (a dialog grows to hold it)."""

    def __init__(
        self,
        owner: QWidget,
        button: QAbstractButton,
        error: QLabel,
        *,
        after_error: Callable[[], None] = lambda: None,
    ) -> None:
        self._owner = owner
        self._button = button
        self._error = error
        self._after_error = after_error
        self.idle_text = button.text()  # the button's text again after a wait
        self.call: Task | None = None
        self._done: Callable[[object], None] = lambda _result: None
        self._then_failed: Callable[[], None] = lambda: None

    @property
    def running(self) -> bool:
        return self.call is not None and self.call.running

    def run(
        self,
        work: Callable[[], Any],
        busy: str,
        done: Callable[[object], None],
        failed: Callable[[], None] = lambda: None,
    ) -> None:
        """``done(result)`` after success; after a failure its message shows, then
        ``failed()`` runs."""
        if self.running:
            return
        self._error.hide()
        self._button.setEnabled(False)
        self._button.setText(busy)
        self._done, self._then_failed = done, failed
        self.call = call_in_background(work, self._owner)
        self.call.succeeded.connect(self._succeeded)
        self.call.failed.connect(self._failed)
        self.call.start()

    def _restore(self) -> None:
        self._button.setEnabled(True)
        self._button.setText(self.idle_text)

    def _succeeded(self, result: object) -> None:
        self._restore()
        self._done(result)

    def _failed(self, error: object) -> None:
        self._restore()
        self.show_error(str(error))
        self._then_failed()

    def show_error(self, message: str) -> None:
        self._error.setText(message)
        self._error.show()
        self._after_error()
