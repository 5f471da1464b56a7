"""Where a save dialog opens: the last folder of that kind while it exists, else
Documents, else home; never a relative path (the working directory)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from reflectdesk.ui.common.save_folders import SaveFolders, first_existing_folder


def test_the_first_folder_that_exists_and_is_absolute(tmp_path: Path) -> None:
    there = tmp_path / "there"
    there.mkdir()
    assert first_existing_folder(None, "", tmp_path / "gone", there) == there
    assert first_existing_folder("relative/dir", ".", None) == Path.home()


def test_a_file_s_folder_is_remembered_per_kind(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    folders = SaveFolders(settings)
    reports = tmp_path / "reports"
    reports.mkdir()
    folders.remember("series", reports / "report.pdf")
    folders.remember("csv", tmp_path, is_folder=True)
    again = SaveFolders(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    assert again.folder("series") == reports
    assert again.folder("csv") == tmp_path
    assert again.folder("summary") == Path.home()  # no Documents folder in this home


def test_documents_the_first_time_when_there_is_one(tmp_path: Path) -> None:
    documents = Path.home() / "Documents"
    documents.mkdir()
    folders = SaveFolders(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    assert folders.folder("summary") == documents


class FakeFileDialog:
    """QFileDialog's blocking functions, answering as a person would and recording
    where the dialog opened."""

    def __init__(self, answer: Path) -> None:
        self.answer = answer
        self.opened_at: list[str] = []

    def __call__(self, _parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        self.opened_at.append(start)
        return str(self.answer), ""


def test_definition_files_open_in_documents_then_where_they_went(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from reflectdesk.ui.common.messages import choose_toml_file

    documents = Path.home() / "Documents"
    documents.mkdir()
    shared = tmp_path / "shared"
    shared.mkdir()
    dialog = FakeFileDialog(shared / "my-format")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    chosen = choose_toml_file(None, save=True, suggested="balint.toml", title="t", filters="f")  # type: ignore[arg-type]
    assert chosen == shared / "my-format.toml"
    choose_toml_file(None, save=False, suggested="", title="t", filters="f")  # type: ignore[arg-type]
    assert dialog.opened_at == [str(documents / "balint.toml"), str(shared)]


def test_an_encrypted_note_copy_is_saved_and_opened_from_the_same_folder(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from reflectdesk.ui.privacy.note_rescue import choose_copy_file, choose_note_file

    stick = tmp_path / "usb"
    stick.mkdir()
    dialog = FakeFileDialog(stick / "private-note.rdnote")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    assert choose_copy_file(None) == stick / "private-note.rdnote"  # type: ignore[arg-type]
    assert choose_note_file(None) == stick / "private-note.rdnote"  # type: ignore[arg-type]
    # No Documents folder in this home: the home folder, never the working directory.
    assert dialog.opened_at == [str(Path.home() / "private-note.rdnote"), str(stick)]
