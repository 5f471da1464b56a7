"""Entering evaluation forms: a stack of paper forms typed in one after another, and the
facilitator's conditions check after a session.

One response per form: the keys are those of
:class:`~reflectdesk.ui.evaluation.form_entry.FormEntry`;
Enter on the last item (or Ctrl+Enter) saves the form through
``store.responses.record_response`` and starts the next blank one. Forms are anonymous
unless a member is chosen for that one form. A series evaluation's form may carry a
respondent code (the one the participant wrote on the paper, or, with a member chosen
and no code typed, the member's per-group pseudonym), which pairs their start and end
forms without a name. Closing with a form half entered asks
whether to save it or discard it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.local_text import localized
from reflectdesk.core.model import Role
from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionnaireSummary
from reflectdesk.core.validation import RESPONDENT_CODE_MAX_LENGTH
from reflectdesk.store import groups, members, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.questionnaires import list_questionnaires, questionnaire_spec
from reflectdesk.store.respondent_codes import member_pseudonym
from reflectdesk.store.responses import list_responses, record_response
from reflectdesk.ui.common.dates import session_day
from reflectdesk.ui.common.look import scale_font
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.common.widgets import role_label
from reflectdesk.ui.evaluation.form_entry import AnswerValue, FormEntry

Buttons = QMessageBox.StandardButton


@dataclass(frozen=True, slots=True)
class EntryContext:
    """Where forms belong: a session (session evaluation, conditions check) or a group
    (series evaluation; its session optional)."""

    group_id: str
    session_id: str | None = None


def context_title(store: Store, context: EntryContext) -> str:
    """ "Group name · Tue 04 Mar 2025" for the dialog's heading."""
    name = groups.get_group(store, context.group_id).name
    if context.session_id is None:
        return name
    record = sessions.get_session(store, context.session_id)
    when = session_day(record.planned_start) if record.planned_start else ""
    return " · ".join(part for part in (name, when) if part)


@dataclass(frozen=True, slots=True)
class EntryTarget:
    """What one form is saved as: a questionnaire version, its context and (for a series
    evaluation) "start" or "end"."""

    store: Store
    questionnaire: QuestionnaireSummary
    context: EntryContext
    timepoint: str = ""

    @property
    def series(self) -> bool:
        return self.questionnaire.purpose == "series"

    def record(
        self,
        answers: dict[str, AnswerValue],
        person_id: str | None = None,
        respondent_code: str = "",
    ) -> str:
        """Save one form; returns the response id. A series evaluation's form linked to a
        member and given no code gets the member's pseudonym as its code."""
        series = self.series
        if series and person_id is not None and not respondent_code.strip():
            respondent_code = member_pseudonym(self.store, self.context.group_id, person_id)
        return record_response(
            self.store,
            self.questionnaire.id,
            answers,
            session_id=self.context.session_id,
            group_id=self.context.group_id if series else None,
            timepoint=self.timepoint,
            person_id=person_id,
            respondent_code=respondent_code if series else None,
        )


