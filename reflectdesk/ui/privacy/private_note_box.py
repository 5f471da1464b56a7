"""One private note being written: an autosaving editor while the vault is unlocked, a
calm "locked" panel with an Unlock button while it is not.

Used for the facilitator's note on a session (notes_panel.py) and for follow-up notes
about a member (member_notes_dialog.py). Before any passphrase exists, what is typed
stays in the editor only (never on disk), marked "not saved yet", and is sealed and saved
once one is set. Outside a session the first key asks for the passphrase; on the session
page (``in_place``) nothing pops up: the page offers the setup in place, and a locked
note is unlocked in place too (vault_inline.py). On lock, what is typed is saved first,
then the editor is emptied; if it cannot be saved (a full disk), the key and the text
stay until the facilitator decides (note_rescue.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.notes import PRIVATE_BODY_MAX_LENGTH, PrivateNoteRecord
from reflectdesk.store.database import Store
from reflectdesk.store.keyring import VaultLockedError
from reflectdesk.store.vault import VaultStatus
from reflectdesk.ui.common.widgets import role_label
from reflectdesk.ui.jobs.autosave import Autosaver, SaveFunction
from reflectdesk.ui.privacy.vault_controller import VaultController

Loader = Callable[[], Sequence[PrivateNoteRecord]]


class PrivateNoteEditor(QPlainTextEdit):
    """Saves when the focus leaves it, as well as after a pause in typing."""

    def __init__(self, saver: Autosaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saver = saver

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._saver.save_now()
        super().focusOutEvent(event)


class PrivateNoteBox(QStackedWidget):
    """Follows ``vault`` (the window's one controller): saves before it locks, empties the
    editor once locked, and asks it for the passphrase when one is needed (or, ``in_place``,
    emits ``unsaved_typed`` and lets the page offer it)."""

    unsaved_typed = Signal()  # text typed that cannot be saved until a passphrase is set

    def __init__(
        self,
        vault: VaultController,
        load: Loader,
        save: SaveFunction,
        *,
        editor_name: str,
        placeholder: str,
        read_only: bool = False,
        in_place: Store | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``in_place``: the store, to unlock in place rather than through a dialog."""
        super().__init__(parent)
        self._load = load
        self._in_place = in_place
        self._read_only = read_only
        self.vault = vault
        self.saver = Autosaver(save, None, self)
        self.save_state = role_label("savedState", self)
        # Plain and red, above the note (the page places it): typed, but only in memory.
        self.unsaved_mark = role_label(
            "inlineError", self, self.tr("Not saved yet: set a passphrase to keep it")
        )
        self.unsaved_mark.setObjectName("notSavedYet")
        self.unsaved_mark.hide()
        self.editor = PrivateNoteEditor(self.saver, self)
        self.editor.setObjectName(editor_name)
        self.editor.setAccessibleName(self.tr("Private note"))
        self._placeholder = placeholder
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        self.editor.setToolTip(
            self.tr("Encrypted, and saved as you type (up to %1 characters)").replace(
                "%1", f"{PRIVATE_BODY_MAX_LENGTH:,}"
            )
        )
        self.editor.setReadOnly(read_only)
        self.saver.watch(self.editor.toPlainText)
        self.editor.textChanged.connect(self._typed)
        self.saver.state.connect(self.save_state.setText)
        self.locked_panel = self._make_locked_panel()
        self.addWidget(self.editor)
        self.addWidget(self.locked_panel)
        self.vault.aboutToLock.connect(self._before_lock)
        self.vault.stateChanged.connect(self._show_state)
        self._show_state()

    def _make_locked_panel(self) -> QWidget:
        panel = QWidget(self)
        panel.setObjectName("privateNotesLocked")
        title = role_label("sectionHeading", panel, self.tr("Private notes are locked"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = role_label(
            "hint",
            panel,
            self.tr(
                "They stay encrypted until you unlock them. The clock, cards and "
                "attendance keep working."
            ),
            wrap=True,
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        if self._in_place is not None:
            from reflectdesk.ui.privacy.vault_inline import InlineUnlock

            self.unlock_here: QWidget = InlineUnlock(self._in_place, self.vault, panel)
            row.addWidget(self.unlock_here, 4)
        else:
            self.unlock_button = QPushButton(self.tr("Unlock…"), panel)
            self.unlock_button.setObjectName("unlockPrivateNotes")
            self.unlock_button.clicked.connect(self.vault.unlock)
            row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addStretch(1)
        return panel

    # -- following the vault ----------------------------------------------------------

    def _show_state(self, _status: str = "") -> None:
        status = self.vault.status
        if status is VaultStatus.LOCKED:
            self._clear()
            self.setCurrentWidget(self.locked_panel)
            return
        self.setCurrentWidget(self.editor)
        if status is VaultStatus.UNLOCKED:
            self._fill()

    def _fill(self) -> None:
        """Load the stored note into the editor (after an unlock, or at first)."""
        typed = self.editor.toPlainText()
        try:
            existing = self._load()
        except VaultLockedError:
            self.setCurrentWidget(self.locked_panel)
            return
        except ReflectDeskError as error:
            self.save_state.setText(str(error))
            # The label is one line beside the heading; the empty editor has room for
            # the whole message (a damaged or rolled-back note says what to do).
            self.editor.setPlaceholderText(str(error))
            self.editor.setReadOnly(True)  # a damaged note is never overwritten
            return
        self.editor.setPlaceholderText(self._placeholder)
        self.editor.setReadOnly(self._read_only)
        record_id = existing[0].id if existing else None
        self.unsaved_mark.hide()
        self.saver.reset(record_id)
        if existing:
            self._set_text(existing[0].body)
        elif typed:
            # Typed before the first passphrase was set: save it now.
            self.saver.typed()

    def _before_lock(self) -> None:
        reason = self.saver.not_saved()
        if reason is not None:
            self.vault.keep_key_for(self.editor.toPlainText(), reason)

    def not_saved(self) -> str | None:
        """Why what is typed is not on disk (after trying to write it), or None."""
        if self.vault.status is not VaultStatus.UNLOCKED:
            return None  # typed before a passphrase (``unsaved``), or nothing to save
        return self.saver.not_saved()

    def _clear(self) -> None:
        self._set_text("")
        self.save_state.clear()
        self.saver.reset(None)

    def _set_text(self, text: str) -> None:
        self.editor.blockSignals(True)  # not an edit: nothing to save
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)

    @property
    def unsaved(self) -> bool:
        """Text typed before any passphrase exists, held in memory only."""
        return self.vault.status is VaultStatus.NONE and bool(self.editor.toPlainText())

    def focus_here(self) -> None:
        """The keys to the note, or to the passphrase that unlocks it in place."""
        if self.currentWidget() is self.locked_panel and self._in_place is not None:
            self.unlock_here.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.editor.setFocus(Qt.FocusReason.TabFocusReason)

    def discard_unsaved(self) -> None:
        """The facilitator chose to drop the text typed before any passphrase existed."""
        if self.unsaved:
            self._set_text("")
            self.unsaved_mark.hide()

    def _typed(self) -> None:
        if self.vault.status is VaultStatus.UNLOCKED:
            self.saver.typed()
            return
        # No passphrase yet: the text waits in the editor (in memory only) meanwhile.
        if self._in_place is not None:
            self.unsaved_mark.show()  # said once, in red above the note
            self.unsaved_typed.emit()
        else:
            self.save_state.setText(self.tr("Not saved yet: set a passphrase to keep it"))
            self.vault.when_unlocked()

    def shutdown(self) -> None:
        self.saver.stop()
