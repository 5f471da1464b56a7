"""Per-machine window state (geometry, splitters, view toggles) in an INI file in the
data directory, so tests that point REFLECTDESK_DATA_DIR elsewhere never touch ~/.config."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter

from reflectdesk.ui.common.settings_file import open_window_settings

__all__ = ["fit_to_screen", "open_window_settings", "restore_window", "save_window"]

# What a window manager adds around the window (title bar, borders): not known before
# the window is first shown, so a typical amount is kept free.
FRAME_ALLOWANCE = QSize(16, 40)


def fit_to_screen(window: QMainWindow, wanted: QSize | None = None) -> None:
    """Give ``window`` the size ``wanted`` (its present size when None), made smaller
    where the screen's free area (without taskbar or dock) is smaller, and move it onto
    that area: a 760 px high default cut the status bar off at 1366×768, and a size
    saved on a large monitor must not hang off a laptop's screen."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    screen = window.screen()
    if screen is None:
        return
    free = screen.availableGeometry()
    room = free.size() - FRAME_ALLOWANCE
    window.resize((wanted or window.size()).boundedTo(room))
    place = window.geometry()
    left = min(max(place.left(), free.left()), free.right() - place.width())
    top = min(max(place.top(), free.top()), free.bottom() - place.height())
    if (left, top) != (place.left(), place.top()):
        window.move(max(left, free.left()), max(top, free.top()))


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
        fit_to_screen(window)  # saved on a larger screen than this one
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
