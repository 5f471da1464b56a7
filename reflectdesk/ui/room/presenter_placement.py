"""Where the presenter screen opens, and remembering where the facilitator put it.

The decision is a pure function of rectangles (the screens, the main window, the part of
the run view that must stay in sight, and what was remembered), so it can be tested for
one, two or three screens although the test platform has only one.

- On two screens: full screen on the one the main window is not on.
- On one screen: a normal window in the space beside the main window when there is room
  for a useful size; else a corner that leaves the run view's clock and buttons free.
- Where the facilitator last left it (moved, resized, F11 for full screen), as long as
  that is still on a screen and still leaves the run view free.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSettings

GEOMETRY_KEY = "presenter/geometry"
FULL_SCREEN_KEY = "presenter/fullScreen"
ASPECT = 16 / 9  # TVs and projectors
MIN_WIDTH = 480  # smaller than this is not worth a strip; a corner window does better
CORNER_SHARE = 0.34  # a corner window takes about a third of the screen's width
FRAME = 12  # room for the window manager's border
TITLE_BAR = 32  # and its title bar above the client area


@dataclass(frozen=True, slots=True)
class Placement:
    rect: QRect  # the client area; for full screen, the whole screen
    full_screen: bool


def _home_screen(screens: Sequence[QRect], window: QRect) -> int:
    """The screen holding most of the main window (the first one if it is off screen)."""
    areas = [_area(screen.intersected(window)) for screen in screens]
    return max(range(len(screens)), key=lambda i: (areas[i], -i))


def _area(rect: QRect) -> int:
    return max(rect.width(), 0) * max(rect.height(), 0) if rect.isValid() else 0


def _fit(space: QRect) -> QRect:
    """The largest 16:9 client area inside ``space`` (less the frame), centred in it."""
    inner = space.adjusted(FRAME, FRAME + TITLE_BAR, -FRAME, -FRAME)
    width = min(inner.width(), int(inner.height() * ASPECT))
    height = int(width / ASPECT)
    left = inner.left() + (inner.width() - width) // 2
    top = inner.top() + (inner.height() - height) // 2
    return QRect(left, top, width, height)


def _strips(screen: QRect, window: QRect) -> list[QRect]:
    """The parts of ``screen`` right of, left of, below and above the main window."""
    top, left, width, height = screen.top(), screen.left(), screen.width(), screen.height()
    return [
        QRect(window.right() + 1, top, screen.right() - window.right(), height),
        QRect(left, top, window.left() - left, height),
        QRect(left, window.bottom() + 1, width, screen.bottom() - window.bottom()),
        QRect(left, top, width, window.top() - top),
    ]


def _corner(screen: QRect, keep_clear: QRect) -> QRect:
    width = max(MIN_WIDTH, int(screen.width() * CORNER_SHARE))
    width = min(width, screen.width() - 2 * FRAME)
    height = int(width / ASPECT)
    right = screen.right() - FRAME - width + 1
    bottom = screen.bottom() - FRAME - height + 1
    left, top = screen.left() + FRAME, screen.top() + FRAME + TITLE_BAR
    corners = [
        QRect(right, bottom, width, height),
        QRect(right, top, width, height),
        QRect(left, bottom, width, height),
        QRect(left, top, width, height),
    ]
    # The first corner that leaves the clock and buttons free; else the one hiding least.
    return min(corners, key=lambda rect: _area(rect.intersected(keep_clear)))


def _remembered_fits(
    screens: Sequence[QRect], home: int, keep_clear: QRect, remembered: Placement
) -> Placement | None:
    centre = remembered.rect.center()
    on = [i for i, screen in enumerate(screens) if screen.contains(centre)]
    if not on:
        return None  # that screen is gone (the projector unplugged)
    screen = screens[on[0]]
    if remembered.full_screen:
        # Full screen on the facilitator's own screen would hide the run view.
        return Placement(screen, True) if on[0] != home else None
    if remembered.rect.intersects(keep_clear) or not screen.contains(remembered.rect):
        return None
    return remembered


def choose_placement(
    screens: Sequence[QRect],
    main_window: QRect,
    keep_clear: QRect,
    remembered: Placement | None = None,
) -> Placement:
    """Where to open the presenter screen; ``screens`` are the available geometries."""
    home = _home_screen(screens, main_window)
    if remembered is not None:
        kept = _remembered_fits(screens, home, keep_clear, remembered)
        if kept is not None:
            return kept
    others = [screen for i, screen in enumerate(screens) if i != home]
    if others:
        return Placement(others[0], True)
    screen = screens[home]
    beside = [_fit(strip.intersected(screen)) for strip in _strips(screen, main_window)]
    widest = max(beside, key=lambda rect: rect.width() if rect.isValid() else 0)
    if widest.isValid() and widest.width() >= MIN_WIDTH:
        return Placement(widest, False)
    return Placement(_corner(screen, keep_clear), False)


# --- remembering -------------------------------------------------------------------------


def remembered_placement(settings: QSettings | None) -> Placement | None:
    if settings is None:
        return None
    rect = settings.value(GEOMETRY_KEY)
    if not isinstance(rect, QRect) or not rect.isValid():
        return None
    full = settings.value(FULL_SCREEN_KEY, False)
    return Placement(rect, full in (True, "true"))


def remember_placement(settings: QSettings | None, placement: Placement) -> None:
    if settings is None:
        return
    settings.setValue(GEOMETRY_KEY, placement.rect)
    settings.setValue(FULL_SCREEN_KEY, placement.full_screen)
    settings.sync()
