"""Preferences ▸ Hub as a facilitator uses it, against the real test server: paste the
one-time connection string, test the connection, tick a group and choose its programme,
then File ▸ Publish to Hub… and read the hub back as the programme lead. The password
lands in the (in-memory) keyring, never in the settings table or the log."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from reflectdesk.logs import close_logging, log_path, setup_logging
from reflectdesk.operations.hub_publish import plan_publish
from reflectdesk.store import hub_roles, publish_ledger
from reflectdesk.store.database import Store
from reflectdesk.ui.hub.hub_groups_table import PROGRAMME, PUBLISH
from tests.hub.access_helpers import connect
from tests.keyring_fake import MemoryKeyring
from tests.programme_sample import PLANS, build_programme_sample
from tests.ui.conftest import WindowFactory
from tests.ui.hub.hub_helpers import every_setting, open_hub_page

pytestmark = pytest.mark.usefixtures("postgres_server")


def full_log() -> str:
    close_logging()
    return "".join(p.read_text(encoding="utf-8") for p in log_path().parent.glob("*.log*"))


def test_a_facilitator_sets_up_the_hub_and_publishes_a_group(
    qtbot: QtBot,
    store: Store,
    make_window: WindowFactory,
    hub_database: str,
    memory_keyring: MemoryKeyring,
) -> None:
    setup_logging()
    lead = hub_roles.add_lead(hub_database, "Lotte", "CRS 2026")
    anna = hub_roles.add_facilitator(hub_database, "Anna")
    password = anna.connection_string.split(":")[2].split("@")[0]
    sample = build_programme_sample(store, PLANS[:2])
    window = make_window()
    publish = window.menus.hub.publish_action
    assert not publish.isEnabled() and "Preferences" in publish.toolTip()

    dialog = open_hub_page(qtbot, window)
    form = dialog.address_form
    QGuiApplication.clipboard().setText(anna.connection_string)
    form.paste_edit.setFocus()
    qtbot.keyClick(form.paste_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    assert form.role_edit.text() == anna.role
    assert form.paste_edit.text() == ""
    assert "keyring" in form.message_label.text()
    assert list(memory_keyring.secrets.values()) == [password]
    assert "disable" in form.tls_label.text()  # the test server's Unix socket

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Reached the hub" in dialog.result_label.text())
    assert anna.role in dialog.result_label.text()

    table = dialog.groups_table
    row = table.row_of(sample.group_ids[0])
    table.setFocus()
    table.setCurrentCell(row, PUBLISH)
    qtbot.keyClick(table.viewport(), Qt.Key.Key_Space)
    table.setCurrentCell(row, PROGRAMME)
    qtbot.keyClick(table.viewport(), Qt.Key.Key_F2)  # the programme's combo box opens
    combo = table.viewport().findChild(QComboBox, "programmeChoice")
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "No programme"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next one: the hub's only programme
    assert table.programme_of(row) == lead.programme_id
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert publish_ledger.chosen_groups(store) == {sample.group_ids[0]: lead.programme_id}
    saved = publish_ledger.saved_hub_url(store)
    assert saved is not None and anna.role in saved
    assert publish.isEnabled()

    publish.trigger()
    publishing = window.menus.hub.publishing
    qtbot.waitUntil(lambda: publishing.message is not None and publishing.message.isVisible())
    assert publishing.message is not None
    assert "sent to the hub" in publishing.message.text()

    with connect(lead.connection_string) as reader:
        rows = reader.execute("SELECT id, name, programme_id FROM groups").fetchall()
    assert [(str(i), n, str(p)) for i, n, p in rows] == [
        (sample.group_ids[0], "Balint A", lead.programme_id)
    ]
    assert password not in every_setting(store)
    assert password not in full_log()


def test_without_a_keyring_the_password_is_kept_for_this_run_and_said_so(
    qtbot: QtBot, make_window: WindowFactory, no_keyring: object, store: Store
) -> None:
    window = make_window()
    dialog = open_hub_page(qtbot, window)
    form = dialog.address_form
    form.paste_edit.setText("postgresql://rd_anna:Zr8-secret@hub.example.org/programme")

    assert form.message_label.text() == "Address filled in."
    assert "verify-full" in form.tls_label.text()
    assert "until ReflectDesk closes" in form.password_label.text()
    assert window.menus.hub.credentials.load(form.address()) == "Zr8-secret"
    qtbot.mouseClick(form.forget_button, Qt.MouseButton.LeftButton)
    assert window.menus.hub.credentials.load(form.address()) is None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Zr8-secret" not in every_setting(store)


def test_a_connection_string_typed_key_by_key_is_read_when_finished(
    qtbot: QtBot, make_window: WindowFactory, memory_keyring: MemoryKeyring
) -> None:
    # Typed from a printed sheet: "postgresql://r" parses already, so reading the field
    # at every key emptied it under the typing hand and left "d_anna:…" as no address.
    form = open_hub_page(qtbot, make_window()).address_form
    form.paste_edit.setFocus()
    qtbot.keyClicks(form.paste_edit, "postgresql://rd_anna:Zr8-secret@hub.example.org/programme")
    assert form.host_edit.text() == ""
    qtbot.keyClick(form.paste_edit, Qt.Key.Key_Tab)

    assert (form.host_edit.text(), form.role_edit.text()) == ("hub.example.org", "rd_anna")
    assert form.database_edit.text() == "programme"
    assert form.paste_edit.text() == ""
    assert "keyring" in form.message_label.text()


def test_test_connection_names_an_unreachable_hub(
    qtbot: QtBot, make_window: WindowFactory, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    dialog = open_hub_page(qtbot, make_window())
    dialog.address_form.paste_edit.setText(f"postgresql://rd_anna:pw@/hub?host={tmp_path}")

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "Cannot reach the hub" in dialog.result_label.text())
    assert dialog.test_button.isEnabled()


def test_publishing_to_an_unreachable_hub_is_one_calm_message(
    qtbot: QtBot,
    store: Store,
    make_window: WindowFactory,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    sample = build_programme_sample(store, PLANS[:1])
    publish_ledger.choose_group(store, sample.group_ids[0], None)
    publish_ledger.save_hub_url(store, f"postgresql://rd_anna:pw@/hub?host={tmp_path}")
    window = make_window()
    publishing = window.menus.hub.publishing

    window.menus.hub.publish_action.trigger()  # no password kept: it is asked for
    prompt = window.menus.hub.prompt
    assert prompt is not None
    prompt.setTextValue("pw")
    prompt.accept()

    qtbot.waitUntil(lambda: publishing.message is not None and publishing.message.isVisible())
    assert publishing.message is not None
    assert publishing.message.icon() == QMessageBox.Icon.Information
    assert "cannot be reached just now" in publishing.message.text()
    assert publish_ledger.last_published(store) == {}
    assert memory_keyring.secrets  # what was typed is kept for the next time


def test_a_publish_cancelled_half_way_resumes_where_it_stopped(
    qtbot: QtBot,
    store: Store,
    make_window: WindowFactory,
    hub_database: str,
    memory_keyring: MemoryKeyring,
) -> None:
    anna = hub_roles.add_facilitator(hub_database, "Anna")
    sample = build_programme_sample(store, PLANS[:2])
    for group_id in sample.group_ids:
        publish_ledger.choose_group(store, group_id, None)
    window = make_window()
    dialog = open_hub_page(qtbot, window)
    dialog.address_form.paste_edit.setText(anna.connection_string)  # to the keyring
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    waiting = plan_publish(store).total
    publishing = window.menus.hub.publishing
    publishing.batch_rows = 2  # many small batches: a person has time to press Cancel

    window.menus.hub.publish_action.trigger()
    job = publishing.job
    assert job is not None
    qtbot.waitUntil(job.dialog.isVisible)
    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        qtbot.keyClick(job.dialog, Qt.Key.Key_Escape)  # the progress window's Cancel

    qtbot.waitUntil(lambda: publishing.message is not None and publishing.message.isVisible())
    assert publishing.message is not None
    assert "the next publish sends the rest" in publishing.message.text()
    left = plan_publish(store).total
    assert 0 < left < waiting
    publishing.message.accept()

    publishing.batch_rows = 500
    window.menus.hub.publish_action.trigger()
    second = publishing.job
    assert second is not None and second is not job
    with qtbot.waitSignal(second.succeeded, timeout=60_000):
        pass
    assert plan_publish(store).total == 0
    with connect(anna.connection_string) as hub:
        groups = hub.execute("SELECT count(*), count(DISTINCT id) FROM groups").fetchone()
        sessions = hub.execute("SELECT count(*) FROM sessions").fetchone()
    assert groups == (2, 2)
    assert sessions == (6,)


def test_the_page_shows_how_many_rows_wait(
    qtbot: QtBot, store: Store, make_window: WindowFactory
) -> None:
    sample = build_programme_sample(store, PLANS[:1])
    publish_ledger.choose_group(store, sample.group_ids[0], None)
    waiting = plan_publish(store).total

    dialog = open_hub_page(qtbot, make_window())

    qtbot.waitUntil(lambda: "wait to be published" in dialog.status_label.text())
    assert f"{waiting} rows wait" in dialog.status_label.text()
    assert "Not published yet." in dialog.status_label.text()
