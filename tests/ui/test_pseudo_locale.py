"""Every word a window shows passes through translation: with a pseudo catalogue in which
each entry of the Dutch .ts reads "⟦source⟧", any visible text without the markers was
never translated (or lupdate never extracted it). One test per window, so a failure
names the window and lists (class, objectName, text)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import MemberDraft, Role
from reflectdesk.demo.build import write_demo
from reflectdesk.export.archive import export_archive
from reflectdesk.store import members, sessions
from reflectdesk.store.backups import list_backups, make_backup
from reflectdesk.store.database import Store, open_store
from reflectdesk.ui.exports.restore_dialog import RestoreDialog, short_date, size_label
from reflectdesk.ui.privacy.identifier_review import IdentifierReviewDialog, ReviewText
from reflectdesk.ui.privacy.note_rescue import ask_about_note_not_saved
from reflectdesk.ui.privacy.vault_dialogs import (
    RecoveryKeyDialog,
    SetPassphraseDialog,
    UnlockDialog,
)
from reflectdesk.ui.privacy.vault_inline import VaultSetupBar
from reflectdesk.ui.privacy.vault_key_dialogs import (
    ChangePassphraseDialog,
    RecoverDialog,
    RotateKeyDialog,
    ask_remove_older_backups,
    ask_reset_private_notes,
)
from reflectdesk.ui.shell.crash_dialog import CrashDialog
from reflectdesk.ui.shell.main_window import MainWindow
from tests.fakes import FakeTime
from tests.ui.conftest import SESSION_START, find_open, open_on_session, plan_balint_session
from tests.ui.pseudo_walk import CLOSE, OPEN, Untranslated, pseudo_catalogue, report, untranslated

# The fixture's data, which no catalogue translates.
MEMBERS = ("Hüseyin İkiz", "Anna de Vries")
GROUP = "Balint — block 2"
DATA = {*MEMBERS, GROUP, "HI", "AV", "HÜSEYIN İKIZ", "ANNA DE VRIES"}
PRODUCT = {"ReflectDesk"}
# Made below the ui, translated there by another part of issue 14 ("content": the shipped
# formats, decks and questionnaires in English and Dutch). To the window they are data:
# the widgets that show them, by objectName.
CONTENT_WIDGETS = {
    "groupFormat",  # format names, in the group's and the plan-session dialog's choice
    "sessionFormat",
    "phaseName",  # phase names and role cues, in the session and on the presenter screen
    "roleCue",
    "presenterPhase",
    "presenterCue",
    "presenterCard",  # a card's heading and text
    "deckTitle",  # deck names and cards in the cards browser
    "previewHeading",
    "previewBody",
    "phaseTable",  # phase names in the running session's table
    "questionnaireItems",  # a questionnaire's items in its editor
    "entryQuestionnaire",  # questionnaire names, their items and scale labels
    "formQuestion",
    *(f"formPoint{number}" for number in range(1, 11)),  # "4\nAgree": a scale's point
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


def assert_translated(top: QWidget, also_allowed: frozenset[str] = frozenset()) -> None:
    """``also_allowed``: objectNames of widgets that show the user's own text."""
    found = [
        item
        for item in untranslated(top, set())
        if not _allowed(item) and item.name not in also_allowed
    ]
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


# --- the menus' dialogs, the crash dialog, a session's end -------------------------------------


@pytest.mark.parametrize(
    "action",
    [
        "new_group_action",
        "add_member_action",
        "add_members_action",
        "edit_member_action",
        "member_notes_action",
        "plan_session_action",
        "evaluation_menu.paper_forms_action",
        "evaluation_menu.conditions_action",
    ],
)
def test_dialogs_from_the_menus(qtbot: QtBot, window: MainWindow, action: str) -> None:
    window.group_page.members.table.selectRow(0)  # for the member's dialogs
    window.group_page.sessions.table.selectRow(0)  # for a session's evaluation forms
    found: object = window.menus
    for name in action.split("."):
        found = getattr(found, name)
    assert isinstance(found, QAction)
    dialog = opened_by(qtbot, found)
    assert_translated(dialog)
    dialog.close()


@pytest.mark.parametrize(
    ("action", "shows_data"),
    [
        ("shortcuts_action", {"shortcutTree"}),  # key names as Qt writes them ("Ctrl+N")
        ("guide_action", set()),
        ("about_action", {"thirdPartyLicences", "licenceText"}),  # names, versions, texts
    ],
)
def test_help_dialogs(qtbot: QtBot, window: MainWindow, action: str, shows_data: set[str]) -> None:
    dialog = opened_by(qtbot, getattr(window.menus.help_menu, action))
    assert_translated(dialog, also_allowed=frozenset(shows_data))
    dialog.close()


