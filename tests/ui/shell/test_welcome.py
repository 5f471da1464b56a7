"""A new facilitator's first start: the welcome page, the first group, and the sample
groups in a file of their own that leaves the user's database exactly as it was."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from reflectdesk.paths import sample_db_path
from reflectdesk.store import groups
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.ui.shell.application import WindowHost
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.sample_banner import SampleBanner
from tests.ui.catalogues import language_installed
from tests.ui.conftest import WindowFactory, find_open, shown_host, type_text, wait_active
from tests.ui.layout_check import layout_faults


def click(qtbot: QtBot, window: QDialog | MainWindow, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None and button.isVisible(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_fresh_database_greets_with_the_welcome(window: MainWindow, db_path: Path) -> None:
    assert window.pages.currentWidget() is window.welcome_page
    folder = window.welcome_page.findChild(QLabel, "welcomeDataFolder")
    assert folder is not None and folder.text() == str(db_path.parent)
    # Every wrapped line of the page is shown whole, none cut to half its height.
    for label in window.welcome_page.findChildren(QLabel):
        if label.wordWrap() and label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_the_first_group_ends_the_welcome_for_good(
    qtbot: QtBot, window: MainWindow, store: Store, make_window: WindowFactory
) -> None:
    click(qtbot, window, "welcomeCreateGroup")
    dialog = find_open(qtbot, QDialog, "newGroupDialog")
    type_text(dialog.fields.name_edit, "Balint Leiden")
    qtbot.keyClick(dialog.fields.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [group] = groups.list_groups(store)
    assert window.pages.currentWidget() is window.group_page

    # The group goes (archived: the only way a group leaves the list): the usual
    # empty page with its hint, not the welcome again, in this window or the next.
    wait_active(qtbot, window)
    groups.set_archived(store, group.id, True)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.empty_page)
    for label in window.empty_page.findChildren(QLabel):  # once cut to half its height
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    window.close()
    again = make_window()
    assert again.pages.currentWidget() is again.empty_page


@pytest.fixture
def host(qtbot: QtBot, db_path: Path) -> Iterator[WindowHost]:
    # Made and closed once first, so that the file at rest holds the whole database
    # (a new one is still partly in its write-ahead log) and its hash means something.
    open_store(db_path, seed=seed_builtins).close()
    store = open_store(db_path, seed=seed_builtins)
    with shown_host(qtbot, store) as made:
        yield made


def group_names(host: WindowHost) -> list[str]:
    model = host.window.group_list.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_the_sample_groups_open_in_their_own_file_and_lead_back(
    qtbot: QtBot, host: WindowHost, db_path: Path
) -> None:
    before = digest(db_path)  # read while open: nothing was written since it was made
    own = host.window
    assert own.pages.currentWidget() is own.welcome_page
    sample = sample_db_path(db_path)
    assert sample != db_path and not sample.exists()

    click(qtbot, own, "welcomeOpenSample")
    click(qtbot, own, "welcomeOpenSample")  # an impatient second click writes nothing more
    qtbot.waitUntil(lambda: host.window is not own, timeout=60_000)
    written = sample.stat().st_mtime_ns
    assert host.store is not None and host.store.path == sample
    assert host.window.windowTitle() == "Sample groups"
    banner = host.window.findChild(SampleBanner, "sampleBanner")
    assert banner is not None and banner.isVisible() and str(db_path) in banner.label.text()
    assert len(group_names(host)) == 3  # the small demo's groups
    # With the user's database closed, its file is exactly as before.
    assert digest(db_path) == before

    in_sample = host.window
    click(qtbot, in_sample, "backToOwnGroups")
    qtbot.waitUntil(lambda: host.window is not in_sample)
    assert host.store is not None and host.store.path == db_path
    assert host.window.windowTitle() == "ReflectDesk"
    assert group_names(host) == []
    assert host.window.pages.currentWidget() is host.window.welcome_page
    assert host.window.findChild(SampleBanner, "sampleBanner") is None

    # The second time the sample is opened as it was left, not written again.
    back_home = host.window
    click(qtbot, back_home, "welcomeOpenSample")
    qtbot.waitUntil(lambda: host.window is not back_home)
    assert host.store is not None and host.store.path == sample
    assert sample.stat().st_mtime_ns == written
    host.store.close()
    host.store = None
    assert digest(db_path) == before


def test_enter_on_the_welcome_makes_the_first_group(qtbot: QtBot, window: MainWindow) -> None:
    assert QApplication.focusWidget() is window.welcome_page.create_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    dialog = find_open(qtbot, QDialog, "newGroupDialog")
    dialog.reject()


class Opened(QObject):
    """Stands in for the system's file manager: notes the folder it was asked to show."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_show_folder_opens_the_data_folder(qtbot: QtBot, window: MainWindow, db_path: Path) -> None:
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        click(qtbot, window, "welcomeShowFolder")
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opened.urls] == [str(db_path.parent)]


def test_a_sample_that_will_not_open_leaves_the_user_on_their_own_groups(
    qtbot: QtBot, host: WindowHost, db_path: Path
) -> None:
    before = digest(db_path)
    sample = sample_db_path(db_path)
    sample.write_bytes(b"not a database at all " * 200)
    own = host.window

    click(qtbot, own, "welcomeOpenSample")
    qtbot.waitUntil(lambda: host.window is not own)
    assert host.store is not None and host.store.path == db_path
    assert host.window.pages.currentWidget() is host.window.welcome_page
    box = find_open(qtbot, QMessageBox, "errorBox")
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Could not open the sample groups"
    assert str(sample) in box.text()
    box.accept()
    host.store.close()
    host.store = None
    assert digest(db_path) == before


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_welcome_fits_a_laptop_screen_in_both_languages(
    qtbot: QtBot, make_window: WindowFactory, language: str, size: tuple[int, int]
) -> None:
    with language_installed(language):
        window = make_window()
        window.resize(*size)
        page = window.welcome_page
        qtbot.waitUntil(lambda: page.width() < size[0] and page.isVisible())
        assert layout_faults(page) == []
        for label in page.findChildren(QLabel):
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        for button in page.findChildren(QPushButton):
            assert button.width() >= button.sizeHint().width(), button.text()
        if language == "nl":
            assert page.create_button.text() == "Je eerste groep maken"
