"""Certificates of attendance and appraisal evidence from the group page's Export menu.

The options dialog of the other exports (paper, language) with who it is for: every
participant or one member, and for everyone one PDF or a folder with a file each. The
appraisal evidence carries learning points, so it goes through the same review of
likely identifiers as the bulletin (Exports._checked_then) before a file is chosen.
The work is reflectdesk.operations.attendance_records, as on the command line. Imported
by the main window at start, so everything heavy is imported when an export begins.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox

from reflectdesk.ui.common.translation import Translates

if TYPE_CHECKING:
    from reflectdesk.operations.identifier_check import KeptFinding
    from reflectdesk.ui.exports.export_actions import Exports
    from reflectdesk.ui.exports.export_options import SummaryOptionsDialog
    from reflectdesk.ui.jobs.jobs import Progress

EVERYONE = ""  # the "who" choice for every participant


class AttendanceRecordExports(Translates):
    """One export of a group's certificates or a member's appraisal evidence."""

    def __init__(self, exports: Exports, group_id: str, kind: str) -> None:
        from reflectdesk.store.members import list_members

        self.exports, self.group_id, self.kind = exports, group_id, kind
        self.options = exports._options(kind, group_id)
        self.options.setObjectName("exportOptions")
        self.who = QComboBox(self.options)
        self.who.setObjectName("exportWho")
        if kind == "certificate":
            self.who.addItem(self.tr("Every participant"), EVERYONE)
        seen: set[str] = set()
        for member in list_members(exports._store, group_id, include_former=True):
            if member.person_id not in seen:
                seen.add(member.person_id)
                self.who.addItem(member.display_name, member.person_id)
        self.options.form.insertRow(0, self.tr("&For:"), self.who)
        self.files: QComboBox | None = None
        if kind == "certificate":
            self.files = QComboBox(self.options)
            self.files.setObjectName("exportCertificateFiles")
            self.files.addItem(self.tr("One PDF, a page each"), "one")
            self.files.addItem(self.tr("A folder with a PDF for each participant"), "folder")
            self.options.form.insertRow(1, self.tr("F&iles:"), self.files)
            self.who.currentIndexChanged.connect(self._only_everyone_has_files)
        self.options.accepted.connect(self._chosen_options)

    def open(self) -> SummaryOptionsDialog:
        self.options.open()
        return self.options

    def _only_everyone_has_files(self) -> None:
        if self.files is not None:
            self.files.setEnabled(self.who.currentData() == EVERYONE)

    def _person(self) -> str | None:
        return str(self.who.currentData()) or None

    def _folder(self) -> bool:
        return (
            self.files is not None
            and self.files.isEnabled()
            and self.files.currentData() == "folder"
        )

    def _chosen_options(self) -> None:
        if self.kind == "appraisal":
            from reflectdesk.operations.attendance_records import check_appraisal

            store, group_id, person = self.exports._store, self.group_id, self._person() or ""
            self.exports._checked_then(
                lambda: check_appraisal(store, group_id, person), self._choose_target
            )
        else:
            self._choose_target(())

    def _choose_target(self, kept: tuple[KeptFinding, ...]) -> None:
        from reflectdesk.operations.attendance_records import (
            appraisal_file_name,
            certificate_file_name,
        )
        from reflectdesk.operations.export_language import export_texts
        from reflectdesk.store.groups import get_group
        from reflectdesk.ui.exports.file_choice import choose_path

        texts = export_texts(self.exports._store, self.group_id, self.options.chosen_language())
        group = get_group(self.exports._store, self.group_id).name
        if self._folder():
            choose_path(
                self.exports._parent,
                self.tr("Folder for the certificates"),
                "",
                "",
                lambda folder: self._write(folder, kept),
                kind="certificates",
                folders=self.exports.folders,
                folder=True,
            )
            return
        who = self.who.currentText() if self._person() else ""
        if self.kind == "appraisal":
            suggested = appraisal_file_name(group, who, texts)
        else:
            suggested = certificate_file_name(group, who, texts)
        self.exports._choose_pdf(self.kind, suggested, lambda path: self._write(path, kept))

    def _write(self, target: Path, kept: tuple[KeptFinding, ...]) -> None:
        from reflectdesk.operations.attendance_records import (
            export_appraisal,
            export_certificates,
        )
        from reflectdesk.ui.exports.file_choice import steps

        store, group_id, person = self.exports._store, self.group_id, self._person()
        paper, language = self.options.chosen_paper(), self.options.chosen_language()
        folder, appraisal = self._folder(), self.kind == "appraisal"

        def work(progress: Progress, cancelled: threading.Event) -> Path:
            step = steps(progress, cancelled)
            if appraisal:
                return export_appraisal(
                    store,
                    group_id,
                    person or "",
                    target,
                    paper=paper,
                    kept=kept,
                    language=language,
                    progress=step,
                )
            export_certificates(
                store,
                group_id,
                target,
                person_id=person,
                folder=folder,
                paper=paper,
                language=language,
                progress=step,
            )
            return target

        self.exports._run_pdf(work)


def export_attendance_record(exports: Exports, group_id: str, kind: str) -> SummaryOptionsDialog:
    """Ask, check and write a group's certificates ("certificate") or a member's
    appraisal evidence ("appraisal"); the options dialog, open."""
    export = AttendanceRecordExports(exports, group_id, kind)
    exports.jobs.append(export)  # kept alive with the jobs until the window goes
    return export.open()
