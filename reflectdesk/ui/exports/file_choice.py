"""Where an export goes (a file dialog opened without blocking) and the progress
callback a job hands to an operation."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from reflectdesk.ui.jobs.jobs import JobCancelledError, Progress


def choose_path(
    parent: QWidget,
    title: str,
    suggested: str,
    filters: str,
    then: Callable[[Path], None],
    *,
    folder: bool = False,
    opening: bool = False,
) -> QFileDialog:
    """A file dialog opened without blocking; ``then(path)`` runs when one is chosen."""
    dialog = QFileDialog(parent, title, suggested, filters)
    dialog.setObjectName("exportFileDialog")
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    elif opening:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.fileSelected.connect(lambda name: then(Path(name)))
    dialog.open()
    return dialog


def steps(progress: Progress, cancelled: threading.Event) -> Callable[[int, int], None]:
    """The operations' progress callback for a job: stop at the next step once Cancel
    was pressed, else report."""

    def step(done: int, total: int) -> None:
        if cancelled.is_set():
            raise JobCancelledError("Cancelled.")
        progress(done, total)

    return step
