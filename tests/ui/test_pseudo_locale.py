"""Every word a window shows passes through translation: with a pseudo catalogue in which
each entry of the Dutch .ts reads "⟦source⟧", any visible text without the markers was
never translated (or lupdate never extracted it). One test per window, so a failure
names the window and lists (class, objectName, text)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.store.database import Store
from reflectdesk.ui.shell.main_window import MainWindow
from tests.fakes import FakeTime
from tests.ui.conftest import SESSION_START, open_on_session, plan_balint_session
from tests.ui.pseudo_walk import Untranslated, pseudo_catalogue, report, untranslated

# The fixture's data, which no catalogue translates.
MEMBERS = ("Hüseyin İkiz", "Anna de Vries")
GROUP = "Balint — block 2"
DATA = {*MEMBERS, GROUP, "HI", "AV", "HÜSEYIN İKIZ", "ANNA DE VRIES"}
PRODUCT = {"ReflectDesk"}
# Made below the ui, translated there by another part of issue 14 ("content": the shipped
# formats, decks and questionnaires in English and Dutch). To the window they are data:
# the widgets that show them, by objectName.
CONTENT_WIDGETS = {
    "groupFormat",  # format names
    "phaseName",  # phase names and role cues, in the session and on the presenter screen
    "roleCue",
    "presenterPhase",
    "presenterCue",
    "presenterCard",  # a card's heading and text
    "deckTitle",  # deck names and cards in the cards browser
    "previewHeading",
    "previewBody",
}


@pytest.fixture(scope="module")
def pseudo(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    translator = QTranslator(qapp)
    assert translator.load(str(pseudo_catalogue(tmp_path_factory.mktemp("pseudo"))))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot: QtBot, store: Store, pseudo: None) -> Iterator[MainWindow]:
    session_id = plan_balint_session(store, MEMBERS, group_name=GROUP)
    shown = open_on_session(qtbot, store, session_id, FakeTime(start_wall=SESSION_START))
    shown.close_session()
    yield shown
    shown.close()


def _allowed(item: Untranslated) -> bool:
    return (
        any(data in item.text for data in DATA)
        or item.text in PRODUCT
        or item.name in CONTENT_WIDGETS
        or item.text.endswith("reflectdesk.db")  # the database's path, in the status bar
    )


def assert_translated(top: QWidget) -> None:
    found = [item for item in untranslated(top, set()) if not _allowed(item)]
    assert found == [], f"untranslated in {top.objectName()}:\n{report(found)}"


def opened_by(qtbot: QtBot, action: QAction | Callable[[], object]) -> QWidget:
    """The top-level window that ``action`` opens (after it shows)."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    action.trigger() if isinstance(action, QAction) else action()
    found: list[QWidget] = []

    def shown() -> None:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before
        ]
        assert found

    qtbot.waitUntil(shown)
    return found[-1]


def test_main_window_and_group_page(window: MainWindow) -> None:
    assert_translated(window)


def test_preferences(qtbot: QtBot, window: MainWindow) -> None:
    dialog = opened_by(qtbot, window.menus.preferences_action)
    assert_translated(dialog)
    dialog.close()


def test_cards_browser(qtbot: QtBot, window: MainWindow) -> None:
    dialog = opened_by(qtbot, window.menus.prompt_cards_action)
    assert_translated(dialog)
    dialog.close()


def test_format_editor(qtbot: QtBot, window: MainWindow) -> None:
    dialog = opened_by(qtbot, window.menus.manage_formats_action)
    assert_translated(dialog)
    dialog.close()


def test_questionnaire_editor(qtbot: QtBot, window: MainWindow) -> None:
    dialog = opened_by(qtbot, window.menus.evaluation_menu.questionnaires_action)
    assert_translated(dialog)
    dialog.close()


def test_evaluation_results(qtbot: QtBot, window: MainWindow) -> None:
    dialog = opened_by(qtbot, window.menus.evaluation_menu.results_action)
    assert_translated(dialog)
    dialog.close()


def test_session_summary_export_options(qtbot: QtBot, window: MainWindow) -> None:
    dialog = opened_by(qtbot, window.menus.export_series_action)
    assert_translated(dialog)
    dialog.close()


def test_running_session_with_a_card_on_the_presenter_screen(
    qtbot: QtBot, store: Store, pseudo: None
) -> None:
    session_id = plan_balint_session(store, MEMBERS, group_name=GROUP)
    shown = open_on_session(qtbot, store, session_id, FakeTime(start_wall=SESSION_START))
    page = shown.session_page
    assert page is not None
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)  # the clock runs
    qtbot.keyClick(page.run_view, Qt.Key.Key_C)  # a card drawn
    qtbot.keyClick(page.run_view, Qt.Key.Key_S)  # and shown on the presenter screen
    presenter = page.presenter_screen.window
    assert presenter is not None
    assert_translated(shown)
    assert_translated(presenter)
    shown.close()
