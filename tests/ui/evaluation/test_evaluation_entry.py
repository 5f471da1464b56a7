"""Entering evaluation forms by keyboard, the conditions check, pass-the-laptop mode and
the questionnaire library."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, members, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.questionnaires import latest_questionnaire, questionnaire_spec
from reflectdesk.store.responses import list_responses, record_response
from reflectdesk.ui.evaluation.entry import EntryContext, EntryTarget, EvaluationEntryDialog
from reflectdesk.ui.evaluation.pass_the_laptop import PassTheLaptopWindow
from reflectdesk.ui.library.questionnaire_editor import QuestionnaireLibraryDialog
from reflectdesk.ui.shell.main_window import MainWindow
from tests.ui.catalogues import language_installed
from tests.ui.conftest import WindowFactory, find_open, type_text

SECRET = "TAKEAWAY-CANARY: the ward round about the dying child"
SESSION_KEYS = [
    "safe-space",
    "depth",
    "learned-from-peers",
    "psychological-side",
    "professional-development",
    "would-recommend",
]


@pytest.fixture
def context(store: Store) -> EntryContext:
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint — block 2", fmt))
    members.add_member(store, group.id, MemberDraft("Hüseyin İkiz"))
    start = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    session = sessions.plan_session(store, group.id, SessionDraft(planned_start=start))
    return EntryContext(group_id=group.id, session_id=session.id)


def open_entry(
    qtbot: QtBot, store: Store, context: EntryContext, **options: object
) -> EvaluationEntryDialog:
    dialog = EvaluationEntryDialog(store, context, **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.form is not None
    return dialog


def keys(qtbot: QtBot, widget: QWidget, text: str) -> None:
    for char in text:
        qtbot.keyClick(widget, char)


def test_two_paper_forms_by_keyboard(qtbot: QtBot, store: Store, context: EntryContext) -> None:
    dialog = open_entry(qtbot, store, context)
    form = dialog.form
    assert form is not None and form.spec.key == "session-evaluation"
    assert "0 or Space = no answer" in form.keys_label.text()
    assert "Strongly agree" in form.scale_buttons[4].text()

    keys(qtbot, form, "45")
    qtbot.keyClick(form, Qt.Key.Key_Backspace)  # back to "depth", clearing the 5
    assert form.question.key == "depth" and "depth" not in form.answers
    keys(qtbot, form, "3")
    qtbot.keyClick(form, Qt.Key.Key_Space)  # learned-from-peers: no answer
    keys(qtbot, form, "021")
    assert form.question.key == "takeaway"
    type_text(form.text_edit, "Peers' stories")
    qtbot.keyClick(form.text_edit, Qt.Key.Key_Return)  # the last item: saves
    assert "Form 1 saved" in dialog.status_label.text()
    assert form.question.key == "safe-space" and form.is_blank()

    keys(qtbot, form, "555555")
    qtbot.keyClick(form.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Form 2 saved" in dialog.status_label.text()
    assert "2 entered in this sitting" in dialog.status_label.text()
    assert "2 forms already entered here" in dialog.intro_label.text()  # not the 0 at opening

    saved = list_responses(store, session_id=context.session_id)
    assert [r.values for r in saved] == [
        dict(zip(SESSION_KEYS, [4, 3, None, None, 2, 1], strict=True)),
        dict.fromkeys(SESSION_KEYS, 5),
    ]
    assert [r.texts for r in saved] == [{"takeaway": "Peers' stories"}, {}]
    assert all(r.person_id is None for r in saved)  # anonymous by default


def test_out_of_scale_digit_is_refused(qtbot: QtBot, store: Store, context: EntryContext) -> None:
    dialog = open_entry(qtbot, store, context)
    form = dialog.form
    assert form is not None
    keys(qtbot, form, "7")
    assert form.question.key == "safe-space" and not form.answers
    assert "not on this scale" in form.message_label.text()
    assert "1 to 5" in form.message_label.text()
    keys(qtbot, form, "2")
    assert form.answers == {"safe-space": 2} and form.message_label.text() == ""


def test_member_link_is_optional_and_for_one_form(
    qtbot: QtBot, store: Store, context: EntryContext
) -> None:
    dialog = open_entry(qtbot, store, context)
    form = dialog.form
    assert form is not None
    dialog.member_combo.setCurrentIndex(1)
    keys(qtbot, form, "1")
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.member_combo.currentIndex() == 0  # the next form is anonymous again
    keys(qtbot, form, "2")
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    person = members.list_members(store, context.group_id)[0].person_id
    assert [r.person_id for r in list_responses(store, session_id=context.session_id)] == [
        person,
        None,
    ]


def test_series_form_needs_start_or_end(qtbot: QtBot, store: Store, context: EntryContext) -> None:
    dialog = open_entry(qtbot, store, EntryContext(group_id=context.group_id), purposes=("series",))
    assert dialog.picker.timepoint_combo.isVisibleTo(dialog)
    dialog.picker.timepoint_combo.setCurrentIndex(1)
    form = dialog.form
    assert form is not None
    keys(qtbot, form, "12345")
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = list_responses(store, group_id=context.group_id)
    assert [(r.timepoint, r.session_id) for r in saved] == [("end", None)]
    assert "reflection-waste-of-time" not in saved[0].values  # never reached: missing
    assert saved[0].values["reflection-habit"] == 4


def test_closing_mid_form_asks_and_can_save(
    qtbot: QtBot, store: Store, context: EntryContext
) -> None:
    dialog = open_entry(qtbot, store, context)
    form = dialog.form
    assert form is not None
    keys(qtbot, form, "44")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    box = find_open(qtbot, QMessageBox, "unsavedForm")
    save = next(b for b in box.buttons() if b.text() == "Save this form")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = list_responses(store, session_id=context.session_id)
    assert [r.values for r in saved] == [{"safe-space": 4, "depth": 4}]


def test_conditions_check_is_one_form(qtbot: QtBot, store: Store, context: EntryContext) -> None:
    dialog = open_entry(qtbot, store, context, purposes=("conditions",), single=True)
    form = dialog.form
    assert form is not None and form.spec.key == "conditions-check"
    assert not dialog.member_combo.isVisibleTo(dialog)
    keys(qtbot, form, "345243534")  # nine conditions, safety the fifth
    type_text(form.text_edit, "Room 2 was noisy")
    qtbot.keyClick(form.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (saved,) = list_responses(store, session_id=context.session_id)
    assert saved.questionnaire_key == "conditions-check"
    assert saved.values["safety"] == 4 and saved.texts == {"remark": "Room 2 was noisy"}
    assert (saved.values["preparation"], saved.values["hospital-climate"]) == (3, 4)


def test_evaluation_menu_and_conditions_button(
    qtbot: QtBot,
    make_window: WindowFactory,
    store: Store,
    context: EntryContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window: MainWindow = make_window()
    menu = window.menus.evaluation_menu
    names = [a.objectName() for a in menu.menu.actions() if a.objectName()]
    assert names == [
        "enterPaperForms",
        "passTheLaptop",
        "conditionsCheck",
        "evaluationResults",
        "questionnaires",
    ]
    shortcuts = [
        a.shortcut().toString() for a in window.findChildren(type(menu.paper_forms_action))
    ]
    for action in menu.menu.actions():
        if action.objectName():
            assert shortcuts.count(action.shortcut().toString()) == 1, action.objectName()
    window.group_page.sessions.table.selectRow(0)
    menu.paper_forms_action.trigger()
    dialog = find_open(qtbot, EvaluationEntryDialog, "evaluationEntryDialog")
    assert dialog.context.session_id == context.session_id
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    errors: list[str] = []
    monkeypatch.setattr(
        "reflectdesk.ui.shell.main_window.show_error",
        lambda _p, title, error: errors.append(str(error)),
    )
    window.open_session(context.session_id or "")
    assert errors == []
    page = window.session_page
    assert page is not None and not page.conditions_button.isVisible()  # not finished


# --- pass the laptop -------------------------------------------------------------------


def visible_state(window: QWidget) -> list[str]:
    """Everything a person could read or see ticked in the window."""
    seen: list[str] = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel):
            seen.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            seen.append(widget.text())
            if widget.isChecked():
                seen.append(f"CHECKED:{widget.objectName()}")
        elif isinstance(widget, QLineEdit):
            seen.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            seen.append(widget.toPlainText())
    return seen


@pytest.fixture
def laptop(qtbot: QtBot, store: Store, context: EntryContext) -> PassTheLaptopWindow:
    summary = latest_questionnaire(store, "session-evaluation")
    assert summary is not None
    target = EntryTarget(store, summary, context)
    window = PassTheLaptopWindow(target, questionnaire_spec(store, summary.id))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_pass_the_laptop_hides_the_previous_answers(
    qtbot: QtBot, store: Store, context: EntryContext, laptop: PassTheLaptopWindow
) -> None:
    assert laptop.pages.currentWidget() is laptop.start_page
    qtbot.keyClick(laptop, Qt.Key.Key_Space)
    form = laptop.form
    assert form is not None and laptop.pages.currentWidget() is laptop.form_page
    for number in (4, 2, 5, 3, 1, 4):  # by touch: large buttons
        qtbot.mouseClick(form.scale_buttons[number - 1], Qt.MouseButton.LeftButton)
    assert form.question.key == "takeaway"
    type_text(form.text_edit, SECRET)
    assert form.save_button is not None
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert laptop.pages.currentWidget() is laptop.thanks_page
    (saved,) = list_responses(store, session_id=context.session_id)
    assert saved.texts == {"takeaway": SECRET} and saved.values["depth"] == 2
    after_save = visible_state(laptop)
    assert not any(SECRET in text or "CHECKED" in text for text in after_save)
    assert laptop.form is None and not laptop.findChildren(QLineEdit)

    qtbot.keyClick(laptop, Qt.Key.Key_Space)  # thank-you screen -> the next person's form
    assert laptop.form is not None and laptop.form.is_blank()
    next_state = visible_state(laptop)
    assert not any(SECRET in text or "CHECKED" in text for text in next_state)
    assert laptop.form.question.key == "safe-space"


def test_leaving_pass_the_laptop_needs_the_deliberate_key(
    qtbot: QtBot, laptop: PassTheLaptopWindow
) -> None:
    laptop.close()  # a window manager's close, Alt+F4
    assert laptop.isVisible()
    qtbot.keyClick(laptop, Qt.Key.Key_Escape)  # a short press: nothing
    assert laptop.isVisible() and not laptop.hold_timer.isActive()
    qtbot.keyClick(laptop, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert laptop.isVisible()

    laptop.hold_ms = 50  # a held Esc: press, then no release
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(laptop, press)
    with qtbot.waitSignal(laptop.left, timeout=2000):
        pass
    assert not laptop.isVisible()


def test_ctrl_shift_q_leaves_pass_the_laptop(qtbot: QtBot, laptop: PassTheLaptopWindow) -> None:
    qtbot.keyClick(laptop, Qt.Key.Key_Space)
    assert laptop.form is not None
    with qtbot.waitSignal(laptop.left, timeout=2000):
        qtbot.keyClick(
            laptop.form,
            Qt.Key.Key_Q,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert not laptop.isVisible()


# --- the questionnaire library ----------------------------------------------------------


@pytest.fixture
def library(qtbot: QtBot, store: Store) -> QuestionnaireLibraryDialog:
    dialog = QuestionnaireLibraryDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_builtins_are_read_only_and_duplicate_to_edit(
    qtbot: QtBot, store: Store, library: QuestionnaireLibraryDialog
) -> None:
    assert library._summary is not None and library._summary.builtin
    assert library.name_edit.isReadOnly() and not library.add_button.isEnabled()
    assert "read-only" in library.note_label.text()
    qtbot.mouseClick(library.duplicate_button, Qt.MouseButton.LeftButton)
    assert library._summary is not None and not library._summary.builtin
    library.name_edit.setText("Our session form")
    library.table.setCurrentCell(0, 0)
    qtbot.mouseClick(library.add_button, Qt.MouseButton.LeftButton)
    library.table.item(1, 0).setText("I could say what I felt.")
    library.table.item(1, 3).setCheckState(Qt.CheckState.Checked)
    points = library.table.cellWidget(1, 2)
    points.setCurrentIndex(1)  # type: ignore[attr-defined]
    qtbot.mouseClick(library.down_button, Qt.MouseButton.LeftButton)
    assert library.save()
    spec = questionnaire_spec(store, library._summary.id)
    assert spec.name == "Our session form"
    added = spec.questions[2]
    assert (added.text, added.points, added.reverse_coded) == ("I could say what I felt.", 7, True)


def test_saving_an_answered_questionnaire_makes_a_new_version(
    qtbot: QtBot, store: Store, context: EntryContext, library: QuestionnaireLibraryDialog
) -> None:
    qtbot.mouseClick(library.duplicate_button, Qt.MouseButton.LeftButton)
    assert library._summary is not None
    first = library._summary
    questions = questionnaire_spec(store, first.id).questions
    item = questions[0].key
    for _ in range(3):
        record_response(store, first.id, {item: 4}, session_id=context.session_id)
    library.reload(first.id)
    assert library.note_label.text() == (
        "This questionnaire has 3 responses; saving makes version 2, earlier answers keep "
        "version 1."
    )
    library.table.setCurrentCell(6, 0)
    qtbot.mouseClick(library.remove_button, Qt.MouseButton.LeftButton)
    assert library.save()
    assert "version 2" in library.status_label.text()
    latest = latest_questionnaire(store, first.key)
    assert latest is not None and latest.version == 2
    assert latest.question_count == len(questions) - 1
    # version 1 unchanged
    assert len(questionnaire_spec(store, first.id).questions) == len(questions)


def test_import_errors_show_their_lines(
    qtbot: QtBot, tmp_path: Path, library: QuestionnaireLibraryDialog
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'schema = 1\nkey = "mine"\nname = "Mine"\npurpose = "session"\n\n'
        '[[questions]]\nkey = "a"\nkind = "likert"\nscale = "nope"\ntext = "A"\n',
        encoding="utf-8",
    )
    library.choose_file = lambda save, suggested: bad  # type: ignore[method-assign]
    qtbot.mouseClick(library.import_button, Qt.MouseButton.LeftButton)
    text = library.error_label.text()
    assert "Could not import bad.toml" in text
    assert "line 9" in text and "questions[1].scale" in text


def test_the_count_beside_the_saved_form_follows_each_form_in_english(
    qtbot: QtBot, store: Store, context: EntryContext
) -> None:
    with language_installed("en"):
        dialog = open_entry(qtbot, store, context)
        assert "0 forms already entered here" in dialog.intro_label.text()
        form = dialog.form
        assert form is not None
        keys(qtbot, form, "555555")
        qtbot.keyClick(form.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert "Form 1 saved" in dialog.status_label.text()
        assert "1 form already entered here" in dialog.intro_label.text()
        keys(qtbot, form, "444444")
        qtbot.keyClick(form.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert "Form 2 saved" in dialog.status_label.text()
        assert "2 forms already entered here" in dialog.intro_label.text()
