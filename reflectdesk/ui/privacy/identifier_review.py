"""The identifiable-detail review: before a learning point is shared or note text is
exported, show the likely patient identifiers that reflectdesk.core.identifiers found, and
let the facilitator edit the text (where it can be edited here) or keep each one as
written.

:class:`IdentifierReviewDialog` is opened with ``open()`` and emits ``reviewed`` with a
:class:`ReviewResult` when the facilitator continues; Cancel (or Escape, or closing the
window) emits the dialog's usual ``rejected``. :func:`review_then` wraps the usual use:
check, ask only when needed, record what was kept, then go on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.core.identifiers import Finding, IdentifierKind, find_identifiers
from reflectdesk.store import privacy_overrides, settings
from reflectdesk.store.database import Store
from reflectdesk.store.privacy_overrides import KeptFinding, OverrideContext
from reflectdesk.ui.common.look import is_dark, set_role
from reflectdesk.ui.common.messages import show_error

# Which text a row of the findings list belongs to, and the finding's key.
_INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
_KEEP_COLUMN = 2

# A finding is known by its kind and matched text, not its position: it stays kept (or
# not) while the facilitator edits elsewhere in the text.
FindingKey = tuple[int, IdentifierKind, str]


@dataclass(frozen=True, slots=True)
class ReviewText:
    """One text to review: its label ("Learning point", "Private note: Tuesday"), the text,
    the note it belongs to (None for one not saved yet), and whether it can be edited here
    (then up to ``max_length`` characters on one line)."""

    label: str
    text: str
    note_id: str | None = None
    editable: bool = False
    max_length: int | None = None


@dataclass(frozen=True, slots=True)
class ReviewResult:
    """The texts as the facilitator left them (same order) and the findings kept as
    written in them."""

    texts: tuple[str, ...]
    kept: tuple[KeptFinding, ...]


def highlight_format(palette: QPalette) -> QTextCharFormat:
    """A soft background mixed from the palette's highlight and base colours, with a dotted
    underline so the marking does not rest on colour alone; legible in light and dark."""
    base = palette.color(QPalette.ColorRole.Base)
    accent = palette.color(QPalette.ColorRole.Highlight)
    share = 0.45 if is_dark(palette) else 0.28
    mixed = QColor(
        round(base.red() + (accent.red() - base.red()) * share),
        round(base.green() + (accent.green() - base.green()) * share),
        round(base.blue() + (accent.blue() - base.blue()) * share),
    )
    fmt = QTextCharFormat()
    fmt.setBackground(mixed)
    fmt.setForeground(palette.color(QPalette.ColorRole.Text))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(accent)
    return fmt


class _OneLineEdit(QPlainTextEdit):
    """A wrapping editor for a one-line text: Enter goes to the dialog (Continue)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)


