"""Exporting from the menus: options, a file chosen, the work off the ui thread."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.notes import PrivateText
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, members, notes, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from tests.ui.conftest import WindowFactory, find_open

CTRL = Qt.KeyboardModifier.ControlModifier


def setup_group(store: Store) -> tuple[str, str]:
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint — blok 2", fmt))
    members.add_member(store, group.id, MemberDraft("Hüseyin İkiz"))
    start = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    session = sessions.plan_session(store, group.id, SessionDraft(planned_start=start))
    notes.save_private_note(store, session.id, PrivateText(body="CANARY-55 private"))
    return group.id, session.id


def choose(qtbot: QtBot, path: Path) -> None:
    dialog = find_open(qtbot, QFileDialog, "exportFileDialog")
    dialog.fileSelected.emit(str(path))
    dialog.close()


def test_session_summary_pdf_from_the_menu(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    _group_id, session_id = setup_group(store)
    window = make_window()
    window.group_page.sessions.select_session(session_id)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    options = find_open(qtbot, QDialog, "exportOptions")
    assert not options.private.isChecked()  # private notes out unless asked for
    options.accept()
    target = tmp_path / "summary.pdf"
    choose(qtbot, target)
    job = window.exports.jobs[-1]
    with qtbot.waitSignal(job.succeeded, timeout=20000):
        pass
    assert target.read_bytes().startswith(b"%PDF")
    assert b"CANARY-55" not in target.read_bytes()


def test_archive_of_everything_from_the_menu(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    setup_group(store)
    window = make_window()
    window.menus.export_all_archive_action.trigger()
    target = tmp_path / "all.rdarchive"
    choose(qtbot, target)
    job = window.exports.jobs[-1]
    with qtbot.waitSignal(job.succeeded, timeout=20000):
        pass
    assert zipfile.is_zipfile(target)


def test_series_report_and_bulletin_from_the_group_page(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    group_id, _session_id = setup_group(store)
    window = make_window()
    assert window.group_page.group_id == group_id
    for kind in ("series", "bulletin"):
        window.group_page.export_requested.emit(kind)
        options = find_open(qtbot, QDialog, "exportOptions")
        options.accept()
        target = tmp_path / f"{kind}.pdf"
        choose(qtbot, target)
        job = window.exports.jobs[-1]
        with qtbot.waitSignal(job.succeeded, timeout=20000):
            pass
        assert target.read_bytes().startswith(b"%PDF")


def test_the_session_page_has_its_own_export_button(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    _group_id, session_id = setup_group(store)
    window = make_window()
    window.open_session(session_id)
    assert window.session_page is not None
    qtbot.mouseClick(window.session_page.export_button, Qt.MouseButton.LeftButton)
    options = find_open(qtbot, QDialog, "exportOptions")
    assert options.windowTitle() == "Export Session Summary"
    options.reject()


@pytest.mark.parametrize("kind", ["summary", "handout", "series", "bulletin"])
def test_the_options_dialog_shows_only_its_own_fields_and_none_overlap(
    qtbot: QtBot, kind: str
) -> None:
    # A field built for another kind of export once showed at the top left, over "Names".
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    from reflectdesk.ui.exports.export_options import SummaryOptionsDialog

    dialog = SummaryOptionsDialog(kind)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = [
        widget
        for widget in dialog.findChildren(QWidget)
        if widget.isVisible()
        and widget.parentWidget() is dialog
        and isinstance(widget, (QAbstractButton, QComboBox, QLabel))
    ]
    boxes = [widget.geometry() for widget in fields]
    assert all(dialog.rect().contains(box) for box in boxes)
    for first, box in enumerate(boxes):
        for other in boxes[first + 1 :]:
            assert not box.intersects(other), (box, other)
    # Made only for the export that asks it (see test_export_dialogs.py).
    assert (dialog.bulletin_names is not None) == (kind == "bulletin")
    assert (dialog.private is not None) == (kind == "summary")
