"""The questions asked before the facilitator leaves a session or quits.

Quitting while the clock runs: closing the window used to keep the session running
silently (it resumes on the next start), which left the TV dark with no word why. Now
Ctrl+Q or the window's close button asks once: end the session, keep it running and quit,
or cancel. It is the one question a running session may ask.

Leaving with a private note typed before any passphrase was set: that text lives in
memory only (it must never reach the disk unencrypted), so leaving would drop it without
a word. The facilitator chooses: set a passphrase (in place, on the session page), discard
the note, or stay.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from reflectdesk.ui.common.question import ask as _ask
from reflectdesk.ui.common.translation import Translates


class LeavingQuestions(Translates):
    """The words of the questions below (functions: no ``self.tr``)."""


def ask_about_running_session(
    parent: QWidget, *, end: Callable[[], object], keep: Callable[[], object]
) -> QMessageBox:
    """``end()`` or ``keep()`` runs on that answer. Keeping it running is the default: it
    is what quitting always did, and nothing is lost by it."""
    return _ask(
        parent,
        "quitRunningSession",
        icon=QMessageBox.Icon.Question,
        title=LeavingQuestions.tr("Session Running"),
        text=LeavingQuestions.tr(
            "The session's clock is still running. End the session now, or keep it "
            "running and quit? A session kept running comes back when ReflectDesk "
            "starts again."
        ),
        answers=(
            (LeavingQuestions.tr("End the Session"), "endAndQuit", end),
            (LeavingQuestions.tr("Keep It Running and Quit"), "keepAndQuit", keep),
        ),
        default=1,
    )


def ask_about_unsaved_note(
    parent: QWidget, *, set_up: Callable[[], object], discard: Callable[[], object]
) -> QMessageBox:
    """``set_up()`` or ``discard()`` runs on that answer. Setting a passphrase is the
    default: it loses nothing."""
    return _ask(
        parent,
        "unsavedPrivateNote",
        icon=QMessageBox.Icon.Warning,
        title=LeavingQuestions.tr("Private Note Not Saved"),
        text=LeavingQuestions.tr(
            "The private note you typed is not saved: no passphrase is set yet, and "
            "ReflectDesk never writes a private note unencrypted. Set a passphrase to "
            "keep it, or discard it."
        ),
        answers=(
            (LeavingQuestions.tr("Set a Passphrase"), "setUpToKeepNote", set_up),
            (LeavingQuestions.tr("Discard the Note"), "discardUnsavedNote", discard),
        ),
        default=0,
    )
