"""Printing a session summary, handout or attendance register, or a group's learning
bulletin: the export of that document (its options, the check of its note text, the
PDF built on a worker), written to a temporary file instead of a chosen one, then shown
in Qt's print preview, whose Print button opens the system's print dialog.

The same path as saving, so what is printed is what a saved PDF holds. The temporary
folder is the user's own (mkdtemp makes it 0700) and is removed when the preview closes.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintPreviewDialog

from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.translation import QT_TRANSLATE_NOOP
from reflectdesk.ui.exports.export_actions import Exports
from reflectdesk.ui.exports.export_options import SummaryOptionsDialog
from reflectdesk.ui.exports.pdf_printing import open_print_preview
from reflectdesk.ui.jobs.jobs import Progress, run_job

TITLES = {
    "summary": QT_TRANSLATE_NOOP("PrintTitles", "Print Session Summary"),
    "handout": QT_TRANSLATE_NOOP("PrintTitles", "Print Participant Handout"),
    "register": QT_TRANSLATE_NOOP("PrintTitles", "Print Attendance Register"),
    "bulletin": QT_TRANSLATE_NOOP("PrintTitles", "Print Learning Bulletin"),
    "series": QT_TRANSLATE_NOOP("PrintTitles", "Print Series Report"),
}


class Printing(Exports):
    """The print commands: each export of a document, ending in the print preview."""

    preview: QPrintPreviewDialog | None = None  # the last preview opened (tests look)
    document: Path | None = None  # the PDF it shows, until the preview closes
    _folder: Path | None = None  # the temporary folder of the PDF being made

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        # Exports' words are translated in its context (lupdate names it by the class
        # that says them); this class's own say it literally for the same reason.
        return QCoreApplication.translate("Exports", text, disambiguation, n)

    def _options(self, kind: str, group_id: str | None) -> SummaryOptionsDialog:
        options = super()._options(kind, group_id)
        options.setWindowTitle(QCoreApplication.translate("PrintTitles", TITLES[kind]))
        return options

    def _choose_pdf(self, kind: str, suggested: str, write: Callable[[Path], None]) -> None:
        """No save dialog: the PDF goes to a folder of its own, under its proposed name
        (the print queue shows it)."""
        self._folder = Path(tempfile.mkdtemp(prefix="reflectdesk-print-"))
        write(self._folder / suggested)

    def _run_pdf(self, work: Callable[[Progress, threading.Event], Path]) -> None:
        title = QCoreApplication.translate("Exports", "Preparing to print")
        folder = self._folder
        job = run_job(self._parent, title, work)
        self.jobs.append(job)
        job.succeeded.connect(self._preview)
        job.failed.connect(lambda message: show_error(self._parent, title, message))
        job.cancelled.connect(
            lambda: self._status(QCoreApplication.translate("Exports", "Cancelled."))
        )
        if folder is not None:  # nothing to print: the folder goes at once
            for ended in (job.failed, job.cancelled):
                ended.connect(lambda *_: shutil.rmtree(folder, ignore_errors=True))

    def _preview(self, pdf: Path) -> None:
        try:
            title = QCoreApplication.translate("Exports", "Print Preview")
            dialog = open_print_preview(pdf, self._parent, title)
        except (ImportError, OSError, RuntimeError):  # no PDFium, or it cannot read it
            # PDFium's PdfiumError is a RuntimeError. Said plainly, never a traceback.
            shutil.rmtree(pdf.parent, ignore_errors=True)
            show_error(
                self._parent,
                QCoreApplication.translate("Exports", "Print"),
                QCoreApplication.translate("Exports", "The document could not be shown."),
            )
            return
        dialog.finished.connect(lambda _result: shutil.rmtree(pdf.parent, ignore_errors=True))
        self.preview, self.document = dialog, pdf
