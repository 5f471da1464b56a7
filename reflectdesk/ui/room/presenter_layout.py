"""Where each block of the presenter screen goes, and how large its text may be.

No layout manager on purpose: a box layout grows the window to its labels' minimum
sizes (a long card left the window taller after it was hidden) and clips what does not
fit. Here the clock is sized first, as a share of the window's height; the other
blocks (phase, state, message, role cue, card) share what is left, scaled down together
until each fits the width and all fit the height, measured with the same word wrap the
labels paint with. What is left over is spread evenly between the blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel

MIN_PIXELS = 6  # below this nothing is legible anyway; better than clipping
SEARCH_STEPS = 16  # binary search on the scale: 1/65536 is finer than a pixel
TEXT_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


@dataclass(frozen=True, slots=True)
class Block:
    """One label of the screen. ``share`` is its preferred font pixel size as a share of
    the window height; a ``fixed`` block (the clock) keeps it (shrinking only to fit its
    one line into the width) while the others give way."""

    label: QLabel
    share: float
    bold: bool = False
    fixed: bool = False


def sized_font(label: QLabel, pixels: int, bold: bool) -> QFont:
    font = QFont(label.font())
    font.setPixelSize(max(pixels, MIN_PIXELS))
    font.setBold(bold)
    return font


def text_size(font: QFont, text: str, width: int) -> QSize:
    """The size ``text`` takes when wrapped at ``width`` and centred, as a label paints it."""
    bounds = QFontMetrics(font).boundingRect(QRect(0, 0, width, 1 << 20), TEXT_FLAGS, text)
    return bounds.size()


def _line_font(block: Block, height: int, width: int) -> QFont:
    """The fixed block's font: its share of the height, narrowed until its line fits."""
    font = sized_font(block.label, round(block.share * height), block.bold)
    text = block.label.text()
    while font.pixelSize() > MIN_PIXELS:
        advance = QFontMetrics(font).horizontalAdvance(text)
        if advance <= width:
            break
        smaller = min(font.pixelSize() - 1, int(font.pixelSize() * width / advance))
        font.setPixelSize(max(smaller, MIN_PIXELS))
    return font


def _scaled_fonts(blocks: Sequence[Block], height: int, scale: float) -> list[QFont]:
    return [sized_font(b.label, round(b.share * height * scale), b.bold) for b in blocks]


def _fits(blocks: Sequence[Block], fonts: Sequence[QFont], width: int, room: int) -> bool:
    sizes = [text_size(f, b.label.text(), width) for b, f in zip(blocks, fonts, strict=True)]
    return all(s.width() <= width for s in sizes) and sum(s.height() for s in sizes) <= room


def arrange(window: QSize, margin: int, gap: int, blocks: Sequence[Block]) -> None:
    """Give every block with text its font and geometry inside ``window``; hide the rest.

    ``blocks`` are in screen order, top to bottom."""
    shown = [b for b in blocks if b.label.text()]
    for block in blocks:
        block.label.setVisible(block in shown)
    if not shown:
        return
    height = window.height()
    width = max(window.width() - 2 * margin, 1)
    room = window.height() - 2 * margin - gap * (len(shown) - 1)

    fonts: dict[int, QFont] = {}
    for index, block in enumerate(shown):
        if block.fixed:
            fonts[index] = _line_font(block, height, width)
            room -= text_size(fonts[index], block.label.text(), width).height()
    flexible = [i for i, b in enumerate(shown) if not b.fixed]
    parts = [shown[i] for i in flexible]
    best = _scaled_fonts(parts, height, 1.0)
    if not _fits(parts, best, width, room):
        low, high = 0.0, 1.0
        best = _scaled_fonts(parts, height, low)
        for _ in range(SEARCH_STEPS):
            middle = (low + high) / 2
            trial = _scaled_fonts(parts, height, middle)
            if _fits(parts, trial, width, room):
                low, best = middle, trial
            else:
                high = middle
    fonts.update(zip(flexible, best, strict=True))

    heights = []
    for index, block in enumerate(shown):
        font = fonts[index]
        if block.label.font() != font:
            block.label.setFont(font)
        heights.append(text_size(font, block.label.text(), width).height())
    spare = max(window.height() - 2 * margin - gap * (len(shown) - 1) - sum(heights), 0)
    slot = spare // (len(shown) + 1)
    top = margin + slot
    for block, block_height in zip(shown, heights, strict=True):
        block.label.setGeometry(margin, top, width, block_height)
        top += block_height + gap + slot
