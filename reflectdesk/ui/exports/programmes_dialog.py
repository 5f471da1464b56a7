"""The programme view: programmes (cohorts of groups), the groups in the chosen one, and
its programme report.

Left, the programmes, with a name field and New, Rename and Delete; right, every group
with a tick box: ticked groups are in the chosen programme (a group is in one at most,
so ticking it here takes it out of another). "Export programme report…" asks where, then
runs reflectdesk.operations.programme_exports off the ui thread as a job, the same use
case as ``reflectdesk export programme``.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.operations.export_names import programme_file_name
from reflectdesk.operations.programme_exports import export_programme_report
from reflectdesk.store import programmes
from reflectdesk.store.database import Store
from reflectdesk.store.groups import list_groups
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.messages import attempt, confirm, show_error
from reflectdesk.ui.common.save_folders import SaveFolders
from reflectdesk.ui.exports.file_choice import choose_path, steps
from reflectdesk.ui.exports.programme_figures import ProgrammeFigures
from reflectdesk.ui.jobs.jobs import Job, Progress, run_job

ID_ROLE = Qt.ItemDataRole.UserRole
W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


class ProgrammesDialog(QDialog):
    """Programmes and their groups; ``jobs`` holds the report exports it started."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, folders: SaveFolders | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._folders = folders  # where the report was last saved (the window's)
        self.jobs: list[Job] = []
        self.setObjectName("programmesDialog")
        self.setWindowTitle(self.tr("Programmes"))
        self.resize(1000, 720)

        self.programme_list = named(QListWidget(), "programmeList")
        self.programme_list.setAccessibleName(self.tr("Programmes"))
        self.name_field = named(QLineEdit(), "programmeName")
        self.name_field.setPlaceholderText(self.tr("Name of the programme"))
        self.name_field.setAccessibleName(self.tr("Name of the programme"))
        self.new_button = named(QPushButton(self.tr("&New programme")), "newProgramme")
        self.rename_button = named(QPushButton(self.tr("&Rename")), "renameProgramme")
        self.delete_button = named(QPushButton(self.tr("&Delete…")), "deleteProgramme")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Programmes")))
        left.addWidget(self.programme_list)
        left.addWidget(self.name_field)
        left.addLayout(buttons)

        self.group_list = named(QListWidget(), "programmeGroups")
        self.groups_label = QLabel(self.tr("Groups in this programme (tick to add)"))
        self.groups_label.setBuddy(self.group_list)
        self.export_button = named(
            QPushButton(self.tr("&Export programme report…")), "exportProgrammeReport"
        )
        right = QVBoxLayout()
        right.addWidget(self.groups_label)
        right.addWidget(self.group_list)
        right.addWidget(self.export_button)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        # The chosen programme's figures, worked out again whenever its groups change.
        self.figures = ProgrammeFigures(store, self)
        figures_heading = QLabel(self.tr("Figures of this programme"))
        set_role(figures_heading, "sectionHeading")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 2)
        layout.addWidget(figures_heading)
        layout.addWidget(self.figures, 5)
        layout.addWidget(close)
        self.finished.connect(self.figures.wait_for_loading)

        self.programme_list.currentItemChanged.connect(lambda *_: self._show_programme())
        self.group_list.itemChanged.connect(self._group_ticked)
        self.new_button.clicked.connect(self._new)
        self.rename_button.clicked.connect(self._rename)
        self.delete_button.clicked.connect(self._ask_delete)
        self.export_button.clicked.connect(self._ask_where)
        self.name_field.returnPressed.connect(self._new)
        self._fill_programmes()

    # --- the programmes -----------------------------------------------------------

    def selected_id(self) -> str | None:
        item = self.programme_list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def _fill_programmes(self, select: str | None = None) -> None:
        found = attempt(
            self, self.tr("Programmes"), lambda: programmes.list_programmes(self._store)
        )
        self.programme_list.blockSignals(True)
        self.programme_list.clear()
        for record in found or []:
            item = QListWidgetItem(record.name)
            item.setData(ID_ROLE, record.id)
            self.programme_list.addItem(item)
            if record.id == select:
                self.programme_list.setCurrentItem(item)
        if self.programme_list.currentItem() is None and self.programme_list.count():
            self.programme_list.setCurrentRow(0)
        self.programme_list.blockSignals(False)
        self._show_programme()

    def _new(self) -> None:
        name = self.name_field.text()
        made = attempt(
            self,
            self.tr("New programme"),
            lambda: programmes.create_programme(self._store, name),
        )
        if made is not None:
            self._fill_programmes(made.id)

    def _rename(self) -> None:
        chosen, name = self.selected_id(), self.name_field.text()
        if chosen is None:
            return
        done = attempt(
            self,
            self.tr("Rename programme"),
            lambda: programmes.rename_programme(self._store, chosen, name),
        )
        if done is not None:
            self._fill_programmes(chosen)

    def _ask_delete(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        box = confirm(
            self,
            "deleteProgrammeQuestion",
            self.tr("Delete programme"),
            self.tr("Delete this programme? Its groups and their records stay as they are."),
            answer=self.tr("Delete programme"),
            then=lambda: self._delete(chosen),
        )
        box.open()

    def _delete(self, programme_id: str) -> None:
        attempt(
            self,
            self.tr("Delete programme"),
            lambda: programmes.delete_programme(self._store, programme_id),
        )
        self._fill_programmes()

    # --- its groups ---------------------------------------------------------------

    def _show_programme(self) -> None:
        chosen = self.selected_id()
        has_one = chosen is not None
        for widget in (self.rename_button, self.delete_button, self.group_list):
            widget.setEnabled(has_one)
        self.name_field.setText("" if not has_one else self.programme_list.currentItem().text())
        self.group_list.blockSignals(True)
        self.group_list.clear()
        if chosen is not None:
            inside = {g.id for g in programmes.programme_groups(self._store, chosen)}
            for group in list_groups(self._store) + list_groups(self._store, archived=True):
                item = QListWidgetItem(group.name)
                item.setData(ID_ROLE, group.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = Qt.CheckState.Checked if group.id in inside else Qt.CheckState.Unchecked
                item.setCheckState(ticked)
                self.group_list.addItem(item)
        self.group_list.blockSignals(False)
        self._update_export()
        self.figures.show_programme(chosen)

    def _group_ticked(self, item: QListWidgetItem) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        group_id = str(item.data(ID_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            attempt(
                self,
                self.tr("Programmes"),
                lambda: programmes.add_group(self._store, chosen, group_id),
            )
        else:
            attempt(
                self,
                self.tr("Programmes"),
                lambda: programmes.remove_group(self._store, chosen, group_id),
            )
        self._update_export()
        self.figures.show_programme(chosen)

    def _update_export(self) -> None:
        ticked = any(
            self.group_list.item(row).checkState() == Qt.CheckState.Checked
            for row in range(self.group_list.count())
        )
        self.export_button.setEnabled(ticked)

    # --- the report ---------------------------------------------------------------

    def _ask_where(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        choose_path(
            self,
            self.tr("Export programme report"),
            programme_file_name(self._store, chosen),
            self.tr("PDF files (*.pdf)"),
            lambda path: self._export_to(chosen, path),
            kind="programme",
            folders=self._folders,
        )

    def _export_to(self, programme_id: str, path: Path) -> None:
        self.export_report(programme_id, path)

    def export_report(self, programme_id: str, path: Path) -> Job:
        """Write the programme's report to ``path`` as a job off the ui thread."""
        store = self._store
        title = self.tr("Exporting PDF")

        def work(progress: Progress, cancelled: threading.Event) -> Path:
            export_programme_report(store, programme_id, path, progress=steps(progress, cancelled))
            return path

        job = run_job(self, title, work)
        self.jobs.append(job)
        job.failed.connect(lambda message: show_error(self, title, message))
        return job
