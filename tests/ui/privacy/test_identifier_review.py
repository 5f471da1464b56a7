"""The identifiable-detail review: before a learning point is shared and before an export
that carries note text; edits re-check live, overrides are recorded as hashes only."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from reflectdesk.core.identifiers import IdentifierKind
from reflectdesk.core.model import GroupDraft, MemberDraft
from reflectdesk.core.notes import ActionDraft, LearningPointDraft, PrivateText
from reflectdesk.core.sessions import SessionDraft
from reflectdesk.store import groups, members, notes, sessions, settings
from reflectdesk.store.database import Store
from reflectdesk.store.errors import StoreError
from reflectdesk.store.formats import format_id_for_key
from reflectdesk.store.privacy_overrides import (
    OverrideContext,
    digest_key,
    overrides_for_note,
    text_digest,
)
from reflectdesk.ui.privacy.identifier_review import (
    IdentifierReviewDialog,
    ReviewResult,
    ReviewText,
)
from reflectdesk.ui.room.notes_panel import NotesPanel
from reflectdesk.ui.shell.main_window import MainWindow
from reflectdesk.ui.shell.preferences_dialog import PreferencesDialog
from tests.ui.conftest import WindowFactory, find_open, type_text, wait_active

CTRL = Qt.KeyboardModifier.ControlModifier
POINT = "67-year-old Mr Jansen taught us to ask about fear"
KEEP = 2  # the "Keep as written" column


def _setup(store: Store) -> tuple[str, str]:
    fmt = format_id_for_key(store, "balint-one-case")
    group = groups.create_group(store, GroupDraft("Balint — blok 2", fmt))
    members.add_member(store, group.id, MemberDraft("Hüseyin İkiz"))
    start = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    session = sessions.plan_session(store, group.id, SessionDraft(planned_start=start))
    return group.id, session.id


@pytest.fixture
def session_id(store: Store) -> str:
    return _setup(store)[1]


@pytest.fixture
def panel(window: MainWindow, session_id: str) -> NotesPanel:
    window.open_session(session_id)
    page = window.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.notes)
    return page.notes


def _review(qtbot: QtBot) -> IdentifierReviewDialog:
    dialog = find_open(qtbot, IdentifierReviewDialog, "identifierReview")
    assert isinstance(dialog, IdentifierReviewDialog)
    return dialog


def _type_point(qtbot: QtBot, panel: NotesPanel, text: str) -> None:
    panel.point_edit.setFocus()
    type_text(panel.point_edit, text)
    qtbot.keyClick(panel.point_edit, Qt.Key.Key_Return)


def _keep(dialog: IdentifierReviewDialog, kind: IdentifierKind) -> None:
    tree = dialog.findings_list
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item.text(1) == dialog.looks_like(kind):
            item.setCheckState(KEEP, Qt.CheckState.Checked)
            return
    raise AssertionError(f"no {kind} in the list")


def test_a_shareable_point_with_identifiers_is_reviewed_edited_and_kept(
    qtbot: QtBot, panel: NotesPanel, store: Store, session_id: str, db_path: Path
) -> None:
    _type_point(qtbot, panel, POINT)

    dialog = _review(qtbot)
    assert [f.kind for f in dialog.findings(0)] == [
        IdentifierKind.AGE,
        IdentifierKind.TITLED_NAME,
    ]
    assert len(dialog.editors[0].extraSelections()) == 2  # both highlighted
    assert dialog.findings_list.topLevelItemCount() == 2
    assert dialog.findings_list.topLevelItem(0).text(1) == "Looks like an exact age"
    assert not dialog.continue_button.isEnabled()
    assert notes.learning_points(store, session_id) == []  # nothing saved yet

    _keep(dialog, IdentifierKind.TITLED_NAME)
    assert not dialog.continue_button.isEnabled()  # the age is still to look at

    # Editing the age away re-checks as one types; the kept name stays kept.
    editor = dialog.editors[0]
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("67-year-old "), cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    type_text(editor, "An older ")
    assert [f.kind for f in dialog.findings(0)] == [IdentifierKind.TITLED_NAME]
    assert len(editor.extraSelections()) == 1
    assert dialog.continue_button.isEnabled()

    with qtbot.waitSignal(dialog.reviewed) as reviewed:
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    result = reviewed.args[0]
    assert isinstance(result, ReviewResult)

    [point] = notes.learning_points(store, session_id)
    assert point.shareable
    assert point.text == "An older Mr Jansen taught us to ask about fear"
    assert panel.point_edit.text() == ""
    [override] = overrides_for_note(store, point.id)
    assert override.context is OverrideContext.SHAREABLE_POINT
    assert override.kind is IdentifierKind.TITLED_NAME
    assert override.text_sha256 == text_digest("Mr Jansen", digest_key(store))
    # Only the hash is stored: the table holds no plaintext of what was kept.
    with store.reading() as session:
        from sqlalchemy import text

        rows = session.execute(text("SELECT * FROM identifier_overrides")).all()
    assert rows and not any("Jansen" in str(value) for row in rows for value in row)


def test_continue_waits_until_every_item_is_fixed_or_kept(qtbot: QtBot, panel: NotesPanel) -> None:
    _type_point(qtbot, panel, POINT)
    dialog = _review(qtbot)
    assert not dialog.continue_button.isEnabled()
    _keep(dialog, IdentifierKind.AGE)
    assert not dialog.continue_button.isEnabled()
    _keep(dialog, IdentifierKind.TITLED_NAME)
    assert dialog.continue_button.isEnabled()
    dialog.findings_list.topLevelItem(0).setCheckState(KEEP, Qt.CheckState.Unchecked)
    assert not dialog.continue_button.isEnabled()
    # Replacing the whole text with a safe one needs no tick at all.
    dialog.editors[0].setPlainText("Patient X, in his sixties, taught us to ask about fear")
    assert dialog.remaining() == 0 and dialog.findings_list.topLevelItemCount() == 0
    assert dialog.continue_button.isEnabled()
    dialog.reject()


def test_cancel_adds_nothing_keeps_the_text_and_unticks_shareable(
    qtbot: QtBot, panel: NotesPanel, store: Store, session_id: str
) -> None:
    _type_point(qtbot, panel, POINT)
    dialog = _review(qtbot)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert notes.learning_points(store, session_id) == []
    assert panel.point_edit.text() == POINT
    assert not panel.shareable_check.isChecked()
    # Enter again adds it as a point that is not shared, without a review.
    qtbot.keyClick(panel.point_edit, Qt.Key.Key_Return)
    [point] = notes.learning_points(store, session_id)
    assert not point.shareable and point.text == POINT


def test_ticking_an_existing_point_shareable_is_reviewed_first(
    qtbot: QtBot, panel: NotesPanel, store: Store, session_id: str
) -> None:
    point = notes.add_learning_point(store, session_id, LearningPointDraft(POINT, False))
    panel.reload()
    item = panel.points.item(0)

    item.setCheckState(Qt.CheckState.Checked)
    dialog = _review(qtbot)
    assert item.checkState() == Qt.CheckState.Unchecked  # not until it is checked
    dialog.reject()
    assert not notes.learning_points(store, session_id)[0].shareable

    panel.points.item(0).setCheckState(Qt.CheckState.Checked)
    dialog = _review(qtbot)
    _keep(dialog, IdentifierKind.AGE)
    _keep(dialog, IdentifierKind.TITLED_NAME)
    dialog.continue_button.click()
    [saved] = notes.learning_points(store, session_id)
    assert saved.shareable and saved.text == POINT
    assert panel.points.item(0).checkState() == Qt.CheckState.Checked
    kinds = sorted(o.kind for o in overrides_for_note(store, point.id))
    assert kinds == [IdentifierKind.AGE, IdentifierKind.TITLED_NAME]

    # Unshared and shared again: what was kept before is not asked again.
    panel.points.item(0).setCheckState(Qt.CheckState.Unchecked)
    panel.points.item(0).setCheckState(Qt.CheckState.Checked)
    assert notes.learning_points(store, session_id)[0].shareable
    assert len(overrides_for_note(store, point.id)) == 2


def test_a_point_without_identifiers_is_shared_without_a_review(
    qtbot: QtBot, panel: NotesPanel, store: Store, session_id: str
) -> None:
    _type_point(qtbot, panel, "Ask the patient what they fear before explaining.")
    [point] = notes.learning_points(store, session_id)
    assert point.shareable
    assert panel.review is None


# --- exports ---------------------------------------------------------------------------


def _export_summary(qtbot: QtBot, window: MainWindow, session_id: str, private: bool) -> None:
    window.group_page.sessions.select_session(session_id)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    options = find_open(qtbot, QDialog, "exportOptions")
    options.private.setChecked(private)  # type: ignore[attr-defined]
    options.accept()


def _file_dialogs() -> list[QFileDialog]:
    from PySide6.QtWidgets import QApplication

    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
    ]


def test_summary_export_is_reviewed_and_cancel_writes_nothing(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    _group_id, session_id = _setup(store)
    notes.add_learning_point(store, session_id, LearningPointDraft(POINT, True))
    notes.save_private_note(
        store, session_id, PrivateText(title="Tuesday", body="Seen on 12-03-2024 at home")
    )
    window = make_window()
    _export_summary(qtbot, window, session_id, private=True)

    dialog = _review(qtbot)
    labels = [editor.accessibleName() for editor in dialog.editors]
    assert labels == ["Learning point", "Private note: Tuesday"]
    assert all(editor.isReadOnly() for editor in dialog.editors)
    assert dialog.hint_label.isVisible()
    assert dialog.findings_list.topLevelItemCount() == 3
    dialog.reject()

    # A file dialog would have opened at once (open() shows it before returning).
    assert _file_dialogs() == [] and window.findChildren(QFileDialog) == []
    assert window.exports.jobs == []
    assert list(tmp_path.glob("*.pdf")) == []


def test_summary_export_continues_after_keeping_and_records_the_export(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    _group_id, session_id = _setup(store)
    point = notes.add_learning_point(store, session_id, LearningPointDraft(POINT, True))
    window = make_window()
    _export_summary(qtbot, window, session_id, private=False)
    dialog = _review(qtbot)
    _keep(dialog, IdentifierKind.AGE)
    _keep(dialog, IdentifierKind.TITLED_NAME)
    dialog.continue_button.click()

    file_dialog = find_open(qtbot, QFileDialog, "exportFileDialog")
    target = tmp_path / "summary.pdf"
    file_dialog.fileSelected.emit(str(target))  # type: ignore[attr-defined]
    file_dialog.close()
    with qtbot.waitSignal(window.exports.jobs[-1].succeeded, timeout=20000):
        pass
    assert target.read_bytes().startswith(b"%PDF")
    contexts = {o.context for o in overrides_for_note(store, point.id)}
    assert contexts == {OverrideContext.EXPORT}

    # The same text is not asked about at the next export.
    wait_active(qtbot, window)
    _export_summary(qtbot, window, point.session_id, private=False)
    find_open(qtbot, QFileDialog, "exportFileDialog").close()


def test_a_finding_added_after_the_review_stops_the_write(
    qtbot: QtBot, make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    # The write runs the operation's check again with the facilitator's decisions: what
    # was kept goes through, a text that changed since is not written unseen.
    _group_id, session_id = _setup(store)
    notes.add_learning_point(store, session_id, LearningPointDraft(POINT, True))
    window = make_window()
    _export_summary(qtbot, window, session_id, private=False)
    dialog = _review(qtbot)
    _keep(dialog, IdentifierKind.AGE)
    _keep(dialog, IdentifierKind.TITLED_NAME)
    dialog.continue_button.click()
    notes.add_learning_point(store, session_id, LearningPointDraft("Seen on 12-03-2026", True))

    file_dialog = find_open(qtbot, QFileDialog, "exportFileDialog")
    target = tmp_path / "summary.pdf"
    file_dialog.fileSelected.emit(str(target))  # type: ignore[attr-defined]
    file_dialog.close()
    with qtbot.waitSignal(window.exports.jobs[-1].failed, timeout=20000) as failed:
        pass
    assert "1 likely patient identifier" in str(failed.args[0])
    assert not target.exists()


def test_locked_private_notes_are_skipped_by_the_check(
    qtbot: QtBot,
    make_window: WindowFactory,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _group_id, session_id = _setup(store)
    notes.add_action(store, session_id, ActionDraft("Call mevrouw De Vries on Monday"))

    def locked(*_args: object) -> None:
        raise StoreError("Private notes are locked.")

    monkeypatch.setattr(notes, "private_notes", locked)
    window = make_window()
    _export_summary(qtbot, window, session_id, private=True)
    dialog = _review(qtbot)
    assert [editor.accessibleName() for editor in dialog.editors] == ["Action"]
    dialog.reject()


def test_csv_export_checks_the_action_texts(
    qtbot: QtBot, make_window: WindowFactory, store: Store
) -> None:
    group_id, session_id = _setup(store)
    notes.add_action(store, session_id, ActionDraft("Phone 020 7946 0018 about the letter"))
    window = make_window()
    window.exports.group_csv(group_id)
    find_open(qtbot, QDialog, "exportOptions").accept()
    dialog = _review(qtbot)
    assert dialog.findings_list.topLevelItem(0).text(1) == "Looks like a phone number"
    dialog.reject()
    assert _file_dialogs() == [] and window.findChildren(QFileDialog) == []


# --- the place list --------------------------------------------------------------------


def test_preferences_place_list_round_trips_and_is_used(
    qtbot: QtBot, store: Store, panel: NotesPanel
) -> None:
    dialog = PreferencesDialog(store)
    qtbot.addWidget(dialog)
    dialog.places_edit.setPlainText("LUMC\n\n  St Mary's   Hospital \nlumc\nWard 7B")
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.place_names(store) == ("LUMC", "St Mary's Hospital", "Ward 7B")
    again = PreferencesDialog(store)
    qtbot.addWidget(again)
    assert again.places_edit.toPlainText() == "LUMC\nSt Mary's Hospital\nWard 7B"

    _type_point(qtbot, panel, "On ward 7b the night team was alone")
    review = _review(qtbot)
    assert [f.kind for f in review.findings(0)] == [IdentifierKind.PLACE_NAME]
    assert review.findings_list.topLevelItem(0).text(0) == "“ward 7b”"
    review.reject()


def test_the_dialog_on_its_own_lists_several_texts(qtbot: QtBot) -> None:
    dialog = IdentifierReviewDialog(
        [
            ReviewText("Action", "Bel dhr. Jansen, BSN 111222333"),
            ReviewText("Learning point", "Nothing to see", editable=True),
        ]
    )
    qtbot.addWidget(dialog)
    kinds = [dialog.findings_list.topLevelItem(r).text(1) for r in range(2)]
    assert kinds == ["Looks like a name", "Looks like a BSN (citizen service number)"]
    assert "(Action)" in dialog.findings_list.topLevelItem(0).text(0)
