"""A laptop's screen (1366×768, 1280×720, less a taskbar and a title bar): a group of
eleven shows ten members at least without scrolling, a session ten attendance rows, no
column heading is cut, and two groups whose names differ only at the end stay apart in
the list. The main window's first size fits the screen's free area."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QScreen
from PySide6.QtWidgets import QListView, QPushButton, QStyle, QTableView
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, MemberDraft, Role
from reflectdesk.demo.build import write_demo
from reflectdesk.store import groups, members
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.ui.groups.group_list import TwoLineDelegate
from reflectdesk.ui.shell.main_window import DEFAULT_SIZE, MainWindow
from reflectdesk.ui.shell.window_settings import FRAME_ALLOWANCE, open_window_settings
from tests.fakes import FakeTime
from tests.ui.catalogues import language_installed
from tests.ui.conftest import SESSION_START, open_on_session, plan_balint_session

ELEVEN = (
    "IJsbrand van den Eertwegh",
    "Hüseyin Yılmaz",
    "Anna de Vries",
    "Büşra Çelik",
    "Rachida El Ouardi",
    "Noor van Leeuwen",
    "Olivia Hughes",
    "Sophie Smith",
    "Agnieszka Woźniak",
    "Maarten van 't Hof",
    "Charlotte Taylor",
)
# What the window gets of each screen: the height less a taskbar and a title bar.
LAPTOPS = {"1366x768": (1366, 720), "1280x720": (1280, 672)}
FOLLOWED = "Balint group for residents in general practice and psychiatry — Utrecht "


def rows_fully_shown(table: QTableView) -> int:
    viewport = table.viewport().rect()
    model = table.model()
    return sum(
        viewport.contains(table.visualRect(model.index(row, 0))) for row in range(model.rowCount())
    )


def cut_headings(table: QTableView) -> list[str]:
    """The column headings whose text is wider than their section leaves room for."""
    header = table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = header.fontMetrics()
    model = table.model()
    cut = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()))
        if metrics.horizontalAdvance(text) > header.sectionSize(section) - 2 * margin:
            cut.append(text)
    return cut


def cut_cells(table: QTableView, column: int) -> list[str]:
    """The texts of ``column`` wider than its cells ("Facilit…" for Facilitator)."""
    metrics = table.fontMetrics()
    # The margins a view leaves either side of a cell's text (QCommonStyle).
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    room = table.horizontalHeader().sectionSize(column) - 2 * margin
    model = table.model()
    texts = (str(model.index(row, column).data()) for row in range(model.rowCount()))
    return [text for text in texts if metrics.horizontalAdvance(text) > room]


def eleven_in_a_group(store: Store, name: str = FOLLOWED + "A") -> str:
    balint = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft(name, balint))
    for number, person in enumerate(ELEVEN):
        role = Role.CO_FACILITATOR if number == 1 else Role.MEMBER
        members.add_member(store, group.id, MemberDraft(person, role=role))
    return group.id


def window_of(qtbot: QtBot, store: Store, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(store, open_window_settings())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    return window


@pytest.mark.parametrize("screen", LAPTOPS)
def test_the_group_page_shows_ten_members_and_whole_headings(
    qtbot: QtBot, store: Store, screen: str
) -> None:
    group_id = eleven_in_a_group(store)
    plan_balint_session(store, ("Anna de Vries",), group_name="Another group")
    window = window_of(qtbot, store, LAPTOPS[screen])
    assert window.group_list.select_group(group_id)
    table = window.group_page.members.table
    qtbot.waitUntil(lambda: table.model().rowCount() == len(ELEVEN))
    assert rows_fully_shown(table) >= 10, f"{screen}: {rows_fully_shown(table)} members shown"
    assert cut_headings(table) == []
    # The header sizes its columns to their contents on its next layout pass.
    qtbot.waitUntil(lambda: cut_cells(table, 2) == [])  # "Co-facilitator", whole
    assert cut_cells(table, 3) == []  # the date joined
    [other] = [group for group in groups.list_groups(store) if group.name == "Another group"]
    window.group_list.select_group(other.id)
    sessions_table = window.group_page.sessions.table
    qtbot.waitUntil(lambda: sessions_table.model().rowCount() > 0)
    assert cut_headings(sessions_table) == []


@pytest.mark.parametrize("screen", LAPTOPS)
def test_the_session_page_shows_ten_attendance_rows(
    qtbot: QtBot, store: Store, screen: str
) -> None:
    session_id = plan_balint_session(store, ELEVEN)
    window = open_on_session(
        qtbot, store, session_id, FakeTime(start_wall=SESSION_START), size=LAPTOPS[screen]
    )
    assert (window.width(), window.height()) == LAPTOPS[screen]
    page = window.session_page
    assert page is not None
    table = page.attendance.table
    assert table.model().rowCount() == len(ELEVEN)
    qtbot.waitUntil(lambda: rows_fully_shown(table) >= 10)
    assert cut_headings(table) == []
    window.close()


def elided(view: QListView, row: int) -> tuple[str, str, int]:
    """A group's name, its bold font's elision by the list's mode, and the width."""
    index = view.model().index(row, 0)
    font = QFont(view.font())
    font.setBold(True)
    width = view.visualRect(index).width() - 2 * TwoLineDelegate.PADDING - 4
    name = str(index.data())
    return name, QFontMetrics(font).elidedText(name, view.textElideMode(), width), width


