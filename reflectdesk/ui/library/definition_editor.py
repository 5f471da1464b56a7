"""The parts the format, deck and questionnaire editors share (see core/definitions.py for
the model side): filling translated templates, opening a library window-modal, the file
chooser, import and export through a store call, and :class:`DefinitionLibrary`, the list
of definitions beside an editor that asks before unsaved edits are left behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QWidget

from reflectdesk.store.database import Store
from reflectdesk.ui.common.messages import ask_save_changes, choose_toml_file
from reflectdesk.ui.common.plurals import fill

__all__ = [
    "DefinitionLibrary",
    "choose_definition_file",
    "copy_name",
    "export_file",
    "fill",
    "import_file",
    "open_window_modal",
]

T = TypeVar("T")
Dialog = TypeVar("Dialog", bound=QDialog)
SummaryRole = Qt.ItemDataRole.UserRole + 1


class Summary(Protocol):
    """A definition as listed: what the shared parts read of it."""

    @property
    def id(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def builtin(self) -> bool: ...


def open_window_modal(dialog: Dialog) -> Dialog:
    """Open ``dialog`` window-modal; it deletes itself when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def copy_name(name: str, suffix: str, limit: int) -> str:
    """The name of a copy: ``name`` cut so that ``suffix`` (" (copy)") fits in ``limit``."""
    return name[: limit - len(suffix)] + suffix


def choose_definition_file(
    parent: QWidget, save: bool, suggested: str, titles: tuple[str, str], filters: str
) -> Path | None:
    """The file to export to (``save``) or import, or None if cancelled; ``titles`` are
    the export and the import window's titles."""
    title = titles[0] if save else titles[1]
    return choose_toml_file(parent, save=save, suggested=suggested, title=title, filters=filters)


class FileCommands(Protocol):
    """What import and export need of an editor (the format, deck and questionnaire
    editors all have these)."""

    _store: Store

    def choose_file(self, save: bool, suggested: str) -> Path | None: ...
    def _attempt(self, title: str, action: Callable[[], T]) -> T | None: ...


def import_file(
    editor: FileCommands, title: str, read: Callable[[Store, Path], T | None]
) -> T | None:
    """Ask for a file and ``read`` it into the store; the new summary, or None when the
    user cancelled or the editor told them why it failed (``title``)."""
    path = editor.choose_file(False, "")
    return editor._attempt(title, lambda: read(editor._store, path)) if path else None


def export_file(
    editor: FileCommands,
    summary: Summary | None,
    title: str,
    write: Callable[[Store, str, Path], None],
) -> Path | None:
    """Ask where to export ``summary`` (suggesting ``key.toml``) and ``write`` it there;
    the path written, or None when cancelled or failed."""
    path = editor.choose_file(True, f"{summary.key}.toml") if summary else None
    if summary is None or path is None:
        return None

    def export() -> bool:
        write(editor._store, summary.id, path)
        return True

    return path if editor._attempt(title, export) else None


class DefinitionLibrary(QDialog):
    """A list of definitions beside an editor for the shown one. Subclasses fill the
    list (:meth:`summaries`, :meth:`item_text`), show a definition (:meth:`_load`),
    tell whether it was edited (:meth:`is_dirty`) and store it (:meth:`save`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary: Any = None
        self._saved: Any = None
        self._loading = False
        self.list = QListWidget(self)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._on_list_moved)

    # What a library of nothing does; each library says what its own entries are.

    def summaries(self) -> list[Any]:
        """The entries to list, in order."""
        return []

    def item_text(self, summary: Any) -> str:
        """How an entry reads in the list."""
        return str(getattr(summary, "name", summary))

    def _load(self, summary: Any) -> None:
        """Show ``summary`` in the editor (None: nothing is chosen)."""

    def is_dirty(self) -> bool:
        """Whether the shown entry has edits not yet stored."""
        return False

    def save(self) -> bool:
        """Store the shown entry's edits; False when refused (the editor says why)."""
        return True

    def reload(self, select_id: str = "") -> None:
        """Fill the list from the store and show ``select_id`` (else the current one)."""
        select_id = select_id or (self._summary.id if self._summary else "")
        with QSignalBlocker(self.list):
            self.list.clear()
            for summary in self.summaries():
                item = QListWidgetItem(self.item_text(summary), self.list)
                item.setData(SummaryRole, summary)
        self._select(select_id)

    def listed(self, row: int) -> Any:
        """The summary in the list's ``row``, or None past either end."""
        item = self.list.item(row)
        return None if item is None else item.data(SummaryRole)

    def _select(self, summary_id: str) -> None:
        items = [self.list.item(row) for row in range(self.list.count())]
        ids = [item.data(SummaryRole).id for item in items]
        row = ids.index(summary_id) if summary_id in ids else 0
        with QSignalBlocker(self.list):
            self.list.setCurrentRow(row if items else -1)
        self._load(items[row].data(SummaryRole) if items else None)

    def _on_list_moved(self, item: QListWidgetItem, previous: QListWidgetItem) -> None:
        if self._loading or item is None:
            return
        wanted: str = item.data(SummaryRole).id
        if self.is_dirty() and previous is not None:
            with QSignalBlocker(self.list):  # stay on it until the question is answered
                self.list.setCurrentItem(previous)
        self._after_unsaved(lambda: self._select(wanted))

    def _after_unsaved(self, then: Callable[[], None]) -> None:
        """Run ``then`` now, or once unsaved edits are saved or discarded."""
        if not self.is_dirty():
            then()
            return
        name = self._saved.name if self._saved else ""
        ask_save_changes(
            self, name, save=self.save, discard=lambda: self._load(self._summary), then=then
        )

    def reject(self) -> None:  # Esc, Close and the window's close button
        self._after_unsaved(lambda: QDialog.reject(self))
