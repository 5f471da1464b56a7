"""Preferences ▸ Hub on a laptop's screen (1366×768 less a taskbar and a title bar), in
English and in Dutch: the whole page fits, every widget is laid out, and no button,
label or column heading is cut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from reflectdesk.operations.hub_credentials import HubCredentials
from reflectdesk.store import publish_ledger
from reflectdesk.store.database import Store
from reflectdesk.ui.hub.hub_dialog import HubDialog
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.window_settings import open_window_settings
from tests.programme_sample import build_programme_sample
from tests.ui.catalogues import language_installed
from tests.ui.layout_check import layout_faults

FREE = (1366, 720)  # 1366×768 less a 40-pixel taskbar, less a little for the title


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_hub_page_fits_a_laptop(
    qtbot: QtBot, store: Store, memory_keyring: object, language: str
) -> None:
    sample = build_programme_sample(store)  # three groups
    publish_ledger.choose_group(store, sample.group_ids[0], "programme-chosen-earlier")
    publish_ledger.save_hub_url(store, "postgresql://rd_anna@hub.example.org/programme")
    with language_installed(language):
        window = MainWindow(store, open_window_settings())
        qtbot.addWidget(window)
        window.resize(*FREE)
        window.show()
        dialog = HubDialog(store, HubCredentials(), window)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: "…" not in dialog.status_label.text())

        hint = dialog.sizeHint()
        assert hint.width() <= FREE[0] and hint.height() <= FREE[1] - 30, hint
        assert dialog.height() <= FREE[1] - 30
        assert layout_faults(dialog) == []
        cut = [
            button.text()
            for button in dialog.findChildren(QPushButton)
            if button.isVisible() and button.width() < button.sizeHint().width()
        ]
        assert cut == []
        table = dialog.groups_table
        header = table.horizontalHeader()
        assert table.rowCount() == 3
        for column in range(1, table.columnCount()):
            heading = str(table.horizontalHeaderItem(column).text())
            assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(heading)
        first = table.row_of(sample.group_ids[0])
        assert table.programme_of(first) == "programme-chosen-earlier"
        assert table.item(first, 2).text() != ""
        dialog.reject()
        window.close()
