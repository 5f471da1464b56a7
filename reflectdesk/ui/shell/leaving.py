"""What must happen before the facilitator leaves a session page or quits.

Four things can stand between a request to leave and leaving: a running clock (quitting
asks whether to end the session), a private note typed before any passphrase was set (it
lives in memory only, so leaving would drop it), a private note the database could not
take (a full disk: privacy/note_rescue.py asks to try again, copy it or save it elsewhere
encrypted), and a recovery key held back while the clock ran (it must be seen once, or
the facilitator never learns it). Each asks or shows once; leaving goes on after the
answer. The questions are in leaving_questions.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from reflectdesk.core.clock_state import ClockStatus
from reflectdesk.core.model import ClockEventKind
from reflectdesk.ui.privacy.note_rescue import ask_about_note_not_saved
from reflectdesk.ui.privacy.vault_controller import VaultController
from reflectdesk.ui.shell.leaving_questions import ask_about_running_session, ask_about_unsaved_note

if TYPE_CHECKING:
    from reflectdesk.ui.room.session_page import SessionPage


class Leaving:
    """Guards ``window``'s ways out; ``page()`` is the session page open now, if any."""

    def __init__(
        self,
        window: QMainWindow,
        vault: VaultController,
        page: Callable[[], SessionPage | None],
        close_page: Callable[[], object],
    ) -> None:
        self._window = window
        self._vault = vault
        self._page = page
        self._close_page = close_page
        self._question: QMessageBox | None = None

    def leave_page(self) -> None:
        """Back to the group: after the unsaved note's question, if there is one."""
        if not self.must_wait(self._close_page):
            self._close_page()

    def quit(self) -> None:
        """Ctrl+Q or the window's close button: the running clock's question first."""
        if not self._asked_about_running_session():
            self._close_when_free()

    def wants_to_wait(self) -> bool:
        """For closeEvent: True when closing waits for an answer (it then goes on by
        itself); False when the window may close now."""
        return self._asked_about_running_session() or self.must_wait(self._window.close)

    def _close_when_free(self) -> None:
        if not self.must_wait(self._window.close):
            self._window.close()

    def must_wait(self, then: Callable[[], object]) -> bool:
        """True when leaving waits for the facilitator; ``then`` leaves after that."""
        page = self._page()
        if page is not None and (
            self._asked_about_unsaved_note(page, then)
            or self._asked_about_note_not_saved(page, then)
        ):
            return True
        if self._vault.recovery_key_waiting:
            self._vault.hold_dialogs_while(None)  # leaving: no clock to keep clear
            self._vault.show_waiting_recovery_key()
        dialog = self._vault.dialog
        if isinstance(dialog, QDialog) and dialog.isVisible():
            dialog.finished.connect(lambda _result: then())
            return True
        return False

    def _asked_about_unsaved_note(self, page: SessionPage, then: Callable[[], object]) -> bool:
        """True when a private note was typed before any passphrase (in memory only):
        leaving waits for "set a passphrase, discard it, or stay?"."""
        box = page.notes.private_box
        if not box.unsaved:
            return False

        def discard() -> None:
            box.discard_unsaved()
            then()

        self._ask(
            lambda: ask_about_unsaved_note(
                self._window, set_up=page.vault_bar.offer, discard=discard
            )
        )
        return True

    def _asked_about_note_not_saved(self, page: SessionPage, then: Callable[[], object]) -> bool:
        """True when the private note could not be saved (a full disk): leaving waits for
        "try again, copy it, save it elsewhere encrypted, or close without it?"."""
        box = page.notes.private_box
        reason = box.not_saved()
        if reason is None:
            return False
        self._ask(
            lambda: ask_about_note_not_saved(
                self._window,
                reason,
                locking=False,
                text=box.editor.toPlainText(),
                retry=lambda: self.must_wait(then) or then(),
                seal_copy=self._vault.seal_copy,
                go_on=then,
            )
        )
        return True

    def _asked_about_running_session(self) -> bool:
        """True when quitting waits for "end the session, keep it running and quit, or
        cancel?"; asked once, however often quitting is asked for."""
        page = self._page()
        if page is None or page.runner.clock.status not in (
            ClockStatus.RUNNING,
            ClockStatus.PAUSED,
        ):
            return False

        def end() -> None:
            if page.runner.act(ClockEventKind.END):  # else its error shows; we stay
                self._close_when_free()

        self._ask(
            lambda: ask_about_running_session(self._window, end=end, keep=self._close_when_free)
        )
        return True

    def _ask(self, open_question: Callable[[], QMessageBox]) -> None:
        """One question at a time: a second request brings the open one forward."""
        if self._question is None or not self._question.isVisible():
            self._question = open_question()
        self._question.activateWindow()
