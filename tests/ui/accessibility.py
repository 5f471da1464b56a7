"""What a screen reader finds in a widget tree, read through Qt's accessibility
interface (what AT-SPI, UI Automation and NSAccessibility are handed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QWidget


def _chain(widget: QWidget) -> str:
    parts: list[str] = []
    node: QWidget | None = widget
    while node is not None:
        parts.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return " < ".join(parts)


def _is_inner_part(widget: QWidget) -> bool:
    """The line edit inside a spin box or an editable combo box is read as part of it."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def _is_empty_text(widget: QWidget) -> bool:
    """A selectable label (an error line) is named by its text; while it has none there
    is nothing to read and a screen reader passes over it."""
    return isinstance(widget, QLabel) and not widget.text()


def focusable(root: QWidget) -> list[QWidget]:
    """Every visible widget under ``root`` (and root) that can take the keyboard focus."""
    widgets = [root, *root.findChildren(QWidget)]
    return [
        widget
        for widget in widgets
        if widget.isVisible()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not _is_inner_part(widget)
        and not _is_empty_text(widget)
    ]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def unnamed(root: QWidget) -> list[str]:
    """Each focusable widget without an accessible name, as class (objectName chain)."""
    return [
        f"{type(widget).__name__}: {_chain(widget)}"
        for widget in focusable(root)
        if not accessible_name(widget)
    ]
