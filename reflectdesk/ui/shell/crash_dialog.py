"""The dialog shown after an unexpected error, and "Open Log Folder".

It says in plain words what happened and what is safe: every change is written to the
database as it is made and a note within a second of the last keystroke, so what can be
lost is the last moment of typing and whatever an editor held unsaved. "Copy details"
copies the version, the platform and the same traceback the log holds (no private text:
see reflectdesk/logs.py); "Open log folder" shows the folder to attach the file from.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.logs import log_dir
from reflectdesk.paths import make_private_folder

log = logging.getLogger(__name__)


def open_log_folder() -> bool:
    """Show the log folder in the system's file manager (made first if missing)."""
    folder = log_dir()
    try:
        make_private_folder(folder)
    except OSError as error:
        log.warning("cannot make the log folder: %s", error)
    opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    if not opened:
        log.warning("the system could not open the log folder")
    return bool(opened)


class CrashDialog(QDialog):
    """One unexpected error; later ones while it is open only raise its count."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected Error"))
        self.details = details
        self.more = 0
        headline = QLabel(self.tr("<b>ReflectDesk hit an unexpected error.</b>"))
        explanation = QLabel(
            self.tr(
                "Your records are saved: every change is written to the database as you "
                "make it, and notes within a second of your last keystroke. What may be "
                "lost is the last moment of typing, and changes in an editor you had not "
                "saved yet.\n\nYou can go on working. If something looks wrong, close "
                "ReflectDesk and open it again.\n\nThe details are in the log file, "
                "without anything you wrote. If this keeps happening, send them to whoever "
                "supports ReflectDesk for you."
            )
        )
        explanation.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("crashCount")
        self.count_label.hide()
        text = QPlainTextEdit(details)
        text.setObjectName("crashDetails")
        text.setReadOnly(True)
        text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        text.setMinimumHeight(140)
        self.status = QLabel()
        self.status.setObjectName("crashStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy Details"))
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = QPushButton(self.tr("&Open Log Folder"))
        self.folder_button.setObjectName("openLogFolder")
        self.folder_button.clicked.connect(self.open_folder)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (headline, explanation, self.count_label, text, self.status, buttons):
            layout.addWidget(widget)
        self.resize(560, 440)

    def another(self) -> None:
        """One more error happened while this dialog was open: counted, not shown."""
        self.more += 1
        self.count_label.setText(
            # English's forms ("it is" / "they are") are written by hand in the .ts.
            self.tr("%n more error(s) happened since; they are in the log too.", "", self.more)
        )
        self.count_label.show()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.status.setText(self.tr("The details are on the clipboard."))

    def open_folder(self) -> None:
        if not open_log_folder():
            self.status.setText(
                self.tr("The folder could not be opened. It is: %1").replace("%1", str(log_dir()))
            )
