"""The options an export asks before it runs: names in full or as initials, private
notes in or out, names on the bulletin, the paper size, the language of the file, and
for the group's tables CSV or an Excel workbook.

Each export is asked only what applies to it, and a field is made only when it is
asked: a widget made and left out of the layout would still be drawn, at the dialog's
top left, over the first row (it once lay over "Names:")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QWidget

from reflectdesk.export.summary import NameStyle
from reflectdesk.i18n.languages import LANGUAGES, NATIVE_NAMES
from reflectdesk.operations import Paper
from reflectdesk.operations.tables import SpreadsheetFormat
from reflectdesk.ui.common.translation import QT_TRANSLATE_NOOP
from reflectdesk.ui.common.widgets import ok_cancel, role_label, stack

TITLES = {
    "summary": QT_TRANSLATE_NOOP("ExportTitles", "Export Session Summary"),
    "handout": QT_TRANSLATE_NOOP("ExportTitles", "Export Participant Handout"),
    "series": QT_TRANSLATE_NOOP("ExportTitles", "Export Series Report"),
    "bulletin": QT_TRANSLATE_NOOP("ExportTitles", "Export Learning Bulletin"),
    "tables": QT_TRANSLATE_NOOP("ExportTitles", "Export Group Tables"),
    "register": QT_TRANSLATE_NOOP("ExportTitles", "Export Attendance Register"),
    "certificate": QT_TRANSLATE_NOOP("ExportTitles", "Export Certificates of Attendance"),
    "appraisal": QT_TRANSLATE_NOOP("ExportTitles", "Export Appraisal Evidence"),
}

# Which export asks what. Handouts carry no member names; the bulletin names a case's
# presenter or nobody (its own check box); only a session summary holds private notes;
# the tables are not printed, so they have a file format instead of a paper size.
ASKS_NAMES = frozenset({"summary", "series", "register"})
ASKS_PRIVATE = frozenset({"summary"})
ASKS_BULLETIN_NAMES = frozenset({"bulletin"})
ASKS_PAPER = frozenset(
    {"summary", "handout", "series", "bulletin", "register", "certificate", "appraisal"}
)
ASKS_SIGNATURES = frozenset({"register"})
ASKS_SPREADSHEET = frozenset({"tables"})


class SummaryOptionsDialog(QDialog):
    """The options of one kind of export (see ``ASKS_*``) and the language of the file,
    ``language`` chosen at first (the export's default, see
    reflectdesk.operations.export_language). A field the export does not ask is None,
    and its choice below reads as the export's default."""

    def __init__(self, kind: str, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("exportOptions")
        self.setWindowTitle(QCoreApplication.translate("ExportTitles", TITLES[kind]))
        self.kind = kind
        form = self.form = QFormLayout()  # ui/exports/attendance_exports.py adds to it
        self.names: QComboBox | None = None
        self.private: QCheckBox | None = None
        self.bulletin_names: QCheckBox | None = None
        self.paper: QComboBox | None = None
        self.spreadsheet: QComboBox | None = None
        self.signatures: QCheckBox | None = None
        if kind in ASKS_NAMES:
            self.names = self._choices(
                "exportNames",
                (self.tr("Full names"), "full"),
                (self.tr("Initials only"), "initials"),
            )
            form.addRow(self.tr("&Names:"), self.names)
        if kind in ASKS_PRIVATE:
            self.private = QCheckBox(self.tr("Include my private notes"), self)
            self.private.setObjectName("exportPrivate")
            form.addRow("", self.private)
            form.addRow("", self._private_warning())
        if kind in ASKS_BULLETIN_NAMES:
            self.bulletin_names = QCheckBox(self.tr("Say whose case each point came from"), self)
            self.bulletin_names.setObjectName("bulletinNames")
            form.addRow("", self.bulletin_names)
        if kind in ASKS_SIGNATURES:
            self.signatures = QCheckBox(self.tr("A column to sign in"), self)
            self.signatures.setObjectName("registerSignatures")
            self.signatures.setChecked(True)
            form.addRow("", self.signatures)
        if kind in ASKS_SPREADSHEET:
            self.spreadsheet = self._choices(
                "exportSpreadsheet",
                (self.tr("CSV files"), "csv"),
                (self.tr("Excel workbook (.xlsx)"), "xlsx"),
            )
            form.addRow(self.tr("&Format:"), self.spreadsheet)
        if kind in ASKS_PAPER:
            self.paper = self._choices(
                "exportPaper", (self.tr("A4"), "a4"), (self.tr("Letter"), "letter")
            )
            form.addRow(self.tr("&Paper:"), self.paper)
        self.language = QComboBox(self)
        self.language.setObjectName("exportLanguage")
        for code in LANGUAGES:
            # Each language by its own name, as every language menu does.
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        form.addRow(self.tr("&Language:"), self.language)
        stack(self, form, ok_cancel(self, self.accept))
        self.setMinimumWidth(420)

    def _choices(self, name: str, *items: tuple[str, str]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        for text, data in items:
            box.addItem(text, data)
        return box

    def _private_warning(self) -> QWidget:
        return role_label(
            "hint",
            self,
            self.tr(
                "With private notes, every page is marked CONFIDENTIAL. Reflective notes "
                "can be disclosed by a court; share this file with care."
            ),
            wrap=True,
        )

    # --- the choices, with each export's default where it does not ask ------------------

    def chosen_names(self) -> NameStyle:
        initials = self.names is not None and self.names.currentData() == "initials"
        return "initials" if initials else "full"

    def includes_private(self) -> bool:
        return self.private is not None and self.private.isChecked()

    def says_whose_case(self) -> bool:
        return self.bulletin_names is not None and self.bulletin_names.isChecked()

    def asks_signatures(self) -> bool:
        return self.signatures is None or self.signatures.isChecked()

    def chosen_paper(self) -> Paper:
        return "letter" if self.paper is not None and self.paper.currentData() == "letter" else "a4"

    def chosen_spreadsheet(self) -> SpreadsheetFormat:
        xlsx = self.spreadsheet is not None and self.spreadsheet.currentData() == "xlsx"
        return "xlsx" if xlsx else "csv"

    def chosen_language(self) -> str:
        return str(self.language.currentData())
