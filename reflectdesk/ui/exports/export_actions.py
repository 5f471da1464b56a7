"""Exports and imports from the menus: a session summary or handout as PDF, a group's
CSV tables, an archive of a group or of everything, and importing an archive.

Each asks its few options, lets the facilitator choose where, then runs as a job off the
ui thread (progress, Cancel) and says where the file went. Private notes are left out
of a summary unless asked for, and the option says what that means.

Exports that carry note text (the session summary, the learning bulletin and the CSV
tables with their actions) are checked for identifiable details after the options and
before the file is chosen: Cancel in the review exports nothing. Archives are copies of
the data for another laptop, not documents to share, and are not checked.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.store import notes, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.errors import StoreError
from reflectdesk.store.privacy_overrides import OverrideContext
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.jobs.jobs import JobCancelledError, Progress, run_job
from reflectdesk.ui.privacy.identifier_review import IdentifierReviewDialog, ReviewText, review_then
from reflectdesk.ui.privacy.vault_controller import VaultController

TITLES = {
    "summary": "Export Session Summary",
    "handout": "Export Participant Handout",
    "series": "Export Series Report",
    "bulletin": "Export Learning Bulletin",
}


class SummaryOptionsDialog(QDialog):
    """Names in full or as initials, private notes in or out (summary only), names on
    the bulletin or not, A4 or Letter."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportOptions")
        self.setWindowTitle(self.tr(TITLES[kind]))
        handout = kind in ("handout", "bulletin")
        self.names = QComboBox(self)
        self.names.setObjectName("exportNames")
        self.names.addItem(self.tr("Full names"), "full")
        self.names.addItem(self.tr("Initials only"), "initials")
        self.private = QCheckBox(self.tr("Include my private notes"), self)
        self.private.setObjectName("exportPrivate")
        warning = QLabel(
            self.tr(
                "With private notes, every page is marked CONFIDENTIAL. Reflective notes "
                "can be disclosed by a court; share this file with care."
            ),
            self,
        )
        warning.setWordWrap(True)
        set_role(warning, "hint")
        self.bulletin_names = QCheckBox(self.tr("Say whose case each point came from"), self)
        self.bulletin_names.setObjectName("bulletinNames")
        self.paper = QComboBox(self)
        self.paper.setObjectName("exportPaper")
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        form = QFormLayout()
        if not handout:
            form.addRow(self.tr("&Names:"), self.names)
        if kind == "summary":
            form.addRow("", self.private)
            form.addRow("", warning)
        if kind == "bulletin":
            form.addRow("", self.bulletin_names)
        form.addRow(self.tr("&Paper:"), self.paper)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


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


def _checked(cancelled: threading.Event) -> None:
    if cancelled.is_set():
        raise JobCancelledError("Cancelled.")


