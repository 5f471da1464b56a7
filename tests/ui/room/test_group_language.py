"""A group's own language: a Dutch group's session shows Dutch phase names, cues and
cards on the presenter screen, and answers a Dutch questionnaire, whatever the app
speaks; and a facilitator sets the language in the group form."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, members, sessions
from reflectdesk.store.database import Store
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.ui.evaluation.entry import EntryContext
from reflectdesk.ui.evaluation.pass_the_laptop import PassTheLaptopWindow, open_pass_the_laptop
from reflectdesk.ui.groups.group_form import GroupFields
from reflectdesk.ui.room.session_page import SessionPage
from reflectdesk.ui.shell.main_window import MainWindow
from tests.fakes import FakeTime
from tests.ui.conftest import SESSION_START, open_on_session


def dutch_group(store: Store, language: str | None = "nl") -> tuple[str, str]:
    """A Balint group in ``language`` with one planned one-case session: (group, session)."""
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint Leiden", fmt, language=language))
    members.add_member(store, group.id, MemberDraft("Hüseyin İkiz"))
    planned = sessions.plan_session(store, group.id, SessionDraft(planned_start=SESSION_START))
    return group.id, planned.id


@pytest.fixture
def main(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    _, session_id = dutch_group(store)
    window = open_on_session(qtbot, store, session_id, FakeTime(start_wall=SESSION_START))
    yield window
    window.close()


def test_a_dutch_groups_session_is_planned_with_dutch_phase_names_and_cues(
    store: Store,
) -> None:
    _, session_id = dutch_group(store)
    phases = sessions.session_phases(store, session_id)
    assert [phase.name for phase in phases][:3] == [
        "Opening en uitnodigen van een casus",
        "De casus vertellen",
        "Verhelderende vragen",
    ]
    assert "vertrouwelijkheid" in phases[0].role_cue
    _, english = dutch_group(store, language=None)  # the app's language: English here
    assert sessions.session_phases(store, english)[0].name == "Opening and inviting a case"
    assert groups.group_language(store, groups.list_groups(store)[0].id) in ("nl", None)


def test_a_dutch_card_goes_up_on_the_presenter_screen(qtbot: QtBot, main: MainWindow) -> None:
    page = main.session_page
    assert isinstance(page, SessionPage)
    view = page.run_view
    qtbot.keyClick(view, Qt.Key.Key_Space)  # phase 1 suggests the ground rules ("Afspraken")
    qtbot.keyClick(view, Qt.Key.Key_C)
    card = page.cards._current
    assert card is not None and card.title == "Vertrouwelijkheid"
    qtbot.keyClick(view, Qt.Key.Key_S)
    presenter = page.presenter_screen.window
    assert presenter is not None
    qtbot.waitUntil(lambda: "blijft in deze groep" in presenter.card_label.text())
    assert page.run_view.phase_label.text().startswith("Opening en uitnodigen")


def test_pass_the_laptop_shows_a_dutch_group_its_items_in_dutch(qtbot: QtBot, store: Store) -> None:
    group_id, session_id = dutch_group(store)
    opened: list[PassTheLaptopWindow] = []
    parent = QDialog()
    qtbot.addWidget(parent)
    dialog = open_pass_the_laptop(
        store, EntryContext(group_id=group_id, session_id=session_id), parent, opened.append
    )
    dialog.show()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    start = next(b for b in buttons.buttons() if b.objectName() == "passStartButton")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    laptop = opened[0]
    qtbot.addWidget(laptop)
    laptop.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is laptop)
    qtbot.keyClick(laptop, Qt.Key.Key_Space)
    form = laptop.form
    assert form is not None
    assert form.question.text == "De groep voelde als een veilige plek om mijn ervaringen te delen."
    labels = [button.text() for button in form.scale_buttons]
    assert any("Helemaal oneens" in label for label in labels)
    laptop.leave()


def test_the_group_form_sets_and_shows_the_language(qtbot: QtBot) -> None:
    form = GroupFields([])
    qtbot.addWidget(form)
    combo = form.language_combo
    assert [combo.itemText(i) for i in range(combo.count())][1:] == ["English", "Nederlands"]
    form.load(GroupDraft("Balint Leiden", language="nl"))
    assert combo.currentText() == "Nederlands"
    combo.setCurrentIndex(0)
    assert form.draft().language is None
