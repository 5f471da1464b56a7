"""One questionnaire form filled in item by item, by keyboard or by touch.

Used by the paper-form entry dialog (ui/evaluation/entry.py), the facilitator's
conditions check, and pass-the-laptop mode (ui/evaluation/pass_the_laptop.py). Keys:

- a digit 1..points answers the current Likert item and moves on; a digit outside the
  scale is refused with a short message next to the item;
- 0 or Space: "no answer" (stored as missing) and move on;
- Backspace: back one item, clearing its answer (in a text item, only once it is empty);
- Tab or Enter in a text item, Enter on a Likert item: next item;
- Enter on the last item, or Ctrl+Enter anywhere: the form is done (``submitted``).

The widget holds one person's answers only; ``reset`` forgets them all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from reflectdesk.core.questionnaires import QuestionnaireSpec, QuestionSpec
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.plurals import fill
from reflectdesk.ui.common.widgets import line_field

AnswerValue = int | str | None
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FormEntry(QWidget):
    """The current item, big, with its scale; emits ``submitted(answers)`` (a dict of item
    key to 1..points, None for "no answer", or text; items never reached are left out)
    and ``changed()`` whenever an answer or the position changes.

    ``touch``: larger answer buttons plus Back / Next / Save buttons for a mouse or a
    finger (pass-the-laptop mode); the keys work either way."""

    submitted = Signal(dict)
    changed = Signal()

    def __init__(
        self, spec: QuestionnaireSpec, parent: QWidget | None = None, *, touch: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formEntry")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.spec = spec
        self.touch = touch
        self.answers: dict[str, AnswerValue] = {}
        self.index = 0
        scale = 1.6 if touch else 1.0

        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("formProgress")
        self.question_label = QLabel(self)
        self.question_label.setObjectName("formQuestion")
        self.question_label.setWordWrap(True)
        self.question_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.question_label.setMinimumHeight(int(self.fontMetrics().lineSpacing() * 4 * scale))
        font = QFont(self.question_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8 * scale)
        font.setBold(True)
        self.question_label.setFont(font)
        self.reverse_label = QLabel(self)
        set_role(self.reverse_label, "hint")
        self.message_label = QLabel(self)
        set_role(self.message_label, "inlineError")
        self.message_label.setWordWrap(True)
        self.keys_label = QLabel(self)
        set_role(self.keys_label, "hint")
        self.keys_label.setWordWrap(True)

        self.scale_row = QHBoxLayout()
        self.scale_row.setSpacing(8)
        self.scale_buttons: list[QPushButton] = []
        self.no_answer_button = self._button("formNoAnswer", scale)
        self.no_answer_button.setCheckable(True)
        self.no_answer_button.clicked.connect(lambda: self.answer(None))
        self.text_edit = line_field(
            self, "formText", 5000, self.tr("Type the answer as written (may stay empty)")
        )
        text_font = QFont(self.text_edit.font())
        text_font.setPointSizeF(text_font.pointSizeF() * 1.3 * scale)
        self.text_edit.setFont(text_font)
        self.text_edit.installEventFilter(self)
        self.text_edit.textEdited.connect(lambda _text: self._on_text_edited())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.question_label)
        layout.addWidget(self.reverse_label)
        layout.addLayout(self.scale_row)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        self.back_button = self.next_button = self.save_button = None
        if touch:
            nav = QHBoxLayout()
            self.back_button = self._button("formBack", scale, self.tr("◀ Back"))
            self.back_button.clicked.connect(self.go_back)
            self.next_button = self._button("formNext", scale, self.tr("Next ▶"))
            self.next_button.clicked.connect(self.go_next)
            self.save_button = self._button("formSave", scale, self.tr("Save my answers"))
            self.save_button.clicked.connect(self.submit)
            nav.addWidget(self.back_button)
            nav.addStretch(1)
            nav.addWidget(self.next_button)
            nav.addWidget(self.save_button)
            layout.addLayout(nav)
        layout.addWidget(self.keys_label)
        self._show()

    def _button(self, name: str, scale: float, text: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        # The keys stay with the form: a clicked button must not take the focus.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(int(self.fontMetrics().lineSpacing() * 3.2 * scale))
        if scale > 1:
            # Read from a step back and tapped with a finger: the labels are big too.
            font = QFont(button.font())
            font.setPointSizeF(font.pointSizeF() * 1.6)
            button.setFont(font)
        return button

    # --- state -------------------------------------------------------------------------

    @property
    def question(self) -> QuestionSpec:
        return self.spec.questions[self.index]

    @property
    def is_last(self) -> bool:
        return self.index >= len(self.spec.questions) - 1

    def is_blank(self) -> bool:
        """True while nothing at all has been answered or typed."""
        return not self.answers and not self.text_edit.text().strip()

    def collected(self) -> dict[str, AnswerValue]:
        """The answers so far, including text typed in the current item."""
        self._keep_text()
        return dict(self.answers)

    def reset(self) -> None:
        """Forget every answer and start again at the first item."""
        self.answers = {}
        self.index = 0
        self.text_edit.clear()
        self.message_label.clear()
        self._show()
        self.changed.emit()

    # --- moving ------------------------------------------------------------------------

    def answer(self, value: int | None) -> None:
        """Answer the current Likert item (None: no answer) and move on."""
        question = self.question
        if not question.is_likert:
            return
        self.answers[question.key] = value
        self.message_label.clear()
        if self.is_last:
            self._show()
            self.message_label.setText(self._last_hint())
        else:
            self.index += 1
            self._show()
        self.changed.emit()

    def go_next(self) -> None:
        self._keep_text()
        if not self.is_last:
            self.index += 1
            self.message_label.clear()
            self._show()
            self.changed.emit()
        else:
            self.message_label.setText(self._last_hint())

    def go_back(self, clear: bool = False) -> None:
        """Back one item; ``clear`` (Backspace) also forgets that item's answer."""
        self._keep_text()
        if self.index == 0:
            return
        self.index -= 1
        if clear:
            self.answers.pop(self.question.key, None)
        self.message_label.clear()
        self._show()
        self.changed.emit()

    def submit(self) -> None:
        self._keep_text()
        self.submitted.emit(dict(self.answers))

    def _keep_text(self) -> None:
        if self.spec.questions and not self.question.is_likert:
            text = self.text_edit.text().strip()
            if text:
                self.answers[self.question.key] = text
            else:
                self.answers.pop(self.question.key, None)

    def _on_text_edited(self) -> None:
        self.message_label.clear()
        self.changed.emit()

    # --- showing -----------------------------------------------------------------------

    def _last_hint(self) -> str:
        if self.touch:
            return self.tr("That was the last question: press “Save my answers”.")
        return self.tr("Last item: press Enter to save this form.")

    def _show(self) -> None:
        questions = self.spec.questions
        if not questions:
            self.question_label.setText(self.tr("This questionnaire has no items."))
            return
        question = self.question
        self.progress_label.setText(
            fill(self.tr("Item %1 of %2"), self.index + 1, len(questions))
            if not self.touch
            else fill(self.tr("Question %1 of %2"), self.index + 1, len(questions))
        )
        self.question_label.setText(question.text)
        # A screen reader on the form hears which item this is and the item itself.
        self.setAccessibleName(self.progress_label.text() + ": " + question.text)
        self.reverse_label.setText(
            self.tr("(reverse-coded item: enter the number as ticked)")
            if question.reverse_coded and not self.touch
            else ""
        )
        self.reverse_label.setVisible(bool(self.reverse_label.text()))
        self._fill_scale(question)
        likert = question.is_likert
        self.text_edit.setVisible(not likert)
        self.no_answer_button.setVisible(likert)
        if likert:
            self.text_edit.clear()
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            value = self.answers.get(question.key)
            self.text_edit.setText(value if isinstance(value, str) else "")
            if self.isVisible():
                self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.keys_label.setText(self._keys_text(question))
        self.setAccessibleDescription(self.keys_label.text())
        if self.back_button is not None and self.next_button is not None:
            self.back_button.setEnabled(self.index > 0)
            self.next_button.setEnabled(not self.is_last)

    def _fill_scale(self, question: QuestionSpec) -> None:
        scale = question.scale
        points = scale.points if scale is not None else 0
        while len(self.scale_buttons) > points:
            button = self.scale_buttons.pop()
            self.scale_row.removeWidget(button)
            button.deleteLater()
        self.scale_row.removeWidget(self.no_answer_button)
        factor = 1.6 if self.touch else 1.0
        while len(self.scale_buttons) < points:
            number = len(self.scale_buttons) + 1
            button = self._button(f"formPoint{number}", factor)
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, n=number: self.answer(n))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.scale_buttons.append(button)
            self.scale_row.addWidget(button, 1)
        self.scale_row.addWidget(self.no_answer_button)
        current = self.answers.get(question.key, "unanswered")
        for number, button in enumerate(self.scale_buttons, start=1):
            label = scale.labels[number - 1] if scale is not None else ""
            button.setText(f"{number}\n{label}")
            button.setChecked(current == number)
        self.no_answer_button.setText(
            self.tr("No answer") if self.touch else self.tr("0\nNo answer")
        )
        self.no_answer_button.setChecked(question.key in self.answers and current is None)

    def _keys_text(self, question: QuestionSpec) -> str:
        if question.is_likert:
            points = question.points or 0
            keys = fill(
                self.tr(
                    "Keys: 1–%1 answer · 0 or Space = no answer · Backspace = back one item "
                    "· Enter = next · Ctrl+Enter = save form"
                ),
                points,
            )
        else:
            keys = self.tr(
                "Keys: type the text · Tab or Enter = next · Backspace on an empty line = "
                "back · Ctrl+Enter = save form"
            )
        if self.touch:
            return self.tr("Tap an answer, or use the number keys. Your answers are anonymous.")
        return keys

    # --- keys --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if key in _ENTER and mods & Qt.KeyboardModifier.ControlModifier:
                self.submit()
                return True
            if key in _ENTER:
                self.submit() if self.is_last else self.go_next()
                return True
            if key == Qt.Key.Key_Tab:
                self.go_next()
                return True
            if key == Qt.Key.Key_Backtab or (
                key == Qt.Key.Key_Backspace and not self.text_edit.text()
            ):
                self.go_back(clear=key == Qt.Key.Key_Backspace)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if not self.spec.questions:
            super().keyPressEvent(event)
            return
        if key in _ENTER:
            if mods & Qt.KeyboardModifier.ControlModifier or self.is_last:
                self.submit()
            else:
                self.go_next()
            return
        if key == Qt.Key.Key_Backspace:
            self.go_back(clear=True)
            return
        if not self.question.is_likert:
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Space or event.text() == "0":
            self.answer(None)
            return
        if event.text().isdigit() and len(event.text()) == 1:
            number = int(event.text())
            points = self.question.points or 0
            if 1 <= number <= points:
                self.answer(number)
            else:
                self.message_label.setText(
                    fill(
                        self.tr("“%1” is not on this scale: use 1 to %2, or 0 for no answer."),
                        number,
                        points,
                    )
                )
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, _next: bool) -> bool:
        # Tab must not leave the form for the dialog's buttons in the middle of entry.
        return False
