"""Where an export goes (a file dialog opened without blocking, in the folder last
used for that kind of export, with the name proposed for it) and the progress callback
a job hands to an operation."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from reflectdesk.ui.common.save_folders import SaveFolders
from reflectdesk.ui.jobs.jobs import JobCancelledError, Progress


def choose_path(
    parent: QWidget,
    title: str,
    suggested: str,
    filters: str,
    then: Callable[[Path], object],  # what it returns is not used
    *,
    kind: str,
    folders: SaveFolders | None = None,
    folder: bool = False,
    opening: bool = False,
) -> QFileDialog:
    """A file dialog opened without blocking, in the last folder used for ``kind`` (see
    SaveFolders) with ``suggested`` as the file's name; ``then(path)`` runs when one is
    chosen, and its folder is remembered for the next export of that kind."""
    folders = folders if folders is not None else SaveFolders()
    start = folders.folder(kind)
    # Always an absolute path: a bare name would open the working directory.
    proposed = start / suggested if suggested else start
    dialog = QFileDialog(parent, title, str(proposed), filters)
    dialog.setObjectName("exportFileDialog")
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    elif opening:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)

    def chosen(name: str) -> None:
        path = Path(name)
        folders.remember(kind, path, is_folder=folder)
        then(path)

    dialog.fileSelected.connect(chosen)
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
