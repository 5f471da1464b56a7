"""Editing in the card browser: the commands on one's own decks and cards
(:class:`DeckEditing`), and their two small dialogs, one card (stage, title, text) and a
deck's name and description. The dialogs check what is typed against the deck file's own
rules (through ``store.user_decks``), show each problem under the fields, and close only
when the store accepted the input; nothing is written while a problem is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.deck_records import DeckSummary
from reflectdesk.core.decks import CardDefinition, DeckDefinition
from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.limits import (
    CARD_STAGE_MAX_LENGTH,
    CARD_TEXT_MAX_LENGTH,
    CARD_TEXT_PROJECTOR_LENGTH,
    CARD_TITLE_MAX_LENGTH,
    NAME_MAX_LENGTH,
)
from reflectdesk.core.tomlfile import FileProblem
from reflectdesk.store import user_decks
from reflectdesk.ui.format_editor import fill
from reflectdesk.ui.theme import set_role

if TYPE_CHECKING:
    from reflectdesk.store.database import Store

_CARD_PREFIX = "cards[1]."
DECK_ROLE = Qt.ItemDataRole.UserRole + 1  # a deck list item's DeckSummary
Buttons = QMessageBox.StandardButton


def _text_box(parent: QWidget, name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class _CheckedDialog(QDialog):
    """Fields, a line per problem under them, and OK/Cancel. Subclasses give the
    ``problems`` of what is typed, ``run_submit`` to store it, and the ``labels`` of the
    fields the problems name. Ctrl+Enter accepts from anywhere (Enter too, outside the
    multi-line box)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.labels: dict[str, str] = {}
        self.error_label = QLabel(self)
        set_role(self.error_label, "inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)

    def problems(self) -> list[FileProblem]:
        raise NotImplementedError

    def run_submit(self) -> None:
        raise NotImplementedError

    def _show(self, problems: list[FileProblem] | tuple[FileProblem, ...]) -> None:
        lines = [
            f"⚠ {self.labels.get(p.field, p.field or self.tr('Card'))}: {p.message}"
            for p in problems
        ]
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))

    def _recheck(self, values: dict[str, str]) -> None:
        """Problems as the user types, except for a field that is still empty: that is
        said on OK, not before the user had a chance to fill it in."""
        self._show([p for p in self.problems() if values.get(p.field, "x").strip()])

    def submit(self) -> None:
        problems = self.problems()
        if problems:
            self._show(problems)
            return
        try:
            self.run_submit()
        except ReflectDeskError as error:
            found = error.params.get("problems")
            if isinstance(found, tuple) and found:
                self._show(
                    [
                        FileProblem(p.field.removeprefix(_CARD_PREFIX), None, p.message)
                        for p in found
                    ]
                )
            else:
                self.error_label.setText("⚠ " + str(error))
                self.error_label.show()
            return
        self.accept()


