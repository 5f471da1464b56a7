"""Look and feel: Fusion (which follows the system's light or dark scheme) plus a few
accents, chosen from the palette so they read well in both schemes."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from reflectdesk.resources import resource_path


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def style_sheet(palette: QPalette) -> str:
    dark = is_dark(palette)
    error = "#ff8a80" if dark else "#b3261e"
    badge_bg = "#5d4037" if dark else "#fff3e0"
    badge_fg = "#ffe0b2" if dark else "#8a4b00"
    banner_bg = "#3e2f1c" if dark else "#fff8e1"
    heading = palette.color(QPalette.ColorRole.PlaceholderText).name()
    return f"""
        QLabel#sectionHeading {{
            font-weight: 600; color: {heading}; padding-top: 6px;
            text-transform: uppercase; letter-spacing: 0.5px;
        }}
        QLabel#inlineError {{ color: {error}; font-weight: 600; }}
        QLabel#archivedBadge {{
            background: {badge_bg}; color: {badge_fg}; border-radius: 4px;
            padding: 2px 8px; font-weight: 600;
        }}
        QLabel#archivedBanner {{
            background: {banner_bg}; color: {badge_fg}; border-radius: 4px; padding: 8px;
        }}
        QLabel#savedState, QLabel#hint {{ color: {heading}; }}
        QListView#groupList {{ border: none; }}
    """


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet(app.palette()))
    icon_file = resource_path("icons", "reflectdesk.svg")
    if icon_file.is_file():
        QGuiApplication.setWindowIcon(QIcon(str(icon_file)))
