"""Help ▸ About ReflectDesk: the version, where the data lives, ReflectDesk's licence and
every component it ships with, each with the licence its own metadata names, read when
the dialog opens (ui/shell/third_party.py); a component's licence file shows below."""

from __future__ import annotations

import platform
import re
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflectdesk import __version__
from reflectdesk.resources import resource_path
from reflectdesk.ui.common.widgets import page_title
from reflectdesk.ui.shell.third_party import OWN_LICENCE, Component, installed_components

# Python itself is no installed distribution with metadata to read; its licence is this.
PYTHON_LICENCE = "PSF-2.0"
# The Qt libraries ship inside this wheel, under its licence.
QT_DISTRIBUTION = "pyside6-essentials"
DIALOG_SIZE = (720, 640)


def font_component() -> Component | None:
    """The bundled DejaVu fonts (the PDFs' letters), named by their licence file."""
    path = Path(resource_path("fonts", "LICENSE-DejaVu.txt"))
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    match = re.search(r"^License:\s*(\S.*)$", text, re.MULTILINE)
    return Component("DejaVu fonts", "", match.group(1) if match else "", text)


class AboutDialog(QDialog):
    def __init__(self, data_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutReflectDesk")
        self.setWindowTitle(self.tr("About"))
        title = page_title(self, 1.4, self.tr("ReflectDesk %1").replace("%1", __version__))
        intro = QLabel(
            self.tr(
                "A companion for facilitators of reflective-practice groups. Everything "
                "stays on this computer, in:\n%1"
            ).replace("%1", str(data_path)),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        licence = QLabel(self.tr("Licence: %1").replace("%1", OWN_LICENCE), self)
        licence.setObjectName("ownLicence")
        self.components = self._components()
        self.table = self._table()
        self.licence_text = QPlainTextEdit(self)
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setAccessibleName(self.tr("Licence text"))
        self.licence_text.setReadOnly(True)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_text(row))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(licence)
        layout.addWidget(QLabel(self.tr("Made with"), self))
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(self.tr("Licence text"), self))
        layout.addWidget(self.licence_text, 2)
        layout.addWidget(buttons)
        self.resize(*DIALOG_SIZE)
        self.table.selectRow(0)

    def _components(self) -> list[Component]:
        installed = installed_components()
        qt_licence = next(
            (c.licence for c in installed if c.name.lower().replace("_", "-") == QT_DISTRIBUTION),
            "",
        )
        listed = [
            Component("Python", platform.python_version(), PYTHON_LICENCE, ""),
            Component("Qt", qVersion(), qt_licence, ""),
            *installed,
        ]
        if (fonts := font_component()) is not None:
            listed.append(fonts)
        return listed

    def _table(self) -> QTableWidget:
        table = QTableWidget(len(self.components), 3, self)
        table.setObjectName("thirdPartyLicences")
        table.setAccessibleName(self.tr("Components and their licences"))
        headings = [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        table.setHorizontalHeaderLabels(headings)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, component in enumerate(self.components):
            licence = component.licence or self.tr("not stated")
            for column, text in enumerate((component.name, component.version, licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        return table

    def _show_text(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        component = self.components[row]
        self.licence_text.setPlainText(
            component.licence_text
            or self.tr("%1 ships no licence file here; its licence is named above.").replace(
                "%1", component.name
            )
        )
