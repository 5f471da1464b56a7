"""Where a save dialog opens: the last folder of that kind while it exists, else
Documents, else home; never a relative path (the working directory)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from reflectdesk.ui.exports.save_folders import SaveFolders, first_existing_folder


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
