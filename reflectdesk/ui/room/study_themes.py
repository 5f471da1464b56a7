"""Small dialogs around themes: tag a learning point with themes, and add or rename a
theme (the study's themes can be renamed and extended; none is ever deleted)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.model import ThemeKind
from reflectdesk.core.notes import THEME_NAME_MAX_LENGTH, ThemeRecord
from reflectdesk.ui.common.look import set_role

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_label(widget: QWidget, kind: ThemeKind) -> str:
    return widget.tr("experience") if kind is ThemeKind.EXPERIENCE else widget.tr("learning gain")


class ThemePickerDialog(QDialog):
    """Tick the themes of one learning point; ``save(theme_ids)`` runs on OK."""

    def __init__(
        self,
        text: str,
        themes: list[ThemeRecord],
        chosen: Collection[str],
        save: Callable[[list[str]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("themePicker")
        self.setWindowTitle(self.tr("Themes of a learning point"))
        self._save = save
        point = QLabel(text, self)
        point.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("themeChoices")
        for theme in themes:
            item = QListWidgetItem(f"{theme.name}  ({kind_label(self, theme.kind)})", self.list)
            item.setData(ID_ROLE, theme.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = theme.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.error = QLabel(self)
        set_role(self.error, "inlineError")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(point)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 420)

    def chosen(self) -> list[str]:
        return [
            self.list.item(row).data(ID_ROLE)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _ok(self) -> None:
        try:
            self._save(self.chosen())
        except ReflectDeskError as error:
            self.error.setText("⚠ " + str(error))
            self.error.show()
            return
        self.accept()


class ThemeNameDialog(QDialog):
    """Add a theme (name and kind) or rename one; ``save(name, kind)`` runs on OK (what
    it returns, such as the saved record, is not used)."""

    def __init__(
        self,
        save: Callable[[str, ThemeKind], object],
        current: ThemeRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("themeNameDialog")
        self.setWindowTitle(self.tr("Rename Theme") if current else self.tr("New Theme"))
        self._save = save
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("themeName")
        self.name_edit.setMaxLength(THEME_NAME_MAX_LENGTH)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("themeKind")
        for kind in ThemeKind:
            self.kind_combo.addItem(kind_label(self, kind), kind.value)
        if current is not None:
            self.name_edit.setText(current.name)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(current.kind.value))
            self.kind_combo.setEnabled(False)
        self.error = QLabel(self)
        set_role(self.error, "inlineError")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def _ok(self) -> None:
        try:
            self._save(self.name_edit.text(), ThemeKind(self.kind_combo.currentData()))
        except ReflectDeskError as error:
            self.error.setText("⚠ " + str(error))
            self.error.show()
            return
        self.accept()