def test_crash_dialog(qtbot: QtBot, pseudo: None) -> None:
    dialog = CrashDialog("Traceback (most recent call last): …")
    qtbot.addWidget(dialog)
    dialog.show()
    assert_translated(dialog, also_allowed=frozenset({"crashDetails"}))  # the traceback itself


def test_session_ended_with_the_debrief(qtbot: QtBot, store: Store, pseudo: None) -> None:
    session_id = plan_balint_session(store, MEMBERS, group_name=GROUP)
    group_id = sessions.get_session(store, session_id).group_id
    for name, role in (("Anna de Vries", Role.FACILITATOR), ("HI", Role.CO_FACILITATOR)):
        members.add_member(store, group_id, MemberDraft(name, role))  # led by two: a debrief
    shown = open_on_session(qtbot, store, session_id, FakeTime(start_wall=SESSION_START))
    page = shown.session_page
    assert page is not None
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)
    qtbot.keyClick(page.run_view, Qt.Key.Key_E)
    asked = find_open(qtbot, QMessageBox, "endConfirm")
    assert_translated(asked)
    assert isinstance(asked, QMessageBox)
    end = next(
        b for b in asked.buttons() if asked.buttonRole(b) != QMessageBox.ButtonRole.RejectRole
    )
    qtbot.mouseClick(end, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.debrief.isVisible)
    assert_translated(shown)  # the finished session, the debrief in place
    shown.close()


# --- evaluation entry and pass the laptop --------------------------------------------------


def test_pass_the_laptop_setup_and_a_form(qtbot: QtBot, window: MainWindow) -> None:
    window.group_page.sessions.table.selectRow(0)
    menu = window.menus.evaluation_menu
    setup = opened_by(qtbot, menu.pass_laptop_action)
    assert_translated(setup)
    start = setup.findChild(QPushButton, "passStartButton")
    assert start is not None
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: menu.pass_window is not None and menu.pass_window.isVisible())
    laptop = menu.pass_window
    assert laptop is not None
    assert_translated(laptop)  # the start screen
    qtbot.keyClick(laptop, Qt.Key.Key_Space)
    assert laptop.form is not None
    assert_translated(laptop)  # a form shown
    form = laptop.form
    assert form is not None and form.save_button is not None
    qtbot.mouseClick(form.scale_buttons[3], Qt.MouseButton.LeftButton)  # one answer is enough
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: laptop.pages.currentWidget() is laptop.thanks_page)
    assert_translated(laptop)  # the thank-you screen
    laptop.left.emit()
    laptop.close()


# --- private notes (the vault) ---------------------------------------------------------------


