"""File ▸ Restore from Backup…: choose one of the database's backups, confirm, restore.

The dialog only chooses: it lists the backups newest first (date and time in local
time, kind, size), asks a confirmation that names the backup's date, and then emits
``restore_chosen(path)`` once it has closed. Replacing the database is the composition
root's work (reflectdesk.ui.shell.application.WindowHost), because it owns the open Store and
the window built on it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from reflectdesk.store.backups import BackupInfo, list_backups
from reflectdesk.ui.common.dates import long_moment, short_moment_with_seconds
from reflectdesk.ui.common.widgets import stack

PATH_ROLE = Qt.ItemDataRole.UserRole

# Backup reasons (the tail of a backup's file name) as the kinds a person knows.
_KINDS = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "automatic"),
    "on-close": QT_TRANSLATE_NOOP("RestoreDialog", "automatic"),
    "before-upgrade": QT_TRANSLATE_NOOP("RestoreDialog", "before migration"),
    "before-migration": QT_TRANSLATE_NOOP("RestoreDialog", "before migration"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "before restore"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "manual"),
}


def kind_label(reason: str) -> str:
    """What kind of backup a reason names: automatic, before migration, ..."""
    known = _KINDS.get(reason)
    return (
        QCoreApplication.translate("RestoreDialog", str(known))
        if known is not None
        else reason.replace("-", " ")
    )


def long_date(made_at: datetime) -> str:
    """'Tuesday 17 November 2026, 18:05' (the names in the user's language)."""
    return long_moment(made_at)


def short_date(made_at: datetime) -> str:
    """'Tue 17 Nov 2026, 18:05:09' (the names in the user's language)."""
    return short_moment_with_seconds(made_at)


def size_label(size: int) -> str:
    """'508 kB', '1.4 MB' ('1,4 MB' in Dutch): QLocale's units and decimal sign."""
    decimals = 1 if size >= 1024 * 1024 else 0
    return QLocale().formattedDataSize(
        size, decimals, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


class RestoreDialog(QDialog):
    """Lists the backups of one database; emits ``restore_chosen(path)`` after the
    choice was confirmed and the dialog has closed."""

    restore_chosen = Signal(object)

    def __init__(self, backups: Sequence[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self._backups = list(backups)
        self.confirmation: QMessageBox | None = None

        intro = QLabel(
            self.tr(
                "ReflectDesk keeps a copy of your data every day it changes, when you "
                "close it, and before every upgrade. Choose the copy to go back to. "
                "Your current data is backed up first, so a restore can be undone."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setObjectName("backupList")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for info in self._backups:
            item = QTreeWidgetItem(
                [short_date(info.made_at), kind_label(info.reason), size_label(info.size)]
            )
            item.setData(0, PATH_ROLE, str(info.path))
            item.setToolTip(0, f"{long_date(info.made_at)}\n{info.path}")
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        self.empty = QLabel(self.tr("There are no backups of this database yet."), self)
        self.empty.setVisible(not self._backups)
        self.table.setVisible(bool(self._backups))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setObjectName("restoreButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.itemActivated.connect(lambda _item, _column: self.confirm())

        stack(self, intro, (self.table, 1), self.empty, buttons)
        self.resize(560, 400)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
            self.table.setFocus()
        self._update_button()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> BackupInfo | None:
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            return None
        path = item.data(0, PATH_ROLE)
        return next((info for info in self._backups if str(info.path) == path), None)

    def confirm(self) -> None:
        """Ask before replacing everything (a window-modal box, opened with open())."""
        info = self.chosen()
        if info is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            self.tr(
                "Replace everything in ReflectDesk with the backup from %1? The current "
                "data is backed up first, as 'before restore'."
            ).replace("%1", long_date(info.made_at)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("confirmRestore")
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("confirmRestoreButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered(_result: int) -> None:
            self.confirmation = None
            if box.clickedButton() is restore:
                self.accept()
                self.restore_chosen.emit(info.path)

        box.finished.connect(answered)
        self.confirmation = box
        box.open()


def open_restore_dialog(
    db_path: Path, parent: QWidget, chosen: Callable[[Path], object]
) -> RestoreDialog:
    """Show the backups of ``db_path``; ``chosen(path)`` runs after a confirmed choice."""
    dialog = RestoreDialog(list_backups(db_path), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.restore_chosen.connect(chosen)
    dialog.open()
    return dialog
