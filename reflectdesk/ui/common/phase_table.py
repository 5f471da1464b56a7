"""Editing a list of timed phases: a table model, a minutes delegate and a small editor.

The model works on ``PlannedPhase`` values (seconds), as sessions store them, and shows
and edits whole minutes, as formats count them; so it serves both a format's phases and
a planned session's. It knows nothing of formats: the minute limits are passed in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.clock_state import PlannedPhase
from reflectdesk.core.formats import FormatDefinition, PhaseDefinition
from reflectdesk.ui.common.deck_column import DeckChoice, DeckDelegate

Index = QModelIndex | QPersistentModelIndex

# The columns, named as a phase's fields (minutes standing for planned_seconds).
FIELDS = ("name", "minutes", "cue", "deck")
NAME, MINUTES, CUE, DECK = range(len(FIELDS))
# What marking a problem changes: not the phases themselves.
_MARK_ROLES = [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole]
DISPLAY = Qt.ItemDataRole.DisplayRole


def seconds_to_minutes(seconds: int) -> int:
    """Whole minutes as shown: rounded to the nearest, at least 1."""
    return max(1, (seconds + 30) // 60)


def minutes_to_seconds(minutes: int) -> int:
    return minutes * 60


class PhaseTableModel(QAbstractTableModel):
    """Phases as rows: name, minutes, role cue, suggested deck. Editable unless made
    read-only with :meth:`set_editable`. Cells named in :meth:`set_problems` get a
    tinted background and the problem as their tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._phases: list[PlannedPhase] = []
        self._editable = True
        self._problems: dict[tuple[int, int], str] = {}
        self._deck_titles: dict[str, str] = {}  # key -> title, for the deck column
        self.headers = (self.tr("Name"), self.tr("Minutes"), self.tr("Cue"), self.tr("Deck"))

    # --- reading ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._phases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return section + 1 if 0 <= section < len(self._phases) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._phases):
            return None
        phase, column = self._phases[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == DECK:
            return self.deck_title(phase.deck)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (phase.name, seconds_to_minutes(phase.planned_seconds), phase.cue, phase.deck)
            value = values[column]
            return value or "" if column == DECK else value
        problem = self._problems.get((index.row(), column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or (phase.cue if column == CUE and phase.cue else None)
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QColor(220, 40, 30, 60)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self._editable else flags

    def phases(self) -> list[PlannedPhase]:
        return list(self._phases)

    def deck_title(self, key: str | None) -> str:
        """What the deck column shows for ``key``: the deck's title, never its key
        unless no installed deck has it (then marked so)."""
        if not key:
            return ""
        title = self._deck_titles.get(key)
        return title if title is not None else self.tr("%1 (not installed)").replace("%1", key)

    def set_deck_titles(self, titles: Mapping[str, str]) -> None:
        self._deck_titles = dict(titles)
        if self._phases:
            self.dataChanged.emit(
                self.index(0, DECK), self.index(len(self._phases) - 1, DECK), [DISPLAY]
            )

    def is_editable(self) -> bool:
        return self._editable

    # --- changing --------------------------------------------------------------------

    def set_phases(self, phases: list[PlannedPhase]) -> None:
        self.beginResetModel()
        self._phases = list(phases)
        self._problems = {}
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        if self._phases:  # flags changed: views re-read them on layoutChanged
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self._editable or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        phase = self._phases[row]
        if column == MINUTES:
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                return False
            if value == seconds_to_minutes(phase.planned_seconds):
                return True  # keep seconds that are not whole minutes untouched
            changed = replace(phase, planned_seconds=minutes_to_seconds(value))
        elif isinstance(value, str) and column == NAME:
            changed = replace(phase, name=value)
        elif isinstance(value, str) and column == CUE:
            changed = replace(phase, cue=value)
        elif isinstance(value, str):
            changed = replace(phase, deck=value or None)  # "" is no deck
        else:
            return False
        if changed != phase:
            self._phases[row] = changed
            self.dataChanged.emit(index, index)
        return True

    def insert_phase(self, row: int, phase: PlannedPhase) -> None:
        row = max(0, min(row, len(self._phases)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._phases.insert(row, phase)
        self.endInsertRows()

    def remove_phase(self, row: int) -> None:
        if 0 <= row < len(self._phases):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._phases[row]
            self.endRemoveRows()

    def move_phase(self, row: int, delta: int) -> bool:
        """Move one phase up (``delta`` -1) or down (+1); False at either end."""
        target = row + delta
        if delta not in (-1, 1) or not (
            0 <= row < len(self._phases) and 0 <= target < len(self._phases)
        ):
            return False
        # Qt counts the destination as a position before the move: one further when moving down.
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (delta > 0)):
            return False
        self._phases.insert(target, self._phases.pop(row))
        self.endMoveRows()
        return True

    def set_problems(self, problems: Mapping[tuple[int, int], str]) -> None:
        """Mark cells, by (row, column), with what is wrong in them; {} clears."""
        marked = set(self._problems) | set(problems)
        self._problems = dict(problems)
        for row, column in marked:
            if 0 <= row < len(self._phases):
                cell = self.index(row, column)
                self.dataChanged.emit(cell, cell, _MARK_ROLES)


class MinutesDelegate(QStyledItemDelegate):
    """Edits the minutes column with a spin box between ``minimum`` and ``maximum``."""

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum, self.maximum = minimum, maximum

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setObjectName("minutesEditor")
        spin.setRange(self.minimum, self.maximum)
        spin.setSuffix(self.tr(" min"))
        spin.setFrame(False)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole)))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


def planned_phases(definition: FormatDefinition) -> list[PlannedPhase]:
    """A format's phases as the phase table edits them (seconds)."""
    return [
        PlannedPhase(phase.name, minutes_to_seconds(phase.minutes), phase.cue, phase.deck)
        for phase in definition.phases
    ]


def phase_definitions(phases: list[PlannedPhase]) -> tuple[PhaseDefinition, ...]:
    """Edited phases back in a format's whole minutes."""
    return tuple(
        PhaseDefinition(
            phase.name, seconds_to_minutes(phase.planned_seconds), phase.cue, phase.deck
        )
        for phase in phases
    )


def shortcut_action(
    parent: QWidget, text: str, keys: str, tip: str, *, only_in: tuple[QWidget, str] | None = None
) -> QAction:
    """An action whose tooltip says what it does and names its shortcut. The shortcut works
    in ``parent``'s window, or with ``only_in=(widget, ", in the list")`` only while that
    widget has the focus, which the tooltip then says."""
    widget, where = only_in or (parent, "")
    action = QAction(text, parent)
    action.setShortcut(QKeySequence(keys))
    native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({native}{where})" if native else tip)
    widget.addAction(action)
    if only_in is not None:
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    return action


def action_button(action: QAction, parent: QWidget) -> QPushButton:
    """A push button that triggers ``action`` and follows its text, tooltip and state."""
    button = QPushButton(action.text(), parent)
    button.setToolTip(action.toolTip())
    button.setEnabled(action.isEnabled())
    button.setAutoDefault(False)
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    return button


class PhaseEditor(QWidget):
    """The phase table with Add, Remove, Move up and Move down, and the total time.

    Shortcuts: Ctrl+Shift+N adds a phase after the current one; in the table, Delete
    removes it and Alt+Up / Alt+Down move it. Emits ``changed`` after every edit of the
    phases (not after :meth:`set_phases`).
    """

    changed = Signal()

    def __init__(
        self, minimum_minutes: int, maximum_minutes: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.minimum_minutes = minimum_minutes
        self.model = PhaseTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("phaseTable")
        self.table.setAccessibleName(self.tr("Phases"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            MINUTES, MinutesDelegate(minimum_minutes, maximum_minutes, self.table)
        )
        self.deck_delegate = DeckDelegate(self.table)
        self.table.setItemDelegateForColumn(DECK, self.deck_delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CUE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(NAME, 200)
        header.resizeSection(MINUTES, 80)
        header.resizeSection(DECK, 150)

        # Only in the table: Delete must still delete letters in text fields, and Alt+Down
        # still open a combo box's list.
        table = (self.table, self.tr(", in the table"))
        self.add_action = shortcut_action(
            self, self.tr("&Add Phase"), "Ctrl+Shift+N", self.tr("Add a phase after this one")
        )
        self.remove_action = shortcut_action(
            self, self.tr("&Remove Phase"), "Delete", self.tr("Remove this phase"), only_in=table
        )
        self.up_action = shortcut_action(
            self, self.tr("Move &Up"), "Alt+Up", self.tr("Move this phase earlier"), only_in=table
        )
        self.down_action = shortcut_action(
            self, self.tr("Move Do&wn"), "Alt+Down", self.tr("Move this phase later"), only_in=table
        )
        self.add_action.triggered.connect(self.add_phase)
        self.remove_action.triggered.connect(self.remove_current)
        self.up_action.triggered.connect(lambda: self.move_current(-1))
        self.down_action.triggered.connect(lambda: self.move_current(1))

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for action in (self.add_action, self.remove_action, self.up_action, self.down_action):
            buttons.addWidget(action_button(action, self))
        buttons.addStretch(1)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("phaseTotal")
        buttons.addWidget(self.total_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.rowsMoved):
            signal.connect(self._on_edited)
        self.model.dataChanged.connect(
            lambda _first, _last, roles=(): (
                None
                if list(roles) in (_MARK_ROLES, [DISPLAY])  # looks, not the phases
                else self._on_edited()
            )
        )
        self.model.modelReset.connect(self._update)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self._update()

    def set_phases(self, phases: list[PlannedPhase]) -> None:
        self.model.set_phases(phases)
        if phases:
            self.table.setCurrentIndex(self.model.index(0, NAME))

    def phases(self) -> list[PlannedPhase]:
        return self.model.phases()

    def set_decks(self, decks: Sequence[DeckChoice]) -> None:
        """The installed decks, (key, title) in the order to offer them: the deck
        column shows and offers their titles."""
        self.deck_delegate.set_decks(decks)
        self.model.set_deck_titles(dict(decks))

    def set_editable(self, editable: bool) -> None:
        self.model.set_editable(editable)
        self._update()

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def add_phase(self) -> None:
        """Insert a phase after the current one and start editing its name."""
        if not self.model.is_editable():
            return
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        phase = PlannedPhase(self.tr("New phase"), minutes_to_seconds(max(5, self.minimum_minutes)))
        self.model.insert_phase(row, phase)
        index = self.model.index(row, NAME)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_current(self) -> None:
        row = self.current_row()
        if not self.model.is_editable() or row < 0:
            return
        column = self.table.currentIndex().column()
        self.model.remove_phase(row)
        if self.model.rowCount():
            self.table.setCurrentIndex(
                self.model.index(min(row, self.model.rowCount() - 1), column)
            )

    def move_current(self, delta: int) -> None:
        current = self.table.currentIndex()
        if self.model.is_editable() and current.isValid():
            # The current index is persistent: it follows the moved row.
            self.model.move_phase(current.row(), delta)
            self.table.scrollTo(self.table.currentIndex())

    def _on_edited(self) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        editable, row, count = self.model.is_editable(), self.current_row(), self.model.rowCount()
        self.add_action.setEnabled(editable)
        self.remove_action.setEnabled(editable and row >= 0)
        self.up_action.setEnabled(editable and row > 0)
        self.down_action.setEnabled(editable and 0 <= row < count - 1)
        seconds = sum(phase.planned_seconds for phase in self.model.phases())
        self.total_label.setText(
            self.tr("Total: %1 min").replace("%1", str(seconds_to_minutes(seconds)))
            if count
            else ""
        )
