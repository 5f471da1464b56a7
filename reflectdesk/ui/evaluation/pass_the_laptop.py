"""Pass-the-laptop mode: students fill in an anonymous evaluation one after another.

A full-screen window with three screens: a neutral start screen, the form (for a series
evaluation after an optional code of the participant's own, which pairs their start and
end forms without a name) (large answer
buttons as well as number keys), and a thank-you screen. After each save the form widget
is destroyed, so nothing of one person's answers is left for the next person to see;
the thank-you screen names nothing that was answered.

Leaving needs a deliberate key, so a student cannot wander into the facilitator's notes:
hold Esc for two seconds, or press Ctrl+Shift+Q. The window ignores other attempts to
close it. A form left half filled when the facilitator leaves is discarded (nobody
chose to save it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.local_text import localized
from reflectdesk.core.questionnaires import QuestionnaireSpec
from reflectdesk.core.validation import RESPONDENT_CODE_MAX_LENGTH
from reflectdesk.store.database import Store
from reflectdesk.store.groups import shown_language
from reflectdesk.store.questionnaires import questionnaire_spec
from reflectdesk.store.respondent_codes import check_code
from reflectdesk.ui.common.look import scale_font, set_role
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.widgets import single_shot
from reflectdesk.ui.evaluation.entry import EntryContext, EntryTarget, TargetPicker
from reflectdesk.ui.evaluation.form_entry import AnswerValue, FormEntry

ESC_HOLD_MS = 2000
THANKS_MS = 6000
LEAVE_KEY = "Ctrl+Shift+Q"


class _TapScreen(QWidget):
    """A screen that reports a click or tap anywhere on it."""

    tapped = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.tapped.emit()
        event.accept()


class PassTheLaptopWindow(QWidget):
    """Emits ``form_saved(response_id)`` after each form and ``left`` when the
    facilitator leaves with the deliberate key."""

    form_saved = Signal(str)
    left = Signal()

    def __init__(
        self, target: EntryTarget, spec: QuestionnaireSpec, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("passTheLaptopWindow")
        self.setWindowTitle(self.tr("Evaluation"))  # Qt adds "— ReflectDesk"
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.target = target  # the questionnaire and context chosen by the facilitator
        self.spec = spec
        self.hold_ms = ESC_HOLD_MS
        self._leaving = False
        self.saved_count = 0
        self.form: FormEntry | None = None
        self._code: str | None = None
        self.code_edit: QLineEdit | None = None

        self.pages = QStackedWidget(self)
        self.start_page = self._tap_page(
            "passStart",
            self.tr("Tap or press Space to begin your evaluation"),
            self.tr("%1 · about a minute · your answers are anonymous").replace("%1", spec.name),
        )
        self.form_page = QWidget(self)
        self.form_page.setObjectName("passForm")
        self.form_layout = QVBoxLayout(self.form_page)
        self.form_layout.setContentsMargins(64, 48, 64, 32)
        self.thanks_page = self._tap_page(
            "passThanks",
            self.tr("Thank you — your answers are saved."),
            self.tr("Please pass the laptop on to the next person."),
        )
        self.code_page = self._code_page()
        for page in (self.start_page, self.code_page, self.form_page, self.thanks_page):
            self.pages.addWidget(page)
        self.start_page.tapped.connect(self.begin)
        self.thanks_page.tapped.connect(self.show_start)

        self.leave_hint = QLabel(
            self.tr("Facilitator: hold Esc for 2 seconds or press %1 to leave").replace(
                "%1", LEAVE_KEY
            ),
            self,
        )
        set_role(self.leave_hint, "hint")
        scale_font(self.leave_hint, 0.85)
        self.leave_hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 6)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.leave_hint)

        self.hold_timer = single_shot(self, self.leave)
        self.thanks_timer = single_shot(self, self.show_start, THANKS_MS)
        self.leave_shortcut = QShortcut(QKeySequence(LEAVE_KEY), self)
        self.leave_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.leave_shortcut.activated.connect(self.leave)
        self.show_start()

    def _tap_page(self, name: str, title: str, subtitle: str) -> _TapScreen:
        page = _TapScreen(self)
        page.setObjectName(name)
        heading = _centred_label(title, page, f"{name}Title")
        scale_font(heading, 2.6, bold=True)
        sub = _centred_label(subtitle, page, f"{name}Subtitle")
        scale_font(sub, 1.4)
        column = QVBoxLayout(page)
        column.addStretch(2)
        column.addWidget(heading)
        column.addSpacing(24)
        column.addWidget(sub)
        column.addStretch(3)
        return page

    def _code_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("passCode")
        heading = _centred_label(self.tr("Your own code (optional)"), page, "passCodeTitle")
        scale_font(heading, 2.2, bold=True)
        explain = _centred_label(
            self.tr(
                "Type the same short code at the start and at the end of the series, so "
                "your two forms can be compared without your name. Not your name, please. "
                "Press Enter to go on, with or without a code."
            ),
            page,
            "passCodeHint",
        )
        scale_font(explain, 1.2)
        self.code_message = _centred_label("", page, "passCodeMessage")
        set_role(self.code_message, "inlineError")
        column = QVBoxLayout(page)
        column.setContentsMargins(96, 0, 96, 0)
        column.addStretch(2)
        for widget in (heading, explain):
            column.addWidget(widget)
            column.addSpacing(16)
        self.code_row = QVBoxLayout()  # the person's own line edit, made for each person
        column.addLayout(self.code_row)
        column.addSpacing(16)
        column.addWidget(self.code_message)
        column.addStretch(3)
        return page

    def _ask_code(self) -> None:
        edit = QLineEdit(self.code_page)
        edit.setObjectName("passRespondentCode")
        edit.setMaxLength(RESPONDENT_CODE_MAX_LENGTH)
        edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(edit, 2.0)
        edit.returnPressed.connect(self._code_entered)
        self.code_row.addWidget(edit)
        self.code_edit = edit
        self.pages.setCurrentWidget(self.code_page)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _code_entered(self) -> None:
        if self.code_edit is None:
            return
        try:
            code = check_code(
                self.target.store, self.target.context.group_id, self.code_edit.text()
            )
        except ReflectDeskError as error:
            self.code_message.setText(str(error))
            return
        self._drop_form()  # the code line goes; the code itself is kept for the save
        self._code = code
        self._start_form()

    # --- screens -----------------------------------------------------------------------

    def show_start(self) -> None:
        self.thanks_timer.stop()
        self._drop_form()
        self.pages.setCurrentWidget(self.start_page)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def begin(self) -> None:
        """A fresh, empty form for the next person (a series evaluation: their code first)."""
        self.thanks_timer.stop()
        self._drop_form()
        if self.target.series:
            self._ask_code()
            return
        self._start_form()

    def _start_form(self) -> None:
        form = FormEntry(self.spec, self.form_page, touch=True)
        form.submitted.connect(self._save)
        self.form_layout.addWidget(form)
        self.form = form
        self.pages.setCurrentWidget(self.form_page)
        form.setFocus(Qt.FocusReason.OtherFocusReason)

    def _drop_form(self) -> None:
        # Detached at once and deleted: the next person's widget tree holds no trace.
        self._code = None
        self.code_message.clear()
        edit, self.code_edit = self.code_edit, None
        if edit is not None:
            self.code_row.removeWidget(edit)
            edit.hide()
            edit.setParent(None)
            edit.deleteLater()
        form, self.form = self.form, None
        if form is not None:
            self.form_layout.removeWidget(form)
            form.hide()
            form.setParent(None)
            form.deleteLater()

    def _save(self, answers: dict[str, AnswerValue]) -> None:
        if not answers:
            if self.form is not None:
                self.form.message_label.setText(self.tr("Answer at least one question first."))
            return
        try:
            response_id = self.target.record(answers, respondent_code=self._code or "")
        except ReflectDeskError as error:
            show_error(self, self.tr("Could not save the answers"), error)
            return
        self.saved_count += 1
        self._drop_form()
        self.pages.setCurrentWidget(self.thanks_page)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.thanks_timer.start()
        self.form_saved.emit(response_id)

    # --- keys and leaving --------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if not event.isAutoRepeat() and not self.hold_timer.isActive():
                self.hold_timer.start(self.hold_ms)
            return
        if self.pages.currentWidget() in (self.start_page, self.thanks_page) and key in (
            Qt.Key.Key_Space,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self.begin()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.isAutoRepeat():
            self.hold_timer.stop()
            return
        super().keyReleaseEvent(event)

    def leave(self) -> None:
        self.hold_timer.stop()
        self.thanks_timer.stop()
        self._drop_form()
        self._leaving = True
        self.close()
        self.left.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving:
            event.ignore()  # Alt+F4 or a window manager's close: not deliberate enough
            return
        super().closeEvent(event)


def open_pass_the_laptop(
    store: Store,
    context: EntryContext,
    parent: QWidget,
    opened: Callable[[PassTheLaptopWindow], None],
) -> QDialog:
    """Ask which questionnaire (and start or end of the series), then go full screen;
    ``opened`` receives the window (the caller keeps it alive until it is left)."""
    dialog = QDialog(parent)
    dialog.setObjectName("passTheLaptopSetup")
    dialog.setWindowTitle(QCoreApplication.translate("PassTheLaptopWindow", "Pass the Laptop"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    purposes = ("session", "series") if context.session_id else ("series",)
    picker = TargetPicker(store, context, purposes, dialog)
    text = QLabel(
        QCoreApplication.translate(
            "PassTheLaptopWindow",
            "Students fill in the form one after another on this computer, anonymously. "
            "The screen goes full size and shows no earlier answers. To leave, hold Esc "
            "for 2 seconds or press %1.",
        ).replace("%1", LEAVE_KEY),
        dialog,
    )
    text.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    start = buttons.addButton(
        QCoreApplication.translate("PassTheLaptopWindow", "Start"),
        QDialogButtonBox.ButtonRole.AcceptRole,
    )
    start.setObjectName("passStartButton")
    start.setEnabled(picker.summary() is not None)
    column = QVBoxLayout(dialog)
    column.addWidget(text)
    column.addWidget(picker)
    column.addWidget(buttons)
    dialog.resize(560, 200)

    def go() -> None:
        target = picker.target()
        if target is None:
            return
        # The items in the group's language: a Dutch group answers in Dutch.
        language = shown_language(store, target.context.group_id)
        spec = localized(questionnaire_spec(store, target.questionnaire.id), language)
        window = PassTheLaptopWindow(target, spec)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.left.connect(parent.activateWindow)
        opened(window)
        window.showFullScreen()
        window.activateWindow()

    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    dialog.accepted.connect(go)
    dialog.open()
    return dialog


def _centred_label(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label
