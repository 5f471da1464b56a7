"""The small dialogs of the card browser: add or edit a card, name and describe a deck.
Both check their input with the deck file's own rules and show problems inline."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

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
from reflectdesk.ui.common.form_dialog import FormDialog
from reflectdesk.ui.common.widgets import form_rows, line_field, role_label, show_inline_error

if TYPE_CHECKING:
    pass

_CARD_PREFIX = "cards[1]."
DECK_ROLE = Qt.ItemDataRole.UserRole + 1  # a deck list item's DeckSummary
Buttons = QMessageBox.StandardButton
T = TypeVar("T")
PROBLEMS_IN_BOX = 12  # more than this go under "Show Details…" in the error box


def _text_box(parent: QWidget, name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class _CheckedDialog(FormDialog):
    """A form dialog that shows a line per problem under the fields. Subclasses give the
    ``problems`` of what is typed, ``run_submit`` to store it, and the ``labels`` of the
    fields the problems name. Ctrl+Enter accepts from anywhere (Enter too, outside the
    multi-line box)."""

    def __init__(self, name: str, title: str, parent: QWidget | None) -> None:
        super().__init__(name, title, parent)
        self.labels: dict[str, str] = {}
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)

    def problems(self) -> list[FileProblem]:
        """What is wrong with the fields now; each dialog checks its own (none here)."""
        return []

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
                show_inline_error(self.error_label, error)
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
        title = self.tr("Edit Card") if card else self.tr("Add Card")
        super().__init__("cardEditor", title, parent)
        self.labels = {
            "stage": self.tr("Stage"),
            "title": self.tr("Title"),
            "text": self.tr("Text"),
        }
        self._save = save
        self.stage_edit = line_field(
            self,
            "cardStage",
            CARD_STAGE_MAX_LENGTH,
            self.tr("optional, e.g. Feelings or Check-out"),
        )
        self.title_edit = line_field(
            self, "cardTitle", CARD_TITLE_MAX_LENGTH, self.tr("a short heading, e.g. At the time")
        )
        self.text_edit = _text_box(self, "cardText", 5)
        self.text_edit.setPlaceholderText(
            self.tr("The prompt as the group reads it: one or two sentences.")
        )
        self.count_label = role_label("hint", self)

        intro = role_label("hint", self, self.tr("In “%1”").replace("%1", deck_name))
        form = form_rows(
            (self.tr("&Stage:"), self.stage_edit),
            (self.tr("&Title:"), self.title_edit),
            (self.tr("Te&xt:"), self.text_edit),
            ("", self.count_label),
        )
        self.lay_out(intro, form, ok_text=self.tr("Save Card") if card else self.tr("Add Card"))
        self.ok_button.setToolTip(self.tr("Save the card (Enter; Ctrl+Enter in the text)"))
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
        super().__init__("deckDetails", title, parent)
        self.labels = {"name": self.tr("Name"), "description": self.tr("Description")}
        self._save = save
        self.name_edit = line_field(
            self, "deckName", NAME_MAX_LENGTH, self.tr("e.g. Balint — our own questions")
        )
        self.name_edit.setText(name)
        self.description_edit = _text_box(self, "deckDescription", 4)
        self.description_edit.setPlainText(description)
        self.description_edit.setPlaceholderText(self.tr("optional: what the deck is for"))
        form = form_rows(
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Description:"), self.description_edit),
        )
        self.lay_out(form)
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
