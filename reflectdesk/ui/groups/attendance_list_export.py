"""Export the CPD attendance list of one session or of the group's accredited sessions:
a save dialog (a workbook, or a PDF to sign, by the filter chosen) in the folder last
used for attendance lists, then the operation. ``exported`` tells the group page, whose
reminder goes once the list is written."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.operations.attendance_list import (
    ListScope,
    attendance_list_file_name,
    export_attendance_list,
)
from reflectdesk.store.database import Store
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.save_folders import SaveFolders
from reflectdesk.ui.jobs.jobs import Job, Progress, run_job
from reflectdesk.ui.jobs.task import JobCancelledError

__all__ = ["AttendanceListExport"]

KIND = "attendance_list"


class AttendanceListExport(QObject):
    """Asks where, then writes; ``written`` holds the last file and its session count."""

    exported = Signal()

    def __init__(self, parent: QWidget, store: Store, folders: SaveFolders | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._store = store
        self._folders = folders
        self.dialog: QFileDialog | None = None
        self.written: tuple[Path, int] | None = None
        self.job: Job | None = None  # the last write, kept until it finishes

    def start(self, scope: ListScope) -> QFileDialog | None:
        """Open the save dialog (without blocking); the list is written when a file is
        chosen. None when the name could not be made (the session or group is gone)."""
        try:
            suggested = attendance_list_file_name(self._store, scope)
        except ReflectDeskError as error:
            show_error(self._parent, self.tr("Could not export the attendance list"), error)
            return None
        folders = self._folders if self._folders is not None else SaveFolders()
        start = folders.folder(KIND) / suggested  # absolute: never the working directory
        workbook, pdf = self.tr("Excel workbook (*.xlsx)"), self.tr("PDF to sign (*.pdf)")
        dialog = QFileDialog(
            self._parent, self.tr("Export Attendance List"), str(start), f"{workbook};;{pdf}"
        )
        dialog.setObjectName("attendanceListFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        # The suffix follows the filter: a name typed without one gets the chosen kind's.
        dialog.filterSelected.connect(
            lambda chosen: dialog.setDefaultSuffix("pdf" if chosen == pdf else "xlsx")
        )

        def chosen(name: str) -> None:
            path = Path(name)
            folders.remember(KIND, path)
            self.write(scope, path)

        dialog.fileSelected.connect(chosen)
        dialog.open()
        self.dialog = dialog
        return dialog

    def write(self, scope: ListScope, path: Path) -> None:
        """Write off the ui thread (a series of fifty sessions is fifty pages), with a
        progress window; Cancel stops it before the file is written, not after."""
        store = self._store

        def work(progress: Progress, cancelled: threading.Event) -> tuple[Path, int]:
            def step(done: int, total: int) -> None:
                if done <= 1 and cancelled.is_set():
                    raise JobCancelledError("Cancelled.")
                progress(done, total)

            written = export_attendance_list(store, scope, path, progress=step)
            return written.path, written.sessions

        title = self.tr("Exporting the attendance list")
        self.job = run_job(self._parent, title, work)
        self.job.succeeded.connect(self._written)
        self.job.failed.connect(
            lambda message: show_error(
                self._parent, self.tr("Could not export the attendance list"), message
            )
        )

    def _written(self, result: tuple[Path, int]) -> None:
        self.written = result
        self.exported.emit()
