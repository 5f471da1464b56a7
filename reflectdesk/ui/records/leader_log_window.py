"""The leader log window (Records ▸ Leader Log…): whose log and which accrediting body,
what is done and what is still needed for each of the body's requirements, the sessions
led and co-led in ReflectDesk with the entries typed by hand in one table, and the totals.

The log is read off the ui thread (a leader's sessions are gathered from every group of
the file) and shown when it arrives; a newer request wins over an older one still
running. Hand entries are added, changed and deleted here (leader_entry_dialog.py); the
PDF a supervisor signs, the CSV and printing go through leader_log_exports.py. All of it
is reflectdesk.operations.leader_log, the same use cases as the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.leader_log import LedSession, LogEntry
from reflectdesk.i18n.texts import current_language
from reflectdesk.operations import leader_log as log_ops
from reflectdesk.store.database import Store
from reflectdesk.ui.common.look import let_shrink
from reflectdesk.ui.common.messages import attempt, confirm, show_error
from reflectdesk.ui.common.save_folders import SaveFolders
from reflectdesk.ui.common.widgets import (
    at_least_lines,
    button_row,
    list_table,
    role_label,
    stack,
    table_key_action,
)
from reflectdesk.ui.jobs.task import Task, call_in_background, finish_tasks
from reflectdesk.ui.privacy.vault_controller import VaultController
from reflectdesk.ui.records.leader_entry_dialog import EntryStart, LeaderEntryDialog
from reflectdesk.ui.records.leader_log_exports import LeaderLogExports
from reflectdesk.ui.records.leader_log_table import LogRowsModel, by_date
from reflectdesk.ui.records.leader_log_words import LogWords
from reflectdesk.ui.records.leader_progress import ProgressTable


class LeaderLogWindow(QDialog):
    """``loaded`` is emitted each time a log read has been shown (tests wait on it)."""

    loaded = Signal()

    def __init__(
        self,
        store: Store,
        vault: VaultController,
        parent: QWidget | None = None,
        *,
        folders: SaveFolders | None = None,
        today: Callable[[], date] = date.today,
        leader: str = "",
    ) -> None:
        """Opens on ``leader``'s log, else on the name saved as "my name", else on the
        first leader found."""
        super().__init__(parent)
        self._store = store
        self._vault = vault
        self._today = today
        self._words = LogWords()
        self._reading = 0  # the newest read asked for; older answers are dropped
        self.log: log_ops.LeaderLog | None = None  # the log shown
        self.task: Task | None = None  # the last read started
        self.entry_dialog: LeaderEntryDialog | None = None
        self.setObjectName("leaderLogWindow")
        self.setWindowTitle(self.tr("Leader Log"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.exports = LeaderLogExports(store, self, folders=folders, status=self._say)

        self.leader_combo = QComboBox(self)
        self.leader_combo.setObjectName("leaderName")
        self.leader_combo.setEditable(True)
        self.leader_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.leader_combo.setMinimumContentsLength(24)
        self.body_combo = QComboBox(self)
        self.body_combo.setObjectName("accreditingBody")
        for body in log_ops.bodies(current_language()):  # named in the window's language
            self.body_combo.addItem(body.name, body.key)
        self.source_label = role_label("hint", self, wrap=True)
        self.source_label.setObjectName("bodySource")
        self.source_label.setOpenExternalLinks(True)

        self.progress = ProgressTable(self)
        at_least_lines(self.progress, 3)
        self.model = LogRowsModel(self)
        self.table = QTableView(self)
        list_table(
            self.table, "leaderLogTable", self.model, accessible_name=self.tr("Log"), stretch=2
        )
        at_least_lines(self.table, 4)
        self.totals_label = role_label("hint", self, wrap=True)
        self.totals_label.setObjectName("leaderTotals")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_button = self._button(self.tr("&Add Entry…"), "addLogEntry", self.add_entry)
        self.edit_button = self._button(self.tr("&Edit…"), "editLogEntry", self.edit_entry)
        self.delete_button = self._button(self.tr("&Delete…"), "deleteLogEntry", self.ask_delete)
        self.pdf_button = self._button(
            self.tr("Export &PDF…"), "exportLeaderPdf", lambda: self._export("pdf")
        )
        self.csv_button = self._button(
            self.tr("Export &CSV…"), "exportLeaderCsv", lambda: self._export("csv")
        )
        self.print_button = self._button(
            self.tr("P&rint…"), "printLeaderLog", lambda: self._export("print")
        )
        let_shrink(self.add_button, self.edit_button, self.delete_button)
        self.table.doubleClicked.connect(lambda _index: self.edit_entry())
        # Enter edits the current row, through keys of the table that take it whole: the
        # view's activated signal passes Enter on to the window after it, and the entry
        # dialog it opened then came up without the keyboard (seen in a test).
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            table_key_action(self.table, self.tr("Edit Entry"), QKeySequence(key), self.edit_entry)
        delete_key = QKeySequence(QKeySequence.StandardKey.Delete)
        table_key_action(self.table, self.tr("Delete Entry"), delete_key, self.ask_delete)
        self.status_label = role_label("hint", self)
        self.status_label.setObjectName("leaderLogStatus")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self._lay_out(close)

        self.leader_combo.activated.connect(lambda _index: self._leader_chosen())
        typed = self.leader_combo.lineEdit()
        assert typed is not None  # the combo is editable
        typed.setPlaceholderText(self.tr("Your name as your groups know it"))
        typed.editingFinished.connect(self._leader_chosen)
        self.body_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.progress.ticked.connect(self._ticked)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._fill_leaders()
        self.resize(1040, 640)
        if leader:
            self.show_leader(leader)  # reads it
        else:
            self.reload()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _lay_out(self, close: QDialogButtonBox) -> None:
        choose = QGridLayout()
        whose = QLabel(self.tr("&Whose log:"), self)
        whose.setBuddy(self.leader_combo)
        body = QLabel(self.tr("Accrediting &body:"), self)
        body.setBuddy(self.body_combo)
        choose.addWidget(whose, 0, 0)
        choose.addWidget(self.leader_combo, 0, 1)
        choose.addWidget(body, 0, 2)
        choose.addWidget(self.body_combo, 0, 3)
        choose.setColumnStretch(1, 1)
        choose.setColumnStretch(3, 1)
        progress_heading = role_label(
            "sectionHeading", self, self.tr("What is done and what is still needed")
        )
        table_heading = role_label(
            "sectionHeading", self, self.tr("Sessions led and entries, newest first")
        )
        progress_heading.setBuddy(self.progress)
        # The entries' buttons on the left, the whole log's on the right.
        entries = button_row(self.add_button, self.edit_button, self.delete_button)
        for button in (self.pdf_button, self.csv_button, self.print_button):
            entries.addWidget(button)
        # Tab follows the page down: whose log, the body, the requirements, the buttons,
        # then the table they act on.
        chain = (
            self.leader_combo,
            self.body_combo,
            self.progress,
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.pdf_button,
            self.csv_button,
            self.print_button,
            self.table,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        stack(
            self,
            choose,
            self.source_label,
            progress_heading,
            (self.progress, 2),
            table_heading,
            entries,
            (self.table, 3),
            self.totals_label,
            self.status_label,
            close,
        )

    # --- whose log ---------------------------------------------------------------------

    def _fill_leaders(self) -> None:
        """The leaders found in the groups, the saved "my name" first and chosen."""
        names = attempt(self, self.tr("Leader Log"), lambda: log_ops.leaders(self._store))
        mine = attempt(self, self.tr("Leader Log"), lambda: log_ops.my_leader_name(self._store))
        mine = mine or ""
        listed = [mine] if mine else []
        listed += [name for name in names or [] if name != mine]
        self.leader_combo.blockSignals(True)
        self.leader_combo.clear()
        self.leader_combo.addItems(listed)
        self.leader_combo.setCurrentIndex(0 if listed else -1)
        self.leader_combo.blockSignals(False)

    def leader(self) -> str:
        return " ".join(self.leader_combo.currentText().split())

    def body_key(self) -> str:
        return str(self.body_combo.currentData() or "")

    def show_leader(self, name: str) -> None:
        """Open on ``name``'s log (from a facilitator's row)."""
        found = self.leader_combo.findText(name, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            self.leader_combo.addItem(name)
            found = self.leader_combo.count() - 1
        self.leader_combo.setCurrentIndex(found)
        self.reload()

    def _leader_chosen(self) -> None:
        """A leader chosen or typed by hand: their log, and the window opens on it next
        time (the name saved as "my name")."""
        leader = self.leader()
        if self.log is not None and leader == self.log.leader_name:
            return
        if leader:
            attempt(
                self,
                self.tr("Leader Log"),
                lambda: log_ops.save_my_leader_name(self._store, leader),
            )
        self.reload()

    # --- reading and showing -----------------------------------------------------------

    def reload(self) -> None:
        """Read the chosen leader's log against the chosen body, off the ui thread."""
        leader, body, today = self.leader(), self.body_key(), self._today()
        self._reading += 1
        reading = self._reading
        self.status_label.setText(self.tr("Reading the log…"))
        store = self._store
        task = call_in_background(
            lambda: log_ops.leader_log(store, leader, body or None, today=today), self
        )
        task.succeeded.connect(lambda log: self._show(reading, log))
        task.failed.connect(lambda error: self._failed(reading, error))
        self.task = task
        task.start()

    def _failed(self, reading: int, error: ReflectDeskError) -> None:
        if reading == self._reading:
            self.status_label.clear()
            show_error(self, self.tr("Leader Log"), error)

    def _show(self, reading: int, log: log_ops.LeaderLog) -> None:
        if reading != self._reading:
            return  # a newer choice was made meanwhile
        self.log = log
        self.status_label.clear()
        self.source_label.setText(self._words.source(log.body) if log.body else "")
        self.progress.show_lines(log.requirements)
        self.model.set_records(by_date(log.sessions, log.entries))
        self.totals_label.setText(self._words.totals(log.totals))
        has_leader = bool(log.leader_name)
        self.add_button.setEnabled(has_leader)
        for button in (self.pdf_button, self.csv_button, self.print_button):
            button.setEnabled(has_leader)
        self._update_buttons()
        self.loaded.emit()

    def _ticked(self, key: str, done: bool) -> None:
        if self.log is None or not self.log.leader_name:
            return
        leader, body = self.log.leader_name, self.body_key()
        attempt(
            self,
            self.tr("Leader Log"),
            lambda: log_ops.set_requirement_done(self._store, leader, body, key, done),
        )
        self.reload()

    # --- hand entries ------------------------------------------------------------------

    def current_row(self) -> LedSession | LogEntry | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def current_entry(self) -> LogEntry | None:
        row = self.current_row()
        return row if isinstance(row, LogEntry) else None

    def _update_buttons(self) -> None:
        is_entry = self.current_entry() is not None
        self.edit_button.setEnabled(is_entry)
        self.delete_button.setEnabled(is_entry)

    def add_entry(self) -> None:
        leader = self.leader()
        if not leader:
            return

        def save(draft: log_ops.EntryDraft) -> None:
            made = log_ops.add_entry(self._store, leader, draft)
            self._after_change(f"entry:{made.id}")

        self._open_entry(LeaderEntryDialog(self._vault, save, parent=self))

    def edit_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            if isinstance(self.current_row(), LedSession):
                self._say(self.tr("Sessions in ReflectDesk are changed in their group."))
            return
        start = EntryStart(
            entry.kind, entry.on_date, entry.minutes, entry.counterpart, entry.title, entry.cases
        )

        def save(draft: log_ops.EntryDraft) -> None:
            log_ops.update_entry(self._store, entry.id, draft)
            self._after_change(f"entry:{entry.id}")

        def note() -> str:
            return log_ops.entry_note(self._store, entry.id) if entry.has_note else ""

        dialog = LeaderEntryDialog(self._vault, save, start=start, load_note=note, parent=self)
        self._open_entry(dialog)

    def _open_entry(self, dialog: LeaderEntryDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        self.entry_dialog = dialog
        dialog.open()

    def ask_delete(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        box = confirm(
            self,
            "deleteLogEntryQuestion",
            self.tr("Delete entry"),
            self.tr("Delete this entry of %1, and its private note?").replace(
                "%1", self._words.short_day(entry.on_date)
            ),
            answer=self.tr("Delete entry"),
            then=lambda: self._delete(entry.id),
        )
        box.open()

    def _delete(self, entry_id: str) -> None:
        def delete() -> bool:
            log_ops.delete_entry(self._store, entry_id)
            return True

        if attempt(self, self.tr("Delete entry"), delete):
            self._after_change(None)

    def _after_change(self, select: str | None) -> None:
        """Read the log again; then the changed entry is the current row."""
        if select is not None:

            def chosen() -> None:
                self.loaded.disconnect(chosen)
                row = self.model.row_of(select)
                if row >= 0:
                    self.table.setCurrentIndex(self.model.index(row, 0))

            self.loaded.connect(chosen)
        self.reload()

    # --- exports -----------------------------------------------------------------------

    def _export(self, kind: str) -> None:
        if self.log is None or not self.log.leader_name:
            return
        self.exports.start(kind, self.log.leader_name, self.body_key())

    def _say(self, message: str) -> None:
        self.status_label.setText(message)

    def done(self, result: int) -> None:
        finish_tasks(self)  # a read still running is not left behind
        super().done(result)
