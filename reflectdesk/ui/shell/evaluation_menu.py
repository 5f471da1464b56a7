"""The Evaluation menu: paper forms, pass-the-laptop mode, the facilitator's conditions
check and the questionnaire library. The dialogs are imported on first use.

``menu`` is the QMenu, so further evaluation actions (results) can be added to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar

from reflectdesk.store.database import Store
from reflectdesk.ui.common.translation import Translates

if TYPE_CHECKING:
    from reflectdesk.ui.evaluation.entry import EntryContext
    from reflectdesk.ui.evaluation.pass_the_laptop import PassTheLaptopWindow

PAPER_FORMS_SHORTCUT = "Ctrl+Shift+E"
PASS_THE_LAPTOP_SHORTCUT = "Ctrl+Shift+T"
CONDITIONS_SHORTCUT = "Ctrl+Shift+K"
QUESTIONNAIRES_SHORTCUT = "Ctrl+Alt+Q"
RESULTS_SHORTCUT = "Ctrl+Shift+G"


class EvaluationMenu(Translates):
    """Builds the menu on ``menu_bar``; the actions ask ``context()`` for the group and
    session they are for (empty strings: none chosen)."""

    def __init__(
        self,
        window: QMainWindow,
        menu_bar: QMenuBar,
        store: Store,
        context: Callable[[], tuple[str, str]],
    ) -> None:
        self._window = window
        self._store = store
        self._context = context
        self.pass_window: PassTheLaptopWindow | None = None
        self.menu = menu_bar.addMenu(self.tr("&Evaluation"))
        self.menu.setObjectName("evaluationMenu")
        self.paper_forms_action = self._action(
            self.tr("Enter &Paper Forms…"),
            PAPER_FORMS_SHORTCUT,
            "enterPaperForms",
            self.paper_forms,
        )
        self.pass_laptop_action = self._action(
            self.tr("Pass the &Laptop…"),
            PASS_THE_LAPTOP_SHORTCUT,
            "passTheLaptop",
            self.pass_laptop,
        )
        self.conditions_action = self._action(
            self.tr("&Conditions Check…"), CONDITIONS_SHORTCUT, "conditionsCheck", self.conditions
        )
        self.results_action = self._action(
            self.tr("Evaluation &Results…"), RESULTS_SHORTCUT, "evaluationResults", self.results
        )
        self.questionnaires_action = self._action(
            self.tr("&Questionnaires…"),
            QUESTIONNAIRES_SHORTCUT,
            "questionnaires",
            self.questionnaires,
        )
        self.menu.addAction(self.paper_forms_action)
        self.menu.addAction(self.pass_laptop_action)
        self.menu.addAction(self.conditions_action)
        self.menu.addSeparator()
        self.menu.addAction(self.results_action)
        self.menu.addAction(self.questionnaires_action)

    def _action(self, text: str, keys: str, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({native})")
        action.triggered.connect(slot)
        self._window.addAction(action)  # works while the menu bar is hidden too
        return action

    def _entry_context(self, need_session: bool) -> EntryContext | None:
        from reflectdesk.ui.evaluation.entry import EntryContext

        group_id, session_id = self._context()
        if not group_id or (need_session and not session_id):
            message = (
                self.tr("Choose a session first.")
                if need_session
                else self.tr("Choose a group or one of its sessions first.")
            )
            self._window.statusBar().showMessage(message, 5000)
            return None
        return EntryContext(group_id=group_id, session_id=session_id or None)

    def paper_forms(self) -> None:
        from reflectdesk.ui.evaluation.entry import open_paper_entry

        if (context := self._entry_context(False)) is not None:
            open_paper_entry(self._store, context, self._window)

    def pass_laptop(self) -> None:
        from reflectdesk.ui.evaluation.pass_the_laptop import open_pass_the_laptop

        if self.pass_window is not None:
            self.pass_window.activateWindow()
            return
        if (context := self._entry_context(False)) is not None:
            open_pass_the_laptop(self._store, context, self._window, self._keep)

    def _keep(self, window: PassTheLaptopWindow) -> None:
        self.pass_window = window

        def forget() -> None:
            self.pass_window = None

        window.left.connect(forget)

    def conditions(self) -> None:
        from reflectdesk.ui.evaluation.entry import open_conditions_check

        if (context := self._entry_context(True)) is not None and context.session_id:
            open_conditions_check(self._store, context.group_id, context.session_id, self._window)

    def results(self) -> None:
        from reflectdesk.ui.evaluation.results import open_evaluation_results

        group_id, _ = self._context()
        if not group_id:
            self._window.statusBar().showMessage(self.tr("Choose a group first."), 5000)
            return
        open_evaluation_results(self._window, self._store, group_id)

    def questionnaires(self) -> None:
        from reflectdesk.ui.library.questionnaire_editor import open_questionnaire_library

        open_questionnaire_library(self._store, self._window)
