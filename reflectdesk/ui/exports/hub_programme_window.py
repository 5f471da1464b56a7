"""The programme read from the department's hub, for a programme lead (issue 20): a
read-only window with the programme figures the Programmes dialog shows
(``ProgrammeFigures``) and the programme's exports (the report PDF, the tables, the
REDCap files), all on the hub's Store opened as the lead's role.

A lead has no laptop database of the groups: the hub's row-level security shows the
role exactly its programmes' groups, and the role may not write, so nothing here tries
to. Loading and exports run off the ui thread (``ui/jobs``). The small-numbers threshold
is this computer's Preferences' (the hub keeps no settings). Closing the window closes
the connection, and with it the password typed for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reflectdesk.operations.export_names import programme_file_name
from reflectdesk.operations.programme_exports import (
    export_programme_report,
    export_programme_tables,
    export_redcap,
)
from reflectdesk.store.database import Store
from reflectdesk.store.hub import place
from reflectdesk.store.hub_programmes import LeadHub
from reflectdesk.store.settings import small_n_threshold
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.exports.file_choice import choose_path, steps
from reflectdesk.ui.exports.hub_login_dialog import HubLoginDialog
from reflectdesk.ui.exports.programme_figures import ProgrammeFigures
from reflectdesk.ui.jobs.jobs import Job, Progress, run_job
from reflectdesk.ui.jobs.task import finish_tasks

__all__ = ["HubProgrammeWindow", "open_hub_programme"]


class HubProgrammeWindow(QWidget):
    def __init__(self, lead: LeadHub, min_n: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("hubProgrammeWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Programme from the Hub"))
        self._lead, self._min_n = lead, min_n
        self.jobs: list[Job] = []

        database, host = place(lead.store.engine.url)
        where = QLabel(
            (
                self.tr("Read-only: database %1 on %2, as %3.").replace("%2", host)
                if host
                else self.tr("Read-only: database %1 on this computer, as %3.")
            )
            .replace("%1", database)
            .replace("%3", lead.role),
            self,
        )
        where.setWordWrap(True)
        set_role(where, "hint")  # names the label by its role: the test finds it by its text
        self.programme_combo = QComboBox(self)
        self.programme_combo.setObjectName("hubProgrammes")
        self.programme_combo.setAccessibleName(self.tr("Programme"))
        for programme in lead.programmes:
            self.programme_combo.addItem(programme.name, programme.id)
        self.figures = ProgrammeFigures(lead.store, self, min_n=min_n)
        self.figures.no_groups_text = self.tr(
            "No group of this programme has been published to the hub yet."
        )

        self.report_button = QPushButton(self.tr("Export &Report (PDF)…"), self)
        self.report_button.setObjectName("hubExportReport")
        self.report_button.clicked.connect(self._ask_report)
        self.tables_button = QPushButton(self.tr("Export &Tables (CSV)…"), self)
        self.tables_button.setObjectName("hubExportTables")
        self.tables_button.clicked.connect(lambda: self._ask_folder(self.export_tables))
        self.redcap_button = QPushButton(self.tr("Export RED&Cap Files…"), self)
        self.redcap_button.setObjectName("hubExportRedcap")
        self.redcap_button.clicked.connect(lambda: self._ask_folder(self.export_redcap))
        buttons = QHBoxLayout()
        for button in (self.report_button, self.tables_button, self.redcap_button):
            button.setEnabled(bool(lead.programmes))
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.programme_combo)
        layout.addWidget(self.figures, 1)
        layout.addLayout(buttons)
        self.resize(820, 640)
        self.programme_combo.currentIndexChanged.connect(self._show_programme)
        if lead.programmes:
            self._show_programme()
        else:
            self.programme_combo.setEnabled(False)
            self.figures.status_label.setText(
                self.tr("This role leads no programme on the hub yet.")
            )

    @property
    def store(self) -> Store:
        return self._lead.store

    def selected_id(self) -> str | None:
        chosen = self.programme_combo.currentData()
        return chosen if isinstance(chosen, str) else None

    def _show_programme(self) -> None:
        self.figures.show_programme(self.selected_id())

    # --- exports, each a job off the ui thread -----------------------------------------

    def _ask_report(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            choose_path(
                self,
                self.tr("Export programme report"),
                programme_file_name(self.store, chosen),
                self.tr("PDF files (*.pdf)"),
                self.export_report,
                kind="programme",
            )

    def _ask_folder(self, then: Callable[[Path], object]) -> None:
        if self.selected_id() is not None:
            title = self.tr("Choose a folder for the programme's files")
            choose_path(self, title, "", "", then, kind="programme-tables", folder=True)

    def export_report(self, path: Path) -> Job:
        programme_id, store, min_n = self.selected_id() or "", self.store, self._min_n

        def work(progress: Progress, cancelled: threading.Event) -> object:
            report = steps(progress, cancelled)
            return export_programme_report(store, programme_id, path, min_n=min_n, progress=report)

        return self._run(self.tr("Exporting PDF"), work)

    def export_tables(self, folder: Path) -> Job:
        programme_id, store = self.selected_id() or "", self.store
        return self._run(
            self.tr("Exporting tables"),
            lambda _progress, _cancelled: export_programme_tables(store, programme_id, folder),
        )

    def export_redcap(self, folder: Path) -> Job:
        programme_id, store = self.selected_id() or "", self.store
        return self._run(
            self.tr("Exporting REDCap files"),
            lambda _progress, _cancelled: export_redcap(store, programme_id, folder),
        )

    def _run(self, title: str, work: Callable[[Progress, threading.Event], object]) -> Job:
        job = run_job(self, title, work)
        self.jobs.append(job)
        job.failed.connect(lambda message: show_error(self, title, str(message)))
        return job

    def closeEvent(self, event: QCloseEvent) -> None:
        self.figures.wait_for_loading()
        finish_tasks(self)
        self.store.close()  # the connection, and the password it held
        super().closeEvent(event)


def open_hub_programme(laptop: Store, parent: QWidget) -> HubLoginDialog:
    """Ask for the hub and the lead's login, then open the programme window on it. The
    small-numbers threshold is ``laptop``'s Preferences'."""
    dialog = HubLoginDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    min_n = small_n_threshold(laptop)

    def opened(lead: object) -> None:
        assert isinstance(lead, LeadHub)
        window = HubProgrammeWindow(lead, min_n, parent)
        dialog.setProperty("hubWindow", window)  # for whoever wants to find it (tests)
        window.show()

    dialog.opened.connect(opened)
    dialog.open()
    return dialog
