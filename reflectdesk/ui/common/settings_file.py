"""The per-machine settings file (window state, the last export folders) in the data
directory, so tests that point REFLECTDESK_DATA_DIR elsewhere never touch ~/.config.
Here, below the rooms, so that any room may open it."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from reflectdesk.paths import create_private_file, make_private_folder, ui_settings_path


def open_window_settings() -> QSettings:
    path = ui_settings_path()
    try:
        # Made owner-only before Qt writes it: QSettings saves through QSaveFile, which
        # keeps the modes of the file it replaces (paths.py: owner-only files).
        make_private_folder(path.parent)
        create_private_file(path)
    except OSError:
        pass  # a read-only data folder: QSettings then keeps the settings in memory
    return QSettings(str(path), QSettings.Format.IniFormat)
