"""The run view's clock colours, read from the palette and checked for contrast on the
window colour they are drawn on, in the light and the dark scheme alike.

Over time and nearly time were fixed hex colours chosen on a light window; on a dark
one the over-time red read at 2.3:1. Each accent has a light-scheme and a dark-scheme
shade, and :func:`~reflectdesk.ui.common.look.readable` takes it the rest of the way
to 4.5:1 on whatever window colour the system gives (the line under the time is normal
text; the digits are large, so dimmed digits need 3:1).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from reflectdesk.core.clock_state import WarningLevel
from reflectdesk.ui.common.look import LARGE_TEXT, NORMAL_TEXT, is_dark, mix, readable

ACCENTS = {  # (light scheme, dark scheme)
    WarningLevel.WARNING: ("#b26a00", "#ffb74d"),
    WarningLevel.OVERRUN: ("#c62828", "#ff8a80"),
}


def warning_colour(palette: QPalette, level: WarningLevel) -> QColor | None:
    """The text colour of nearly time or over time; None for the palette's own text."""
    if level not in ACCENTS:
        return None
    light, dark = ACCENTS[level]
    ground = palette.color(QPalette.ColorRole.Window)
    return readable(QColor(dark if is_dark(palette) else light), ground, NORMAL_TEXT)


def dim_colour(palette: QPalette) -> QColor:
    """Paused digits: the text colour halfway to the window, still 3:1 (large text)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    ground = palette.color(QPalette.ColorRole.Window)
    return readable(mix(text, ground, 0.5), ground, LARGE_TEXT)
