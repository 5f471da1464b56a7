"""Every control a person can tab to has a name a screen reader can say: each window
and dialog is opened as a facilitator would see it and its widget tree walked through
Qt's accessibility interface."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.store.database import Store
from reflectdesk.ui.shell.main_window import MainWindow
from tests.fakes import FakeTime
from tests.ui.accessibility import unnamed
from tests.ui.conftest import WindowFactory, open_on_session, plan_balint_session

START = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def assert_all_named(*roots: QWidget) -> None:
    missing = [entry for root in roots for entry in unnamed(root)]
    assert not missing, f"{len(missing)} focusable controls without a name:\n" + "\n".join(missing)


def every_tab(qtbot: QtBot, root: QWidget) -> Iterator[None]:
    """Yield once per page of every tab widget under ``root``, that page shown."""
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda t=tabs, i=index: t.widget(i).isVisible())
            yield


def test_main_window_and_group_page(qtbot: QtBot, store: Store, make_window: WindowFactory) -> None:
    plan_balint_session(store)
    window = make_window()
    assert_all_named(window)
    window.group_list.select_first()
    qtbot.waitUntil(window.group_page.isVisible)
    assert_all_named(window)


@pytest.fixture
def running(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    time = FakeTime(start_wall=START)
    window = open_on_session(qtbot, store, plan_balint_session(store, start=START), time)
    page = window.session_page
    assert page is not None
    qtbot.keyClick(page.run_view, Qt.Key.Key_Space)  # the clock runs
    qtbot.keyClick(page.run_view, Qt.Key.Key_F5)  # the presenter screen opens
    assert page.presenter_screen.window is not None
    qtbot.waitExposed(page.presenter_screen.window)
    page.cards.next_card()
    page.cards.show_card()
    yield window
    window.close()


def test_running_session_its_tabs_and_the_presenter_screen(
    qtbot: QtBot, running: MainWindow
) -> None:
    page = running.session_page
    assert page is not None
    presenter = page.presenter_screen.window
    assert presenter is not None
    for _ in every_tab(qtbot, page):
        assert_all_named(running, presenter)


def test_evaluation_results_and_its_charts(qtbot: QtBot, store: Store) -> None:
    from reflectdesk.ui.evaluation.results import EvaluationResultsPage
    from tests.evaluation_sample import build_evaluation_sample

    sample = build_evaluation_sample(store)
    page = EvaluationResultsPage(store)
    shown(qtbot, page).resize(1000, 800)
    for key in ("session-evaluation", "series-evaluation", "conditions-check"):
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            if page.current_key() == "":
                page.show_group(sample.group_id)
            else:
                page.select_questionnaire(key)
        assert_all_named(page)


def test_evaluation_entry(qtbot: QtBot, store: Store) -> None:
    from reflectdesk.core.model import GroupDraft
    from reflectdesk.store import groups
    from reflectdesk.ui.evaluation.entry import EntryContext, EvaluationEntryDialog

    group = groups.create_group(store, GroupDraft("Intervisie"))
    dialog = EvaluationEntryDialog(store, EntryContext(group_id=group.id))
    assert_all_named(shown(qtbot, dialog))


def test_preferences_and_library_editors(qtbot: QtBot, store: Store) -> None:
    from reflectdesk.ui.library.card_browser import CardBrowserDialog
    from reflectdesk.ui.library.format_editor import FormatLibraryDialog
    from reflectdesk.ui.library.questionnaire_editor import QuestionnaireLibraryDialog
    from reflectdesk.ui.shell.preferences_dialog import PreferencesDialog

    for kind in (PreferencesDialog, FormatLibraryDialog, CardBrowserDialog):
        assert_all_named(shown(qtbot, kind(store)))
    assert_all_named(shown(qtbot, QuestionnaireLibraryDialog(store)))


def test_vault_and_export_dialogs(qtbot: QtBot, store: Store) -> None:
    from reflectdesk.store.backups import make_backup
    from reflectdesk.ui.exports.export_options import SummaryOptionsDialog
    from reflectdesk.ui.exports.restore_dialog import RestoreDialog
    from reflectdesk.ui.privacy.vault_dialogs import (
        RecoveryKeyDialog,
        SetPassphraseDialog,
        UnlockDialog,
    )
    from reflectdesk.ui.privacy.vault_key_dialogs import ChangePassphraseDialog, RecoverDialog

    dialogs: list[QWidget] = [
        SetPassphraseDialog(store),
        UnlockDialog(store),
        ChangePassphraseDialog(store),
        RecoverDialog(store),
        RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP"),
        *(SummaryOptionsDialog(kind) for kind in ("summary", "handout", "series", "bulletin")),
    ]
    make_backup(store.path, "manual")
    from reflectdesk.store.backups import list_backups

    dialogs.append(RestoreDialog(list_backups(store.path)))
    for dialog in dialogs:
        assert_all_named(shown(qtbot, dialog))
        dialog.close()
    QApplication.processEvents()


def test_programmes_with_a_programme_chosen(qtbot: QtBot, store: Store) -> None:
    from reflectdesk.store import programmes
    from reflectdesk.ui.exports.programmes_dialog import ProgrammesDialog
    from tests.programme_sample import build_programme_sample

    sample = build_programme_sample(store)
    programme = programmes.create_programme(store, "Balint programme 2026–27")
    for group_id in sample.group_ids:
        programmes.add_group(store, programme.id, group_id)
    dialog = ProgrammesDialog(store)
    with qtbot.waitSignal(dialog.figures.loaded, timeout=20_000):
        shown(qtbot, dialog)
    people = dialog.figures.people_table
    assert people is not None
    qtbot.waitUntil(people.isVisible)
    assert_all_named(dialog)
    dialog.close()
