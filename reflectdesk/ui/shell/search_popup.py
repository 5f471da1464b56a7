"""The search results beside a running session: a panel docked at the window's right
edge, over the session's side tabs and never over its clock or its buttons.

In the room the facilitator must always see the phase, the time and the clock's
buttons, so while a session is open the results do not take the page (as they do
elsewhere); the main window hands its one SearchPage to this panel instead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from reflectdesk.ui.common.look import set_role

MIN_WIDTH = 380  # room for a result's kind, title and a two-line snippet
MARGIN = 8


class SearchPopup(QFrame):
    """A frameless panel, a child of ``parent`` (the window's central widget), placed
    under ``anchor`` (the search field) and kept in place when ``parent`` is resized.
    ``free_area()`` gives the part of ``parent`` it may cover (the session's side tabs),
    in ``parent``'s coordinates."""

    def __init__(self, anchor: QWidget, free_area: Callable[[], QRect], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)  # opaque: the tabs beneath must not show through
        self._anchor = anchor
        self._free_area = free_area
        hint = QLabel(self.tr("Esc goes back to the clock."), self)
        set_role(hint, "hint")
        hint.setContentsMargins(16, 0, 16, 8)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(1, 1, 1, 1)
        self._layout.addWidget(hint)
        self.hide()
        parent.installEventFilter(self)

    def hold(self, content: QWidget) -> None:
        """Take ``content`` (reparented into the panel) unless it is here already."""
        if content.parent() is not self:
            self._layout.insertWidget(0, content, 1)  # above the hint
        content.show()

    def open(self) -> None:
        """Show the panel in its place, on top of the page beneath."""
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        free = self._free_area()
        # Over the side tabs only, so the session's header buttons stay in view too; on
        # a narrow window at least MIN_WIDTH wide, growing leftwards.
        top = max(self._anchor.geometry().bottom() + MARGIN // 2, free.top())
        right = parent.width() - MARGIN
        left = min(max(free.left(), MARGIN), right - MIN_WIDTH)
        bottom = parent.height() - MARGIN
        self.setGeometry(QRect(left, top, right - left, max(0, bottom - top)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)
