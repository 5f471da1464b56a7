"""A panel of records: a heading over a list table, a row of buttons, a hint shown in
the table's place while it has no rows, and an action for the Delete key that works only
in the table. A group's members and its sessions are two (ui/groups).

Texts come in already translated (``self.tr`` in the subclass), as in widgets.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QTableView, QVBoxLayout, QWidget

from reflectdesk.ui.common.look import let_shrink
from reflectdesk.ui.common.record_model import Record, RecordTableModel
from reflectdesk.ui.common.widgets import (
    button_row,
    list_table,
    role_label,
    stack,
    table_key_action,
)


class RecordPanel(QWidget, Generic[Record]):
    """Subclasses make their buttons, then call :meth:`lay_out`; they extend
    :meth:`_update_buttons` (which shows the empty hint) to enable what applies to the
    current record."""

    def __init__(
        self,
        model_type: Callable[[QObject], RecordTableModel[Record]],
        heading: str,
        table_name: str,
        parent: QWidget | None = None,
        *,
        stretch: int | None = 0,
    ) -> None:
        super().__init__(parent)
        self.model = model_type(self)
        self.heading = role_label("sectionHeading", self, heading)
        self.table = QTableView(self)
        list_table(self.table, table_name, self.model, accessible_name=heading, stretch=stretch)

    def open_with(self, slot: Callable[[], object]) -> None:
        """Enter (activating a row) or a double-click on a row runs ``slot``."""
        self.table.activated.connect(lambda _index: slot())
        self.table.doubleClicked.connect(lambda _index: slot())

    def delete_key_action(self, text: str, slot: Callable[[], object]) -> QAction:
        """The Delete key's action: only while the table has the focus (see
        :func:`table_key_action`)."""
        return table_key_action(
            self.table, text, QKeySequence(QKeySequence.StandardKey.Delete), slot
        )

    def lay_out(self, buttons: Sequence[QPushButton], empty_hint: str) -> QVBoxLayout:
        """The heading, the buttons, the hint for an empty table and the table, one under
        the other; the buttons follow the current row from now on."""
        self.empty_hint = role_label("hint", self, empty_hint, wrap=True)
        let_shrink(*buttons)
        layout = stack(
            self,
            self.heading,
            button_row(*buttons),
            self.empty_hint,
            (self.table, 1),
            margins=(0, 0, 0, 0),
        )
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()
        return layout

    def current_record(self) -> Record | None:
        # The current row (the one with the focus frame), not only a selected one: a
        # keyboard user who tabs into the table acts on the row they see marked.
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def select(self, key: str) -> None:
        """Make the record with ``key`` the current (and selected) row, if it is listed."""
        row = self.model.row_of(key)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self, *_args: object) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)
