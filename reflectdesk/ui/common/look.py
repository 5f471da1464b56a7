"""Look and feel: Fusion (which follows the system's light or dark scheme) plus a few
accents for labels with a role, chosen from the palette so they read well in both.

The accents are set on each labelled widget (set_role) rather than through an
application-wide style sheet: a style sheet sends every widget through Qt's slower
style-sheet machinery and made start-up measurably slower.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from reflectdesk.resources import resource_path


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def set_role(label: QLabel, role: str) -> None:
    """Name a label by its role (sectionHeading, inlineError, hint, savedState,
    archivedBadge, archivedBanner) and give it that role's accent."""
    label.setObjectName(role)
    palette = label.palette()
    dark = is_dark(palette)
    quiet = palette.color(QPalette.ColorRole.PlaceholderText)
    font = QFont(label.font())
    if role == "sectionHeading":
        font.setWeight(QFont.Weight.DemiBold)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.5)
        palette.setColor(QPalette.ColorRole.WindowText, quiet)
        label.setContentsMargins(0, 6, 0, 0)
    elif role == "inlineError":
        font.setWeight(QFont.Weight.DemiBold)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#b3261e"))
    elif role in ("hint", "savedState"):
        palette.setColor(QPalette.ColorRole.WindowText, quiet)
    elif role in ("archivedBadge", "archivedBanner"):
        badge = role == "archivedBadge"
        light_bg, dark_bg = ("#fff3e0", "#5d4037") if badge else ("#fff8e1", "#3e2f1c")
        palette.setColor(QPalette.ColorRole.Window, QColor(dark_bg if dark else light_bg))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffe0b2" if dark else "#8a4b00"))
        label.setAutoFillBackground(True)
        margin = (8, 2, 8, 2) if badge else (8, 8, 8, 8)
        label.setContentsMargins(*margin)
        if badge:
            font.setWeight(QFont.Weight.DemiBold)
    else:
        raise ValueError(f"unknown label role {role!r}")
    label.setFont(font)
    label.setPalette(palette)


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    icon_file = resource_path("icons", "reflectdesk.svg")
    if icon_file.is_file():
        QGuiApplication.setWindowIcon(QIcon(str(icon_file)))


def let_shrink(*buttons: QPushButton) -> None:
    """Let buttons with short labels give up the style's 80 px minimum when the window
    is narrow (they keep their usual width whenever there is room)."""
    for button in buttons:
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 20)


def scale_font(widget: QWidget, factor: float, *, bold: bool = False, italic: bool = False) -> None:
    """Give ``widget`` its font ``factor`` times as large, bold and italic as asked."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    font.setItalic(italic)
    widget.setFont(font)
