"""What to print (File ▸ Print…, Ctrl+P): the documents of the session and the group
chosen, one of them picked. What needs a session is there but greyed out without one,
so the list says what could be printed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QButtonGroup, QDialog, QLabel, QRadioButton, QWidget

from reflectdesk.ui.common.widgets import ok_cancel, stack

SESSION_DOCUMENTS = ("summary", "handout", "register")
GROUP_DOCUMENTS = ("bulletin",)


class PrintChoiceDialog(QDialog):
    """One radio button per document; ``kinds`` are those that can be printed now,
    the first of them chosen."""

    def __init__(self, kinds: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printChoice")
        self.setWindowTitle(self.tr("Print"))
        labels = {
            "summary": self.tr("Session &summary"),
            "handout": self.tr("Participant &handout"),
            "register": self.tr("&Attendance register"),
            "bulletin": self.tr("Learning &bulletin of the group"),
        }
        self.buttons = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for kind in (*SESSION_DOCUMENTS, *GROUP_DOCUMENTS):
            button = QRadioButton(labels[kind], self)
            button.setObjectName(f"print_{kind}")
            button.setEnabled(kind in kinds)
            self.buttons.addButton(button)
            self.choices[kind] = button
        if kinds:
            self.choices[kinds[0]].setChecked(True)
        hint = QLabel(self.tr("Choose a session to print its summary, handout or register."), self)
        hint.setWordWrap(True)
        hint.setVisible(not set(SESSION_DOCUMENTS) & set(kinds))
        question = QLabel(self.tr("What do you want to print?"), self)
        stack(self, question, *self.choices.values(), hint, ok_cancel(self, self.accept))

    def chosen(self) -> str:
        return next((kind for kind, b in self.choices.items() if b.isChecked()), "")
