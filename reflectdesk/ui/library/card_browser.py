"""The card browser: every prompt-card deck, its cards, favourites and a search.

On the left a filter (Ctrl+F) that searches every deck, accents and case folded, a
"Favourites only" switch that lists the ★ cards of every deck, and the decks. On the
right the cards (of the chosen deck, or the matches with their deck's name) and the
selected card as large as the group would read it. Built-in decks are read-only:
Duplicate makes an editable copy, and marking favourites works on every card. All reads
and writes go through ``reflectdesk.store.decks`` and ``reflectdesk.store.user_decks``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.deck_records import CardRecord, DeckSummary
from reflectdesk.store import decks
from reflectdesk.store.database import Store
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.phase_table import action_button, shortcut_action
from reflectdesk.ui.common.record_model import RecordRole, RecordTableModel
from reflectdesk.ui.common.widgets import list_table
from reflectdesk.ui.library.card_dialogs import DECK_ROLE
from reflectdesk.ui.library.card_editor import DeckEditing
from reflectdesk.ui.library.definition_editor import fill, open_window_modal

Role = Qt.ItemDataRole
STAR, CARD, PROMPT, DECK = range(4)


@dataclass(frozen=True, slots=True)
class CardRow:
    """A card as the browser lists it: with its deck's name and whether it is editable."""

    card: CardRecord
    deck_name: str
    own: bool


class CardTableModel(RecordTableModel[CardRow]):
    """The cards in the browser: ★, heading, the prompt on one line, and the deck."""

    roles = frozenset({Role.DisplayRole, Role.ToolTipRole, Role.TextAlignmentRole})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = ("★", self.tr("Card"), self.tr("Prompt"), self.tr("Deck"))

    def key(self, record: CardRow) -> str:
        return record.card.id

    def cell(self, record: CardRow, column: int, role: int) -> object:
        card = record.card
        if column == STAR:
            if role == Role.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Role.ToolTipRole:
                return self.tr("Favourite") if card.favourite else self.tr("Not a favourite")
            return "★" if card.favourite else None
        if role == Role.TextAlignmentRole:
            return None
        if role == Role.ToolTipRole:
            return card.body
        return (card.heading, " ".join(card.body.split()), record.deck_name)[column - 1]


def open_card_browser(store: Store, parent: QWidget) -> CardBrowserDialog:
    """Open the browser window-modal; it deletes itself when closed."""
    return open_window_modal(CardBrowserDialog(store, parent))


