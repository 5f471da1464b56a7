"""Add several members at once: paste a list (from a spreadsheet, an e-mail) or read a
CSV file, check the preview, correct a name or a role, leave someone out, add them all.

The text box is read again on every change (core/member_list, a few hundred lines in
well under a frame), so the preview is always what the box says; a correction made in
the table stays with its row while that row's line is unchanged, even when lines are
added or removed around it. A CSV file fills the preview directly.
Adding is one transaction (operations/member_list): everyone, or nobody.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.input_files import read_bounded
from reflectdesk.core.member_list import CSV_MAX_BYTES, read_csv, read_pasted
from reflectdesk.core.model import MemberRecord
from reflectdesk.operations.member_list import add_listed_members
from reflectdesk.store.database import Store
from reflectdesk.ui.common.form_dialog import FormDialog
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.common.save_folders import SaveFolders
from reflectdesk.ui.common.widgets import (
    button_row,
    push_button,
    role_label,
    show_inline_error,
    single_shot,
)
from reflectdesk.ui.groups.member_list_table import (
    INCLUDE,
    NAME,
    PROBLEMS,
    ROLE,
    MemberListModel,
    RoleDelegate,
)

log = logging.getLogger(__name__)
LINES_READ_AT_ONCE = 300
READ_DELAY_MS = 200
FOLDER_KIND = "memberList"  # where the CSV file dialog opens (ui/common/save_folders)


class PasteMembersDialog(FormDialog):
    """After it is accepted, ``added`` holds the new members in the list's order."""

    def __init__(
        self, store: Store, group_id: str, existing: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__("pasteMembersDialog", self.tr("Add Several Members"), parent)
        self._store = store
        self._group_id = group_id
        self.added: list[MemberRecord] = []

        intro = role_label(
            "hint",
            self,
            self.tr(
                "Paste one person per line, or two columns copied from a spreadsheet: "
                "name and role. “Eertwegh, van den, IJsbrand” is read as "
                "IJsbrand van den Eertwegh."
            ),
            wrap=True,
        )
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("memberListText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(
            self.tr("IJsbrand van den Eertwegh\tFacilitator\nSanne van 't Hof\nHüseyin Yılmaz")
        )
        self.text_edit.setAccessibleName(self.tr("List of people"))
        # Columns pasted from a spreadsheet line up when a tab reaches past most names.
        self.text_edit.setTabStopDistance(self.fontMetrics().horizontalAdvance("x") * 30)
        text_label = QLabel(self.tr("&List of people (one per line):"), self)
        text_label.setBuddy(self.text_edit)
        self.csv_button = push_button(
            self.tr("From a CSV &File…"),
            self,
            "memberListCsv",
            self.tr("Read the names (and roles) from a CSV file saved by a spreadsheet"),
            self.choose_csv,
        )
        self.source_label = role_label("hint", self)

        self.model = MemberListModel(existing, self)
        self.table = QTableView(self)
        self._set_up_table()
        table_label = QLabel(self.tr("&Check before adding:"), self)
        table_label.setBuddy(self.table)
        self.summary = role_label("hint", self, wrap=True)

        self.lay_out(
            intro,
            text_label,
            (self.text_edit, 1),
            button_row(self.csv_button, self.source_label),
            table_label,
            (self.table, 2),
            self.summary,
        )
        self._read_timer = single_shot(self, self._read_text, READ_DELAY_MS)
        self.text_edit.textChanged.connect(self._on_text_changed)
        self.model.checked.connect(self._update_ok)
        self._update_ok()
        self.text_edit.setFocus()
        # Fits a 1366×768 laptop with the taskbar and title bar; grows when there is room.
        self.setMinimumSize(640, 480)
        self.resize(780, 640)

    def _set_up_table(self) -> None:
        table = self.table
        table.setObjectName("memberListTable")
        table.setModel(self.model)
        table.setAccessibleName(self.tr("People to add"))
        table.setItemDelegateForColumn(ROLE, RoleDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        table.setEditTriggers(
            triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
        )
        # Arrows move between cells; Tab goes on to the buttons, as everywhere.
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        # One line of text per row, so a group of 12 fits without scrolling.
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in ((INCLUDE, fit), (NAME, stretch), (ROLE, fit), (PROBLEMS, stretch)):
            header.setSectionResizeMode(column, mode)

    # --- reading -------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        # A list of a few hundred is read at once (~3 ms per 100 lines, see
        # benchmarks/member_list.py); a longer one after a pause in typing.
        if self.text_edit.blockCount() > LINES_READ_AT_ONCE:
            self._read_timer.start()
        else:
            self._read_text()

    def _read_text(self) -> None:
        self._read_timer.stop()
        self.source_label.clear()
        self.error_label.hide()
        self.model.set_rows(read_pasted(self.text_edit.toPlainText()), keep_edits=True)

    def choose_csv(self) -> None:
        folders = SaveFolders()
        dialog = QFileDialog(
            self,
            self.tr("Read Members from a CSV File"),
            str(folders.folder(FOLDER_KIND)),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        dialog.setObjectName("memberListFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)

        def chosen(name: str) -> None:
            folders.remember(FOLDER_KIND, Path(name))
            self.read_csv_file(Path(name))

        dialog.fileSelected.connect(chosen)
        dialog.open()

    def read_csv_file(self, path: Path) -> None:
        try:
            rows = read_csv(read_bounded(path, CSV_MAX_BYTES))
        except ReflectDeskError as error:
            show_inline_error(self.error_label, error)
            return
        except OSError as error:
            log.info("a member list file could not be read: %s", type(error).__name__)
            show_inline_error(self.error_label, f"{path.name}: {error.strerror or error}")
            return
        self._read_timer.stop()
        self.text_edit.blockSignals(True)
        self.text_edit.clear()
        self.text_edit.blockSignals(False)
        self.error_label.hide()
        self.source_label.setText(fill(self.tr("Read from “%1”."), path.name))
        self.model.set_rows(rows)
        self.table.setFocus()

    # --- adding --------------------------------------------------------------------

    def _update_ok(self) -> None:
        included, blocked = self.model.included_count(), self.model.blocked_count()
        self.ok_button.setText(self.tr("Add %n Member(s)", "", included))
        self.ok_button.setEnabled(included > 0 and blocked == 0)
        if blocked:
            self.summary.setText(
                self.tr(
                    "%n row(s) need a change: correct the name, or clear the Add box "
                    "to leave the person out.",
                    "",
                    blocked,
                )
            )
        elif included:
            self.summary.setText(self.tr("%n person(s) will be added.", "", included))
        else:
            self.summary.setText(self.tr("Nobody to add yet."))

    def run_submit(self) -> None:
        if not self.ok_button.isEnabled():  # Enter with rows still to correct
            self._focus_first_problem()
            raise _NotReady(self.tr("Correct or leave out the rows marked in the Check column."))
        self.added = add_listed_members(self._store, self._group_id, self.model.rows())

    def _focus_first_problem(self) -> None:
        model = self.model
        for number, row in enumerate(model.rows()):
            if row.included and any(problem.blocking for problem in model.problems(number)):
                self.table.setCurrentIndex(model.index(number, NAME))
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return


class _NotReady(ReflectDeskError):
    """Enter pressed while the list still has rows that cannot be added."""

    code = "member_list_not_ready"
