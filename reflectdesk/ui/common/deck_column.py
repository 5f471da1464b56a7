"""The phase table's deck column: a phase names its suggested deck by key (as format
files and sessions keep it), and a person reads and picks the deck's title instead.

A key that names no installed deck (a deck removed since, or a format from another
computer) is shown as it is, marked, so it can still be seen and changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reflectdesk.store.database import Store
from reflectdesk.store.decks import list_decks

Index = QModelIndex | QPersistentModelIndex
# A deck as the column offers it: its key and its title in the user's language.
DeckChoice = tuple[str, str]


def installed_decks(store: Store) -> list[DeckChoice]:
    """Every deck that can be suggested, built-in first, titled in the app's language."""
    return [(deck.key, deck.name) for deck in list_decks(store)]


class DeckDelegate(QStyledItemDelegate):
    """Edits the deck column with a list of the installed decks by title ("No deck"
    first); the model is given the chosen deck's key ("" for none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decks: list[DeckChoice] = []

    def set_decks(self, decks: Sequence[DeckChoice]) -> None:
        self.decks = list(decks)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("deckEditor")
        combo.setFrame(False)
        combo.addItem(self.tr("No deck"), "")
        for key, title in self.decks:
            combo.addItem(title, key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        key = str(index.data(Qt.ItemDataRole.EditRole) or "")
        found = editor.findData(key)
        if found < 0:  # not installed here: keep it choosable as it is
            editor.addItem(str(index.data(Qt.ItemDataRole.DisplayRole)), key)
            found = editor.count() - 1
        editor.setCurrentIndex(found)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, str(editor.currentData() or ""), Qt.ItemDataRole.EditRole)
