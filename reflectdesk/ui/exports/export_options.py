"""The options an export asks before it runs: names in full or as initials, private
notes in or out, names on the bulletin, the paper size, the language of the file, and
for the group's tables CSV or an Excel workbook."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QWidget

from reflectdesk.i18n.languages import LANGUAGES, NATIVE_NAMES
from reflectdesk.ui.common.translation import QT_TRANSLATE_NOOP
from reflectdesk.ui.common.widgets import ok_cancel, role_label, stack

TITLES = {
    "summary": QT_TRANSLATE_NOOP("ExportTitles", "Export Session Summary"),
    "handout": QT_TRANSLATE_NOOP("ExportTitles", "Export Participant Handout"),
    "series": QT_TRANSLATE_NOOP("ExportTitles", "Export Series Report"),
    "bulletin": QT_TRANSLATE_NOOP("ExportTitles", "Export Learning Bulletin"),
    "tables": QT_TRANSLATE_NOOP("ExportTitles", "Export Group Tables"),
}


class SummaryOptionsDialog(QDialog):
    """Names in full or as initials, private notes in or out (summary only), names on
    the bulletin or not, A4 or Letter (PDFs), CSV or xlsx (tables), and the language of
    the file, ``language`` chosen at first (the export's default, see
    reflectdesk.operations.export_language)."""

    def __init__(self, kind: str, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("exportOptions")
        self.setWindowTitle(QCoreApplication.translate("ExportTitles", TITLES[kind]))
        tables = kind == "tables"
        handout = kind in ("handout", "bulletin", "tables")
        self.names = QComboBox(self)
        self.names.setObjectName("exportNames")
        self.names.addItem(self.tr("Full names"), "full")
        self.names.addItem(self.tr("Initials only"), "initials")
        self.private = QCheckBox(self.tr("Include my private notes"), self)
        self.private.setObjectName("exportPrivate")
        warning = role_label(
            "hint",
            self,
            self.tr(
                "With private notes, every page is marked CONFIDENTIAL. Reflective notes "
                "can be disclosed by a court; share this file with care."
            ),
            wrap=True,
        )
        self.bulletin_names = QCheckBox(self.tr("Say whose case each point came from"), self)
        self.bulletin_names.setObjectName("bulletinNames")
        self.paper = QComboBox(self)
        self.paper.setObjectName("exportPaper")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.spreadsheet = QComboBox(self)
        self.spreadsheet.setObjectName("exportSpreadsheet")
        self.spreadsheet.addItem(self.tr("CSV files"), "csv")
        self.spreadsheet.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.language = QComboBox(self)
        self.language.setObjectName("exportLanguage")
        for code in LANGUAGES:
            # Each language by its own name, as every language menu does.
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        form = QFormLayout()
        if not handout:
            form.addRow(self.tr("&Names:"), self.names)
        if kind == "summary":
            form.addRow("", self.private)
            form.addRow("", warning)
        if kind == "bulletin":
            form.addRow("", self.bulletin_names)
        if tables:
            form.addRow(self.tr("&Format:"), self.spreadsheet)
        else:
            form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Language:"), self.language)
        stack(self, form, ok_cancel(self, self.accept))
        # A child left out of the form would still show, at the dialog's top left.
        for widget, used in (
            (self.names, not handout),
            (self.private, kind == "summary"),
            (warning, kind == "summary"),
            (self.bulletin_names, kind == "bulletin"),
            (self.paper, not tables),
            (self.spreadsheet, tables),
        ):
            widget.setHidden(not used)
        self.setMinimumWidth(420)
