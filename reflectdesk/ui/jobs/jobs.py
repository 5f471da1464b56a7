"""Long work (exports, imports, re-encrypting notes) with a progress window and Cancel.

A :class:`Job` is a :class:`~reflectdesk.ui.jobs.task.Task` (the one way work runs off
the ui thread) plus a window-modal progress dialog that appears only when the work takes
longer than a moment, and whose Cancel button cancels the task.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from reflectdesk.ui.jobs.task import JobCancelledError, Progress, Task, Work

__all__ = ["Job", "JobCancelledError", "Progress", "Work", "run_job"]


class Job(Task):
    """A task with a progress dialog; the signals are those of :class:`Task`."""

    def __init__(self, title: str, work: Work, parent: QWidget) -> None:
        super().__init__(work, parent, "job")
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("jobProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # quick jobs never flash a dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.progressed.connect(self._on_progress)

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    def _ended(self) -> None:
        self.dialog.reset()
        self.dialog.close()


def run_job(parent: QWidget, title: str, work: Work) -> Job:
    job = Job(title, work, parent)
    job.start()
    return job
