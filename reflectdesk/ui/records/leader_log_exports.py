"""The leader log's PDF (for a supervisor to sign), its CSV, and printing the PDF.

As every export: the save dialog opens in the folder last used for this kind, with the
name the operations propose; the file is written off the ui thread as a job (progress,
Cancel) by reflectdesk.operations.leader_log, the same use case as ``reflectdesk export
leader-log``. Printing writes the PDF to a folder of its own and shows it in the print
preview (as the other documents print), removed when the preview closes. The log holds
no private note text, so there is no identifiable-detail check to run first.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from reflectdesk.core.file_names import proposed_file_name
from reflectdesk.operations import leader_log as log_ops
from reflectdesk.store.database import Store
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.save_folders import SaveFolders
from reflectdesk.ui.common.translation import Translates
from reflectdesk.ui.exports.file_choice import choose_path, steps
from reflectdesk.ui.jobs.jobs import Job, Progress, run_job

FOLDER_KIND = "leader-log"  # the save folder remembered for these exports


class LeaderLogExports(Translates):
    """``jobs`` holds the exports started (tests wait on them); ``preview`` the last print
    preview opened."""

    def __init__(
        self,
        store: Store,
        parent: QWidget,
        *,
        folders: SaveFolders | None,
        status: Callable[[str], None],
    ) -> None:
        self._store = store
        self._parent = parent
        self._folders = folders
        self._status = status
        self.jobs: list[Job] = []
        self.preview: QPrintPreviewDialog | None = None

    def start(self, kind: str, leader: str, body_key: str) -> None:
        """``kind``: "pdf", "csv" or "print"."""
        if kind == "print":
            folder = Path(tempfile.mkdtemp(prefix="reflectdesk-print-"))
            path = folder / self.file_name(leader, "pdf")
            self._write(leader, body_key, path, printing=True)
            return
        suffix = "csv" if kind == "csv" else "pdf"
        choose_path(
            self._parent,
            self.tr("Save CSV") if kind == "csv" else self.tr("Save PDF"),
            self.file_name(leader, suffix),
            self.tr("CSV file (*.csv)") if kind == "csv" else "PDF (*.pdf)",
            lambda path: self._write(leader, body_key, _with_suffix(path, suffix)),
            kind=FOLDER_KIND,
            folders=self._folders,
        )

    def file_name(self, leader: str, suffix: str) -> str:
        """ "<leader> — leader log.pdf"."""
        what = self.tr("leader log")
        return proposed_file_name([leader, what], f".{suffix}", fallback=what)

    def _write(self, leader: str, body_key: str, path: Path, *, printing: bool = False) -> Job:
        store = self._store

        def work(progress: Progress, cancelled: threading.Event) -> Path:
            step = steps(progress, cancelled)
            step(0, 1)  # one step: a log is a few pages at most
            log_ops.export_leader_log(store, leader, body_key or None, path)
            return path

        title = self.tr("Preparing to print") if printing else self.tr("Exporting the log")
        job = run_job(self._parent, title, work)
        self.jobs.append(job)
        job.failed.connect(lambda message: show_error(self._parent, title, message))
        job.cancelled.connect(lambda: self._status(self.tr("Cancelled.")))
        if printing:
            job.succeeded.connect(self._preview)
            for ended in (job.failed, job.cancelled):
                ended.connect(lambda *_: shutil.rmtree(path.parent, ignore_errors=True))
        else:
            job.succeeded.connect(
                lambda written: self._status(self.tr("Saved %1.").replace("%1", str(written)))
            )
        return job

    def _preview(self, pdf: Path) -> None:
        from reflectdesk.ui.exports.pdf_printing import open_print_preview  # on first print

        try:
            dialog = open_print_preview(pdf, self._parent, self.tr("Print Preview"))
        except (ImportError, OSError, RuntimeError):  # no PDFium, or it cannot read it
            shutil.rmtree(pdf.parent, ignore_errors=True)
            show_error(self._parent, self.tr("Print"), self.tr("The log could not be shown."))
            return
        dialog.finished.connect(lambda _result: shutil.rmtree(pdf.parent, ignore_errors=True))
        self.preview = dialog


def _with_suffix(path: Path, suffix: str) -> Path:
    """The chosen name with the export's extension (a name typed without one)."""
    return path if path.suffix.lower() == f".{suffix}" else path.with_name(f"{path.name}.{suffix}")
