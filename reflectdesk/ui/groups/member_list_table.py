"""The preview of a pasted list of people: one row per person, with a box to leave them
out, the name and the role to correct, and what stands in the way in words.

The rows and their problems come from core/member_list; every edit here is read again
there (a corrected name as a typed name) and the whole list checked again, so a
duplicate disappears as soon as one of the two is changed or left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reflectdesk.core.member_list import ListedMember, Problem, check
from reflectdesk.core.model import Role
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.common.translation import QT_TRANSLATE_NOOP
from reflectdesk.ui.groups.members_panel import ROLE_LABELS

Index = QModelIndex | QPersistentModelIndex
INCLUDE, NAME, ROLE, PROBLEMS = range(4)
_HEADERS = (
    QT_TRANSLATE_NOOP("ColumnHeadings", "Add"),
    QT_TRANSLATE_NOOP("ColumnHeadings", "Name"),
    QT_TRANSLATE_NOOP("ColumnHeadings", "Role"),
    QT_TRANSLATE_NOOP("ColumnHeadings", "Check"),
)


def role_label(role: Role) -> str:
    return QCoreApplication.translate("MemberRole", ROLE_LABELS[role])


class MemberListModel(QAbstractTableModel):
    """Emits ``checked`` after every change, when the counts below may differ."""

    checked = Signal()

    def __init__(self, existing: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._existing = list(existing)  # the group's members' names
        self._rows: list[ListedMember] = []
        self._problems: list[frozenset[Problem]] = []
        # Corrections made in the table, by the row as it was read (see set_rows).
        self._read: list[_ReadKey] = []
        self._edits: dict[_ReadKey, ListedMember] = {}

    # --- what the dialog asks ------------------------------------------------------

    def set_rows(self, rows: Sequence[ListedMember], *, keep_edits: bool = False) -> None:
        """Show ``rows``. With ``keep_edits`` (the text was changed), a row read just as
        before keeps the corrections made to it in the table, wherever its line now is."""
        if not keep_edits:
            self._edits.clear()
        self.beginResetModel()
        self._read = _read_keys(rows)
        self._rows = [
            replace(self._edits[key], line=row.line) if key in self._edits else row
            for key, row in zip(self._read, rows, strict=True)
        ]
        self._problems = check(self._rows, self._existing)
        self.endResetModel()
        self.checked.emit()

    def rows(self) -> list[ListedMember]:
        return list(self._rows)

    def included_count(self) -> int:
        return sum(row.included for row in self._rows)

    def blocked_count(self) -> int:
        """Included rows that cannot be added as they are."""
        return sum(
            row.included and any(problem.blocking for problem in problems)
            for row, problems in zip(self._rows, self._problems, strict=True)
        )

    def problems(self, row: int) -> frozenset[Problem]:
        return self._problems[row]

    # --- the table -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ColumnHeadings", _HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == INCLUDE:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (NAME, ROLE):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if column == INCLUDE and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.included else Qt.CheckState.Unchecked
        if column == INCLUDE and role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Add") if row.included else self.tr("Leave out")
        if column == NAME and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.name
        if column == ROLE and role == Qt.ItemDataRole.DisplayRole:
            return role_label(row.role or Role.MEMBER)
        if column == ROLE and role == Qt.ItemDataRole.EditRole:
            return (row.role or Role.MEMBER).value
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if column == PROBLEMS and role in shown:
            return self.problem_text(index.row())
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        number, column = index.row(), index.column()
        row = self._rows[number]
        if column == INCLUDE and role == Qt.ItemDataRole.CheckStateRole:
            included = Qt.CheckState(value) == Qt.CheckState.Checked
            self._rows[number] = replace(row, included=included)
        elif column == NAME and role == Qt.ItemDataRole.EditRole and isinstance(value, str):
            self._rows[number] = row.renamed(value)
        elif column == ROLE and role == Qt.ItemDataRole.EditRole and isinstance(value, str):
            self._rows[number] = row.with_role(Role(value))
        else:
            return False
        self._edits[self._read[number]] = self._rows[number]
        self._problems = check(self._rows, self._existing)
        # Any row's problems may change (a duplicate resolved elsewhere): redraw them all.
        self.dataChanged.emit(self.index(number, INCLUDE), self.index(number, ROLE))
        last = len(self._rows) - 1
        self.dataChanged.emit(self.index(0, PROBLEMS), self.index(last, PROBLEMS))
        self.checked.emit()
        return True

    def problem_text(self, number: int) -> str:
        """What the person should know about row ``number``, in words ("" when nothing)."""
        row = self._rows[number]
        if not row.included:
            return self.tr("Left out")
        said = {
            Problem.NO_NAME: self.tr("No name"),
            Problem.TOO_LONG: self.tr("Name too long"),
            Problem.UNCLEAR_COMMAS: self.tr("Unclear which part is the family name"),
            Problem.REPEATED: self.tr("Already in this list"),
            Problem.ALREADY_MEMBER: self.tr("Already a member of this group"),
            Problem.UNKNOWN_ROLE: fill(
                self.tr("Role “%1” unknown: added as member"), row.role_text
            ),
            Problem.TURNED_ROUND: self.tr("Read as “family name, given name”"),
        }
        problems = self._problems[number]
        # What blocks first, then in the order the codes are defined.
        order = list(Problem)
        ordered = sorted(problems, key=lambda p: (not p.blocking, order.index(p)))
        # A warning sign on what must be corrected, so it stands out from what is only said.
        sign = "⚠ " if any(problem.blocking for problem in problems) else ""
        return sign + "; ".join(said[problem] for problem in ordered)


# A row as read, without its line number (lines move when one is added above), and
# which of identical rows it is, so leaving out one of two equal lines leaves the other.
_ReadKey = tuple[ListedMember, int]


def _read_keys(rows: Sequence[ListedMember]) -> list[_ReadKey]:
    seen: dict[ListedMember, int] = {}
    keys = []
    for row in rows:
        plain = replace(row, line=0)
        seen[plain] = seen.get(plain, 0) + 1
        keys.append((plain, seen[plain]))
    return keys


class RoleDelegate(QStyledItemDelegate):
    """Edits a row's role with a combo of the app's roles; Enter, Tab or leaving the
    cell takes the choice, Esc keeps the old one."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("memberListRole")
        for role in Role:
            combo.addItem(role_label(role), role.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