def test_vault_dialogs(qtbot: QtBot, store: Store, pseudo: None) -> None:
    make_backup(store.path, "manual", now=datetime(2026, 11, 17, 18, 5))
    older = list_backups(store.path)
    dialogs: list[QWidget] = [
        SetPassphraseDialog(store),
        UnlockDialog(store),
        ChangePassphraseDialog(store),
        RecoverDialog(store),
        RotateKeyDialog(store, 3),
        RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        # The key itself, and the shape of one as the placeholder of its field.
        assert_translated(dialog, also_allowed=frozenset({"recoveryKey", "recoveryKeyInput"}))
        dialog.close()
    parent = QWidget()
    qtbot.addWidget(parent)
    for box in (ask_reset_private_notes(parent, 3), ask_remove_older_backups(parent, older)):
        assert_translated(box)
        box.close()


def test_identifier_review(qtbot: QtBot, pseudo: None) -> None:
    dialog = IdentifierReviewDialog(
        [
            ReviewText(f"{OPEN}Action{CLOSE}", "Bel dhr. Jansen, BSN 111222333"),
            ReviewText(f"{OPEN}Learning point{CLOSE}", "Nothing to see", editable=True),
        ]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    # The labels come from the caller, translated there (Exports._review_text).
    assert_translated(dialog)
    dialog.close()


# --- exports and restore ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "pdf"),
    [
        ("export_summary_action", True),
        ("export_handout_action", True),
        ("export_series_action", True),
        ("export_bulletin_action", True),
        ("export_csv_action", False),
    ],
)
def test_export_options_file_and_progress(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, action: str, pdf: bool
) -> None:
    window.group_page.sessions.table.selectRow(0)
    options = opened_by(qtbot, getattr(window.menus, action))
    assert_translated(options)
    assert isinstance(options, QDialog)
    options.accept()
    chooser = find_open(qtbot, QFileDialog, "exportFileDialog")
    # The file dialog's own words are Qt's (qtbase_nl); its title is ours.
    assert OPEN in chooser.windowTitle(), chooser.windowTitle()
    chooser.fileSelected.emit(str(tmp_path / ("out.pdf" if pdf else "tables")))
    chooser.close()
    job = window.exports.jobs[-1]
    assert_translated(job.dialog)  # the progress window, shown when the work takes long
    with qtbot.waitSignal(job.over, timeout=20000):
        pass


def test_restore_with_a_backup(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    make_backup(store.path, "manual", now=datetime(2026, 11, 17, 18, 5))
    dialog = opened_by(qtbot, window.menus.restore_backup_action)
    # When and how large: numbers and names QLocale formats, not words of ours.
    (backup,) = list_backups(store.path)
    formatted = {short_date(backup.made_at), size_label(backup.size)}
    found = [item for item in untranslated(dialog, formatted) if not _allowed(item)]
    assert found == [], report(found)
    assert isinstance(dialog, RestoreDialog)
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    asked = find_open(qtbot, QMessageBox, "confirmRestore")
    assert_translated(asked)  # the date inside is QLocale's, in a marked sentence
    asked.reject()
    dialog.close()


@pytest.mark.parametrize("action", ["export_group_archive_action", "export_all_archive_action"])
def test_archive_export_file_and_progress(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, action: str
) -> None:
    getattr(window.menus, action).trigger()
    chooser = find_open(qtbot, QFileDialog, "exportFileDialog")
    assert OPEN in chooser.windowTitle(), chooser.windowTitle()
    chooser.fileSelected.emit(str(tmp_path / "out.rdarchive"))
    chooser.close()
    job = window.exports.jobs[-1]
    assert_translated(job.dialog)
    with qtbot.waitSignal(job.over, timeout=20000):
        pass


def test_archive_import_file_progress_and_passphrase(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source, archive = tmp_path / "other-laptop.db", tmp_path / "all.rdarchive"
    write_demo(source, "small")  # private notes sealed with another laptop's passphrase
    with open_store(source) as other:
        export_archive(other, archive)
    window.menus.import_archive_action.trigger()
    chooser = find_open(qtbot, QFileDialog, "exportFileDialog")
    assert OPEN in chooser.windowTitle(), chooser.windowTitle()
    chooser.fileSelected.emit(str(archive))
    chooser.close()
    assert_translated(window.exports.jobs[-1].dialog)
    asked = find_open(qtbot, QInputDialog, "archivePassphrase")
    assert_translated(asked)
    asked.reject()


def test_vault_in_place_locked_session_and_setup_bar(
    qtbot: QtBot, store: Store, pseudo: None
) -> None:
    session_id = plan_balint_session(store, MEMBERS, group_name=GROUP)
    shown = open_on_session(qtbot, store, session_id, FakeTime(start_wall=SESSION_START))
    shown.menus.privacy_menu.lock_action.trigger()  # the unlock field in place
    qtbot.waitUntil(lambda: bool(shown.findChildren(QWidget, "inlineUnlock")))
    assert_translated(shown)
    bar = VaultSetupBar(store, shown.vault)  # as a session shows it before any passphrase
    qtbot.addWidget(bar)
    bar.show()
    bar.expand()
    assert_translated(bar)
    shown.close()


def test_note_not_saved_question(qtbot: QtBot, pseudo: None) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = ask_about_note_not_saved(
        parent,
        f"{OPEN}The disk is full.{CLOSE}",  # the reason, translated where it was raised
        locking=True,
        text="CANARY note",
        retry=lambda: None,
        seal_copy=lambda _path, _text: None,
        go_on=lambda: None,
    )
    assert_translated(box)
    box.close()


def test_programmes_with_a_programme_chosen(qtbot: QtBot, store: Store, window: MainWindow) -> None:
    from reflectdesk.store import programmes
    from reflectdesk.store.groups import list_groups
    from reflectdesk.ui.exports.programmes_dialog import ProgrammesDialog

    programme = programmes.create_programme(store, GROUP)  # data, as the group's name
    for group in list_groups(store):
        programmes.add_group(store, programme.id, group.id)
    dialog = opened_by(qtbot, window.menus.programmes_action)
    assert isinstance(dialog, ProgrammesDialog)
    qtbot.waitUntil(lambda: dialog.figures.people_table is not None, timeout=20_000)
    people = dialog.figures.people_table
    assert people is not None
    qtbot.waitUntil(people.isVisible)
    # The group names in the ticks and the tables are data; everything else translated.
    assert_translated(dialog)
    dialog.close()
