"""Window titles name the app once. Qt appends the application display name to every
window title on Windows and Linux ("Presenter screen — ReflectDesk"), unless the title
already ends with it; so no title the app sets may name ReflectDesk itself, except the
main window's, which is the name alone."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import reflectdesk
from reflectdesk.paths import APP_NAME
from reflectdesk.store.database import Store
from reflectdesk.store.questionnaires import latest_questionnaire, questionnaire_spec
from reflectdesk.ui.evaluation.entry import EntryContext, EntryTarget
from reflectdesk.ui.evaluation.pass_the_laptop import PassTheLaptopWindow
from reflectdesk.ui.room.presenter_window import PresenterWindow
from reflectdesk.ui.shell.upgrade_notice import UpgradeNotice
from tests.ui.conftest import WindowFactory

UI = Path(reflectdesk.__file__).parent / "ui"


def as_shown(title: str, display_name: str = APP_NAME) -> str:
    """The title bar's text as Qt makes it (QPlatformWindow::formatWindowTitle)."""
    if title.endswith(display_name):
        return title
    return f"{title} \u2014 {display_name}" if title else display_name


def assert_named_once(widget: QWidget) -> None:
    shown = as_shown(widget.windowTitle().replace("[*]", ""))
    assert shown.count(APP_NAME) == 1, shown


def test_the_windows_of_a_session_name_the_app_once(
    qtbot: QtBot, store: Store, make_window: WindowFactory
) -> None:
    from reflectdesk.core.model import GroupDraft
    from reflectdesk.store import groups

    group = groups.create_group(store, GroupDraft("Balint Leiden"))
    summary = latest_questionnaire(store, "session-evaluation")
    assert summary is not None
    laptop = PassTheLaptopWindow(
        EntryTarget(store, summary, EntryContext(group.id)), questionnaire_spec(store, summary.id)
    )
    presenter = PresenterWindow()
    notice = UpgradeNotice()
    for widget in (laptop, presenter, notice):
        qtbot.addWidget(widget)
    window = make_window()
    for widget in (window, laptop, presenter, notice):
        assert_named_once(widget)
    assert window.windowTitle() == APP_NAME


def test_no_window_title_in_the_source_names_the_app() -> None:
    """Every title a window or dialog is given, as written in the ui's source."""
    offenders = []
    for path in UI.rglob("*.py"):
        for whole in path.read_text(encoding="utf-8").splitlines():
            line = whole.split("  #")[0]  # the code, not a comment about Qt's addition
            if "setWindowTitle(" not in line or path.name == "main_window.py":
                continue
            if re.search(r"ReflectDesk|APP_NAME", line):
                offenders.append(f"{path.relative_to(UI)}: {line.strip()}")
    assert offenders == []
