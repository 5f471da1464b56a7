"""The card browser, driven by the keyboard as a facilitator would use it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.core.decks import CardDefinition, DeckDefinition, dump_deck, parse_deck
from reflectdesk.store import decks, user_decks
from reflectdesk.store.database import Store
from reflectdesk.store.decks import deck_cards, deck_id_for_key, list_decks
from reflectdesk.ui.library.card_browser import (
    CARD,
    DECK,
    STAR,
    CardBrowserDialog,
    CardRow,
    CardTableModel,
    open_card_browser,
)
from reflectdesk.ui.library.card_editor import CardEditorDialog, DeckDetailsDialog
from tests.ui.conftest import find_open, type_text, wait_active

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

GREEK_TURKISH = DeckDefinition(
    key="anastochasmos",
    name="Αναστοχασμός — İzmir şubesi",
    description="Ερωτήσεις για την ομάδα.\nGrup için sorular.",
    cards=(
        CardDefinition("Συναισθήματα", "Τι ένιωσες εκείνη τη στιγμή;", "Περιγραφή"),
        CardDefinition("Duygular", "O an ne hissettiniz?\nŞimdi ne hissediyorsunuz?"),
    ),
)


def focused() -> object:
    return QApplication.focusWidget()


@pytest.fixture
def open_dialog(qtbot: QtBot, store: Store) -> Callable[[], CardBrowserDialog]:
    def make() -> CardBrowserDialog:
        dialog = CardBrowserDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog

    return make


@pytest.fixture
def dialog(open_dialog: Callable[[], CardBrowserDialog]) -> CardBrowserDialog:
    return open_dialog()


def gibbs(store: Store) -> str:
    found = deck_id_for_key(store, "gibbs")
    assert found is not None
    return found


def go_to_deck(qtbot: QtBot, dialog: CardBrowserDialog, name: str) -> None:
    """Walk down the deck list with the arrow keys until ``name`` is chosen."""
    dialog.deck_list.setFocus()
    for _ in range(dialog.deck_list.count()):
        if dialog.deck_list.currentItem().text().startswith(name + "\n"):
            return
        qtbot.keyClick(dialog.deck_list, Qt.Key.Key_Down)
    raise AssertionError(f"no deck named {name!r}")


def headings(dialog: CardBrowserDialog) -> list[str]:
    return [row.card.heading for row in dialog.model.records()]


def answer(qtbot: QtBot, name: str, delete: bool) -> None:
    """Answer a delete question: Escape for Cancel, else the Delete button."""
    box = find_open(qtbot, QMessageBox, name)
    assert isinstance(box, QMessageBox)
    if delete:
        next(b for b in box.buttons() if b.text() == "Delete").click()
    else:
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())


def open_editor(qtbot: QtBot, kind: type[QWidget], name: str) -> QWidget:
    editor = find_open(qtbot, kind, name)
    qtbot.waitUntil(lambda: isinstance(focused(), QWidget) and editor.isAncestorOf(focused()))
    return editor


# --- browsing ------------------------------------------------------------------------------


def test_browse_a_builtin_deck_read_only(
    qtbot: QtBot, dialog: CardBrowserDialog, store: Store
) -> None:
    assert focused() is dialog.deck_list
    go_to_deck(qtbot, dialog, "Gibbs reflective cycle")

    assert "built-in · 14 cards" in dialog.deck_list.currentItem().text()
    assert dialog.deck_title.text() == "Gibbs reflective cycle"
    assert "copied, not edited" in dialog.note_label.text()
    assert headings(dialog) == [card.heading for card in deck_cards(store, gibbs(store))]
    assert dialog.table.isColumnHidden(DECK)
    assert dialog.preview_heading.text() == "Description · What happened"
    assert dialog.preview_body.text().startswith("Take us to the moment itself.")
    assert dialog.preview_body.font().pointSizeF() >= 2 * dialog.font().pointSizeF()

    qtbot.keyClick(dialog.deck_list, Qt.Key.Key_Return)  # into the cards
    assert focused() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.preview_heading.text() == "Description · Your part"

    # Built-ins are copied, not edited: every editing command is off, its keys do nothing.
    for action in (
        dialog.add_action,
        dialog.edit_action,
        dialog.delete_card_action,
        dialog.rename_action,
        dialog.delete_deck_action,
    ):
        assert not action.isEnabled(), action.text()
    assert dialog.duplicate_action.isEnabled()
    assert dialog.export_action.isEnabled()
    before = deck_cards(store, gibbs(store))
    for key, modifier in [
        (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_N, CTRL),
        (Qt.Key.Key_R, CTRL),
    ]:
        qtbot.keyClick(dialog.table, key, modifier)
    qtbot.wait(50)
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not dialog]
    assert deck_cards(store, gibbs(store)) == before


def test_filter_searches_every_deck_with_accents_folded(
    qtbot: QtBot, dialog: CardBrowserDialog
) -> None:
    qtbot.keyClick(dialog.deck_list, Qt.Key.Key_F, CTRL)
    assert focused() is dialog.filter_edit

    type_text(dialog.filter_edit, "feel")
    found = {(row.deck_name, row.card.heading) for row in dialog.model.records()}
    assert ("Gibbs reflective cycle", "Feelings · At the time") in found
    assert not dialog.table.isColumnHidden(DECK)
    assert "match “feel”" in dialog.cards_heading.text()

    dialog.filter_edit.clear()
    type_text(dialog.filter_edit, "FÉEL")  # accents and case folded
    assert {(row.deck_name, row.card.heading) for row in dialog.model.records()} == found

    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)  # on to the results
    assert focused() is dialog.table
    assert dialog.current_row() is not None

    dialog.filter_edit.setFocus()
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Escape)  # clears, stays open
    assert dialog.filter_edit.text() == ""
    assert dialog.isVisible()
    assert dialog.table.isColumnHidden(DECK)

    type_text(dialog.filter_edit, "zzzz-nothing")
    assert dialog.model.rowCount() == 0
    assert "No card matches" in dialog.preview_body.text()
    assert not dialog.favourite_action.isEnabled()
    assert dialog.deck_title.text() == "Every deck"

    go_to_deck(qtbot, dialog, "Kolb's learning cycle")  # choosing a deck ends the search
    assert dialog.filter_edit.text() == ""
    assert dialog.deck_title.text() == "Kolb's learning cycle"
    assert dialog.model.rowCount() == 12


def test_space_marks_a_favourite_and_it_is_stored(
    qtbot: QtBot, dialog: CardBrowserDialog, store: Store
) -> None:
    go_to_deck(qtbot, dialog, "Gibbs reflective cycle")
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    card = dialog.current_row()
    assert card is not None
    assert dialog.favourite_button.text() == "☆ Fa&vourite"

    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)

    stored = {c.id: c.favourite for c in deck_cards(store, gibbs(store))}
    assert stored[card.card.id] is True
    assert dialog.current_row().card.id == card.card.id  # type: ignore[union-attr]
    assert dialog.model.index(1, STAR).data() == "★"
    assert dialog.favourite_button.text() == "★ Fa&vourite"
    assert "favourite" in dialog.status_label.text()

    dialog.favourite_button.click()  # the button does the same
    assert not {c.id: c.favourite for c in deck_cards(store, gibbs(store))}[card.card.id]


def test_favourites_only_lists_the_stars_of_every_deck(
    qtbot: QtBot, open_dialog: Callable[[], CardBrowserDialog], store: Store
) -> None:
    first_gibbs = deck_cards(store, gibbs(store))[2]
    kolb = deck_id_for_key(store, "kolb")
    assert kolb is not None
    first_kolb = deck_cards(store, kolb)[0]
    decks.set_favourite(store, first_gibbs.id, True)
    decks.set_favourite(store, first_kolb.id, True)
    dialog = open_dialog()

    qtbot.keyClick(dialog.deck_list, Qt.Key.Key_F, ALT)  # the switch's mnemonic

    qtbot.waitUntil(dialog.favourites_toggle.isChecked)  # a mnemonic clicks after a blink
    assert {row.card.id for row in dialog.model.records()} == {first_gibbs.id, first_kolb.id}
    assert {row.deck_name for row in dialog.model.records()} == {
        "Gibbs reflective cycle",
        "Kolb's learning cycle",
    }
    assert dialog.cards_heading.text() == "2 favourites in every deck"

    type_text(dialog.filter_edit, "at the time")  # narrows the favourites
    assert [row.card.id for row in dialog.model.records()] == [first_gibbs.id]

    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # unmarked: it leaves the list
    assert dialog.model.rowCount() == 0
    assert not decks.search_cards(store, "at the time", favourites_only=True)


# --- one's own decks -----------------------------------------------------------------------


def test_copy_a_builtin_then_add_edit_and_delete_cards_by_keyboard(
    qtbot: QtBot, dialog: CardBrowserDialog, store: Store
) -> None:
    go_to_deck(qtbot, dialog, "Gibbs reflective cycle")
    qtbot.keyClick(dialog.deck_list, Qt.Key.Key_D, CTRL)  # Duplicate

    copy = dialog._deck
    assert copy is not None
    assert not copy.builtin
    assert copy.name == "Gibbs reflective cycle (copy)"
    assert "your own · 14 cards" in dialog.deck_list.currentItem().text()
    assert focused() is dialog.deck_list
    assert dialog.add_action.isEnabled()

    # Add a card: stage, Tab, title, Tab, text, Ctrl+Enter.
    qtbot.keyClick(dialog.deck_list, Qt.Key.Key_N, CTRL)
    editor = open_editor(qtbot, CardEditorDialog, "cardEditor")
    assert isinstance(editor, CardEditorDialog)
    assert focused() is editor.stage_edit
    type_text(focused(), "Κλείσιμο")  # type: ignore[arg-type]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # type: ignore[arg-type]
    type_text(focused(), "Bugün — ne öğrendin?")  # type: ignore[arg-type]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # type: ignore[arg-type]
    assert focused() is editor.text_edit
    prompt = "Τι παίρνεις μαζί σου; İyi ki geldin."
    type_text(focused(), prompt)  # type: ignore[arg-type]
    assert f"{len(prompt)} of 300 characters" in editor.count_label.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not editor.isVisible())
    wait_active(qtbot, dialog)

    cards = deck_cards(store, copy.id)
    assert len(cards) == 15
    added = cards[-1]
    assert (added.stage, added.title) == ("Κλείσιμο", "Bugün — ne öğrendin?")
    assert added.body == "Τι παίρνεις μαζί σου; İyi ki geldin."
    assert dialog.current_row().card.id == added.id  # type: ignore[union-attr]
    assert dialog.preview_heading.text() == "Κλείσιμο · Bugün — ne öğrendin?"
    assert focused() is dialog.table

    # Edit it: F2, Tab to the title (its text is selected), type over it, Enter.
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = open_editor(qtbot, CardEditorDialog, "cardEditor")
    assert isinstance(editor, CardEditorDialog)
    assert editor.text_edit.toPlainText() == added.body
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # type: ignore[arg-type]
    type_text(focused(), "Kapanış")  # type: ignore[arg-type]
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not editor.isVisible())
    wait_active(qtbot, dialog)
    assert deck_cards(store, copy.id)[-1].heading == "Κλείσιμο · Kapanış"
    assert dialog.preview_heading.text() == "Κλείσιμο · Kapanış"

    # Delete it: Delete asks; Escape keeps it, Delete removes it.
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    answer(qtbot, "deleteCardConfirm", delete=False)
    assert len(deck_cards(store, copy.id)) == 15
    wait_active(qtbot, dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    answer(qtbot, "deleteCardConfirm", delete=True)
    assert [c.heading for c in deck_cards(store, copy.id)] == [
        c.heading for c in deck_cards(store, gibbs(store))
    ]
    assert "Deleted" in dialog.status_label.text()
    assert dialog.model.rowCount() == 14
    assert dialog.current_row() is not None  # the neighbour is selected

    # Rename and describe the deck: Ctrl+R, type over the name, Enter.
    wait_active(qtbot, dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_R, CTRL)
    details = open_editor(qtbot, DeckDetailsDialog, "deckDetails")
    assert isinstance(details, DeckDetailsDialog)
    assert focused() is details.name_edit
    type_text(details.name_edit, "Gibbs — bizim kartlar")
    qtbot.keyClick(details.name_edit, Qt.Key.Key_Tab)
    assert focused() is details.description_edit
    qtbot.keyClick(details.description_edit, Qt.Key.Key_A, CTRL)  # to type over it
    type_text(details.description_edit, "Για την ομάδα της Πέμπτης.")
    qtbot.keyClick(details.description_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not details.isVisible())
    [renamed] = [d for d in list_decks(store) if d.id == copy.id]
    assert renamed.name == "Gibbs — bizim kartlar"
    assert renamed.description == "Για την ομάδα της Πέμπτης."
    assert dialog.deck_list.currentItem().text().startswith("Gibbs — bizim kartlar\n")
    assert dialog.deck_title.text() == "Gibbs — bizim kartlar"


def test_new_deck_problems_are_shown_inline_and_nothing_is_written(
    qtbot: QtBot, dialog: CardBrowserDialog, store: Store
) -> None:
    before = list_decks(store)
    qtbot.keyClick(dialog.deck_list, Qt.Key.Key_N, CTRL_SHIFT)
    details = open_editor(qtbot, DeckDetailsDialog, "deckDetails")
    assert isinstance(details, DeckDetailsDialog)
    assert not details.error_label.isVisible()  # nothing said before anything is typed

    qtbot.keyClick(details.name_edit, Qt.Key.Key_Return)
    assert details.isVisible()
    assert details.error_label.text() == "⚠ Name: must not be empty"
    assert list_decks(store) == before

    type_text(details.name_edit, "Eigen vragen")
    assert not details.error_label.isVisible()
    qtbot.keyClick(details.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not details.isVisible())
    wait_active(qtbot, dialog)
    mine = dialog._deck
    assert mine is not None
    assert (mine.name, mine.builtin, mine.card_count) == ("Eigen vragen", False, 0)
    assert "no cards yet" in dialog.preview_body.text()
    assert not dialog.edit_action.isEnabled()

    qtbot.keyClick(dialog.deck_list, Qt.Key.Key_N, CTRL)
    editor = open_editor(qtbot, CardEditorDialog, "cardEditor")
    assert isinstance(editor, CardEditorDialog)
    type_text(editor.stage_edit, "a · b")
    assert editor.error_label.text().startswith("⚠ Stage: must not contain")
    editor.text_edit.setPlainText("x" * 301)
    assert "⚠ Text: is 301 characters long; the limit is 300" in editor.error_label.text()
    assert "may not read from across a room" in editor.count_label.text()
    qtbot.keyClick(editor.stage_edit, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert "⚠ Title: must not be empty" in editor.error_label.text()
    assert deck_cards(store, mine.id) == []
    qtbot.keyClick(editor.stage_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    wait_active(qtbot, dialog)

    # Delete the deck from the deck list.
    dialog.deck_list.setFocus()
    qtbot.keyClick(dialog.deck_list, Qt.Key.Key_Delete)
    answer(qtbot, "deleteDeckConfirm", delete=True)
    assert list_decks(store) == before
    assert dialog.deck_list.count() == len(before)
    assert "Deleted “Eigen vragen”" in dialog.status_label.text()


# --- files ---------------------------------------------------------------------------------


def test_import_a_deck_file_and_export_it_again(
    qtbot: QtBot,
    dialog: CardBrowserDialog,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "anastochasmos.toml"
    source.write_text(dump_deck(GREEK_TURKISH), encoding="utf-8")
    target = tmp_path / "export" / "copy.toml"
    target.parent.mkdir()
    asked: list[tuple[bool, str]] = []

    def choose(save: bool, suggested: str) -> Path:
        asked.append((save, suggested))
        return target if save else source

    monkeypatch.setattr(dialog, "choose_file", choose)

    qtbot.keyClick(dialog.deck_list, Qt.Key.Key_O, CTRL)
    assert dialog.deck_title.text() == GREEK_TURKISH.name
    assert "anastochasmos" in dialog.status_label.text()
    assert headings(dialog) == ["Περιγραφή · Συναισθήματα", "Duygular"]
    assert dialog.edit_action.isEnabled()

    qtbot.keyClick(dialog.deck_list, Qt.Key.Key_E, CTRL)

    assert asked == [(False, ""), (True, "anastochasmos.toml")]
    assert parse_deck(target.read_text(encoding="utf-8")) == GREEK_TURKISH
    assert "Exported" in dialog.status_label.text()


def test_export_a_builtin_round_trips(
    qtbot: QtBot,
    dialog: CardBrowserDialog,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "gibbs.toml"
    monkeypatch.setattr(dialog, "choose_file", lambda save, suggested: target)
    go_to_deck(qtbot, dialog, "Gibbs reflective cycle")

    qtbot.keyClick(dialog.deck_list, Qt.Key.Key_E, CTRL)

    exported = parse_deck(target.read_text(encoding="utf-8"))
    assert exported == user_decks.deck_definition(store, gibbs(store))
    assert len(exported.cards) == 14


def test_a_malformed_import_lists_every_problem_and_adds_nothing(
    qtbot: QtBot,
    dialog: CardBrowserDialog,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "broken.toml"
    text = dump_deck(GREEK_TURKISH).replace('title = "Duygular"', 'titel = "Duygular"')
    broken.write_text(text.replace("schema = 1", "schema = 2"), encoding="utf-8")
    monkeypatch.setattr(dialog, "choose_file", lambda save, suggested: broken)
    before = list_decks(store)

    qtbot.keyClick(dialog.deck_list, Qt.Key.Key_O, CTRL)

    box = find_open(qtbot, QMessageBox, "errorBox")
    assert isinstance(box, QMessageBox)
    message = box.text()
    assert "3 problems found" in message
    assert f"{broken}: line 1: schema: must be 1" in message
    assert "cards[2].titel" in message
    assert "cards[2].title: is required" in message
    assert "Traceback" not in message
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert list_decks(store) == before
    assert dialog.deck_list.count() == len(before)


def test_a_long_list_of_problems_is_kept_whole_under_details(
    qtbot: QtBot,
    dialog: CardBrowserDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "many.toml"
    cards = "".join(f'\n[[cards]]\ntitle = "Kaart {n}"\n' for n in range(1, 21))
    broken.write_text(f'schema = 1\nkey = "many"\nname = "Veel"\n{cards}', encoding="utf-8")
    monkeypatch.setattr(dialog, "choose_file", lambda save, suggested: broken)

    qtbot.keyClick(dialog.deck_list, Qt.Key.Key_O, CTRL)

    box = find_open(qtbot, QMessageBox, "errorBox")
    assert isinstance(box, QMessageBox)
    assert "20 problems found" in box.text()
    assert "cards[12].text: is required" in box.text()
    assert "cards[13]" not in box.text()
    assert all(f"cards[{n}].text: is required" in box.detailedText() for n in range(1, 21))
    box.button(QMessageBox.StandardButton.Ok).click()


def test_open_card_browser_opens_a_modal_dialog_that_goes_away(qtbot: QtBot, store: Store) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = open_card_browser(store, parent)
    qtbot.waitExposed(dialog)
    assert dialog.isModal()
    assert dialog.deck_list.count() == len(list_decks(store))
    with qtbot.waitSignal(dialog.destroyed):
        dialog.reject()


def test_card_model_is_a_well_behaved_qt_model(qtmodeltester: object, store: Store) -> None:
    model = CardTableModel()
    cards = deck_cards(store, gibbs(store))
    model.set_records([CardRow(card, "Gibbs", own=False) for card in cards[:4]])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    starred = CardRow(replace(cards[5], favourite=True), "G", own=False)
    model.set_records([starred, *(CardRow(card, "Gibbs", own=False) for card in cards[1:3])])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, STAR).data() == "★"
    assert model.index(1, STAR).data() is None
    assert model.index(0, CARD).data() == cards[5].heading
    assert model.index(0, DECK).data() == "G"