class CardEditorDialog(_CheckedDialog):
    """Add a card (``card`` None) or edit one; ``save(card)`` stores it or raises."""

    def __init__(
        self,
        save: Callable[[CardDefinition], object],
        deck_name: str,
        card: CardDefinition | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardEditor")
        self.setWindowTitle(self.tr("Edit Card") if card else self.tr("Add Card"))
        self.labels = {
            "stage": self.tr("Stage"),
            "title": self.tr("Title"),
            "text": self.tr("Text"),
        }
        self._save = save
        self.stage_edit = QLineEdit(self)
        self.stage_edit.setObjectName("cardStage")
        self.stage_edit.setMaxLength(CARD_STAGE_MAX_LENGTH)
        self.stage_edit.setPlaceholderText(self.tr("optional, e.g. Feelings or Check-out"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("cardTitle")
        self.title_edit.setMaxLength(CARD_TITLE_MAX_LENGTH)
        self.title_edit.setPlaceholderText(self.tr("a short heading, e.g. At the time"))
        self.text_edit = _text_box(self, "cardText", 5)
        self.text_edit.setPlaceholderText(
            self.tr("The prompt as the group reads it: one or two sentences.")
        )
        self.count_label = QLabel(self)
        set_role(self.count_label, "hint")
        self.ok_button.setText(self.tr("Save Card") if card else self.tr("Add Card"))
        self.ok_button.setToolTip(self.tr("Save the card (Enter; Ctrl+Enter in the text)"))

        intro = QLabel(self.tr("In “%1”").replace("%1", deck_name), self)
        set_role(intro, "hint")
        form = QFormLayout()
        form.addRow(self.tr("&Stage:"), self.stage_edit)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Te&xt:"), self.text_edit)
        form.addRow("", self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        if card is not None:
            self.stage_edit.setText(card.stage)
            self.title_edit.setText(card.title)
            self.text_edit.setPlainText(card.text)
        for edit in (self.stage_edit, self.title_edit):
            edit.textChanged.connect(self._changed)
        self.text_edit.textChanged.connect(self._changed)
        self._changed()
        self.stage_edit.setFocus()

    def card(self) -> CardDefinition:
        return CardDefinition(
            title=self.title_edit.text(),
            text=self.text_edit.toPlainText(),
            stage=self.stage_edit.text(),
        )

    def problems(self) -> list[FileProblem]:
        card = self.card()
        found = user_decks.definition_problems(DeckDefinition("card", "Card", "", (card,)))
        return [FileProblem(p.field.removeprefix(_CARD_PREFIX), None, p.message) for p in found]

    def run_submit(self) -> None:
        self._save(self.card())

    def _changed(self) -> None:
        card = self.card()
        length = len(card.text.strip())
        count = self.tr("%1 of %2 characters").replace("%1", str(length))
        count = count.replace("%2", str(CARD_TEXT_MAX_LENGTH))
        if length > CARD_TEXT_PROJECTOR_LENGTH:
            note = self.tr("; past %1 it may not read from across a room")
            count += note.replace("%1", str(CARD_TEXT_PROJECTOR_LENGTH))
        self.count_label.setText(count)
        self._recheck({"stage": card.stage, "title": card.title, "text": card.text})


class DeckDetailsDialog(_CheckedDialog):
    """A new deck's or one's own deck's name and description; ``save(name,
    description)`` stores them or raises."""

    def __init__(
        self,
        save: Callable[[str, str], object],
        title: str,
        name: str = "",
        description: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deckDetails")
        self.setWindowTitle(title)
        self.labels = {"name": self.tr("Name"), "description": self.tr("Description")}
        self._save = save
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("deckName")
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("e.g. Balint — our own questions"))
        self.description_edit = _text_box(self, "deckDescription", 4)
        self.description_edit.setPlainText(description)
        self.description_edit.setPlaceholderText(self.tr("optional: what the deck is for"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.name_edit.textChanged.connect(self._changed)
        self.description_edit.textChanged.connect(self._changed)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    def problems(self) -> list[FileProblem]:
        name, description = self.name_edit.text(), self.description_edit.toPlainText()
        definition = DeckDefinition(user_decks.FALLBACK_KEY, name, description, ())
        return user_decks.definition_problems(definition)

    def run_submit(self) -> None:
        self._save(self.name_edit.text(), self.description_edit.toPlainText())

    def _changed(self) -> None:
        self._recheck({"name": self.name_edit.text()})


class DeckEditing:
    """The card browser's commands that change one's own decks and cards (new deck,
    rename, duplicate, add, edit, delete) and bring deck files in and out. Mixed into
    CardBrowserDialog, on whose attributes and methods named below it relies."""

    if TYPE_CHECKING:
        _store: Store
        _deck: DeckSummary | None
        deck_list: Any
        table: Any
        model: Any
        filter_edit: QLineEdit
        favourites_toggle: Any
        status_label: QLabel

        def tr(self, text: str) -> str: ...
        def reload(self, deck_id: str = "", card_id: str = "") -> None: ...
        def current_row(self) -> Any: ...
        def _attempt(self, title: str, action: Callable[[], Any]) -> Any: ...

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

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
        suffix = self.tr(" (copy)")
        name = source.name[: NAME_MAX_LENGTH - len(suffix)] + suffix
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
        box = QMessageBox(QMessageBox.Icon.Question, title, text, Buttons.Cancel, self)
        box.setObjectName(name)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(Buttons.Cancel)

        def answered(button: QAbstractButton) -> None:
            if button is delete:
                then()

        box.buttonClicked.connect(answered)
        self._open(box)

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

        text = self.tr(
            "Delete “%1” and its %2 cards? Session records keep the cards that were shown. "
            "This cannot be undone."
        )
        title, text = self.tr("Delete Deck"), fill(text, deck.name, deck.card_count)
        self._confirm("deleteDeckConfirm", title, text, delete)

    # --- files -----------------------------------------------------------------------

    def choose_file(self, save: bool, suggested: str) -> Path | None:
        """The deck file to export to (``save``) or import, or None if cancelled.
        Tests replace this method to answer without a file dialog."""
        filters = self.tr("Deck files (*.toml);;All files (*)")
        if save:
            title, start = self.tr("Export Deck"), str(Path.home() / suggested)
            name, _ = QFileDialog.getSaveFileName(self, title, start, filters)
        else:
            title, start = self.tr("Import Deck"), str(Path.home())
            name, _ = QFileDialog.getOpenFileName(self, title, start, filters)
        path = Path(name) if name else None
        return path.with_suffix(".toml") if path and save and not path.suffix else path

    def _import(self) -> None:
        path = self.choose_file(False, "")
        read, title = user_decks.import_deck_file, self.tr("Could not import the deck")
        summary = self._attempt(title, lambda: read(self._store, path)) if path else None
        if summary is not None:
            self.filter_edit.clear()
            self.favourites_toggle.setChecked(False)
            message = self.tr("Imported “%1” as your own deck, key %2.")
            self.reload(summary.id)
            self.status_label.setText(fill(message, summary.name, summary.key))

    def _export(self) -> None:
        deck = self._deck
        path = self.choose_file(True, f"{deck.key}.toml") if deck else None
        if deck is None or path is None:
            return
        export, title = user_decks.export_deck_file, self.tr("Could not export the deck")
        if self._attempt(title, lambda: export(self._store, deck.id, path) or True):
            self.status_label.setText(fill(self.tr("Exported “%1” to %2."), deck.name, path))
