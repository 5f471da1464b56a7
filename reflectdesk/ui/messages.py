"""Telling the user something went wrong: a message box, never a traceback.

Everything goes through :func:`show_error` so GUI tests can replace it in one place.
Boxes are opened window-modal with ``open()`` so the event loop keeps running.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox, QWidget

from reflectdesk.core.errors import ReflectDeskError


def show_error(parent: QWidget | None, title: str, error: ReflectDeskError | str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, str(error), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("errorBox")
    box.open()
    return box


def report_startup_error(error: ReflectDeskError) -> None:
    """Before any window exists: a blocking dialog, and the same line on stderr."""
    print(f"reflectdesk: {error}", file=sys.stderr)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "ReflectDesk cannot open its database",
        str(error),
        QMessageBox.StandardButton.Close,
    )
    box.exec()
