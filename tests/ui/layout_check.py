"""A check for any dialog: every widget it made is laid out, lies inside its parent and
overlaps none of its visible siblings. A widget made and left out of the layout is drawn
at its parent's top left, over whatever the layout put there."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def _in_layout(layout: QLayout, widget: QWidget) -> bool:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return True
        inner = item.layout()
        if inner is not None and _in_layout(inner, widget):
            return True
    return False


def _describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = f" {text()[:30]!r}" if callable(text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r}{shown}"


def _children(parent: QWidget) -> list[QWidget]:
    """The widgets drawn inside ``parent`` (not windows or popups of their own)."""
    return [
        child
        for child in parent.findChildren(QWidget)
        if child.parentWidget() is parent and not child.isWindow()
    ]


def layout_faults(dialog: QWidget, *, laid_out: QWidget | None = None) -> list[str]:
    """What is wrong with the layout of ``dialog`` (shown): every visible widget, at
    every depth, inside its parent and clear of its visible siblings; and every widget
    made as a child of ``laid_out`` (the dialog itself unless given) is in its layout,
    hidden or not. Empty when all is well."""
    faults: list[str] = []
    owner = laid_out or dialog
    layout = owner.layout()
    for child in _children(owner):
        if layout is None or not _in_layout(layout, child):
            faults.append(f"{_describe(child)} is made but not in the layout")

    def walk(parent: QWidget) -> None:
        shown = [child for child in _children(parent) if child.isVisible()]
        for index, child in enumerate(shown):
            box = child.geometry()
            if not parent.rect().contains(box):
                faults.append(f"{_describe(child)} {box} lies outside {_describe(parent)}")
            for other in shown[index + 1 :]:
                if box.intersects(other.geometry()):
                    faults.append(f"{_describe(child)} overlaps {_describe(other)}")
            walk(child)

    walk(dialog)
    return faults
