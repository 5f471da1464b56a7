"""A window-modal question with a few answers and Cancel, opened without blocking: the
questions asked before leaving, quitting or locking (shell/leaving_questions.py,
privacy/note_rescue.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

# One answer of a question: its button's text and object name, and what it does.
Answer = tuple[str, str, Callable[[], object]]


def ask(
    parent: QWidget,
    name: str,
    *,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    answers: tuple[Answer, ...],
    default: int,
) -> QMessageBox:
    """``answers`` and Cancel (also Esc), which does nothing; ``default`` is the index of
    the answer Enter gives."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName(name)
    actions = {}
    for label, object_name, action in answers:
        button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName(object_name)
        actions[button] = action
    box.setDefaultButton(list(actions)[default])
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    # The answer runs once the box has gone, so the focus it hands back on closing
    # does not undo where the answer puts the focus.
    box.buttonClicked.connect(
        lambda clicked: QTimer.singleShot(0, parent, actions.get(clicked, lambda: None))
    )
    box.open()
    return box
