"""File ▸ Open Programme from Hub… (issue 20): a programme lead types the hub's address,
their role and password, and a read-only window shows the figures of every group of
their programme, read from a real PostgreSQL hub that two facilitators' laptops
published to; a wrong role or an unreachable hub is a sentence in the dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from reflectdesk.store import hub_roles
from reflectdesk.ui.exports.hub_login_dialog import HubLoginDialog
from reflectdesk.ui.exports.hub_programme_window import HubProgrammeWindow
from tests.hub.programme_laptops import PublishedProgramme, publish_two_laptops
from tests.ui.conftest import WindowFactory, find_open, type_text

pytestmark = pytest.mark.usefixtures("postgres_server")


@pytest.fixture
def published(hub_database: str, tmp_path: Path) -> PublishedProgramme:
    return publish_two_laptops(hub_database, tmp_path / "laptops")


def _login(
    qtbot: QtBot, make_window: WindowFactory, address: str, role: str, password: str
) -> HubLoginDialog:
    window = make_window()
    action = window.findChild(QAction, "hubProgramme")
    assert action is not None
    action.trigger()
    dialog = find_open(qtbot, QDialog, "hubLoginDialog")
    assert isinstance(dialog, HubLoginDialog)
    for field, text in (
        (dialog.address_edit, address),
        (dialog.role_edit, role),
        (dialog.password_edit, password),
    ):
        field.setFocus()
        type_text(field, text)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    return dialog


def _hub_window(qtbot: QtBot) -> HubProgrammeWindow:
    found: list[QWidget] = []

    def shown() -> None:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, HubProgrammeWindow) and w.isVisible()
        ]
        assert found

    qtbot.waitUntil(shown, timeout=20_000)
    return found[0]  # type: ignore[return-value]


def _column(table: object, column: int) -> list[str]:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(table, QTableWidget)
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_a_lead_opens_the_programme_from_the_hub_and_exports_it(
    qtbot: QtBot,
    make_window: WindowFactory,
    published: PublishedProgramme,
    hub_database: str,
    tmp_path: Path,
) -> None:
    lead = make_url(published.lead_url)
    _login(qtbot, make_window, hub_database, str(lead.username), str(lead.password))

    hub = _hub_window(qtbot)
    qtbot.waitUntil(lambda: hub.figures.people_table is not None, timeout=30_000)
    assert hub.programme_combo.currentText() == "Balint 2026"
    (where,) = [label.text() for label in hub.findChildren(QLabel) if "Read-only" in label.text()]
    assert str(lead.username) in where  # where it reads, in words: no driver, no masked password
    assert "psycopg" not in where and "***" not in where
    assert hub.programme_combo.count() == 1
    assert _column(hub.figures.people_table, 0) == ["Balint A", "Balint B", "All groups"]
    assert _column(hub.figures.people_table, 1) == ["4", "3", "7"]
    assert hub.figures.agree_tables  # the session evaluation, pooled over both laptops

    with qtbot.waitSignal(hub.export_report(tmp_path / "p.pdf").succeeded, timeout=30_000):
        pass
    with qtbot.waitSignal(hub.export_tables(tmp_path / "tables").succeeded, timeout=30_000):
        pass
    with qtbot.waitSignal(hub.export_redcap(tmp_path / "redcap").succeeded, timeout=30_000):
        pass
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    assert "Balint C" not in (tmp_path / "tables" / "attendance.csv").read_text("utf-8")
    assert (tmp_path / "redcap" / "records.csv").exists()
    hub.close()


def test_a_pasted_connection_string_fills_the_role_and_hides_its_password(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    action = window.findChild(QAction, "hubProgramme")
    assert action is not None
    action.trigger()
    dialog = find_open(qtbot, QDialog, "hubLoginDialog")
    assert isinstance(dialog, HubLoginDialog)
    dialog.address_edit.setText("postgresql://rd_marieke:Lq0-secret@hub.example.org/programme")

    assert dialog.role_edit.text() == "rd_marieke"
    assert dialog.password_edit.text() == "Lq0-secret"
    shown = dialog.address_edit.text()
    assert "Lq0-secret" not in shown and "rd_marieke" not in shown
    assert shown.startswith("postgresql://hub.example.org/programme")
    dialog.reject()


def test_a_facilitators_role_is_told_it_is_not_a_lead(
    qtbot: QtBot, make_window: WindowFactory, hub_database: str
) -> None:
    anna = make_url(hub_roles.add_facilitator(hub_database, "Anna").connection_string)
    dialog = _login(qtbot, make_window, hub_database, str(anna.username), str(anna.password))

    qtbot.waitUntil(lambda: "not a programme lead" in dialog.message_label.text(), timeout=20_000)
    assert dialog.isVisible() and dialog.open_button.isEnabled()


def test_an_unreachable_hub_is_one_sentence_and_the_dialog_stays(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    nowhere = f"postgresql:///hub?host={tmp_path}"
    dialog = _login(qtbot, make_window, nowhere, "rd_lotte", "secret")

    qtbot.waitUntil(lambda: "Could not connect" in dialog.message_label.text(), timeout=20_000)
    assert "secret" not in dialog.message_label.text()
    assert dialog.isVisible()


def test_a_programme_with_no_group_published_yet_says_so(
    qtbot: QtBot, make_window: WindowFactory, hub_database: str
) -> None:
    lead = make_url(hub_roles.add_lead(hub_database, "Lotte", "Balint 2027").connection_string)
    _login(qtbot, make_window, hub_database, str(lead.username), str(lead.password))

    hub = _hub_window(qtbot)
    qtbot.waitUntil(
        lambda: "published to the hub yet" in hub.figures.status_label.text(), timeout=30_000
    )
    assert hub.programme_combo.currentText() == "Balint 2027"
    assert hub.figures.people_table is None
    hub.close()