def test_groups_that_differ_at_the_end_stay_apart_in_the_list(qtbot: QtBot, store: Store) -> None:
    eleven_in_a_group(store, FOLLOWED + "A")
    eleven_in_a_group(store, FOLLOWED + "B")
    eleven_in_a_group(store, "Balint groups of the Amsterdam practices and the Zaanstad ones")
    eleven_in_a_group(store, "Balint groups of the Amsterdam practices and the Zaandam ones")
    window = window_of(qtbot, store, LAPTOPS["1366x768"])
    view = window.group_list.view
    assert view.model().rowCount() == 4
    names = [elided(view, row) for row in range(4)]
    assert all("…" in shown for _name, shown, _width in names), "long enough to be shortened"
    assert len({shown for _name, shown, _width in names}) == 4, names
    tooltip = view.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert FOLLOWED + "A" in str(tooltip)  # the whole name, for the pointer
    # What the list draws keeps the end after the dash whole.
    from reflectdesk.ui.groups.group_list import shown_title

    font = QFont(view.font())
    font.setBold(True)
    for name, _shown, width in names:
        drawn = shown_title(QFontMetrics(font), name, width, view.textElideMode())
        if "Utrecht" in name:
            assert drawn.endswith("— Utrecht " + name[-1]) and "…" in drawn


def test_the_first_window_fits_a_laptops_free_screen_area(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    free = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: free)
    window = MainWindow(store, open_window_settings())
    qtbot.addWidget(window)
    # Room left for the title bar the window manager adds.
    assert window.width() <= free.width()
    assert window.height() <= free.height() - 30, f"{window.height()} px high"
    window.resize(1900, 1150)  # as on a large monitor
    window.close()

    again = MainWindow(store, open_window_settings())
    qtbot.addWidget(again)
    assert again.width() <= free.width()
    assert again.height() <= free.height() - 30
    again.close()


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    write_demo(path, "small")
    return path


# The window as it first opens on each laptop: DEFAULT_SIZE, made smaller where the free
# area (less a 40-pixel taskbar) less the window manager's frame is smaller.
FIRST_WINDOWS = {
    f"first on {width}x{height}": (
        min(DEFAULT_SIZE[0], width - FRAME_ALLOWANCE.width()),
        min(DEFAULT_SIZE[1], height - 40 - FRAME_ALLOWANCE.height()),
    )
    for width, height in ((1366, 768), (1280, 720))
}


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("screen", [*LAPTOPS, *FIRST_WINDOWS])
def test_the_group_pages_buttons_read_whole(
    qtbot: QtBot, small_demo: Path, tmp_path: Path, screen: str, language: str
) -> None:
    """Dutch labels are longer: on the demo's groups, with their sessions and
    presenters, every button of the group page shows its whole text at laptop width."""
    copy = tmp_path / "demo.db"
    shutil.copyfile(small_demo, copy)
    with open_store(copy) as store, language_installed(language):
        window = window_of(qtbot, store, {**LAPTOPS, **FIRST_WINDOWS}[screen])
        page = window.group_page
        for group in groups.list_groups(store):
            assert window.group_list.select_group(group.id)
            qtbot.waitUntil(lambda: page.sessions.table.model().rowCount() > 0)
            cut = [
                button.text()
                for button in page.findChildren(QPushButton)
                if button.isVisible() and button.width() < button.sizeHint().width()
            ]
            assert cut == [], group.name
        window.close()
