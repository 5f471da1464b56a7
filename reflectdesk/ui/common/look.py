"""Look and feel: Fusion (which follows the system's light or dark scheme) plus a few
accents for labels with a role, chosen from the palette so they read well in both.

The accents are set on each labelled widget (set_role) rather than through an
application-wide style sheet: a style sheet sends every widget through Qt's slower
style-sheet machinery and made start-up measurably slower. A labelled widget restyles
itself when its palette changes (the system switched to dark while the app runs).

Every text colour is checked against the ground it is drawn on (WCAG 2 contrast: 4.5:1,
3:1 for large text) and made darker or lighter until it reads (:func:`readable`); the
palette's placeholder grey alone came out at 3.9:1 for section headings.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from reflectdesk.resources import resource_path


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


NORMAL_TEXT = 4.5  # WCAG 2 AA contrast for body text
LARGE_TEXT = 3.0  # ... and for large text (18 pt, or 14 pt bold)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an opaque colour (0 black to 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours, 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def mix(colour: QColor, other: QColor, share: float) -> QColor:
    """``colour`` moved ``share`` (0 to 1) of the way to ``other``, opaque."""
    return QColor.fromRgbF(
        colour.redF() + (other.redF() - colour.redF()) * share,
        colour.greenF() + (other.greenF() - colour.greenF()) * share,
        colour.blueF() + (other.blueF() - colour.blueF()) * share,
    )


def flatten(colour: QColor, ground: QColor) -> QColor:
    """A translucent colour as it shows on ``ground`` (the palette's placeholder grey
    is black at half opacity)."""
    return mix(ground, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF())


def readable(colour: QColor, ground: QColor, minimum: float = NORMAL_TEXT) -> QColor:
    """``colour`` as drawn on ``ground``, darkened (on a light ground) or lightened (on
    a dark one) just enough to reach the ``minimum`` contrast."""
    shown = flatten(colour, ground)
    target = QColor("#000000" if relative_luminance(ground) > 0.18 else "#ffffff")
    for step in range(21):
        candidate = mix(shown, target, step / 20)
        if contrast_ratio(candidate, ground) >= minimum:
            return candidate
    return target


def quiet_colour(palette: QPalette) -> QColor:
    """The palette's quiet (placeholder) grey, made readable on its window colour."""
    return readable(
        palette.color(QPalette.ColorRole.PlaceholderText),
        palette.color(QPalette.ColorRole.Window),
    )


class _Restyle(QObject):
    """Gives a labelled widget its role's colours again when its palette changes."""

    def __init__(self, label: QLabel, role: str) -> None:
        super().__init__(label)
        self._role = role
        self._busy = False
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.PaletteChange
            and not self._busy
            and isinstance(watched, QLabel)
        ):
            self._busy = True  # our own setPalette sends a PaletteChange too
            try:
                _apply_role(watched, self._role)
            finally:
                self._busy = False
        return False


def set_role(label: QLabel, role: str) -> None:
    """Name a label by its role (sectionHeading, inlineError, hint, savedState,
    archivedBadge, archivedBanner) and give it that role's accent, now and whenever the
    palette changes."""
    _apply_role(label, role)
    if label.findChild(_Restyle) is None:
        _Restyle(label, role)


def _ground_palette(label: QLabel) -> QPalette:
    """The palette the label would have without its role: its parent's, or the app's."""
    parent = label.parentWidget()
    return QPalette(parent.palette()) if parent is not None else QApplication.palette(label)


def _apply_role(label: QLabel, role: str) -> None:
    label.setObjectName(role)
    palette = _ground_palette(label)
    dark = is_dark(palette)
    quiet = quiet_colour(palette)
    ground = palette.color(QPalette.ColorRole.Window)
    font = QFont(label.font())
    if role == "sectionHeading":
        font.setWeight(QFont.Weight.DemiBold)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.5)
        palette.setColor(QPalette.ColorRole.WindowText, quiet)
        label.setContentsMargins(0, 6, 0, 0)
    elif role == "inlineError":
        font.setWeight(QFont.Weight.DemiBold)
        error = QColor("#ff8a80" if dark else "#b3261e")
        palette.setColor(QPalette.ColorRole.WindowText, readable(error, ground))
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
