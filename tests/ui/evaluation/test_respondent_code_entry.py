"""Respondent codes typed in by the facilitator (paper forms) or by the participant
(pass the laptop): stored with the form, refused when a member's name, and a member
link's pseudonym when no code is typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.store import groups, members
from reflectdesk.store.database import Store
from reflectdesk.store.questionnaires import latest_questionnaire, questionnaire_spec
from reflectdesk.store.respondent_codes import member_pseudonym
from reflectdesk.store.responses import list_responses
from reflectdesk.ui.evaluation.entry import EntryContext, EntryTarget, EvaluationEntryDialog
from reflectdesk.ui.evaluation.pass_the_laptop import PassTheLaptopWindow
from tests.ui.conftest import find_open, type_text


@pytest.fixture
def group_id(store: Store) -> str:
    group = groups.create_group(store, GroupDraft("Balint — block 3"))
    members.add_member(store, group.id, MemberDraft("Hüseyin İkiz"))
    return group.id


def open_series_entry(qtbot: QtBot, store: Store, group_id: str) -> EvaluationEntryDialog:
    dialog = EvaluationEntryDialog(store, EntryContext(group_id=group_id), purposes=("series",))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_typed_code_is_stored_with_the_form(qtbot: QtBot, store: Store, group_id: str) -> None:
    dialog = open_series_entry(qtbot, store, group_id)
    code = dialog.findChild(QLineEdit, "entryRespondentCode")
    assert code is not None and code.isVisibleTo(dialog)
    qtbot.mouseClick(code, Qt.MouseButton.LeftButton)
    type_text(code, " Tulip7 ")
    qtbot.keyClick(code, Qt.Key.Key_Return)  # on to the form
    form = dialog.form
    assert form is not None
    qtbot.waitUntil(form.hasFocus)
    for key in "43":
        qtbot.keyClick(form, key)
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = list_responses(store, group_id=group_id)
    assert [(r.timepoint, r.respondent_code) for r in saved] == [("start", "tulip7")]
    assert code.text() == ""  # the next paper form starts without a code


def test_a_members_name_as_code_is_refused(qtbot: QtBot, store: Store, group_id: str) -> None:
    dialog = open_series_entry(qtbot, store, group_id)
    code = dialog.findChild(QLineEdit, "entryRespondentCode")
    assert code is not None and dialog.form is not None
    type_text(code, "ikiz")
    qtbot.keyClick(code, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.form, "4")
    qtbot.keyClick(dialog.form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = find_open(qtbot, QMessageBox, "errorBox")
    assert "cannot be a member's name" in box.text()
    assert list_responses(store, group_id=group_id) == []


def test_a_member_link_gives_the_members_pseudonym(
    qtbot: QtBot, store: Store, group_id: str
) -> None:
    dialog = open_series_entry(qtbot, store, group_id)
    assert dialog.form is not None
    dialog.member_combo.setCurrentIndex(1)
    qtbot.keyClick(dialog.form, "2")
    qtbot.keyClick(dialog.form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    person = members.list_members(store, group_id)[0].person_id
    saved = list_responses(store, group_id=group_id)
    assert [r.respondent_code for r in saved] == [member_pseudonym(store, group_id, person)]


def test_pass_the_laptop_asks_for_an_optional_code_first(
    qtbot: QtBot, store: Store, group_id: str
) -> None:
    found = latest_questionnaire(store, "series-evaluation")
    assert found is not None
    target = EntryTarget(store, found, EntryContext(group_id=group_id), "end")
    window = PassTheLaptopWindow(target, questionnaire_spec(store, found.id))
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    code = window.findChild(QLineEdit, "passRespondentCode")
    assert code is not None
    qtbot.waitUntil(code.isVisible)
    type_text(code, "İkiz")  # a member's name: refused on the spot
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert "cannot be a member's name" in window.code_message.text()
    assert window.form is None
    code.clear()
    type_text(code, "Blue Heron")
    qtbot.keyClick(code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.form is not None)
    assert window.form is not None
    qtbot.keyClick(window.form, "5")
    qtbot.keyClick(window.form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.saved_count == 1)
    # The next person gets a new, empty code line.
    qtbot.keyClick(window, Qt.Key.Key_Space)
    code = window.findChild(QLineEdit, "passRespondentCode")
    assert code is not None
    qtbot.waitUntil(code.isVisible)
    assert code.text() == ""
    qtbot.keyClick(code, Qt.Key.Key_Return)  # no code: straight on
    qtbot.waitUntil(lambda: window.form is not None)
    assert window.form is not None
    qtbot.keyClick(window.form, "3")
    qtbot.keyClick(window.form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.saved_count == 2)
    saved = list_responses(store, group_id=group_id)
    assert [r.respondent_code for r in saved] == ["blue heron", None]
    window.leave()
