"""Per-machine window state (geometry, splitters, view toggles) in an INI file in the
data directory, so tests that point REFLECTDESK_DATA_DIR elsewhere never touch ~/.config."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

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


def save_window(settings: QSettings, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    for name, splitter in splitters.items():
        settings.setValue(f"splitters/{name}", splitter.saveState())
    settings.sync()


def restore_window(
    settings: QSettings, window: QMainWindow, splitters: dict[str, QSplitter]
) -> bool:
    """Restore what was saved; returns False when nothing was (first start)."""
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        restored = True
    else:
        restored = False
    for name, splitter in splitters.items():
        state = settings.value(f"splitters/{name}")
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)
    return restored
