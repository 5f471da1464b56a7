"""The leader log window under a pseudo catalogue: every word of the window itself goes
through translation. The log's own words (the bodies' requirements and names, the
progress sentences, made below the ui in the log's language) and the leader's data (names,
groups, formats) are allowed by the widgets that show them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reflectdesk.store.database import Store
from reflectdesk.ui.records.leader_log_window import LeaderLogWindow
from reflectdesk.ui.shell.main_window import MainWindow
from tests.ui.records.test_leader_log_window import two_groups
from tests.ui.test_pseudo_locale import assert_translated, opened_by, pseudo, window

__all__ = ["pseudo", "window"]  # the fixtures, used by name

# What the window shows of the log's data and of the bodies' files.
LOG_DATA = frozenset(
    {"leaderName", "accreditingBody", "bodySource", "leaderProgress", "leaderLogTable"}
)


def test_the_leader_log_window(qtbot: QtBot, store: Store, window: MainWindow) -> None:
    two_groups(store)
    log = opened_by(qtbot, window.menus.records_menu.leader_log_action)
    assert isinstance(log, LeaderLogWindow)
    qtbot.waitUntil(lambda: log.log is not None, timeout=10_000)
    assert_translated(log, LOG_DATA)
    log.add_entry()
    qtbot.waitUntil(lambda: log.entry_dialog is not None and log.entry_dialog.isVisible())
    assert log.entry_dialog is not None
    assert_translated(log.entry_dialog)
    log.entry_dialog.reject()
    log.close()
