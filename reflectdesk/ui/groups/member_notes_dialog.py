"""Follow-up notes about one member (e.g. a student who seemed distressed): private to the
facilitator, autosaved as they are typed, and never shown on the presenter screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from reflectdesk.core.model import MemberRecord
from reflectdesk.core.notes import PrivateText
from reflectdesk.store import notes
from reflectdesk.store.database import Store
from reflectdesk.ui.common.widgets import role_label, stack
from reflectdesk.ui.privacy.note_rescue import ask_about_note_not_saved
from reflectdesk.ui.privacy.private_note_box import PrivateNoteBox
from reflectdesk.ui.privacy.vault_controller import VaultController


class MemberNotesDialog(QDialog):
    def __init__(
        self,
        store: Store,
        vault: VaultController,
        group_id: str,
        member: MemberRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberNotesDialog")
        self.setWindowTitle(self.tr("Follow-up notes — %1").replace("%1", member.display_name))
        self._store = store
        self._group_id = group_id
        self._person_id = member.person_id
        self._closing_anyway = False  # the facilitator chose to close with a note unsaved
        intro = role_label(
            "hint",
            self,
            self.tr(
                "Private follow-up notes about %1. Only you see them; they are encrypted and "
                "never shown on the presenter screen. Avoid details that could identify a "
                "patient."
            ).replace("%1", member.display_name),
            wrap=True,
        )
        self.box = PrivateNoteBox(
            vault,
            lambda: notes.member_notes(store, group_id, member.person_id),
            self._save,
            editor_name="memberNote",
            placeholder=self.tr("e.g. Seemed affected by the case; ask how she is."),
            parent=self,
        )
        self.editor = self.box.editor
        self.saver = self.box.saver
        self.state = self.box.save_state
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)

        stack(self, intro, (self.box, 1), self.state, buttons)
        self.resize(560, 420)
        self.editor.setFocus()

    def _save(self, text: str, note_id: str | None) -> str:
        record = notes.save_member_note(
            self._store, self._group_id, self._person_id, PrivateText(body=text), note_id
        )
        return record.id

    def done(self, result: int) -> None:
        if self._asked_about_note_not_saved(lambda: self.done(result)):
            return
        self.box.shutdown()  # written before the dialog goes
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._asked_about_note_not_saved(self.close):
            event.ignore()
            return
        self.box.shutdown()
        super().closeEvent(event)

    def _asked_about_note_not_saved(self, then: Callable[[], object]) -> bool:
        """True when the note could not be saved (a full disk) and closing waits for the
        facilitator's answer; closing goes on by ``then`` once they chose to."""
        if self._closing_anyway:
            return False
        reason = self.box.not_saved()
        if reason is None:
            return False

        def close_without() -> None:
            self._closing_anyway = True
            then()

        ask_about_note_not_saved(
            self,
            reason,
            locking=False,
            text=self.editor.toPlainText(),
            retry=then,
            seal_copy=self.box.vault.seal_copy,
            go_on=close_without,
        )
        return True