class IdentifierReviewDialog(QDialog):
    """Shows each text with its findings highlighted and a list of what each finding looks
    like; every finding must be edited away or ticked "Keep as written" before Continue.

    Signals: ``reviewed(ReviewResult)`` on Continue; ``rejected`` on Cancel.
    """

    reviewed = Signal(object)

    def __init__(
        self,
        texts: Sequence[ReviewText],
        *,
        place_names: Sequence[str] = (),
        already_kept: Callable[[ReviewText, Finding], bool] | None = None,
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("identifierReview")
        self.setWindowTitle(self.tr("Check for identifiable details"))
        self._texts = list(texts)
        self._places = tuple(place_names)
        self._already_kept = already_kept
        self._kept: set[FindingKey] = set()
        self._findings: list[list[Finding]] = [[] for _ in self._texts]
        self._format = highlight_format(self.palette())

        intro = QLabel(
            self.tr(
                "Some details below could help someone recognise a patient. Reflective "
                "notes should not identify anyone: write “Patient X” and give an "
                "approximate age, never a date of birth."
            ),
            self,
        )
        intro.setObjectName("reviewIntro")
        intro.setWordWrap(True)
        self.hint_label = QLabel(hint, self)
        set_role(self.hint_label, "hint")
        self.hint_label.setObjectName("reviewHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(bool(hint))

        self.editors: list[QPlainTextEdit] = []
        body = QWidget(self)
        texts_layout = QVBoxLayout(body)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        for index, item in enumerate(self._texts):
            label = QLabel(item.label, body)
            set_role(label, "sectionHeading")
            editor: QPlainTextEdit = _OneLineEdit(body) if item.editable else QPlainTextEdit(body)
            editor.setObjectName(f"reviewText{index}")
            editor.setPlainText(item.text)
            editor.setReadOnly(not item.editable)
            editor.setTabChangesFocus(True)
            editor.setAccessibleName(item.label)
            lines = max(2, min(8, item.text.count("\n") + 1 + len(item.text) // 70))
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * (lines + 1) + 12)
            if item.editable:
                editor.textChanged.connect(lambda index=index: self._recheck(index))
            texts_layout.addWidget(label)
            texts_layout.addWidget(editor)
            self.editors.append(editor)
        texts_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        found_heading = QLabel(self.tr("What was found"), self)
        set_role(found_heading, "sectionHeading")
        self.findings_list = QTreeWidget(self)
        self.findings_list.setObjectName("reviewFindings")
        self.findings_list.setRootIsDecorated(False)
        self.findings_list.setAllColumnsShowFocus(True)
        self.findings_list.setHeaderLabels(
            [self.tr("Found"), self.tr("What it is"), self.tr("Keep as written")]
        )
        header = self.findings_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_KEEP_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.findings_list.itemChanged.connect(self._keep_toggled)
        self.findings_list.currentItemChanged.connect(self._show_finding)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("reviewStatus")
        self.status_label.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.continue_button = QPushButton(self.tr("Continue"), self)
        self.continue_button.setObjectName("reviewContinue")
        self.continue_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._continue)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.hint_label)
        layout.addWidget(scroll, 3)
        layout.addWidget(found_heading)
        layout.addWidget(self.findings_list, 2)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.setMinimumSize(560, 460)
        self.resize(680, 560)

        for index, item in enumerate(self._texts):
            if self._already_kept is not None:
                for finding in self._find(item.text):
                    if self._already_kept(item, finding):
                        self._kept.add((index, finding.kind, finding.text))
            self._recheck(index)

    # --- state -------------------------------------------------------------------------

    def _find(self, text: str) -> list[Finding]:
        return find_identifiers(text, place_names=self._places)

    def text(self, index: int) -> str:
        return self.editors[index].toPlainText()

    def findings(self, index: int) -> list[Finding]:
        return list(self._findings[index])

    def remaining(self) -> int:
        """Findings neither edited away nor kept as written."""
        return sum(
            1
            for index, found in enumerate(self._findings)
            for finding in found
            if (index, finding.kind, finding.text) not in self._kept
        )

    def _too_long(self) -> list[int]:
        return [
            index
            for index, item in enumerate(self._texts)
            if item.max_length is not None and len(self._final(index)) > item.max_length
        ]

    def _final(self, index: int) -> str:
        text = self.text(index)
        return " ".join(text.split()) if self._texts[index].editable else text

    # --- reacting ----------------------------------------------------------------------

    def _recheck(self, index: int) -> None:
        editor = self.editors[index]
        found = self._find(editor.toPlainText())
        self._findings[index] = found
        selections = []
        for finding in found:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(editor.document())
            cursor.setPosition(finding.start)
            cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = self._format
            selections.append(selection)
        editor.setExtraSelections(selections)
        self._fill_list()

    def _fill_list(self) -> None:
        tree = self.findings_list
        tree.blockSignals(True)
        tree.clear()
        several = len(self._texts) > 1
        for index, found in enumerate(self._findings):
            for finding in found:
                key = (index, finding.kind, finding.text)
                shown = finding.text if len(finding.text) <= 60 else finding.text[:57] + "…"
                where = f"  ({self._texts[index].label})" if several else ""
                row = QTreeWidgetItem(tree, [f"“{shown}”{where}", self.looks_like(finding.kind)])
                row.setData(0, _INDEX_ROLE, index)
                row.setData(0, _KEY_ROLE, key)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                kept = key in self._kept
                row.setCheckState(
                    _KEEP_COLUMN, Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked
                )
                row.setToolTip(
                    _KEEP_COLUMN, self.tr("Tick to keep this as written; the choice is recorded")
                )
        tree.blockSignals(False)
        self._update_state()

    def _keep_toggled(self, row: QTreeWidgetItem, column: int) -> None:
        if column != _KEEP_COLUMN:
            return
        key = row.data(0, _KEY_ROLE)
        if row.checkState(_KEEP_COLUMN) == Qt.CheckState.Checked:
            self._kept.add(key)
        else:
            self._kept.discard(key)
        self._update_state()

    def _show_finding(self, row: QTreeWidgetItem | None, _previous: object = None) -> None:
        """Select the finding in its text, so it is easy to find and to edit."""
        if row is None:
            return
        index, kind, matched = row.data(0, _KEY_ROLE)
        editor = self.editors[index]
        for finding in self._findings[index]:
            if (finding.kind, finding.text) == (kind, matched):
                cursor = editor.textCursor()
                cursor.setPosition(finding.start)
                cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
                editor.setTextCursor(cursor)
                editor.ensureCursorVisible()
                return

    def _update_state(self) -> None:
        left = self.remaining()
        too_long = self._too_long()
        if too_long:
            limit = self._texts[too_long[0]].max_length
            message = self.tr("The text can be up to %1 characters.").replace("%1", str(limit))
        elif left == 0:
            message = self.tr("Every item is looked at. Continue when you are ready.")
        else:
            message = self.tr(
                "%n item(s) to look at: edit the text, or tick “Keep as written” for those "
                "that are fine.",
                "",
                left,
            )
        self.status_label.setText(message)
        self.continue_button.setEnabled(left == 0 and not too_long)

    def looks_like(self, kind: IdentifierKind) -> str:
        words = {
            IdentifierKind.DATE: self.tr("Looks like a date"),
            IdentifierKind.AGE: self.tr("Looks like an exact age"),
            IdentifierKind.NHS_NUMBER: self.tr("Looks like an NHS number"),
            IdentifierKind.BSN: self.tr("Looks like a BSN (citizen service number)"),
            IdentifierKind.PHONE: self.tr("Looks like a phone number"),
            IdentifierKind.EMAIL: self.tr("Looks like an e-mail address"),
            IdentifierKind.POSTCODE: self.tr("Looks like a postcode"),
            IdentifierKind.TITLED_NAME: self.tr("Looks like a name"),
            IdentifierKind.PLACE_NAME: self.tr("A hospital, practice or ward name"),
        }
        return words[kind]

    def _continue(self) -> None:
        if not self.continue_button.isEnabled():
            return
        texts = tuple(self._final(index) for index in range(len(self._texts)))
        kept = tuple(
            KeptFinding(self._texts[index].note_id, finding)
            for index, found in enumerate(self._findings)
            for finding in found
            if (index, finding.kind, finding.text) in self._kept
        )
        self.reviewed.emit(ReviewResult(texts, kept))
        self.accept()


def review_then(
    parent: QWidget,
    store: Store,
    context: OverrideContext,
    texts: Sequence[ReviewText],
    proceed: Callable[[ReviewResult], None],
    *,
    hint: str = "",
    cancelled: Callable[[], None] | None = None,
    record: bool = True,
    hold: Callable[[], None] | None = None,
) -> IdentifierReviewDialog | None:
    """Check ``texts``; when something is found that was not kept before, open the review
    and call ``proceed`` after Continue (with the overrides recorded, unless ``record`` is
    False because the caller records them itself, e.g. for a note saved only then).
    Without anything new to look at, ``proceed`` runs at once. Returns the dialog, if one
    was opened. ``hold``: when given, it runs instead of opening the review (the caller
    cannot show a dialog now, e.g. while a session's clock runs)."""
    names = settings.place_names(store)
    found = [find_identifiers(item.text, place_names=names) for item in texts]
    kept_before = privacy_overrides.KeptBefore(store, [item.note_id for item in texts])

    def already_kept(item: ReviewText, finding: Finding) -> bool:
        return kept_before(item.note_id, finding.kind, finding.text)

    new = any(
        not already_kept(item, finding)
        for item, findings in zip(texts, found, strict=True)
        for finding in findings
    )
    if not new:
        proceed(ReviewResult(tuple(item.text for item in texts), ()))
        return None
    if hold is not None:
        hold()
        return None
    shown = [item for item, findings in zip(texts, found, strict=True) if findings]
    dialog = IdentifierReviewDialog(
        shown, place_names=names, already_kept=already_kept, hint=hint, parent=parent
    )

    def reviewed(result: ReviewResult) -> None:
        fresh = tuple(
            item
            for item in result.kept
            if not kept_before(item.note_id, item.finding.kind, item.finding.text)
        )
        if record:
            try:
                privacy_overrides.record_overrides(store, context, fresh)
            except ReflectDeskError as error:
                show_error(
                    parent,
                    QCoreApplication.translate(
                        "IdentifierReviewDialog", "Could not record the choice"
                    ),
                    error,
                )
                return
        # Texts not shown in the dialog come back unchanged, in the caller's order.
        edited = iter(result.texts)
        full = tuple(
            next(edited) if findings else item.text
            for item, findings in zip(texts, found, strict=True)
        )
        proceed(ReviewResult(full, fresh))

    dialog.reviewed.connect(reviewed)
    if cancelled is not None:
        dialog.rejected.connect(cancelled)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
