"""The leader log at laptop size (1366×768 and 1280×720 less a taskbar and a title bar),
in English and Dutch: the window and its entry dialog fit the screen, every widget is
laid out and clear of the others, no button and no column heading is cut."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.core.leader_entries import EntryDraft
from reflectdesk.core.model import LeaderLogKind
from reflectdesk.operations import leader_log as log_ops
from reflectdesk.store.database import Store
from reflectdesk.ui.records.leader_log_window import LeaderLogWindow
from tests.ui.catalogues import language_installed
from tests.ui.conftest import find_open, keep_shot
from tests.ui.layout_check import layout_faults
from tests.ui.records.test_leader_log_window import LEADER, two_groups
from tests.ui.shell.test_mnemonics import mnemonic
from tests.ui.test_laptop_screens import LAPTOPS, cut_headings, window_of


def shared_mnemonics(dialog: QWidget) -> list[str]:
    """Alt letters that two visible buttons or labels of ``dialog`` both claim."""
    texts = [
        widget.text()
        for kind in (QAbstractButton, QLabel)
        for widget in dialog.findChildren(kind)
        if widget.isVisible()
        and widget.window() is dialog
        and not (isinstance(widget, QLabel) and widget.buddy() is None)  # no shortcut
        and mnemonic(widget.text())
    ]
    letters = Counter(mnemonic(text) for text in texts)
    return sorted(text for text in texts if letters[mnemonic(text)] > 1)


def cut_texts(dialog: QWidget) -> list[str]:
    """Buttons and labels narrower than their text needs."""
    return [
        widget.text()
        for kind in (QPushButton, QLabel)
        for widget in dialog.findChildren(kind)
        if widget.isVisible()
        and not (isinstance(widget, QLabel) and widget.wordWrap())
        and widget.width() < widget.sizeHint().width()
    ]


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("screen", LAPTOPS)
def test_the_leader_log_reads_whole_on_a_laptop(
    qtbot: QtBot, store: Store, screen: str, language: str
) -> None:
    two_groups(store)
    log_ops.add_entry(
        store,
        LEADER,
        EntryDraft(LeaderLogKind.TRAINING, date(2026, 6, 20), 420, "BSANZ", "Intensive"),
    )
    size = LAPTOPS[screen]
    with language_installed(language):
        window = window_of(qtbot, store, size)
        log = window.menus.records_menu.open_leader_log()
        qtbot.waitUntil(lambda: log.log is not None, timeout=10_000)
        for key in ("bsanz", "uk-balint-society", "american-balint-society"):
            with qtbot.waitSignal(log.loaded, timeout=10_000):
                log.body_combo.setCurrentIndex(log.body_combo.findData(key))
            assert log.width() <= size[0] and log.height() <= size[1]
            assert layout_faults(log) == [], key
            assert cut_texts(log) == [], key
            assert cut_headings(log.table) == []
            assert cut_headings(log.progress) == []
            assert shared_mnemonics(log) == []
        keep_shot(log, f"leader-log-{language}-{screen}.png")

        log.add_entry()
        dialog = find_open(qtbot, QDialog, "leaderEntryDialog")
        for kind in range(dialog.kind_combo.count()):  # each kind has its own labels
            dialog.kind_combo.setCurrentIndex(kind)
            # The form lays its new labels out on its next pass, before it is drawn.
            qtbot.waitUntil(lambda: cut_texts(dialog) == [])
            assert layout_faults(dialog) == []
            assert shared_mnemonics(dialog) == []
        dialog.reject()
        log.close()
        assert isinstance(log, LeaderLogWindow)
        window.close()


def test_tab_goes_down_the_window(qtbot: QtBot, store: Store) -> None:
    two_groups(store)
    window = window_of(qtbot, store, LAPTOPS["1366x768"])
    log = window.menus.records_menu.open_leader_log()
    qtbot.waitUntil(lambda: log.log is not None, timeout=10_000)
    order: list[str] = []
    widget: QWidget = log.leader_combo
    while len(order) < 8:
        widget = widget.nextInFocusChain()
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if widget.isVisible() and widget.isEnabled() and takes_tab and widget.objectName():
            order.append(widget.objectName())
    # Edit and Delete wait for an entry to be chosen; Tab passes them by until then.
    assert order == [
        "accreditingBody",
        "leaderProgress",
        "addLogEntry",
        "exportLeaderPdf",
        "exportLeaderCsv",
        "printLeaderLog",
        "leaderLogTable",
        order[-1],  # the Close button, by the button box's own name
    ]
    log.close()
    window.close()