class Exports:
    """The export and import commands of the main window (it owns the menus)."""

    def __init__(
        self,
        store: Store,
        vault: VaultController,
        parent: QWidget,
        status: Callable[[str], None],
    ) -> None:
        self._store = store
        self._vault = vault  # unlocks private notes before they are read or sealed
        self._parent = parent
        self._status = status
        self.jobs: list[Any] = []  # kept until they finish (tests wait on them)
        self.review: IdentifierReviewDialog | None = None  # the last review opened
        self.passphrase_dialog: QInputDialog | None = None  # an archive's, when asked

    # --- the identifiable-detail check -------------------------------------------------

    def _checked_then(
        self, gather: Callable[[], list[ReviewText]], then: Callable[[], None]
    ) -> None:
        """Check the texts an export will carry; ``then`` runs once nothing new is found,
        or after Continue in the review (with the choices recorded); Cancel stops."""
        tr = self._parent.tr
        try:
            texts = gather()
        except ReflectDeskError as error:
            show_error(self._parent, tr("Could not check the notes"), error)
            return
        self.review = review_then(
            self._parent,
            self._store,
            OverrideContext.EXPORT,
            texts,
            lambda _result: then(),
            hint=tr(
                "These texts are exported as they are saved. To change the wording, "
                "close this and edit the note in its session."
            ),
        )

    def _point_texts(self, points: list[Any]) -> list[ReviewText]:
        label = self._parent.tr("Learning point")
        return [ReviewText(label, point.text, point.id) for point in points]

    def _action_texts(self, actions: list[Any]) -> list[ReviewText]:
        label = self._parent.tr("Action")
        return [ReviewText(label, action.text, action.id) for action in actions]

    def _summary_texts(self, session_id: str, include_private: bool) -> list[ReviewText]:
        """What the session summary carries: shareable points, actions and, when asked
        for, private notes (left out while they cannot be read, e.g. locked: then the
        export cannot include them either)."""
        store = self._store
        points = [p for p in notes.learning_points(store, session_id) if p.shareable]
        texts = self._point_texts(points) + self._action_texts(notes.actions(store, session_id))
        if include_private:
            try:
                private = notes.private_notes(store, session_id)
            except StoreError:
                private = []
            for note in private:
                label = (
                    self._parent.tr("Private note: %1").replace("%1", note.title)
                    if note.title
                    else self._parent.tr("Private note")
                )
                body = "\n".join(part for part in (note.title, note.body) if part)
                texts.append(ReviewText(label, body, note.id))
        return texts

    def _group_actions(self, group_id: str) -> list[ReviewText]:
        found = []
        for meeting in sessions.list_sessions(self._store, group_id):
            found.extend(notes.actions(self._store, meeting.id))
        return self._action_texts(found)

    def _run(self, title: str, work: Callable[[Progress, threading.Event], Any], done: str) -> None:
        job = run_job(self._parent, title, work)
        self.jobs.append(job)
        job.succeeded.connect(lambda result: self._status(done.replace("%1", str(result))))
        job.failed.connect(lambda message: show_error(self._parent, title, message))
        job.cancelled.connect(lambda: self._status(self._parent.tr("Cancelled.")))

    # --- PDF ---------------------------------------------------------------------------

    def session_pdf(self, session_id: str, *, handout: bool) -> None:
        options = SummaryOptionsDialog("handout" if handout else "summary", self._parent)
        suggested = "handout.pdf" if handout else "session-summary.pdf"

        def chosen() -> None:
            choose_path(
                self._parent,
                self._parent.tr("Save PDF"),
                suggested,
                "PDF (*.pdf)",
                lambda path: self._write_pdf(session_id, path, options, handout),
            )

        def checked() -> None:
            if handout:
                chosen()
                return
            private = options.private.isChecked()

            def check() -> None:
                self._checked_then(lambda: self._summary_texts(session_id, private), chosen)

            if private:
                # Private notes are read to be exported: they must be unlocked first.
                self._vault.when_unlocked(check)
            else:
                check()

        options.accepted.connect(checked)
        options.open()

    def _write_pdf(
        self, session_id: str, path: Path, options: SummaryOptionsDialog, handout: bool
    ) -> None:
        names = options.names.currentData()
        private = options.private.isChecked() and not handout
        paper = options.paper.currentData()
        store = self._store

        def work(progress: Progress, cancelled: threading.Event) -> Path:
            from reflectdesk.export.pdf import page_size, write_handout, write_session_summary
            from reflectdesk.export.summary import build_handout, build_session_summary

            progress(0, 2)
            if handout:
                content: Any = build_handout(store, session_id)
            else:
                content = build_session_summary(
                    store, session_id, names=names, include_private=private
                )
            progress(1, 2)
            _checked(cancelled)
            writer = write_handout if handout else write_session_summary
            writer(content, path, page_size(paper))
            progress(2, 2)
            return path

        self._run(self._parent.tr("Exporting PDF"), work, self._parent.tr("Saved %1."))

    def group_pdf(self, group_id: str, *, bulletin: bool) -> None:
        """The series report or the learning bulletin of a group."""
        kind = "bulletin" if bulletin else "series"
        options = SummaryOptionsDialog(kind, self._parent)
        store = self._store

        def write(path: Path) -> None:
            names = options.names.currentData()
            with_names = options.bulletin_names.isChecked()
            paper = options.paper.currentData()

            def work(progress: Progress, cancelled: threading.Event) -> Path:
                from reflectdesk.export.pdf import page_size
                from reflectdesk.export.series import build_bulletin, build_series_report
                from reflectdesk.export.series_pdf import write_bulletin, write_series_report

                progress(0, 2)
                if bulletin:
                    write_bulletin(
                        build_bulletin(store, group_id, with_names=with_names),
                        path,
                        page_size(paper),
                    )
                else:
                    report = build_series_report(store, group_id, names=names)
                    progress(1, 2)
                    _checked(cancelled)
                    write_series_report(report, path, page_size(paper))
                progress(2, 2)
                return path

            self._run(self._parent.tr("Exporting PDF"), work, self._parent.tr("Saved %1."))

        suggested = "learning-bulletin.pdf" if bulletin else "series-report.pdf"

        def chosen() -> None:
            choose_path(self._parent, self._parent.tr("Save PDF"), suggested, "PDF (*.pdf)", write)

        def checked() -> None:
            # The series report holds no note text; the bulletin holds shareable points.
            if not bulletin:
                chosen()
                return
            self._checked_then(
                lambda: self._point_texts(
                    notes.group_learning_points(store, group_id, shareable_only=True)
                ),
                chosen,
            )

        options.accepted.connect(checked)
        options.open()

    # --- CSV and archives --------------------------------------------------------------

    def group_csv(self, group_id: str) -> None:
        store = self._store

        def write(folder: Path) -> None:
            def work(progress: Progress, cancelled: threading.Event) -> str:
                from reflectdesk.export.csv_export import write_csv
                from reflectdesk.export.evaluation_csv import write_evaluation_csv

                progress(0, 2)
                files = write_csv(store, group_id, folder)
                _checked(cancelled)
                progress(1, 2)
                # Evaluations for researchers: one row per answer, and the codebook.
                files += write_evaluation_csv(store, group_id, folder)
                progress(2, 2)
                return f"{len(files)} files in {folder}"

            self._run(self._parent.tr("Exporting CSV"), work, self._parent.tr("Saved %1."))

        def chosen() -> None:
            choose_path(
                self._parent,
                self._parent.tr("Folder for the CSV files"),
                "",
                "",
                write,
                folder=True,
            )

        # actions.csv carries the text of every action.
        self._checked_then(lambda: self._group_actions(group_id), chosen)

    def archive(self, group_id: str | None) -> None:
        store = self._store
        name = "reflectdesk-group.rdarchive" if group_id else "reflectdesk-everything.rdarchive"

        def write(path: Path) -> None:
            def work(progress: Progress, cancelled: threading.Event) -> Path:
                from reflectdesk.export.archive import export_archive

                progress(0, 1)
                export_archive(store, path, group_id)
                return path

            self._run(self._parent.tr("Exporting archive"), work, self._parent.tr("Saved %1."))

        choose_path(
            self._parent,
            self._parent.tr("Save archive"),
            name,
            self._parent.tr("ReflectDesk archive (*.rdarchive *.zip)"),
            write,
        )

    def import_archive(self, then: Callable[[], None]) -> None:
        choose_path(
            self._parent,
            self._parent.tr("Import archive"),
            "",
            self._parent.tr("ReflectDesk archive (*.rdarchive *.zip)"),
            lambda path: self._import(path, None, then),
            opening=True,
        )

    def _import(self, path: Path, archive_passphrase: str | None, then: Callable[[], None]) -> None:
        store, tr = self._store, self._parent.tr

        def work(progress: Progress, cancelled: threading.Event) -> object:
            from reflectdesk.export.archive import ArchivePassphraseNeededError, import_archive

            progress(0, 1)
            try:
                summary = import_archive(store, path, archive_passphrase=archive_passphrase)
            except ArchivePassphraseNeededError as needed:
                return needed  # asked on the ui thread, then imported again
            return f"{summary.total_added} records from {path.name}"

        title = tr("Importing archive")
        job = run_job(self._parent, title, work)
        self.jobs.append(job)
        job.failed.connect(lambda message: show_error(self._parent, title, message))
        job.cancelled.connect(lambda: self._status(tr("Cancelled.")))

        def done(result: object) -> None:
            if isinstance(result, str):
                self._status(tr("Imported %1.").replace("%1", result))
                then()
                return
            # Notes sealed on another laptop: this vault must be open to seal them again.
            count = int(getattr(result, "count", 0))
            self._vault.when_unlocked(lambda: self._ask_archive_passphrase(path, count, then))

        job.succeeded.connect(done)

    def _ask_archive_passphrase(self, path: Path, count: int, then: Callable[[], None]) -> None:
        tr = self._parent.tr
        dialog = QInputDialog(self._parent)
        dialog.setObjectName("archivePassphrase")
        dialog.setWindowTitle(tr("Private notes from another laptop"))
        dialog.setLabelText(
            tr(
                "%1 private notes in this archive were encrypted with the passphrase of the "
                "laptop they were written on. Type that passphrase to bring them in; they "
                "are then encrypted with yours."
            ).replace("%1", str(count))
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(tr("Import"))
        dialog.textValueSelected.connect(lambda text: self._import(path, text, then))
        dialog.open()
        self.passphrase_dialog = dialog
