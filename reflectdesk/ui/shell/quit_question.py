"""The one question a running session may ask: quitting while its clock runs.

Closing the window used to keep the session running silently (it resumes on the next
start), which left the TV dark with no word why. Now Ctrl+Q or the window's close button
asks once: end the session, keep it running and quit, or cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def ask_about_running_session(
    parent: QWidget, *, end: Callable[[], object], keep: Callable[[], object]
) -> QMessageBox:
    """Open the question window-modal; ``end()`` or ``keep()`` runs on that answer,
    nothing on Cancel (or Esc). Keeping it running is the default: it is what quitting
    always did, and nothing is lost by it."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.tr("Session Running"),
        parent.tr(
            "The session's clock is still running. End the session now, or keep it "
            "running and quit? A session kept running comes back when ReflectDesk "
            "starts again."
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("quitRunningSession")
    end_button = box.addButton(parent.tr("End the Session"), QMessageBox.ButtonRole.AcceptRole)
    end_button.setObjectName("endAndQuit")
    keep_button = box.addButton(
        parent.tr("Keep It Running and Quit"), QMessageBox.ButtonRole.AcceptRole
    )
    keep_button.setObjectName("keepAndQuit")
    box.setDefaultButton(keep_button)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def answered(clicked: QAbstractButton) -> None:
        if clicked is end_button:
            end()
        elif clicked is keep_button:
            keep()

    box.buttonClicked.connect(answered)
    box.open()
    return box
