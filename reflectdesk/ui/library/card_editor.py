"""Editing in the card browser: the commands on one's own decks and cards, import and
export (:class:`DeckEditing`, which the browser builds on). The small dialogs they open
live in ui/library/card_dialogs.py; nothing is written while one of them shows a problem."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from reflectdesk.core.deck_records import DeckSummary
from reflectdesk.core.decks import CardDefinition
from reflectdesk.core.limits import NAME_MAX_LENGTH
from reflectdesk.core.tomlfile import FileProblemsError
from reflectdesk.store import user_decks
from reflectdesk.ui.common.messages import attempt, confirm, show_error
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.common.translation import Translates
from reflectdesk.ui.library import definition_editor as shared

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox, QListWidget, QTableView

    from reflectdesk.store.database import Store
    from reflectdesk.ui.library.card_browser import CardRow, CardTableModel

from reflectdesk.ui.library.card_dialogs import (
    DECK_ROLE,
    PROBLEMS_IN_BOX,
    CardEditorDialog,
    DeckDetailsDialog,
)

T = TypeVar("T")


class _Reload(Protocol):
    """CardBrowserDialog.reload: show the decks again, ``deck_id`` and ``card_id`` chosen."""

    def __call__(self, deck_id: str = "", card_id: str = "") -> None: ...


class DeckEditingCounts(Translates):
    """The counted phrases of :class:`DeckEditing`: PySide6 looks a numerus form up under
    the class of ``self`` only (CardBrowserDialog), not under the base it is written in."""


class DeckEditing(QDialog):
    """The card browser's commands that change one's own decks and cards (new deck,
    rename, duplicate, add, edit, delete) and bring deck files in and out. The base of
    CardBrowserDialog, on whose attributes and methods named below it relies."""

    if TYPE_CHECKING:
        _store: Store
        _deck: DeckSummary | None
        deck_list: QListWidget
        table: QTableView
        model: CardTableModel
        filter_edit: QLineEdit
        favourites_toggle: QCheckBox
        status_label: QLabel

        # CardBrowserDialog's methods, declared as attributes: a def inside this if would
        # make pyside6-lupdate lose the class (and file every word below under no context).
        reload: _Reload
        current_row: Callable[[], CardRow | None]

    def _attempt(self, title: str, action: Callable[[], T]) -> T | None:
        """The result of a store call, or None after telling the user why it failed."""
        try:
            return attempt(self, title, action, passthrough=(FileProblemsError,))
        except FileProblemsError as error:  # every problem, FILE: line N: FIELD: message
            lines = str(error).splitlines()
            box = show_error(self, title, "\n".join(lines[: PROBLEMS_IN_BOX + 1]))
            if len(lines) > PROBLEMS_IN_BOX + 1:
                box.setInformativeText(self.tr("Show Details… lists every problem."))
                box.setDetailedText(str(error))
        return None

    def _open(self, dialog: QDialog) -> None:
        shared.open_window_modal(dialog)

    def _new_deck(self) -> None:
        def create(name: str, description: str) -> None:
            summary = user_decks.create_deck(self._store, name, description)
            self._after_deck_change(summary.id, self.tr("Made “%1”. Add its cards with Ctrl+N."))

        self._open(DeckDetailsDialog(create, self.tr("New Deck"), parent=self))

    def _rename_deck(self) -> None:
        deck = self._deck
        if deck is None or deck.builtin:
            return

        def save(name: str, description: str) -> None:
            definition = user_decks.deck_definition(self._store, deck.id)
            changed = replace(definition, name=name, description=description)
            user_decks.save_user_deck(self._store, deck.id, changed)
            self._after_deck_change(deck.id, self.tr("Saved “%1”."))

        title = self.tr("Rename Deck")
        self._open(DeckDetailsDialog(save, title, deck.name, deck.description, parent=self))

    def _after_deck_change(self, deck_id: str, message: str) -> None:
        self.reload(deck_id)
        self.status_label.setText(fill(message, self._deck.name if self._deck else ""))

    def _duplicate(self) -> None:
        source = self._deck
        if source is None:
            return
        name = shared.copy_name(source.name, self.tr(" (copy)"), NAME_MAX_LENGTH)
        copy_deck, title = user_decks.copy_deck, self.tr("Could not copy the deck")
        copy = self._attempt(title, lambda: copy_deck(self._store, source.id, name))
        if copy is not None:
            message = self.tr("Made “%1”, your own copy: rename it (Ctrl+R), add cards (Ctrl+N).")
            self._after_deck_change(copy.id, message)
            self.deck_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_card(self) -> None:
        deck = self._deck
        if deck is None or deck.builtin:
            return

        def add(card: CardDefinition) -> None:
            record = user_decks.add_card(self._store, deck.id, card)
            self.filter_edit.clear()  # so that the new card is in the list
            self.favourites_toggle.setChecked(False)
            self.reload(deck.id, record.id)
            self.status_label.setText(fill(self.tr("Added “%1”."), record.heading))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

        self._open(CardEditorDialog(add, deck.name, parent=self))

    def _edit_card(self) -> None:
        row = self.current_row()
        if row is None or not row.own:
            return
        old = row.card

        def save(card: CardDefinition) -> None:
            record = user_decks.update_card(self._store, old.id, card)
            self.reload(card_id=record.id)
            self.status_label.setText(fill(self.tr("Saved “%1”."), record.heading))

        card = CardDefinition(old.title, old.body, old.stage)
        self._open(CardEditorDialog(save, row.deck_name, card, parent=self))

    def _confirm(self, name: str, title: str, text: str, then: Callable[[], None]) -> None:
        """Ask before deleting; Cancel is the default and Esc answers it."""
        self._open(confirm(self, name, title, text, answer=self.tr("Delete"), then=then))

    def _delete_card(self) -> None:
        row = self.current_row()
        if row is None or not row.own:
            return
        card, at = row.card, self.table.currentIndex().row()

        def delete() -> None:
            remove, title = user_decks.delete_card, self.tr("Could not delete the card")
            if self._attempt(title, lambda: remove(self._store, card.id) or True):
                after = self.model.record_at(at + 1) or self.model.record_at(at - 1)
                self.reload(card_id=after.card.id if after else "")
                self.status_label.setText(fill(self.tr("Deleted “%1”."), card.heading))

        text = self.tr("Delete the card “%1”? Session records keep it if it was shown.")
        title = self.tr("Delete Card")
        self._confirm("deleteCardConfirm", title, fill(text, card.heading or card.body), delete)

    def _delete_deck(self) -> None:
        deck = self._deck
        if deck is None or deck.builtin:
            return

        def delete() -> None:
            row, title = self.deck_list.currentRow(), self.tr("Could not delete the deck")
            remove = user_decks.delete_user_deck
            if self._attempt(title, lambda: remove(self._store, deck.id) or True):
                neighbour = self.deck_list.item(row + 1) or self.deck_list.item(row - 1)
                self._deck = None
                self.reload(neighbour.data(DECK_ROLE).id if neighbour else "")
                self.status_label.setText(fill(self.tr("Deleted “%1”."), deck.name))

        text = DeckEditingCounts.tr(
            "Delete “%1” and its %n card(s)? Session records keep the cards that were shown. "
            "This cannot be undone.",
            "",
            deck.card_count,
        )
        title, text = self.tr("Delete Deck"), fill(text, deck.name)
        self._confirm("deleteDeckConfirm", title, text, delete)

    # --- files -----------------------------------------------------------------------

    def choose_file(self, save: bool, suggested: str) -> Path | None:
        """The deck file to export to (``save``) or import, or None if cancelled.
        Tests replace this method to answer without a file dialog."""
        titles = (self.tr("Export Deck"), self.tr("Import Deck"))
        filters = self.tr("Deck files (*.toml);;All files (*)")
        return shared.choose_definition_file(self, save, suggested, titles, filters)

    def _import(self) -> None:
        title = self.tr("Could not import the deck")
        summary = shared.import_file(self, title, user_decks.import_deck_file)
        if summary is not None:
            self.filter_edit.clear()
            self.favourites_toggle.setChecked(False)
            message = self.tr("Imported “%1” as your own deck, key %2.")
            self.reload(summary.id)
            self.status_label.setText(fill(message, summary.name, summary.key))

    def _export(self) -> None:
        deck = self._deck
        title = self.tr("Could not export the deck")
        path = shared.export_file(self, deck, title, user_decks.export_deck_file)
        if deck is not None and path is not None:
            self.status_label.setText(fill(self.tr("Exported “%1” to %2."), deck.name, path))
