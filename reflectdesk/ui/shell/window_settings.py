"""Per-machine window state (geometry, splitters, view toggles) in an INI file in the
data directory, so tests that point REFLECTDESK_DATA_DIR elsewhere never touch ~/.config."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from reflectdesk.ui.common.settings_file import open_window_settings

__all__ = ["open_window_settings", "restore_window", "save_window"]


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
