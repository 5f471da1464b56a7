"""Notes during and after a session: the facilitator's private note (autosaved, never on
the presenter screen), the learning points the group agreed to share, actions, and the
session's themes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.notes import (
    ACTION_MAX_LENGTH,
    LEARNING_POINT_MAX_LENGTH,
    ActionDraft,
    LearningPointDraft,
    PrivateText,
)
from reflectdesk.store import members, notes, privacy_overrides
from reflectdesk.store.database import Store
from reflectdesk.store.privacy_overrides import KeptFinding, OverrideContext
from reflectdesk.ui.common.dates import day_and_month
from reflectdesk.ui.common.messages import show_error
from reflectdesk.ui.common.widgets import at_least_lines, line_field, role_label
from reflectdesk.ui.privacy.identifier_review import (
    IdentifierReviewDialog,
    ReviewResult,
    ReviewText,
    review_then,
)
from reflectdesk.ui.privacy.private_note_box import PrivateNoteBox
from reflectdesk.ui.privacy.vault_controller import VaultController
from reflectdesk.ui.room.session_themes import SessionThemes
from reflectdesk.ui.room.study_themes import ID_ROLE


class NotesPanel(QWidget):
    """Emits ``status(message)`` for the window's status bar."""

    status = Signal(str)

    def __init__(
        self,
        store: Store,
        vault: VaultController,
        session_id: str,
        group_id: str,
        *,
        read_only: bool = False,
        clock_running: Callable[[], bool] = lambda: False,
        parent: QWidget | None = None,
    ) -> None:
        """``clock_running``: while it says so no dialog may open over the clock, so a
        point that would need the identifier review is held back, and themes wait."""
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self._clock_running = clock_running
        self._store = store
        self._session_id = session_id
        self._group_id = group_id

        heading = role_label("sectionHeading", self, self.tr("My private notes"))
        privacy = role_label(
            "hint",
            self,
            self.tr("Only you see these; encrypted, and never on the presenter screen."),
        )
        self.private_box = PrivateNoteBox(
            vault,
            lambda: notes.private_notes(store, session_id),
            self._save_private,
            editor_name="privateNote",
            placeholder=self.tr("What you notice: the group, the presenter, what to follow up…"),
            read_only=read_only,
            in_place=store,  # nothing pops up over the clock: set up and unlock here
            parent=self,
        )
        self.private_edit = self.private_box.editor
        self.saver = self.private_box.saver
        self.save_state = self.private_box.save_state

        self.points = QListWidget(self)
        at_least_lines(self.points)  # the Notes tab fits beside the clock at 1280×720
        self.points.setObjectName("learningPoints")
        self.points.setAccessibleName(self.tr("Learning points"))
        self.points.setToolTip(
            self.tr("Ticked points may be shared, e.g. in the learning bulletin")
        )
        self.point_edit = line_field(
            self,
            "newLearningPoint",
            LEARNING_POINT_MAX_LENGTH,
            self.tr("A learning point the group agreed to share… (Enter)"),
        )
        self.point_edit.returnPressed.connect(self.add_point)
        self.point_edit.setAccessibleName(self.tr("New learning point"))
        self.shareable_check = QCheckBox(self.tr("Shareable"), self)
        self.shareable_check.setObjectName("newPointShareable")
        self.shareable_check.setChecked(True)
        self.points.itemChanged.connect(self._point_toggled)
        self.points.itemActivated.connect(self.tag_point)
        self.points.setToolTip(
            self.tr("Ticked points may be shared; Enter or double-click tags a point with themes")
        )

        self.actions_list = QListWidget(self)
        at_least_lines(self.actions_list)  # the Notes tab fits beside the clock at 1280×720
        self.actions_list.setObjectName("actions")
        self.actions_list.setAccessibleName(self.tr("Follow-up actions"))
        self.action_edit = line_field(
            self, "newAction", ACTION_MAX_LENGTH, self.tr("A follow-up action… (Enter)")
        )
        self.action_edit.returnPressed.connect(self.add_action)
        self.action_edit.setAccessibleName(self.tr("New follow-up action"))
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("actionOwner")
        self.owner_combo.setAccessibleName(self.tr("Who does the new action"))
        self.owner_combo.addItem(self.tr("Facilitator"), "")
        for member in members.list_members(store, group_id):
            self.owner_combo.addItem(member.display_name, member.person_id)
        self.due_edit = QDateEdit(self)
        self.due_edit.setObjectName("actionDue")
        self.due_edit.setAccessibleName(self.tr("When the new action is due"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("d MMM yyyy")
        self.due_edit.setDate(QDate.currentDate().addDays(7))
        self.due_edit.setToolTip(self.tr("When it is due"))
        self.actions_list.itemChanged.connect(self._action_toggled)

        self.themes = SessionThemes(store, session_id, clock_running, self)
        self.themes.status.connect(self.status)
        self.themes.changed.connect(self.reload)
        self.theme_list = self.themes.list
        self.new_theme_button = self.themes.new_button

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.save_state)
        layout.addLayout(top)
        layout.addWidget(privacy)
        layout.addWidget(self.private_box.unsaved_mark)
        layout.addWidget(self.private_box, 3)
        layout.addWidget(self._heading(self.tr("Learning points")))
        layout.addWidget(self.points, 2)
        self.held_back = role_label(
            "hint",
            self,
            self.tr(
                "Kept as not shareable for now: it may identify someone. Tick it after "
                "the session to review it."
            ),
            wrap=True,
        )
        self.held_back.setObjectName("heldBackFromSharing")
        self.held_back.hide()
        layout.addWidget(self.held_back)
        row = QHBoxLayout()
        row.addWidget(self.point_edit, 1)
        row.addWidget(self.shareable_check)
        layout.addLayout(row)
        layout.addWidget(self._heading(self.tr("Actions")))
        layout.addWidget(self.actions_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.action_edit, 1)
        row.addWidget(self.owner_combo)
        row.addWidget(self.due_edit)
        layout.addLayout(row)
        layout.addWidget(self.themes, 2)
        for widget in (
            self.point_edit,
            self.shareable_check,
            self.action_edit,
            self.owner_combo,
            self.due_edit,
            self.new_theme_button,
        ):
            widget.setEnabled(not read_only)
        self._read_only = read_only
        # The identifier review being shown, if any (one at a time).
        self.review: IdentifierReviewDialog | None = None
        self.reload()

    def _heading(self, text: str) -> QLabel:
        return role_label("sectionHeading", self, text)

    def _save_private(self, text: str, note_id: str | None) -> str:
        record = notes.save_private_note(
            self._store, self._session_id, PrivateText(body=text), note_id
        )
        return record.id

    # --- lists -----------------------------------------------------------------------

    def reload(self) -> None:
        self._fill(
            self.points,
            [
                (p.id, p.text, p.shareable)
                for p in notes.learning_points(self._store, self._session_id)
            ],
        )
        self._fill(
            self.actions_list,
            [
                (a.id, self._action_text(a.text, a.owner_name, a.due_on), a.done)
                for a in notes.actions(self._store, self._session_id)
            ],
        )
        self.themes.reload(checkable=not self._read_only)

    def _fill(self, widget: QListWidget, entries: list[tuple[str, str, bool]]) -> None:
        widget.blockSignals(True)
        widget.clear()
        for record_id, text, checked in entries:
            item = QListWidgetItem(text, widget)
            item.setData(ID_ROLE, record_id)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if self._read_only:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.blockSignals(False)

    def add_point(self) -> None:
        """Add the typed point; a shareable one is checked for identifiable details first
        (on Cancel nothing is added, the text stays typed and Shareable is unticked)."""
        text = self.point_edit.text()
        if not text.strip() or self._read_only or self.review is not None:
            return
        if not self.shareable_check.isChecked():
            self._save_new_point(text, shareable=False)
            return

        def cancelled() -> None:
            self.shareable_check.setChecked(False)
            self.point_edit.setFocus()

        self._review_point(
            ReviewText(self.tr("Learning point"), text, None, True, LEARNING_POINT_MAX_LENGTH),
            lambda result: self._save_new_point(result.texts[0], True, result.kept),
            cancelled,
            hold=lambda: self._save_new_point(text, shareable=False),
        )

    def _save_new_point(
        self, text: str, shareable: bool, kept: tuple[KeptFinding, ...] = ()
    ) -> None:
        try:
            record = notes.add_learning_point(
                self._store, self._session_id, LearningPointDraft(text, shareable)
            )
        except ReflectDeskError as error:
            show_error(self, self.tr("Could not add the learning point"), error)
            return
        self.point_edit.clear()
        self.reload()
        self._record_kept(record.id, kept)

    def _review_point(
        self,
        text: ReviewText,
        proceed: Callable[[ReviewResult], None],
        cancelled: Callable[[], None],
        hold: Callable[[], None] = lambda: None,
    ) -> None:
        """Check a point about to become shareable; ``proceed`` saves it (the overrides
        are recorded with the note's id once it is saved). While the clock runs, a point
        that needs the review is not shared: ``hold`` runs and the page says why."""
        self.held_back.hide()

        def held() -> None:
            hold()
            self.held_back.show()

        def finished() -> None:
            self.review = None

        def cancel() -> None:
            finished()
            cancelled()

        def go_on(result: ReviewResult) -> None:
            finished()
            proceed(result)

        self.review = review_then(
            self,
            self._store,
            OverrideContext.SHAREABLE_POINT,
            [text],
            go_on,
            cancelled=cancel,
            record=False,
            hold=held if self._clock_running() else None,
        )

    def _record_kept(self, note_id: str, kept: tuple[KeptFinding, ...]) -> None:
        try:
            privacy_overrides.record_overrides(
                self._store,
                OverrideContext.SHAREABLE_POINT,
                [KeptFinding(note_id, item.finding) for item in kept],
            )
        except ReflectDeskError as error:
            show_error(self, self.tr("Could not record the choice"), error)

    def add_action(self) -> None:
        text = self.action_edit.text()
        if not text.strip() or self._read_only:
            return
        owner = self.owner_combo.currentData() or None
        try:
            chosen = self.due_edit.date()  # QDate.toPython() is typed as object
            due = date(chosen.year(), chosen.month(), chosen.day())
            notes.add_action(self._store, self._session_id, ActionDraft(text, owner, due))
        except ReflectDeskError as error:
            show_error(self, self.tr("Could not add the action"), error)
            return
        self.action_edit.clear()
        self.reload()

    def _point_toggled(self, item: QListWidgetItem) -> None:
        point_id = item.data(ID_ROLE)
        current = next(
            p for p in notes.learning_points(self._store, self._session_id) if p.id == point_id
        )
        shareable = item.checkState() == Qt.CheckState.Checked
        if current.shareable == shareable:
            return
        draft = current.to_draft()
        if not shareable:
            notes.update_learning_point(
                self._store, point_id, LearningPointDraft(draft.text, False, draft.theme_ids)
            )
            return
        # Not shareable until the check is done: the tick comes back when it is saved.
        self.points.blockSignals(True)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.points.blockSignals(False)
        if self.review is not None:
            return

        def save(result: ReviewResult) -> None:
            try:
                notes.update_learning_point(
                    self._store,
                    point_id,
                    LearningPointDraft(result.texts[0], True, draft.theme_ids),
                )
            except ReflectDeskError as error:
                show_error(self, self.tr("Could not share the learning point"), error)
                self.reload()
                return
            self.reload()
            self._record_kept(point_id, result.kept)

        self._review_point(
            ReviewText(
                self.tr("Learning point"), draft.text, point_id, True, LEARNING_POINT_MAX_LENGTH
            ),
            save,
            lambda: None,
        )

    def _action_toggled(self, item: QListWidgetItem) -> None:
        notes.set_action_done(
            self._store, item.data(ID_ROLE), item.checkState() == Qt.CheckState.Checked
        )

    def _action_text(self, text: str, owner: str | None, due: date | None) -> str:
        parts = [text, owner or self.tr("facilitator")]
        if due is not None:
            parts.append(self.tr("due %1").replace("%1", day_and_month(due)))
        return " — ".join(parts)

    def tag_point(self, item: QListWidgetItem) -> None:
        """Choose the themes of one learning point (after the session: a dialog)."""
        if self._read_only:
            return
        point = next(
            p
            for p in notes.learning_points(self._store, self._session_id)
            if p.id == item.data(ID_ROLE)
        )
        self.themes.tag_point(point)

    def focus_note(self) -> None:
        self.private_box.focus_here()

    def shutdown(self) -> None:
        """Write what was typed last, then stop the writer thread."""
        self.private_box.shutdown()
