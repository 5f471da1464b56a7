"""Prompt cards during a session: the current phase's suggested deck first, the next or a
random card without repeats, and one key each to show the card on the presenter screen
and to hide it. Every card shown is recorded with the session."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from reflectdesk.core.deck_records import CardRecord
from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.store import decks
from reflectdesk.store.database import Store
from reflectdesk.store.sessions import session_language
from reflectdesk.ui.common.dates import clock_time
from reflectdesk.ui.common.look import scale_font
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.widgets import role_label, stack

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def card_text(card: CardRecord) -> str:
    """What the group sees: the heading, then the prompt."""
    return f"{card.heading}\n\n{card.body}" if card.heading else card.body


class CardPanel(QWidget):
    """Emits ``show_on_screen(text)`` ("" hides) for the presenter window, and
    ``status(message)``: the card keys work from any tab, so the status bar says what
    they did."""

    show_on_screen = Signal(str)
    status = Signal(str)

    def __init__(
        self,
        store: Store,
        session_id: str,
        *,
        read_only: bool = False,
        rng: random.Random | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardPanel")
        self._store = store
        self._session_id = session_id
        # Cards in the group's language (a Dutch group sees Dutch cards on the screen,
        # whatever the app speaks).
        self._language = session_language(store, session_id)
        self._read_only = read_only
        self._rng = rng or random.Random()
        self._cards: list[CardRecord] = []
        self._current: CardRecord | None = None
        self._shown_id: str | None = None
        self._suggested_key: str | None = None

        self.deck_combo = QComboBox(self)
        self.deck_combo.setObjectName("deckChoice")
        self.deck_combo.currentIndexChanged.connect(self._load_deck)
        self.card_label = QLabel(self)
        self.card_label.setObjectName("currentCard")
        self.card_label.setWordWrap(True)
        self.card_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card_label.setMinimumHeight(120)
        scale_font(self.card_label, 1.3)
        self.on_screen = role_label("hint", self)
        self.card_list = QListWidget(self)
        self.card_list.setObjectName("deckCards")
        self.card_list.setAccessibleName(self.tr("Cards in the deck"))
        self.card_list.currentItemChanged.connect(self._pick_from_list)

        self.next_action = self._action("nextCard", self.tr("Next Card"), "C", self.next_card)
        self.random_action = self._action(
            "randomCard", self.tr("Random Card"), "R", self.random_card
        )
        self.show_action = self._action("showCard", self.tr("Show on Screen"), "S", self.show_card)
        self.hide_action = self._action(
            "hideCard", self.tr("Hide from Screen"), "H", self.hide_card
        )
        self.card_actions = [
            self.next_action,
            self.random_action,
            self.show_action,
            self.hide_action,
        ]

        buttons = QHBoxLayout()
        for action in self.card_actions:
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(f"{action.text()}  [{key}]", self)
            button.setObjectName(action.objectName() + "Button")
            button.setToolTip(action.toolTip())
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.shown_list = QListWidget(self)
        self.shown_list.setObjectName("cardsShown")
        self.shown_list.setAccessibleName(self.tr("Cards shown in this session"))
        self.shown_list.setToolTip(self.tr("Kept with the session record"))
        shown_heading = role_label("sectionHeading", self, self.tr("Shown in this session"))

        heading = role_label("sectionHeading", self, self.tr("Prompt cards"))
        stack(
            self,
            heading,
            self.deck_combo,
            self.card_label,
            self.on_screen,
            buttons,
            (self.card_list, 2),
            shown_heading,
            (self.shown_list, 1),
            margins=(0, 4, 0, 0),
        )
        self._fill_decks()
        self._fill_shown()
        showing = decks.showing_card(store, session_id)
        if showing is not None:  # after a crash: the card that was on screen
            self._shown_id = showing.id
        self._update_state()

    def _action(self, name: str, text: str, key: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(f"{text} ({key})")
        action.triggered.connect(slot)
        return action

    # --- decks -----------------------------------------------------------------------

    def _fill_decks(self) -> None:
        summaries = decks.list_decks(self._store)
        by_key = {summary.key: summary for summary in summaries}
        from reflectdesk.core.decks import order_decks

        ordered = order_decks([s.key for s in summaries], self._suggested_key)
        self.deck_combo.blockSignals(True)
        self.deck_combo.clear()
        for key in ordered:
            summary = by_key[key]
            label = summary.name
            if key == self._suggested_key:
                label = self.tr("%1 — suggested for this phase").replace("%1", summary.name)
            self.deck_combo.addItem(label, summary.id)
        self.deck_combo.blockSignals(False)
        self._load_deck()

    def suggest_deck(self, deck_key: str | None) -> None:
        """The phase changed: its suggested deck comes first and is chosen."""
        if deck_key == self._suggested_key:
            return
        self._suggested_key = deck_key
        self._fill_decks()
        self.deck_combo.setCurrentIndex(0)

    def _load_deck(self) -> None:
        deck_id = self.deck_combo.currentData()
        self._cards = decks.deck_cards(self._store, deck_id, self._language) if deck_id else []
        self.card_list.blockSignals(True)
        self.card_list.clear()
        for card in self._cards:
            star = "★ " if card.favourite else ""
            item = QListWidgetItem(star + (card.heading or card.body[:60]), self.card_list)
            item.setData(ID_ROLE, card.id)
            item.setToolTip(card.body)
        self.card_list.blockSignals(False)
        self._set_current(None)

    # --- drawing and showing ---------------------------------------------------------

    def _set_current(self, card: CardRecord | None) -> None:
        self._current = card
        self.card_label.setText(
            card_text(card) if card else self.tr("Press C for the next card or R for a random one.")
        )
        if card is not None:
            row = next(i for i, c in enumerate(self._cards) if c.id == card.id)
            self.card_list.blockSignals(True)
            self.card_list.setCurrentRow(row)
            self.card_list.blockSignals(False)
        self._update_state()

    def _pick_from_list(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            card_id = item.data(ID_ROLE)
            self._set_current(next(c for c in self._cards if c.id == card_id))

    def _draw(self, random_draw: bool) -> None:
        from reflectdesk.core.decks import next_card, random_card

        ids = [card.id for card in self._cards]
        shown = decks.shown_card_counts(self._store, self._session_id)
        current = self._current.id if self._current else None
        draw = (
            random_card(ids, shown, self._rng, current)
            if random_draw
            else next_card(ids, shown, current)
        )
        if draw.card_id is None:
            return
        card = next(c for c in self._cards if c.id == draw.card_id)
        self._set_current(card)
        self.status.emit(
            self.tr("Next card ready: %1 (S shows it).").replace("%1", card.heading or card.body)
        )
        if draw.restarted:
            self.on_screen.setText(
                self.tr("Every card of this deck has been shown; starting again.")
            )

    def next_card(self) -> None:
        self._draw(random_draw=False)

    def random_card(self) -> None:
        self._draw(random_draw=True)

    def show_card(self) -> None:
        card = self._current
        if card is None or self._read_only:
            return
        try:
            self._shown_id = decks.record_card_shown(self._store, self._session_id, card.id)
        except ReflectDeskError as error:
            show_error(self, self.tr("Could not record the card"), error)
            return
        self.show_on_screen.emit(card_text(card))
        self._fill_shown()
        self._update_state()

    def hide_card(self) -> None:
        if self._shown_id is None:
            return
        try:
            decks.record_card_hidden(self._store, self._shown_id)
        except ReflectDeskError as error:
            show_error(self, self.tr("Could not record the card"), error)
        self._shown_id = None
        self.show_on_screen.emit("")
        self._update_state()

    def _fill_shown(self) -> None:
        self.shown_list.clear()
        for shown in decks.cards_shown(self._store, self._session_id, self._language):
            when = clock_time(shown.shown_at)
            self.shown_list.addItem(
                f"{when}  {shown.heading or shown.body[:60]}  ({shown.deck_name})"
            )

    def shown_text(self) -> str:
        """The text on the presenter screen now ("" when none), e.g. for a new window."""
        showing = decks.showing_card(self._store, self._session_id) if self._shown_id else None
        if showing is None:
            return ""
        return f"{showing.heading}\n\n{showing.body}" if showing.heading else showing.body

    def _update_state(self) -> None:
        editable = not self._read_only
        has_cards = bool(self._cards)
        self.next_action.setEnabled(editable and has_cards)
        self.random_action.setEnabled(editable and has_cards)
        self.show_action.setEnabled(editable and self._current is not None)
        self.hide_action.setEnabled(editable and self._shown_id is not None)
        self.on_screen.setText(
            self.tr("A card is on the presenter screen (H hides it).") if self._shown_id else ""
        )
