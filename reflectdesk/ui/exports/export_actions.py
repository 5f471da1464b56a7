"""Exports and imports from the menus: a session's summary, handout or attendance
register as PDF, a group's PDFs and CSV tables, archives, and importing an archive.

Each asks its few options, lets the facilitator choose where, then runs as a job off the
ui thread (progress, Cancel) and says where the file went. The work is done by
reflectdesk.operations, as on the command line. Exports that carry note text (the
session summary, the learning bulletin, the CSV tables) are checked there for
identifiable details; the findings are shown in the review after the options and before
the file is chosen, and the write gets the facilitator's decisions (Cancel exports
nothing). Archives are copies of the data for another laptop, not documents to share,
and are not checked. Printing (print_actions.py) is this with a temporary file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.operations.archives import export_archive, import_archive
from reflectdesk.operations.export_language import default_export_language
from reflectdesk.operations.export_names import (
    GroupKind,
    SessionKind,
    archive_file_name,
    group_file_name,
    session_file_name,
)
from reflectdesk.operations.group_exports import (
    check_bulletin,
    export_bulletin,
    export_series_report,
)
from reflectdesk.operations.identifier_check import (
    IdentifierCheck,
    KeptFinding,
    NoteField,
    NoteText,
    record_kept,
)
from reflectdesk.operations.session_exports import (
    SummaryOptions,
    check_session_summary,
    export_attendance_register,
    export_handout,
    export_session_summary,
)
from reflectdesk.operations.tables import WORKBOOK, check_csv, export_csv
from reflectdesk.store.database import Store
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.save_folders import SaveFolders
from reflectdesk.ui.common.translation import Translates
from reflectdesk.ui.exports.export_options import SummaryOptionsDialog
from reflectdesk.ui.exports.file_choice import choose_path, steps
from reflectdesk.ui.jobs.jobs import Progress, run_job
from reflectdesk.ui.jobs.task import Task, call_in_background
from reflectdesk.ui.privacy.identifier_review import (
    IdentifierReviewDialog,
    ReviewResult,
    ReviewText,
)
from reflectdesk.ui.privacy.vault_controller import VaultController

Kept = tuple[KeptFinding, ...]


class Exports(Translates):
    """The export and import commands of the main window (it owns the menus). The work
    is done by reflectdesk.operations, as on the command line."""

    def __init__(
        self,
        store: Store,
        vault: VaultController,
        parent: QWidget,
        status: Callable[[str], None],
        *,
        settings: QSettings | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._store = store
        self.folders = SaveFolders(settings)  # the last folder per kind of export
        self.today = today  # an archive's name carries the day it was made
        self._vault = vault  # unlocks private notes before they are read or sealed
        self._parent = parent
        self._status = status
        self.jobs: list[Any] = []  # kept until they finish (tests wait on them)
        self.check: Task | None = None  # the last identifier check started
        self.review: IdentifierReviewDialog | None = None  # the last review opened
        self.passphrase_dialog: QInputDialog | None = None  # an archive's, when asked

    # --- the identifiable-detail check -------------------------------------------------

    def _checked_then(
        self, check: Callable[[], IdentifierCheck], then: Callable[[Kept], None]
    ) -> None:
        """Run the export's own check; ``then(kept)`` runs at once when nothing stands, or
        after Continue in the review with the findings kept as written (recorded, and
        passed on to the write, which checks again); Cancel stops."""
        # Off the ui thread: a long series holds much text to read and check.
        task = call_in_background(check, self._parent)
        task.succeeded.connect(lambda found: self._review_then(found, then))
        task.failed.connect(
            lambda error: show_error(self._parent, self.tr("Could not check the notes"), error)
        )
        self.check = task
        task.start()

    def _review_then(self, found: IdentifierCheck, then: Callable[[Kept], None]) -> None:
        if not found.standing:
            then(())
            return
        shown = [
            self._review_text(item)
            for item, hits in zip(found.texts, found.found, strict=True)
            if hits
        ]
        dialog = IdentifierReviewDialog(
            shown,
            place_names=found.place_names,
            already_kept=lambda item, finding: found.kept_before(item.note_id, finding),
            hint=self.tr(
                "These texts are exported as they are saved. To change the wording, "
                "close this and edit the note in its session."
            ),
            parent=self._parent,
        )

        def reviewed(result: ReviewResult) -> None:
            fresh = [k for k in result.kept if not found.kept_before(k.note_id, k.finding)]
            try:
                record_kept(self._store, fresh)
            except ReflectDeskError as error:
                show_error(self._parent, self.tr("Could not record the choice"), error)
                return
            then(result.kept)

        dialog.reviewed.connect(reviewed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.review = dialog

    def _review_text(self, item: NoteText) -> ReviewText:
        labels = {
            NoteField.ACTION: self.tr("Action"),
            NoteField.LEARNING_POINT: self.tr("Learning point"),
        }
        label = labels.get(item.field)
        if label is None:  # a private note, by its title when it has one
            label = self.tr("Private note: %1").replace("%1", item.title) if item.title else None
        return ReviewText(label or self.tr("Private note"), item.text, item.note_id)

    def _run(self, title: str, work: Callable[[Progress, threading.Event], Any], done: str) -> None:
        job = run_job(self._parent, title, work)
        self.jobs.append(job)
        job.succeeded.connect(lambda result: self._status(done.replace("%1", str(result))))
        job.failed.connect(lambda message: show_error(self._parent, title, message))
        job.cancelled.connect(lambda: self._status(self.tr("Cancelled.")))

    def _options(self, kind: str, group_id: str | None) -> SummaryOptionsDialog:
        """The options dialog of an export, its Language set to the export's default."""
        language = default_export_language(self._store, group_id)
        return SummaryOptionsDialog(kind, self._parent, language=language)

    def session_pdf(self, session_id: str, kind: SessionKind) -> None:
        """A session's summary, handout or attendance register."""
        from reflectdesk.store.sessions import get_session

        options = self._options(kind, get_session(self._store, session_id).group_id)

        def checked() -> None:
            wanted = SummaryOptions(
                session_id,
                names=options.chosen_names(),
                include_private=options.includes_private(),
                paper=options.chosen_paper(),
                language=options.chosen_language(),
                signatures=options.asks_signatures(),
            )
            suggested = session_file_name(self._store, session_id, kind, wanted.language)

            def chosen(kept: Kept) -> None:
                self._choose_pdf(
                    kind, suggested, lambda path: self._write_pdf(wanted, path, kind, kept)
                )

            def check() -> None:
                self._checked_then(lambda: check_session_summary(self._store, wanted), chosen)

            if kind != "summary":  # the handout and the register hold no note text
                chosen(())
            elif wanted.include_private:
                # Private notes are read to be exported: they must be unlocked first.
                self._vault.when_unlocked(check)
            else:
                check()

        options.accepted.connect(checked)
        options.open()

    def _choose_pdf(self, kind: str, suggested: str, write: Callable[[Path], None]) -> None:
        """Ask where to save a PDF; ``write(path)`` runs once a file was chosen."""
        choose_path(
            self._parent,
            self.tr("Save PDF"),
            suggested,
            "PDF (*.pdf)",
            write,
            kind=kind,
            folders=self.folders,
        )

    def _run_pdf(self, work: Callable[[Progress, threading.Event], Path]) -> None:
        self._run(self.tr("Exporting PDF"), work, self.tr("Saved %1."))

    def _write_pdf(self, wanted: SummaryOptions, path: Path, kind: SessionKind, kept: Kept) -> None:
        store, session_id = self._store, wanted.session_id

        def work(progress: Progress, cancelled: threading.Event) -> Path:
            step = steps(progress, cancelled)
            paper, language = wanted.paper, wanted.language
            if kind == "handout":
                export_handout(
                    store, session_id, path, paper=paper, language=language, progress=step
                )
            elif kind == "register":
                export_attendance_register(
                    store,
                    session_id,
                    path,
                    paper=paper,
                    language=language,
                    names=wanted.names,
                    signatures=wanted.signatures,
                    progress=step,
                )
            else:
                export_session_summary(store, wanted, path, kept=kept, progress=step)
            return path

        self._run_pdf(work)

    def group_pdf(self, group_id: str, *, bulletin: bool) -> None:
        """The series report or the learning bulletin of a group."""
        kind: GroupKind = "bulletin" if bulletin else "series"
        options = self._options(kind, group_id)
        store = self._store

        def write(path: Path, kept: Kept) -> None:
            names, with_names = options.chosen_names(), options.says_whose_case()
            paper, language = options.chosen_paper(), options.chosen_language()

            def work(progress: Progress, cancelled: threading.Event) -> Path:
                step = steps(progress, cancelled)
                if bulletin:
                    export_bulletin(
                        store,
                        group_id,
                        path,
                        with_names=with_names,
                        paper=paper,
                        kept=kept,
                        language=language,
                        progress=step,
                    )
                else:
                    export_series_report(
                        store,
                        group_id,
                        path,
                        names=names,
                        paper=paper,
                        language=language,
                        progress=step,
                    )
                return path

            self._run_pdf(work)

        def chosen(kept: Kept) -> None:
            suggested = group_file_name(store, group_id, kind, options.chosen_language())
            self._choose_pdf(kind, suggested, lambda path: write(path, kept))

        def checked() -> None:
            # The series report holds no note text; the bulletin holds shareable points.
            if not bulletin:
                chosen(())
                return
            self._checked_then(lambda: check_bulletin(store, group_id), chosen)

        options.accepted.connect(checked)
        options.open()

    # --- CSV and archives --------------------------------------------------------------

    def group_csv(self, group_id: str) -> None:
        """The group's tables (and its evaluation's) as CSV files or one workbook."""
        store = self._store
        options = self._options("tables", group_id)

        def write(target: Path, kept: Kept) -> None:
            language = options.chosen_language()
            spreadsheet = options.chosen_spreadsheet()
            workbook = spreadsheet == "xlsx"
            folder = target.parent if workbook else target

            def work(progress: Progress, cancelled: threading.Event) -> str:
                step = steps(progress, cancelled)
                done = export_csv(
                    store,
                    group_id,
                    folder,
                    with_evaluation=True,
                    kept=kept,
                    language=language,
                    spreadsheet=spreadsheet,
                    workbook_name=target.name if workbook else WORKBOOK,
                    progress=step,
                )
                if workbook:
                    return str(done.files[0])
                return self.tr("%n file(s) in %1", "", len(done.files)).replace("%1", str(folder))

            self._run(self.tr("Exporting tables"), work, self.tr("Saved %1."))

        def chosen(kept: Kept) -> None:
            if options.chosen_spreadsheet() == "xlsx":
                choose_path(
                    self._parent,
                    self.tr("Save workbook"),
                    group_file_name(store, group_id, "tables", options.chosen_language()),
                    self.tr("Excel workbook (*.xlsx)"),
                    lambda path: write(path, kept),
                    kind="workbook",
                    folders=self.folders,
                )
                return
            choose_path(
                self._parent,
                self.tr("Folder for the CSV files"),
                "",
                "",
                lambda folder: write(folder, kept),
                kind="csv",
                folders=self.folders,
                folder=True,
            )

        # actions.csv carries the text of every action.
        options.accepted.connect(
            lambda: self._checked_then(lambda: check_csv(store, group_id), chosen)
        )
        options.open()

    def archive(self, group_id: str | None) -> None:
        store = self._store
        name = archive_file_name(store, group_id, self.today())

        def write(path: Path) -> None:
            def work(progress: Progress, cancelled: threading.Event) -> Path:
                export_archive(store, path, group_id, progress=steps(progress, cancelled))
                return path

            self._run(self.tr("Exporting archive"), work, self.tr("Saved %1."))

        choose_path(
            self._parent,
            self.tr("Save archive"),
            name,
            self.tr("ReflectDesk archive (*.rdarchive *.zip)"),
            write,
            kind="archive",
            folders=self.folders,
        )

    def import_archive(self, then: Callable[[], None]) -> None:
        choose_path(
            self._parent,
            self.tr("Import archive"),
            "",
            self.tr("ReflectDesk archive (*.rdarchive *.zip)"),
            lambda path: self._import(path, None, then),
            kind="archive",  # archives are opened where they were saved
            folders=self.folders,
            opening=True,
        )

    def import_archive_file(self, path: Path, then: Callable[[], None]) -> Task:
        """Import an archive handed to the app, once the facilitator said yes to it."""
        return self._import(path, None, then)

    def _import(self, path: Path, archive_passphrase: str | None, then: Callable[[], None]) -> Task:
        store = self._store

        def work(progress: Progress, cancelled: threading.Event) -> object:
            from reflectdesk.export.archive import ArchivePassphraseNeededError

            try:
                summary = import_archive(
                    store, path, archive_passphrase=archive_passphrase, progress=progress
                )
            except ArchivePassphraseNeededError as needed:
                return needed  # asked on the ui thread, then imported again
            added = self.tr("%n record(s) from %1", "", summary.total_added)
            return added.replace("%1", path.name)

        title = self.tr("Importing archive")
        job = run_job(self._parent, title, work)
        self.jobs.append(job)
        job.failed.connect(lambda message: show_error(self._parent, title, message))
        job.cancelled.connect(lambda: self._status(self.tr("Cancelled.")))

        def done(result: object) -> None:
            if isinstance(result, str):
                self._status(self.tr("Imported %1.").replace("%1", result))
                then()
                return
            # Notes sealed on another laptop: this vault must be open to seal them again.
            count = int(getattr(result, "count", 0))
            self._vault.when_unlocked(lambda: self._ask_archive_passphrase(path, count, then))

        job.succeeded.connect(done)
        return job

    def _ask_archive_passphrase(self, path: Path, count: int, then: Callable[[], None]) -> None:
        dialog = QInputDialog(self._parent)
        dialog.setObjectName("archivePassphrase")
        dialog.setWindowTitle(self.tr("Private notes from another laptop"))
        dialog.setLabelText(
            # English's one form ("1 private note ... was ... it is") is written in the .ts.
            self.tr(
                "%n private note(s) in this archive were encrypted with the passphrase of the "
                "laptop they were written on. Type that passphrase to bring them in; they "
                "are then encrypted with yours.",
                "",
                count,
            )
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(self.tr("Import"))
        dialog.textValueSelected.connect(lambda text: self._import(path, text, then))
        dialog.open()
        self.passphrase_dialog = dialog
