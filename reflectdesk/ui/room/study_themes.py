"""Small dialogs around themes: tag a learning point with themes, and add or rename a
theme (the study's themes can be renamed and extended; none is ever deleted)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from reflectdesk.core.model import ThemeKind
from reflectdesk.core.notes import THEME_NAME_MAX_LENGTH, ThemeRecord
from reflectdesk.ui.common.widgets import (
    accept_unless_refused,
    error_label,
    form_rows,
    line_field,
    ok_cancel,
    stack,
)

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
        self.error = error_label(self, wrap=False)
        buttons = ok_cancel(self, self._ok)
        stack(self, point, (self.list, 1), self.error, buttons)
        self.resize(460, 420)

    def chosen(self) -> list[str]:
        return [
            self.list.item(row).data(ID_ROLE)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _ok(self) -> None:
        accept_unless_refused(self, self.error, lambda: self._save(self.chosen()))


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
        self.name_edit = line_field(self, "themeName", THEME_NAME_MAX_LENGTH)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("themeKind")
        for kind in ThemeKind:
            self.kind_combo.addItem(kind_label(self, kind), kind.value)
        if current is not None:
            self.name_edit.setText(current.name)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(current.kind.value))
            self.kind_combo.setEnabled(False)
        self.error = error_label(self, wrap=False)
        buttons = ok_cancel(self, self._ok)
        form = form_rows((self.tr("&Name:"), self.name_edit), (self.tr("&Kind:"), self.kind_combo))
        stack(self, form, self.error, buttons)
        self.name_edit.setFocus()

    def _ok(self) -> None:
        kind = ThemeKind(self.kind_combo.currentData())
        accept_unless_refused(self, self.error, lambda: self._save(self.name_edit.text(), kind))
