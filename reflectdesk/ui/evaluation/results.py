"""The evaluation results of one group: pick a questionnaire, see its charts, the
statistics per item, the change from start to end of a series, and the written answers.

Results are loaded and computed off the ui thread (a long series has thousands of
answers); the page shows "Loading…" meanwhile and never queries the database itself.
:func:`open_evaluation_results` opens the page in its own window (the group page's
button and the Evaluation menu call it).

Signals: ``EvaluationResultsPage.loaded(key)`` once a questionnaire's results (or its
empty state) are on screen; ``failed(message)`` when loading failed.

The charts and tables themselves are drawn by
:class:`~reflectdesk.ui.evaluation.results_view.ResultsView`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.export.evaluation import QuestionnaireResults, questionnaire_results
from reflectdesk.i18n.texts import texts_for
from reflectdesk.store.database import Store
from reflectdesk.store.evaluation_overview import answered_questionnaires
from reflectdesk.store.groups import shown_language
from reflectdesk.store.questionnaires import list_questionnaires
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.evaluation.results_view import ResultsView
from reflectdesk.ui.jobs.task import Task, call_in_background

PURPOSE_ORDER = {"session": 0, "series": 1, "conditions": 2}


class EvaluationResultsPage(QWidget):
    """A group's evaluation results; emits ``loaded(key)`` and ``failed(message)``."""

    loaded = Signal(str)
    failed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationResults")
        self._store = store
        self._group_id = ""
        self._call: Task | None = None
        self._pending: tuple[str, str] | None = None

        self.picker = QComboBox(self)
        self.picker.setObjectName("questionnairePicker")
        picker_label = QLabel(self.tr("&Questionnaire:"), self)
        picker_label.setBuddy(self.picker)
        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.picker, 1)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("evaluationEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.loading_label = QLabel(self.tr("Loading…"), self)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.loading_label, "hint")
        self.view = ResultsView(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setAccessibleName(self.tr("Results"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.view)
        self.stack = QStackedWidget(self)
        for widget in (self.empty_label, self.loading_label, self.scroll_area):
            self.stack.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.picker.currentIndexChanged.connect(self._on_pick)

    # --- what to show ------------------------------------------------------------------

    def show_group(self, group_id: str) -> None:
        self._group_id = group_id
        answered = {row.key: row for row in answered_questionnaires(self._store, group_id)}
        known = {q.key: q for q in list_questionnaires(self._store)}
        keys = [k for k, q in known.items() if q.builtin or k in answered]
        keys.sort(
            key=lambda k: (
                PURPOSE_ORDER.get(known[k].purpose, 9),
                -(answered[k].responses if k in answered else 0),
                known[k].name,
            )
        )
        self.picker.blockSignals(True)
        self.picker.clear()
        for key in keys:
            count = answered[key].responses if key in answered else 0
            label = self.tr("%1 (%n form(s))", "", count).replace("%1", known[key].name)
            self.picker.addItem(label, (key, known[key].purpose))
        start = next((i for i, key in enumerate(keys) if key in answered), 0)
        self.picker.setCurrentIndex(start if keys else -1)
        self.picker.blockSignals(False)
        self._on_pick()

    def select_questionnaire(self, key: str) -> None:
        for index in range(self.picker.count()):
            if self.picker.itemData(index)[0] == key:
                self.picker.setCurrentIndex(index)
                return

    def current_key(self) -> str:
        data = self.picker.currentData()
        return data[0] if data else ""

    def _on_pick(self) -> None:
        data = self.picker.currentData()
        if not data or not self._group_id:
            self._show_empty("")
            return
        self._load(*data)

    # --- loading off the ui thread -----------------------------------------------------

    def _load(self, key: str, purpose: str) -> None:
        # A call counts until its ``over``: its thread may have stopped before the ui heard
        # its result, and starting another then would have the first one's end clear (and
        # delete) the second while it runs.
        if self._call is not None:
            self._pending = (key, purpose)
            return
        self.stack.setCurrentWidget(self.loading_label)
        store, group_id = self._store, self._group_id
        # The items in the group's own language (else the app's), as its forms were.
        texts = texts_for(shown_language(store, group_id))
        call = call_in_background(
            lambda: questionnaire_results(store, group_id, key, purpose, texts), self
        )
        call.succeeded.connect(self._on_loaded)
        call.failed.connect(self._on_failed)
        call.over.connect(self._next)
        self._call = call
        call.start()

    def wait_for_loading(self) -> None:
        """Let a load in progress finish, its result dropped (before the page goes: a
        thread must not outlive its QThread object)."""
        self._pending = None
        call, self._call = self._call, None
        if call is not None:
            call.abandon()  # silenced: its ``over`` never comes
            call.deleteLater()

    def _next(self) -> None:
        call, self._call = self._call, None
        if call is not None:
            call.deleteLater()
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._load(*pending)

    def _on_loaded(self, results: object) -> None:
        assert isinstance(results, QuestionnaireResults)
        if self._pending is not None:
            return  # another pick is on its way
        if not results.responses:
            self._show_empty(results.name)
        else:
            self.view.show_results(results)
            self.stack.setCurrentWidget(self.scroll_area)
        self.loaded.emit(results.key)

    def _on_failed(self, error: object) -> None:
        message = str(error) if isinstance(error, ReflectDeskError) else repr(error)
        self.empty_label.setText(self.tr("Could not load the results: %1").replace("%1", message))
        self.stack.setCurrentWidget(self.empty_label)
        self.failed.emit(message)

    def _show_empty(self, name: str) -> None:
        self.view.clear()
        what = name or self.tr("any questionnaire")
        self.empty_label.setText(
            self.tr(
                "No forms for %1 in this group yet.\n\n"
                "Enter paper forms, one per person, from the Evaluation menu, or hand the "
                "laptop round with Pass the Laptop so each participant fills in their own. "
                "Results appear here as soon as the first form is saved."
            ).replace("%1", f"“{what}”")
        )
        self.stack.setCurrentWidget(self.empty_label)
        if not name:
            self.loaded.emit("")


class EvaluationResultsWindow(QDialog):
    """A non-modal window around the results page of one group."""

    def __init__(self, store: Store, group_id: str, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationResultsWindow")
        self.setWindowTitle(self.tr("Evaluation Results — %1").replace("%1", title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.page = EvaluationResultsPage(store, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.finished.connect(self.page.wait_for_loading)
        self.resize(1000, 760)
        self.page.show_group(group_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.page.wait_for_loading()
        super().closeEvent(event)


def open_evaluation_results(
    window: QWidget, store: Store, group_id: str
) -> EvaluationResultsWindow | None:
    """Open the results of ``group_id`` in their own window (one per group; a second call
    brings it to the front). Returns the window, or None without a group."""
    if not group_id:
        return None
    for child in window.findChildren(EvaluationResultsWindow):
        if child.property("groupId") == group_id and child.isVisible():
            child.raise_()
            child.activateWindow()
            return child
    from reflectdesk.store.groups import get_group

    try:
        name = get_group(store, group_id).name
    except ReflectDeskError:
        return None
    dialog = EvaluationResultsWindow(store, group_id, name, window)
    dialog.setProperty("groupId", group_id)
    dialog.show()
    return dialog
