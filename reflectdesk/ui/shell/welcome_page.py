"""What the main window shows when no group is open: the welcome on a database that has
never held a group, else a short empty state.

The welcome says what ReflectDesk is for, offers to create the first group or to look
around in the sample groups (a demo in a file of its own, ui/shell/sample_groups.py),
and says where the data is kept. Once a group has existed it is not shown again
(store/settings.welcome_due).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reflectdesk.ui.common.widgets import page_title, role_label

log = logging.getLogger(__name__)

# Wide enough for the two sentences in three or four lines, narrow enough to read.
COLUMN_WIDTH = 520


def centred_column(page: QWidget) -> QVBoxLayout:
    """A column of bounded width in the middle of ``page``. The word-wrapped labels go in
    it without an alignment of their own: a label aligned in its layout is not given the
    height its wrapped lines need, and was cut to half its height."""
    column = QWidget(page)
    column.setMaximumWidth(COLUMN_WIDTH)
    inner = QVBoxLayout(column)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(10)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column, 4)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return inner


def wrapped(parent: QWidget, text: str, role: str = "") -> QLabel:
    label = role_label(role, parent, text, wrap=True) if role else QLabel(text, parent)
    label.setWordWrap(True)
    return label


class WelcomePage(QWidget):
    """The first run's page. ``create_group``: the new-group dialog; ``open_sample``:
    the sample groups in their own file."""

    create_group = Signal()
    open_sample = Signal()

    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.data_folder = data_folder
        column = centred_column(self)
        column.addWidget(page_title(self, 1.6, self.tr("Welcome to ReflectDesk")))
        column.addWidget(
            wrapped(
                self,
                self.tr(
                    "ReflectDesk helps you run reflective-practice groups such as Balint "
                    "groups and intervision: the session clock, prompt cards, attendance, "
                    "evaluations and your private notes. It works offline and keeps "
                    "everything in one file on this computer."
                ),
            )
        )
        self.create_button = QPushButton(self.tr("Create your first group"), self)
        self.create_button.setObjectName("welcomeCreateGroup")
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        self.create_button.clicked.connect(self.create_group)
        self.sample_button = QPushButton(self.tr("Open the sample groups"), self)
        self.sample_button.setObjectName("welcomeOpenSample")
        self.sample_button.clicked.connect(self.open_sample)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 8, 0, 0)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(
            wrapped(
                self,
                self.tr(
                    "The sample groups are made up and kept in a separate file, so you can "
                    "try everything without touching your own groups."
                ),
                "hint",
            )
        )
        column.addSpacing(12)
        column.addWidget(role_label("sectionHeading", self, self.tr("Where your data is kept")))
        self.folder_label = wrapped(self, str(data_folder))
        self.folder_label.setObjectName("welcomeDataFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        show = QPushButton(self.tr("Show Folder"), self)
        show.setObjectName("welcomeShowFolder")
        show.clicked.connect(self.show_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(show, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(folder_row)
        column.addWidget(
            wrapped(
                self,
                self.tr("Backups are kept in the “backups” folder inside it."),
                "hint",
            )
        )

    def show_folder(self) -> bool:
        """The data folder in the system's file manager."""
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))
        if not opened:
            log.warning("the system could not open the data folder")
        return bool(opened)


class EmptyPage(QWidget):
    """No group open, on a database that has had groups: a short hint."""

    new_group = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyPage")
        column = centred_column(self)
        column.addWidget(page_title(self, 1.5, self.tr("No group selected")))
        column.addWidget(
            wrapped(
                self,
                self.tr(
                    "A group holds its members, ground rules and the series of sessions you "
                    "facilitate. Pick one from the list, or create a new one. Archived "
                    "groups appear with “Show archived groups” under the list."
                ),
            )
        )
        button = QPushButton(self.tr("New Group…"), self)
        button.setObjectName("emptyNewGroup")
        button.clicked.connect(self.new_group)
        column.addLayout(_left(button))


def _left(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row
