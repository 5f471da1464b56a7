"""The co-facilitators' debrief, in place on the session page once the session has ended
(never a dialog): what went well, what to do differently, who presents next. Saved with
the session (store/debriefs.py); Skip folds it away. Shown only when the group has two or
more facilitators (core/debrief.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from reflectdesk.core.debrief import DEBRIEF_ANSWER_MAX_LENGTH, NEXT_PRESENTER_MAX_LENGTH, Debrief
from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.store import debriefs
from reflectdesk.store.database import Store
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.widgets import line_field


class DebriefPanel(QFrame):
    """Emits ``status(message)`` when saved."""

    status = Signal(str)

    def __init__(self, store: Store, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debriefPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._store = store
        self._session_id = session_id
        heading = QLabel(self.tr("Co-facilitator debrief"), self)
        set_role(heading, "sectionHeading")
        hint = QLabel(
            self.tr("A minute together, saved with the session. Skip it if you like."), self
        )
        set_role(hint, "hint")
        self.went_well = line_field(
            self, "debriefWentWell", DEBRIEF_ANSWER_MAX_LENGTH, self.tr("e.g. the silence helped")
        )
        self.differently = line_field(
            self,
            "debriefDifferently",
            DEBRIEF_ANSWER_MAX_LENGTH,
            self.tr("e.g. step in sooner when it turns to advice"),
        )
        self.next_presenter = line_field(
            self, "debriefNextPresenter", NEXT_PRESENTER_MAX_LENGTH, self.tr("a name")
        )
        for field in (self.went_well, self.differently, self.next_presenter):
            field.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("Save De&brief"), self)
        self.save_button.setObjectName("debriefSave")
        self.save_button.clicked.connect(self.save)
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.setObjectName("debriefSkip")
        self.skip_button.clicked.connect(self.hide)
        self.state = QLabel(self)
        set_role(self.state, "savedState")

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (text, field) in enumerate(
            (
                (self.tr("What went &well?"), self.went_well),
                (self.tr("What to do &differently?"), self.differently),
                (self.tr("Who presents ne&xt?"), self.next_presenter),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            grid.addWidget(label, 0, column)
            grid.addWidget(field, 1, column)
            grid.setColumnStretch(column, 1 if column == 2 else 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.skip_button)
        grid.addLayout(buttons, 1, 3)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(hint, 1)
        top.addWidget(self.state)
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 4, 10, 6)
        layout.addLayout(top, 0, 0)
        layout.addLayout(grid, 1, 0)
        self.load()

    def load(self) -> None:
        try:
            saved = debriefs.debrief(self._store, self._session_id)
        except ReflectDeskError:
            return
        self.went_well.setText(saved.went_well)
        self.differently.setText(saved.differently)
        self.next_presenter.setText(saved.next_presenter)

    def offer(self) -> None:
        """The session has just ended: show the prompt, the focus in its first answer."""
        self.show()
        self.went_well.setFocus()

    def save(self) -> None:
        answers = Debrief(
            self.went_well.text(), self.differently.text(), self.next_presenter.text()
        )
        try:
            debriefs.save_debrief(self._store, self._session_id, answers)
        except ReflectDeskError as error:
            set_role(self.state, "inlineError")
            self.state.setText(str(error))
            return
        set_role(self.state, "savedState")
        self.state.setText(self.tr("Saved"))
        self.status.emit(self.tr("Debrief saved with the session."))
