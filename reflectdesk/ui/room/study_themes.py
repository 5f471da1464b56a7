"""Small dialogs around themes: tag a learning point with themes, and add or rename a
theme (the study's themes can be renamed and extended; none is ever deleted)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QWidget

from reflectdesk.core.model import ThemeKind
from reflectdesk.core.notes import THEME_NAME_MAX_LENGTH, ThemeRecord
from reflectdesk.ui.common.form_dialog import FormDialog
from reflectdesk.ui.common.translation import Translates
from reflectdesk.ui.common.widgets import form_rows, line_field

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StudyThemes(Translates):
    """The words of :func:`kind_label`."""


def kind_label(kind: ThemeKind) -> str:
    return (
        StudyThemes.tr("experience")
        if kind is ThemeKind.EXPERIENCE
        else StudyThemes.tr("learning gain")
    )


class ThemePickerDialog(FormDialog):
    """Tick the themes of one learning point; ``save(theme_ids)`` runs on OK."""

    def __init__(
        self,
        text: str,
        themes: list[ThemeRecord],
        chosen: Collection[str],
        save: Callable[[list[str]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "themePicker", self.tr("Themes of a learning point"), parent, wrap_error=False
        )
        self._save = save
        point = QLabel(text, self)
        point.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("themeChoices")
        for theme in themes:
            item = QListWidgetItem(f"{theme.name}  ({kind_label(theme.kind)})", self.list)
            item.setData(ID_ROLE, theme.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = theme.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.lay_out(point, (self.list, 1))
        self.resize(460, 420)

    def chosen(self) -> list[str]:
        return [
            self.list.item(row).data(ID_ROLE)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def run_submit(self) -> None:
        self._save(self.chosen())


class ThemeNameDialog(FormDialog):
    """Add a theme (name and kind) or rename one; ``save(name, kind)`` runs on OK (what
    it returns, such as the saved record, is not used)."""

    def __init__(
        self,
        save: Callable[[str, ThemeKind], object],
        current: ThemeRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Rename Theme") if current else self.tr("New Theme")
        super().__init__("themeNameDialog", title, parent, wrap_error=False)
        self._save = save
        self.name_edit = line_field(self, "themeName", THEME_NAME_MAX_LENGTH)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("themeKind")
        for kind in ThemeKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        if current is not None:
            self.name_edit.setText(current.name)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(current.kind.value))
            self.kind_combo.setEnabled(False)
        form = form_rows((self.tr("&Name:"), self.name_edit), (self.tr("&Kind:"), self.kind_combo))
        self.lay_out(form)
        self.name_edit.setFocus()

    def run_submit(self) -> None:
        self._save(self.name_edit.text(), ThemeKind(self.kind_combo.currentData()))
