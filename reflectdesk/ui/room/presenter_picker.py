"""Who presents the case today: how often and when each member last presented in this
series, the suggestion (least often, longest ago), and the choice: one click on a name, or
Enter or Space on the selected one (the page can undo it). Only members who may present
are listed: the page leaves out the absent and the excused."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from reflectdesk.core.rotation import PresenterStat
from reflectdesk.ui.common.dates import short_day
from reflectdesk.ui.common.widgets import (
    button_row,
    is_shortcut_check_for,
    list_table,
    role_label,
    rows_high,
    stack,
)


class PresenterTable(QTableWidget):
    """Space chooses the selected member here, before the page's Space (the clock's
    start and pause) can take it; everywhere else on the page Space stays the clock's."""

    space_pressed = Signal()

    def event(self, event: QEvent) -> bool:
        if is_shortcut_check_for(event, Qt.Key.Key_Space):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.space_pressed.emit()
            return
        super().keyPressEvent(event)


class PresenterPicker(QWidget):
    """Emits ``chosen(person_id)`` ("" to clear the choice)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stats: list[PresenterStat] = []
        self._current = ""
        heading = role_label("sectionHeading", self, self.tr("Case presenter"))
        self.choice_label = QLabel(self)
        self.choice_label.setObjectName("presenterChoice")
        self.choice_label.setWordWrap(True)
        self.suggest_button = QPushButton(self)
        self.suggest_button.setObjectName("takeSuggestion")
        self.suggest_button.clicked.connect(self._take_suggestion)
        self.clear_button = QPushButton(self.tr("No presenter"), self)
        self.clear_button.setObjectName("clearPresenter")
        self.clear_button.clicked.connect(lambda: self.chosen.emit(""))

        self.table = PresenterTable(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Presented"), self.tr("Last time")]
        )
        list_table(self.table, "presenterTable", accessible_name=self.tr("Case presenter"))
        # Two rows at the least: the attendance above has the first claim on the height.
        self.table.setMinimumHeight(rows_high(self.table, 2))
        how = self.tr("Click a name, or select it and press Enter or Space, to choose.")
        self.table.setToolTip(how)
        self.table.setAccessibleDescription(how)
        self.table.clicked.connect(lambda index: self._choose_row(index.row()))
        self.table.activated.connect(lambda index: self._choose_row(index.row()))
        self.table.space_pressed.connect(lambda: self._choose_row(self.table.currentRow()))
        who = self.tr("Absent and excused members are not listed.")
        self.hint = role_label("hint", self, f"{how} {who}", wrap=True)

        buttons = button_row(self.suggest_button, self.clear_button, margins=True)
        stack(
            self,
            heading,
            self.choice_label,
            buttons,
            self.hint,
            (self.table, 1),
            margins=(0, 0, 0, 0),
        )
        self._suggestion: PresenterStat | None = None

    def set_data(
        self,
        stats: list[PresenterStat],
        suggestion: PresenterStat | None,
        current: str,
        current_name: str,
    ) -> None:
        self._stats = stats
        self._suggestion = suggestion
        self._current = current
        self.table.setRowCount(len(stats))
        for row, stat in enumerate(stats):
            times = QTableWidgetItem(str(stat.times))
            times.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            last = short_day(stat.last_presented) if stat.last_presented else self.tr("never")
            name = stat.display_name
            if stat.person_id == current:
                name = "▶ " + name
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, times)
            self.table.setItem(row, 2, QTableWidgetItem(last))
        if current:
            self.choice_label.setText(self.tr("Presenting today: %1").replace("%1", current_name))
        else:
            self.choice_label.setText(self.tr("No presenter chosen yet."))
        if suggestion is not None:
            self.suggest_button.setText(
                self.tr("Choose %1 (suggested)").replace("%1", suggestion.display_name)
            )
            self.suggest_button.setToolTip(
                self.tr("Has presented least often, and longest ago, in this series")
            )
        self.suggest_button.setVisible(suggestion is not None and suggestion.person_id != current)
        self.clear_button.setVisible(bool(current))

    def set_read_only(self, read_only: bool) -> None:
        self.suggest_button.setEnabled(not read_only)
        self.clear_button.setEnabled(not read_only)
        self.table.setEnabled(not read_only)

    def _choose_row(self, row: int) -> None:
        if 0 <= row < len(self._stats) and self.table.isEnabled():
            self.chosen.emit(self._stats[row].person_id)

    def _take_suggestion(self) -> None:
        if self._suggestion is not None:
            self.chosen.emit(self._suggestion.person_id)
