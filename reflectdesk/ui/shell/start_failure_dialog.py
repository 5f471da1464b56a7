"""The start failure told in a Qt dialog, when Qt itself is up (reflectdesk/start_failure.py
decides whether anyone would see it, and falls back to the system's own dialog)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from reflectdesk.ui.shell.crash_dialog import open_log_folder


def show_start_failure(heading: str, text: str) -> bool:
    """A modal error box with "Open Log Folder"; False when there is no application."""
    if QApplication.instance() is None:
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, heading, text)
    box.setObjectName("startFailure")
    folder = box.addButton(
        QApplication.translate("StartFailure", "&Open Log Folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
    if box.clickedButton() is folder:
        open_log_folder()
    return True
