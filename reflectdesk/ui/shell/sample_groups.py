"""The sample groups the welcome page offers: the small demo (demo/build.write_demo),
written once into a file of its own beside the user's database (paths.sample_db_path)
and opened from there. The user's database is never written to; the window on the
sample says what it is (ui/shell/sample_banner.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QProgressDialog, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.paths import sample_db_path
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.jobs.task import Task, call_in_background

# Writing the small demo takes a few seconds (its vault's key derivation, three groups
# of sessions); the progress window appears only when it is not done within this time.
PROGRESS_AFTER_MS = 400


def prepare_sample(
    parent: QWidget, own: Path, ready: Callable[[Path], object], owner: QObject
) -> Task | None:
    """Call ``ready`` with the sample's path once it exists: at once when it was
    written before, else after writing it in the background (a progress window if that
    takes more than a moment; a clear message if it fails). Returns the running task,
    if one was started; ``owner`` keeps it."""
    path = sample_db_path(own)
    if path.exists():
        ready(path)
        return None
    from reflectdesk.demo.build import write_demo  # on first use: not needed to start

    progress = QProgressDialog(
        QCoreApplication.translate("SampleGroups", "Preparing the sample groups…"), "", 0, 0, parent
    )
    progress.setObjectName("sampleProgress")
    progress.setWindowTitle(QCoreApplication.translate("SampleGroups", "Sample groups"))
    progress.setCancelButton(None)  # a few seconds, in one go
    progress.setMinimumDuration(PROGRESS_AFTER_MS)
    task = call_in_background(lambda: write_demo(path, "small"), owner)

    def written(_summary: object) -> None:
        progress.close()
        ready(path)

    def failed(error: ReflectDeskError | None) -> None:
        progress.close()
        if error is not None:
            show_error(
                parent,
                QCoreApplication.translate("SampleGroups", "Could not prepare the sample groups"),
                error,
            )

    task.succeeded.connect(written)
    task.failed.connect(failed)
    task.start()
    return task
