"""Messages the store makes reach the window in the process language (the app sets it at
start with install_language): the group page's error line and a message box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.core.model import GroupDraft
from reflectdesk.i18n.texts import use_language
from reflectdesk.store import groups
from reflectdesk.store.database import Store
from reflectdesk.ui.common.messages import attempt
from tests.ui.conftest import find_open


def test_an_empty_group_name_is_refused_in_dutch(
    qtbot: QtBot, make_window: object, store: Store
) -> None:
    use_language("nl")
    first = groups.create_group(store, GroupDraft(name="Balintgroep Leiden")).id
    window = make_window()  # type: ignore[operator]
    name_edit: QLineEdit = window.group_page.fields.name_edit
    name_edit.setFocus()
    name_edit.selectAll()
    qtbot.keyClick(name_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(name_edit, Qt.Key.Key_Return)

    assert window.group_page.error_label.isVisible()
    assert window.group_page.error_label.text().endswith("De naam van de groep mag niet leeg zijn.")
    assert groups.get_group(store, first).name == "Balintgroep Leiden"


def test_a_message_box_shows_the_stores_error_in_dutch(qtbot: QtBot, store: Store) -> None:
    use_language("nl")
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    found = attempt(parent, "Groep openen", lambda: groups.get_group(store, "verdwenen"))

    assert found is None
    box = find_open(qtbot, QMessageBox, "errorBox")
    assert isinstance(box, QMessageBox)
    assert box.text() == "Die groep bestaat niet meer."
    box.accept()