class TargetPicker(QWidget):
    """Which questionnaire (and, for a series evaluation, start or end of the series) the
    forms are for. Emits ``changed`` when either choice changes."""

    changed = Signal()

    def __init__(
        self, store: Store, context: EntryContext, purposes: tuple[str, ...], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.context = context
        self.questionnaire_combo = QComboBox(self)
        self.questionnaire_combo.setObjectName("entryQuestionnaire")
        self.timepoint_combo = QComboBox(self)
        self.timepoint_combo.setObjectName("entryTimepoint")
        self.timepoint_combo.addItem(self.tr("Start of the series"), "start")
        self.timepoint_combo.addItem(self.tr("End of the series"), "end")
        self.timepoint_label = QLabel(self.tr("&When:"), self)
        self.timepoint_label.setBuddy(self.timepoint_combo)
        choices: list[QuestionnaireSummary] = []
        for purpose in purposes:
            if purpose != "series" or context.group_id:
                choices += list_questionnaires(store, purpose)
        for summary in choices:
            text = summary.name
            if summary.version > 1:
                text += fill(self.tr(" (version %1)"), summary.version)
            self.questionnaire_combo.addItem(text, summary)
        label = QLabel(self.tr("&Questionnaire:"), self)
        label.setBuddy(self.questionnaire_combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.questionnaire_combo, 1)
        row.addWidget(self.timepoint_label)
        row.addWidget(self.timepoint_combo)
        self.questionnaire_combo.currentIndexChanged.connect(self._on_changed)
        self.timepoint_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._on_changed()

    def summary(self) -> QuestionnaireSummary | None:
        data = self.questionnaire_combo.currentData()
        return data if isinstance(data, QuestionnaireSummary) else None

    def timepoint(self) -> str:
        summary = self.summary()
        if summary is None or summary.purpose != "series":
            return ""
        return str(self.timepoint_combo.currentData())

    def select_key(self, key: str) -> None:
        for row in range(self.questionnaire_combo.count()):
            if self.questionnaire_combo.itemData(row).key == key:
                self.questionnaire_combo.setCurrentIndex(row)
                return

    def _on_changed(self) -> None:
        series = self.timepoint() != "" or (
            (summary := self.summary()) is not None and summary.purpose == "series"
        )
        self.timepoint_combo.setVisible(series)
        self.timepoint_label.setVisible(series)
        self.changed.emit()

    def target(self) -> EntryTarget | None:
        summary = self.summary()
        if summary is None:
            return None
        return EntryTarget(self._store, summary, self.context, self.timepoint())

    def saved_count(self) -> int:
        """Forms already in the database for this questionnaire, context and timepoint."""
        summary = self.summary()
        if summary is None:
            return 0
        if self.context.session_id is not None and summary.purpose != "series":
            found = list_responses(
                self._store, session_id=self.context.session_id, questionnaire_key=summary.key
            )
        else:
            found = list_responses(
                self._store, group_id=self.context.group_id, questionnaire_key=summary.key
            )
            found = [r for r in found if r.timepoint == self.timepoint()]
        return len(found)


class EvaluationEntryDialog(QDialog):
    """Paper forms (or, with ``single``, one conditions check) typed in one by one.

    Emits ``form_saved(response_id)`` after each form is stored."""

    form_saved = Signal(str)

    def __init__(
        self,
        store: Store,
        context: EntryContext,
        parent: QWidget | None = None,
        *,
        purposes: tuple[str, ...] = ("session", "series"),
        single: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationEntryDialog")
        self._store = store
        self.context = context
        self.single = single
        self.saved_now = 0
        self._closing = False
        self.setWindowTitle(self.tr("Conditions Check") if single else self.tr("Enter Paper Forms"))

        heading = QLabel(context_title(store, context), self)
        heading.setObjectName("entryHeading")
        scale_font(heading, 1.3, bold=True)
        self.picker = TargetPicker(store, context, purposes, self)
        self.member_combo = QComboBox(self)
        self.member_combo.setObjectName("entryMember")
        self.member_combo.addItem(self.tr("Anonymous (nobody linked)"), None)
        for member in members.list_members(store, context.group_id):
            if member.role is Role.MEMBER:
                self.member_combo.addItem(member.display_name, member.person_id)
        self.member_combo.setToolTip(
            self.tr("Link only this form to a member; the next form is anonymous again.")
        )
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("entryRespondentCode")
        self.code_edit.setMaxLength(RESPONDENT_CODE_MAX_LENGTH)
        self.code_edit.setPlaceholderText(self.tr("The code on the form, if any"))
        self.code_edit.setToolTip(
            self.tr(
                "The participant's own code pairs their start and end forms without a "
                "name. With a member chosen and no code, the member's pseudonym is used."
            )
        )
        # Enter in the code goes on to the form's first statement.
        self.code_edit.returnPressed.connect(self._to_form)
        self.code_label = QLabel(self.tr("Respondent &code:"), self)
        self.code_label.setBuddy(self.code_edit)
        self.intro_label = role_label("hint", self, wrap=True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("entryStatus")
        status_font = QFont(self.status_label.font())
        status_font.setBold(True)
        self.status_label.setFont(status_font)
        self.form_area = QVBoxLayout()
        self.form: FormEntry | None = None

        self.save_button = QPushButton(self.tr("Save Form (Ctrl+Enter)"), self)
        self.save_button.setObjectName("entrySave")
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self._save_clicked)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("entryClose")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        top = QFormLayout()
        top.addRow(self.picker)
        if not single:
            member_label = QLabel(self.tr("&Member:"), self)
            member_label.setBuddy(self.member_combo)
            top.addRow(member_label, self.member_combo)
            top.addRow(self.code_label, self.code_edit)
        else:
            self.member_combo.hide()
            self.code_edit.hide()
            self.code_label.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.intro_label)
        layout.addLayout(self.form_area, 1)
        layout.addLayout(bottom)
        self.resize(900, 560)

        self.picker.changed.connect(self._rebuild_form)
        self._rebuild_form()

    # --- the form ----------------------------------------------------------------------

    def _rebuild_form(self) -> None:
        summary = self.picker.summary()
        if self.form is not None:
            self.form_area.removeWidget(self.form)
            self.form.setParent(None)
            self.form.deleteLater()
            self.form = None
        series = summary is not None and summary.purpose == "series" and not self.single
        self.code_edit.setVisible(series)
        self.code_label.setVisible(series)
        if summary is None:
            self.intro_label.setText(self.tr("There is no questionnaire for this yet."))
            return
        spec: QuestionnaireSpec = localized(
            questionnaire_spec(self._store, summary.id),
            groups.shown_language(self._store, self.context.group_id),
        )
        self.form = FormEntry(spec, self)
        self.form.submitted.connect(self._save)
        self.form.changed.connect(self._on_form_changed)
        self.form_area.addWidget(self.form)
        if self.single:
            self.intro_label.setText(
                self.tr("Rate each condition of today's session; it takes under a minute.")
            )
        else:
            self._show_count(self.picker.saved_count())
        self.form.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_count(self, entered: int) -> None:
        """The forms in the file for this questionnaire and session (or series time
        point), the ones entered in this sitting included."""
        self.intro_label.setText(
            self.tr("One paper form at a time. %n form(s) already entered here.", "", entered)
        )

    def _to_form(self) -> None:
        if self.form is not None:
            self.form.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_form_changed(self) -> None:
        # The questionnaire cannot change under a half-entered form.
        started = self.form is not None and not self.form.is_blank()
        self.picker.setEnabled(not started)

    def _save_clicked(self) -> None:
        if self.form is not None:
            self.form.submit()

    def _save(self, answers: dict[str, AnswerValue]) -> bool:
        if self.form is None:
            return False
        if not answers:
            self.status_label.setText(self.tr("This form is empty: nothing to save yet."))
            return False
        person = self.member_combo.currentData()
        target = self.picker.target()
        if target is None:
            return False
        try:
            response_id = target.record(answers, person, self.code_edit.text())
        except ReflectDeskError as error:
            show_error(self, self.tr("Could not save the form"), error)
            return False
        self.saved_now += 1
        total = self.picker.saved_count()
        self.status_label.setText(
            fill(self.tr("✓ Form %1 saved · %2 entered in this sitting"), total, self.saved_now)
        )
        if not self.single:
            self._show_count(total)  # counted again: the intro said how many at opening
        self.form_saved.emit(response_id)
        self.member_combo.setCurrentIndex(0)
        self.code_edit.clear()
        self.form.reset()
        self.form.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.single and not self._closing:
            self.accept()
        return True

    # --- closing -----------------------------------------------------------------------

    def reject(self) -> None:  # Esc, Close and the window's close button
        self._ask_then(lambda: QDialog.reject(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.form is not None and not self.form.is_blank():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def _ask_then(self, then: Callable[[], None]) -> None:
        """Run ``then`` now, or once a half-entered form is saved or discarded."""
        form = self.form
        if form is None or form.is_blank():
            then()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Form Not Saved"),
            self.tr("This form is half entered. Save it before closing?"),
            Buttons.Cancel,
            self,
        )
        box.setObjectName("unsavedForm")
        save = box.addButton(self.tr("Save this form"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(save)

        def answered(button: QAbstractButton) -> None:
            if button is save:
                self._closing = True
                if self._save(form.collected()):
                    then()
                self._closing = False
            elif button is discard:
                form.reset()
                then()

        box.buttonClicked.connect(answered)
        box.open()


def open_paper_entry(store: Store, context: EntryContext, parent: QWidget) -> EvaluationEntryDialog:
    """Enter paper forms for a session (session or series evaluation) or a group (series
    evaluation); window-modal, deleted when closed."""
    purposes = ("session", "series") if context.session_id else ("series",)
    dialog = EvaluationEntryDialog(store, context, parent, purposes=purposes)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_conditions_check(
    store: Store, group_id: str, session_id: str, parent: QWidget
) -> EvaluationEntryDialog:
    """The facilitator's conditions check for one session: one form, then it closes."""
    context = EntryContext(group_id=group_id, session_id=session_id)
    dialog = EvaluationEntryDialog(store, context, parent, purposes=("conditions",), single=True)
    dialog.setObjectName("conditionsCheckDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
