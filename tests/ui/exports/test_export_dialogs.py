"""The export dialogs as a facilitator meets them: every field laid out and only the
ones that apply, the save dialog in the folder last used for that kind of export (the
Documents folder the first time, never the program's folder), with a name that says
what the file is."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory, find_open, plan_balint_session
from tests.ui.layout_check import layout_faults

FIELDS = {"exportNames", "exportPrivate", "bulletinNames", "exportPaper", "exportSpreadsheet"}
ASKED = {
    "summary": {"exportNames", "exportPrivate", "exportPaper"},
    "handout": {"exportPaper"},
    "series": {"exportNames", "exportPaper"},
    "bulletin": {"bulletinNames", "exportPaper"},
    "tables": {"exportSpreadsheet"},
}
GROUP = "Hüseyin's groep / Utrecht"


@pytest.fixture
def documents(isolated_home: Path) -> Path:
    folder = Path.home() / "Documents"
    folder.mkdir()
    return folder


@pytest.fixture
def program_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app started from a shortcut in the program's folder (its working directory)."""
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)
    return program


def open_window(make_window: WindowFactory, store: object, session_id: str) -> MainWindow:
    window = make_window()
    window.group_page.sessions.select_session(session_id)
    return window


def open_options(qtbot: QtBot, window: MainWindow, kind: str) -> QDialog:
    """Choose the export from the File menu, as a person would."""
    actions = {
        "summary": window.menus.export_summary_action,
        "handout": window.menus.export_handout_action,
        "series": window.menus.export_series_action,
        "bulletin": window.menus.export_bulletin_action,
        "tables": window.menus.export_csv_action,
    }
    actions[kind].trigger()
    dialog = find_open(qtbot, QDialog, "exportOptions")
    assert isinstance(dialog, QDialog)
    return dialog


def open_save_dialog(
    qtbot: QtBot, window: MainWindow, kind: str, language: str = ""
) -> QFileDialog:
    options = open_options(qtbot, window, kind)
    if language:
        chooser = options.findChild(QComboBox, "exportLanguage")
        chooser.setCurrentIndex(chooser.findData(language))
    options.accept()
    dialog = find_open(qtbot, QFileDialog, "exportFileDialog")
    assert isinstance(dialog, QFileDialog)
    return dialog


def proposal(dialog: QFileDialog) -> tuple[Path, str]:
    """The folder the dialog opened in and the file name it proposes."""
    return Path(dialog.directory().absolutePath()), Path(dialog.selectedFiles()[0]).name


def save_to(qtbot: QtBot, window: MainWindow, dialog: QFileDialog, path: Path) -> None:
    dialog.fileSelected.emit(str(path))
    dialog.close()
    with qtbot.waitSignal(window.exports.jobs[-1].succeeded, timeout=20000):
        pass


@pytest.mark.parametrize("kind", sorted(ASKED))
def test_each_export_dialog_lays_out_its_fields_and_asks_only_what_applies(
    qtbot: QtBot, make_window: WindowFactory, store: object, kind: str
) -> None:
    window = open_window(make_window, store, plan_balint_session(store, group_name=GROUP))  # type: ignore[arg-type]
    dialog = open_options(qtbot, window, kind)
    assert layout_faults(dialog) == []
    made = {widget.objectName() for widget in dialog.findChildren(QWidget)} & FIELDS
    assert made == ASKED[kind]
    dialog.reject()


def test_the_first_save_opens_in_documents_with_a_name_that_says_what_it_is(
    qtbot: QtBot,
    make_window: WindowFactory,
    store: object,
    documents: Path,
    program_folder: Path,
) -> None:
    session_id = plan_balint_session(store, group_name=GROUP)  # type: ignore[arg-type]
    window = open_window(make_window, store, session_id)
    dialog = open_save_dialog(qtbot, window, "summary")
    assert proposal(dialog) == (
        documents,
        "Hüseyin's groep - Utrecht — session 2026-11-24 — summary.pdf",
    )
    dialog.close()
    dialog = open_save_dialog(qtbot, window, "series")
    assert proposal(dialog) == (documents, "Hüseyin's groep - Utrecht — series report.pdf")
    dialog.close()