class CardBrowserDialog(DeckEditing):
    """Browses decks and cards; marks favourites; creates, copies, edits, imports, exports
    and deletes the facilitator's own decks and cards.

    The store publishes Change("decks", ...) for every change made here."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardBrowserDialog")
        self.setWindowTitle(self.tr("Prompt Cards"))
        self._store = store
        self._decks: list[DeckSummary] = []
        self._deck: DeckSummary | None = None

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("cardFilter")
        self.filter_edit.setAccessibleName(self.tr("Search every deck"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Search every deck (Ctrl+F)"))
        self.favourites_toggle = QCheckBox(self.tr("★ &Favourites only"), self)
        self.favourites_toggle.setObjectName("favouritesOnly")
        self.favourites_toggle.setToolTip(self.tr("List the ★ cards of every deck (Alt+F)"))
        self.deck_list = QListWidget(self)
        self.deck_list.setObjectName("deckList")
        self.deck_list.setSpacing(2)
        self.deck_title = QLabel(self)
        self.deck_title.setObjectName("deckTitle")
        self.deck_title.setWordWrap(True)
        self.deck_title.setFont(_scaled(self.deck_title.font(), 1.3, bold=True))
        self.note_label = self._label("hint")
        self.cards_heading = QLabel(self)
        set_role(self.cards_heading, "sectionHeading")
        self.model = CardTableModel(self)
        self.table = QTableView(self)
        header = list_table(
            self.table, "cardTable", self.model, accessible_name=self.tr("Cards"), stretch=None
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header.setSectionResizeMode(STAR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROMPT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(CARD, 240)
        header.resizeSection(DECK, 200)
        self.preview_heading = QLabel(self)
        self.preview_heading.setObjectName("previewHeading")
        self.preview_body = QLabel(self)
        self.preview_body.setObjectName("previewBody")
        self.preview = self._preview_frame()
        self.status_label = self._label("hint")

        act, deck_tip = self._act, self.tr("Rename and describe your deck")
        in_cards, in_decks = (
            (self.table, self.tr(", in the cards")),
            (self.deck_list, self.tr(", in the decks")),
        )
        self.find_action = act(
            self.tr("Find"), "Ctrl+F", self.tr("Search every deck"), self._focus_filter
        )
        self.new_deck_action = act(
            self.tr("&New Deck…"), "Ctrl+Shift+N", self.tr("Start a deck"), self._new_deck
        )
        self.duplicate_action = act(
            self.tr("D&uplicate"), "Ctrl+D", self.tr("Make your own copy"), self._duplicate
        )
        self.rename_action = act(self.tr("&Rename Deck…"), "Ctrl+R", deck_tip, self._rename_deck)
        act("", "F2", "", self.rename_action.trigger, in_decks)
        self.delete_deck_action = act(
            self.tr("Delete Dec&k…"),
            "Delete",
            self.tr("Delete your deck"),
            self._delete_deck,
            in_decks,
        )
        self.import_action = act(
            self.tr("&Import…"), "Ctrl+O", self.tr("Add a deck from a file"), self._import
        )
        self.export_action = act(
            self.tr("E&xport…"), "Ctrl+E", self.tr("Save the deck as a file"), self._export
        )
        self.add_action = act(
            self.tr("&Add Card…"), "Ctrl+N", self.tr("Add a card to your deck"), self._add_card
        )
        self.edit_action = act(
            self.tr("&Edit Card…"), "F2", self.tr("Edit the card"), self._edit_card, in_cards
        )
        self.edit_action.setShortcuts([QKeySequence(k) for k in ("F2", "Return", "Enter")])
        self.edit_action.setToolTip(self.tr("Edit the card (Enter or F2, in the cards)"))
        self.delete_card_action = act(
            self.tr("De&lete Card…"),
            "Delete",
            self.tr("Delete the card"),
            self._delete_card,
            in_cards,
        )
        self.favourite_action = act(
            self.tr("Fa&vourite"), "Space", "", self.toggle_favourite, in_cards
        )
        act("", "Escape", "", self._escape_filter, (self.filter_edit, ""))
        self.close_action = act(self.tr("Close"), "", self.tr("Close (Esc)"), self.reject)

        deck_buttons, deck_actions = QGridLayout(), [self.new_deck_action, self.duplicate_action]
        deck_actions += [self.rename_action, self.delete_deck_action]
        deck_actions += [self.import_action, self.export_action]
        for number, deck_action in enumerate(deck_actions):
            deck_buttons.addWidget(action_button(deck_action, self), number // 2, number % 2)
        card_buttons = QHBoxLayout()
        self.favourite_button = action_button(self.favourite_action, self)
        self.favourite_button.setObjectName("favouriteButton")
        self.favourite_button.setCheckable(True)  # pressed while the card is a favourite
        card_buttons.addWidget(self.favourite_button)
        card_buttons.addStretch(1)
        for card_action in (self.add_action, self.edit_action, self.delete_card_action):
            card_buttons.addWidget(action_button(card_action, self))

        decks_label = QLabel(self.tr("&Decks"), self)
        set_role(decks_label, "sectionHeading")
        decks_label.setBuddy(self.deck_list)
        self.cards_heading.setBuddy(self.table)
        left, right, columns = QVBoxLayout(), QVBoxLayout(), QHBoxLayout()
        left.addWidget(self.filter_edit)
        left.addWidget(self.favourites_toggle)
        left.addWidget(decks_label)
        left.addWidget(self.deck_list, 1)
        left.addLayout(deck_buttons)
        right.addWidget(self.deck_title)
        right.addWidget(self.note_label)
        right.addWidget(self.cards_heading)
        right.addWidget(self.table, 3)
        right.addLayout(card_buttons)
        right.addWidget(self.preview, 2)
        columns.addLayout(left)
        columns.addLayout(right, 1)
        self.deck_list.setFixedWidth(320)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(action_button(self.close_action, self))
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.resize(1180, 760)

        self.filter_edit.textChanged.connect(lambda _text: self.refresh_cards())
        self.filter_edit.returnPressed.connect(self.table.setFocus)
        self.favourites_toggle.toggled.connect(lambda _on: self.refresh_cards())
        self.deck_list.currentItemChanged.connect(self._on_deck_moved)
        self.deck_list.itemActivated.connect(lambda _item: self.table.setFocus())
        self.table.doubleClicked.connect(self.edit_action.trigger)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.reload()
        self.deck_list.setFocus()

    def _act(
        self,
        text: str,
        keys: str,
        tip: str,
        slot: Callable[[], object],
        only_in: tuple[QWidget, str] | None = None,
    ) -> QAction:
        action = shortcut_action(self, text, keys, tip, only_in=only_in)
        action.triggered.connect(slot)
        return action

    def _label(self, role: str) -> QLabel:
        label = QLabel(self)
        set_role(label, role)
        label.setWordWrap(True)
        return label

    def _preview_frame(self) -> QFrame:
        """The selected card on a page of its own, in type large enough to read aloud."""
        frame = QFrame(self)
        frame.setObjectName("cardPreview")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setBackgroundRole(QPalette.ColorRole.Base)
        frame.setAutoFillBackground(True)
        for label, scale, bold in (
            (self.preview_heading, 1.35, True),
            (self.preview_body, 2.3, False),
        ):
            label.setParent(frame)
            label.setWordWrap(True)
            label.setFont(_scaled(label.font(), scale, bold=bold))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview_body.setMinimumHeight(self.preview_body.fontMetrics().lineSpacing() * 3)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.addWidget(self.preview_heading)
        layout.addWidget(self.preview_body, 1)
        return frame

    # --- the decks -------------------------------------------------------------------

    def reload(self, deck_id: str = "", card_id: str = "") -> None:
        """Fill the decks from the store, choose ``deck_id`` (else the current one) and
        select ``card_id`` among the cards (else keep the current card)."""
        deck_id = deck_id or (self._deck.id if self._deck else "")
        self._decks = decks.list_decks(self._store)
        with QSignalBlocker(self.deck_list):
            self.deck_list.clear()
            for summary in self._decks:
                kind = self.tr("built-in") if summary.builtin else self.tr("your own")
                count = self.tr("%n card(s)", "", summary.card_count)
                item = QListWidgetItem(f"{summary.name}\n{kind} · {count}", self.deck_list)
                item.setData(DECK_ROLE, summary)
                item.setToolTip(summary.description)
            ids = [summary.id for summary in self._decks]
            row = ids.index(deck_id) if deck_id in ids else 0
            self.deck_list.setCurrentRow(row if ids else -1)
        self._deck = self._decks[row] if self._decks else None
        self.refresh_cards(card_id)

    def _on_deck_moved(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        self._deck = item.data(DECK_ROLE)
        # Choosing a deck shows it: the search across every deck ends.
        with QSignalBlocker(self.filter_edit), QSignalBlocker(self.favourites_toggle):
            self.filter_edit.clear()
            self.favourites_toggle.setChecked(False)
        self.refresh_cards()

    def _show_heading(self) -> None:
        """The chosen deck, or what the search lists, above the cards."""
        deck = self._deck
        title = deck.name if deck else self.tr("No decks")
        note = deck.description + "\n" if deck and deck.description else ""
        if self.searching():
            title = self.tr("Every deck")
            note = self.tr("Cards of every deck. Esc clears the search; choosing a deck shows it.")
        elif deck and deck.builtin:
            note += self.tr(
                "Built-in deck: built-ins are copied, not edited. Duplicate it (Ctrl+D) to "
                "make your own copy; marking favourites (Space) works here too."
            )
        elif deck:
            note += fill(self.tr("Your own deck · key: %1"), deck.key)
        self.deck_title.setText(title)
        self.note_label.setText(note)

    # --- the cards -------------------------------------------------------------------

    def searching(self) -> bool:
        return bool(self.filter_edit.text().strip()) or self.favourites_toggle.isChecked()

    def refresh_cards(self, card_id: str = "") -> None:
        """List the chosen deck's cards, or every deck's matches, and select ``card_id``
        (else keep the current card, else the first)."""
        text, favourites = self.filter_edit.text().strip(), self.favourites_toggle.isChecked()
        if self.searching():
            cards = decks.search_cards(self._store, text, favourites_only=favourites)
        else:
            cards = decks.deck_cards(self._store, self._deck.id) if self._deck else []
        by_id = {summary.id: summary for summary in self._decks}
        self.model.set_records(
            [
                CardRow(card, by_id[card.deck_id].name, not by_id[card.deck_id].builtin)
                for card in cards
                if card.deck_id in by_id
            ]
        )
        self.table.setColumnHidden(DECK, not self.searching())
        self._show_heading()
        count = self.model.rowCount()
        if not self.searching():
            heading = self.tr("%n card(s)", "", count)
        elif text:
            # English's one form, "1 card in every deck matches", is written in the .ts.
            heading = self.tr("%n card(s) in every deck match “%1”", "", count)
            heading = heading.replace("%1", text)
        else:
            heading = self.tr("%n favourite(s) in every deck", "", count)
        self.cards_heading.setText(heading)
        row = self.model.row_of(card_id) if card_id else self.table.currentIndex().row()
        if count and row < 0:
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, CARD))
        self._show_current()

    def current_row(self) -> CardRow | None:
        row: CardRow | None = self.table.currentIndex().data(RecordRole)
        return row

    def _show_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.preview_heading.setText(row.card.heading)
            self.preview_heading.setVisible(bool(row.card.heading))
            self.preview_body.setText(row.card.body)
        else:
            self.preview_heading.hide()
            if self.searching():
                empty = self.tr("No card matches. Clear the search with Esc in the search box.")
            elif self._deck and not self._deck.builtin:
                empty = self.tr("This deck has no cards yet. Add one with Ctrl+N.")
            else:
                empty = self.tr("No card selected.")
            self.preview_body.setText(empty)
        favourite = row is not None and row.card.favourite
        self.favourite_button.setChecked(favourite)
        self.favourite_button.setText(
            self.tr("★ Fa&vourite") if favourite else self.tr("☆ Fa&vourite")
        )
        tip = self.tr("Unmark as a favourite") if favourite else self.tr("Mark as a favourite")
        self.favourite_button.setToolTip(tip + self.tr(" (Space, in the cards)"))
        self._update_actions()

    def _update_actions(self) -> None:
        deck, row = self._deck, self.current_row()
        own_deck = deck is not None and not deck.builtin
        for deck_action in (self.duplicate_action, self.export_action):
            deck_action.setEnabled(deck is not None)
        for own_action in (self.rename_action, self.delete_deck_action, self.add_action):
            own_action.setEnabled(own_deck)
        self.edit_action.setEnabled(row is not None and row.own)
        self.delete_card_action.setEnabled(row is not None and row.own)
        self.favourite_action.setEnabled(row is not None)

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _escape_filter(self) -> None:
        if self.filter_edit.text():
            self.filter_edit.clear()
        else:
            self.reject()

    # --- favourites ------------------------------------------------------------------

    def toggle_favourite(self) -> None:
        row = self.current_row()
        if row is None:
            return
        favourite = not row.card.favourite
        mark, title = decks.set_favourite, self.tr("Could not mark the card")
        if self._attempt(title, lambda: mark(self._store, row.card.id, favourite) or True):
            self.refresh_cards(row.card.id)
            done = (
                self.tr("Marked “%1” as a favourite.") if favourite else self.tr("Unmarked “%1”.")
            )
            self.status_label.setText(fill(done, row.card.heading or row.card.body[:40]))


def _scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    scaled = QFont(font)
    scaled.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        scaled.setWeight(QFont.Weight.DemiBold)
    return scaled
