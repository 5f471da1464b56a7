"""Adding or changing a hand entry of a leader's log: a supervision session, a training
event, or a session led or co-led outside ReflectDesk, with a private note.

The note is written with the entry when OK is pressed, not as it is typed: Cancel must
leave nothing behind, and a new entry has nowhere to keep a note until it exists. The
private note box is the one every private note uses (locked panel, Unlock…, the
passphrase asked for on the first key when none is set); its autosave only holds the
text here. While the notes are locked the note is not read, and OK leaves it as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from reflectdesk.core.leader_entries import CASES_MAX, MINUTES_MAX, EntryDraft
from reflectdesk.core.model import LeaderLogKind
from reflectdesk.core.notes import PrivateNoteRecord
from reflectdesk.store.vault import VaultStatus
from reflectdesk.ui.common.form_dialog import FormDialog
from reflectdesk.ui.common.widgets import line_field, role_label
from reflectdesk.ui.privacy.private_note_box import PrivateNoteBox
from reflectdesk.ui.privacy.vault_controller import VaultController

LED_KINDS = (LeaderLogKind.LED, LeaderLogKind.CO_LED)


@dataclass(frozen=True, slots=True)
class EntryStart:
    """The fields the dialog opens with: an entry's, or a new one's."""

    kind: LeaderLogKind = LeaderLogKind.SUPERVISION
    on_date: date | None = None  # None: today
    minutes: int = 60
    counterpart: str = ""
    title: str = ""
    cases: int | None = None


class LeaderEntryDialog(FormDialog):
    """``save(form)`` stores the entry (raising a ReflectDeskError to keep the dialog
    open with the reason); ``load_note()`` reads the entry's private note ('' if none)."""

    def __init__(
        self,
        vault: VaultController,
        save: Callable[[EntryDraft], object],
        *,
        start: EntryStart | None = None,
        load_note: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        editing = start is not None
        title = self.tr("Edit Log Entry") if editing else self.tr("Add Log Entry")
        super().__init__("leaderEntryDialog", title, parent)
        start = start or EntryStart()
        self._save = save
        self._vault = vault
        self._load_note = load_note
        self._editing = editing
        self._held_note: str | None = None  # typed, kept while the notes were locked

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("entryKind")
        for text, kind in (
            (self.tr("Supervision"), LeaderLogKind.SUPERVISION),
            (self.tr("Training event"), LeaderLogKind.TRAINING),
            (self.tr("Session led outside ReflectDesk"), LeaderLogKind.LED),
            (self.tr("Session co-led outside ReflectDesk"), LeaderLogKind.CO_LED),
        ):
            self.kind_combo.addItem(text, kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(start.kind.value))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("entryDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        day = start.on_date or date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.hours_spin = self._spin("entryHours", MINUTES_MAX // 60, start.minutes // 60)
        self.minutes_spin = self._spin("entryMinutes", 59, start.minutes % 60)
        self.hours_spin.setAccessibleName(self.tr("Hours"))
        self.minutes_spin.setAccessibleName(self.tr("Minutes"))
        self.counterpart_field = line_field(self, "entryCounterpart", 120)
        self.counterpart_field.setText(start.counterpart)
        self.title_field = line_field(self, "entryTitle", 200)
        self.title_field.setText(start.title)
        self.cases_spin = self._spin("entryCases", CASES_MAX, start.cases or 0)
        self.cases_spin.setAccessibleName(self.tr("Cases presented"))

        self.box = PrivateNoteBox(
            vault,
            self._stored_note,
            self._hold,
            editor_name="entryNote",
            placeholder=self.tr("e.g. What the supervisor and I talked about"),
            parent=self,
        )
        self.box.save_state.hide()  # nothing is saved before OK: no "Saved" to show
        # Its saves only hold the text (``_hold``), so they need no thread of their own:
        # stopped, the autosave runs them here, and no thread outlives a closed window.
        self.box.saver.stop()
        self.box.editor.setTabChangesFocus(True)
        self.note_hint = role_label(
            "hint",
            self,
            self.tr("Only you can read the note: it is encrypted, and saved with the entry."),
            wrap=True,
        )
        vault.aboutToLock.connect(self._keep_typed)

        self.counterpart_label = QLabel(self)
        self.title_label = QLabel(self)
        self.cases_label = QLabel(self.tr("&Cases presented:"), self)
        self.cases_label.setBuddy(self.cases_spin)
        form = QFormLayout()
        form.addRow(self._label(self.tr("&What:"), self.kind_combo), self.kind_combo)
        form.addRow(self._label(self.tr("&Date:"), self.date_edit), self.date_edit)
        form.addRow(self._label(self.tr("&Time spent:"), self.hours_spin), self._duration_row())
        form.addRow(self.counterpart_label, self.counterpart_field)
        form.addRow(self.title_label, self.title_field)
        form.addRow(self.cases_label, self.cases_spin)
        note_label = self._label(self.tr("&Private note:"), self.box.editor)
        self.lay_out(form, note_label, (self.box, 1), self.note_hint)
        self.kind_combo.currentIndexChanged.connect(self._follow_kind)
        self._follow_kind()
        self.resize(560, 520)
        self.kind_combo.setFocus()

    def _spin(self, name: str, top: int, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(0, top)
        spin.setValue(value)
        return spin

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _duration_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for spin, unit in ((self.hours_spin, self.tr("hours")), (self.minutes_spin, "")):
            row.addWidget(spin)
            row.addWidget(QLabel(unit or self.tr("minutes"), self))
        row.addStretch(1)
        return row

    def kind(self) -> LeaderLogKind:
        return LeaderLogKind(self.kind_combo.currentData())

    def _follow_kind(self) -> None:
        """The counterpart's and title's words follow what is entered; cases only for
        a session led or co-led."""
        kind = self.kind()
        words = {
            LeaderLogKind.SUPERVISION: (self.tr("Supe&rvisor:"), self.tr("T&opic:")),
            LeaderLogKind.TRAINING: (self.tr("T&rainer or organiser:"), self.tr("&Event:")),
            LeaderLogKind.LED: (self.tr("Co-&leader:"), self.tr("&Group:")),
            LeaderLogKind.CO_LED: (self.tr("Co-&leader:"), self.tr("&Group:")),
        }
        counterpart, title = words[kind]
        self.counterpart_label.setText(counterpart)
        self.counterpart_label.setBuddy(self.counterpart_field)
        self.title_label.setText(title)
        self.title_label.setBuddy(self.title_field)
        led = kind in LED_KINDS
        self.cases_label.setVisible(led)
        self.cases_spin.setVisible(led)

    # --- the private note ------------------------------------------------------------

    def _stored_note(self) -> Sequence[PrivateNoteRecord]:
        """What the note box shows once unlocked: what was typed before a lock, else the
        entry's note."""
        text = self._held_note
        if text is None and self._load_note is not None:
            text = self._load_note()
        if not text:
            return []
        now = datetime.now(UTC)
        return [PrivateNoteRecord("", None, None, None, None, "", text, now, now)]

    @staticmethod
    def _hold(_text: str, note_id: str | None) -> str:
        # The box's autosave runs this; the text is read from the editor at OK instead.
        return note_id or ""

    def _keep_typed(self) -> None:
        """The notes lock (idle, or Ctrl+L): keep what was typed, shown again on unlock."""
        if self._vault.status is VaultStatus.UNLOCKED:
            self._held_note = self.box.editor.toPlainText()

    def note_text(self) -> str | None:
        """The note to store with the entry; None to leave the stored one as it is (or,
        for a new entry, to make none); '' removes an entry's note."""
        if self._vault.status is not VaultStatus.UNLOCKED:
            return None
        text = self.box.editor.toPlainText()
        return text if text.strip() or self._editing else None

    def _note_waits_for_passphrase(self) -> bool:
        """Text typed while the notes cannot be written (no passphrase yet, or locked
        since): OK asks for the passphrase and then stores everything."""
        if self._vault.status is VaultStatus.UNLOCKED:
            return False
        typed = self.box.unsaved or bool(self._held_note)
        if typed:
            self._vault.when_unlocked(self.submit)
        return typed

    # --- OK ----------------------------------------------------------------------------

    def form(self) -> EntryDraft:
        kind = self.kind()
        picked = self.date_edit.date()
        return EntryDraft(
            kind=kind,
            on_date=date(picked.year(), picked.month(), picked.day()),
            minutes=self.hours_spin.value() * 60 + self.minutes_spin.value(),
            counterpart=self.counterpart_field.text().strip(),
            title=self.title_field.text().strip(),
            cases=self.cases_spin.value() if kind in LED_KINDS else None,
            note=self.note_text(),
        )

    def submit(self) -> None:
        if self._note_waits_for_passphrase():
            return
        super().submit()

    def run_submit(self) -> None:
        self._save(self.form())

    def done(self, result: int) -> None:
        if self.isVisible():  # once: a second done() finds nothing to undo
            self._vault.aboutToLock.disconnect(self._keep_typed)
        super().done(result)