def test_a_dutch_export_proposes_a_dutch_name(
    qtbot: QtBot, make_window: WindowFactory, store: object, documents: Path
) -> None:
    window = open_window(make_window, store, plan_balint_session(store, group_name=GROUP))  # type: ignore[arg-type]
    dialog = open_save_dialog(qtbot, window, "handout", language="nl")
    assert proposal(dialog)[1] == (
        "Hüseyin's groep - Utrecht — bijeenkomst 2026-11-24 — hand-out.pdf"
    )
    dialog.close()


def test_each_kind_of_export_remembers_its_own_folder(
    qtbot: QtBot, make_window: WindowFactory, store: object, documents: Path, tmp_path: Path
) -> None:
    session_id = plan_balint_session(store, group_name=GROUP)  # type: ignore[arg-type]
    window = open_window(make_window, store, session_id)
    reports = tmp_path / "reports"
    reports.mkdir()
    save_to(qtbot, window, open_save_dialog(qtbot, window, "summary"), reports / "mine.pdf")
    dialog = open_save_dialog(qtbot, window, "summary")
    assert proposal(dialog)[0] == reports
    dialog.close()
    dialog = open_save_dialog(qtbot, window, "handout")  # another kind: still Documents
    assert proposal(dialog)[0] == documents
    dialog.close()
    # The next start of the app reads the same settings file.
    window.close()
    window = open_window(make_window, store, session_id)
    shutil.rmtree(reports)  # a folder that is gone: Documents again
    dialog = open_save_dialog(qtbot, window, "summary")
    assert proposal(dialog)[0] == documents
    dialog.close()


def test_without_a_documents_folder_the_home_folder_never_the_program_s(
    qtbot: QtBot, make_window: WindowFactory, store: object, program_folder: Path
) -> None:
    window = open_window(make_window, store, plan_balint_session(store, group_name=GROUP))  # type: ignore[arg-type]
    dialog = open_save_dialog(qtbot, window, "bulletin")
    assert proposal(dialog) == (Path.home(), "Hüseyin's groep - Utrecht — learning bulletin.pdf")
    dialog.close()


def test_an_archive_is_named_for_its_group_and_day(
    qtbot: QtBot, make_window: WindowFactory, store: object, documents: Path
) -> None:
    window = open_window(make_window, store, plan_balint_session(store, group_name=GROUP))  # type: ignore[arg-type]
    window.exports.today = lambda: date(2026, 12, 7)
    window.menus.export_all_archive_action.trigger()
    dialog = find_open(qtbot, QFileDialog, "exportFileDialog")
    assert isinstance(dialog, QFileDialog)
    assert proposal(dialog) == (
        documents,
        "ReflectDesk — all groups — archive 2026-12-07.rdarchive",
    )
    dialog.close()


def test_the_csv_folder_and_the_workbook_start_in_documents(
    qtbot: QtBot, make_window: WindowFactory, store: object, documents: Path
) -> None:
    window = open_window(make_window, store, plan_balint_session(store, group_name=GROUP))  # type: ignore[arg-type]
    dialog = open_save_dialog(qtbot, window, "tables")
    assert proposal(dialog)[0] == documents
    dialog.close()
    options = open_options(qtbot, window, "tables")
    spreadsheet = options.findChild(QComboBox, "exportSpreadsheet")
    spreadsheet.setCurrentIndex(spreadsheet.findData("xlsx"))
    options.accept()
    dialog = find_open(qtbot, QFileDialog, "exportFileDialog")
    assert isinstance(dialog, QFileDialog)
    assert proposal(dialog) == (documents, "Hüseyin's groep - Utrecht — tables.xlsx")
    dialog.close()


def test_the_programmes_dialog_is_laid_out(
    qtbot: QtBot, make_window: WindowFactory, store: object
) -> None:
    window = open_window(make_window, store, plan_balint_session(store, group_name=GROUP))  # type: ignore[arg-type]
    window.menus.programmes_action.trigger()
    dialog = find_open(qtbot, QDialog, "programmesDialog")
    assert layout_faults(dialog) == []
    dialog.reject()
