"""File > Import Archive in the app, for an archive whose private notes were locked with
another laptop's passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from reflectdesk.demo.build import DEMO_PASSPHRASE, write_demo
from reflectdesk.export.archive import export_archive
from reflectdesk.store import notes
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.groups import list_groups
from reflectdesk.store.sessions import list_sessions
from reflectdesk.store.vault import lock, unlock
from tests.fakes import TEST_PASSPHRASE
from tests.ui.conftest import WindowFactory, find_open


def _demo_archive(tmp_path: Path) -> Path:
    source, archive = tmp_path / "other-laptop.db", tmp_path / "all.rdarchive"
    write_demo(source, "small")
    with open_store(source) as other:
        export_archive(other, archive)
    return archive


def test_importing_notes_from_another_laptop_asks_its_passphrase(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    archive = _demo_archive(tmp_path)
    window = make_window()
    imported: list[bool] = []

    window.exports._import(archive, None, lambda: imported.append(True))
    dialog = find_open(qtbot, QInputDialog, "archivePassphrase")
    assert "the laptop they were written on" in dialog.labelText()
    dialog.setTextValue(DEMO_PASSPHRASE)
    dialog.accept()

    qtbot.waitUntil(lambda: imported == [True], timeout=10_000)
    found = [
        note
        for group in list_groups(store)
        for meeting in list_sessions(store, group.id)
        for note in notes.private_notes(store, meeting.id)
    ]
    assert found and all(note.body for note in found)
    # Still this laptop's own vault: the notes now open with its passphrase.
    lock(store)
    unlock(store, TEST_PASSPHRASE)
    assert notes.private_notes(store, found[0].session_id)
