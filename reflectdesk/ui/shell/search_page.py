"""One search box across groups, members, sessions, learning points, actions and private
notes: ranked results with the matching words in bold; Enter opens the one chosen.

Private notes are searched in memory from their unsealed text (never from an index)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.store.database import Store

if TYPE_CHECKING:
    from reflectdesk.core.search import SearchHit
from PySide6.QtCore import QCoreApplication

from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.translation import QT_TRANSLATE_NOOP
from reflectdesk.ui.common.widgets import single_shot

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
TYPING_PAUSE_MS = 150
KIND_LABELS = {  # by HitKind value
    "group": QT_TRANSLATE_NOOP("SearchHitKind", "Group"),
    "member": QT_TRANSLATE_NOOP("SearchHitKind", "Member"),
    "session": QT_TRANSLATE_NOOP("SearchHitKind", "Session"),
    "learning_point": QT_TRANSLATE_NOOP("SearchHitKind", "Learning point"),
    "action": QT_TRANSLATE_NOOP("SearchHitKind", "Action"),
    "private": QT_TRANSLATE_NOOP("SearchHitKind", "My private note"),
}


class SearchField(QLineEdit):
    """Down moves into the results, Escape leaves the search."""

    down = Signal()
    escape = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)


class SearchPage(QWidget):
    """Emits ``open_hit(hit)`` when a result is chosen and ``closed`` on Escape."""

    open_hit = Signal(object)
    closed = Signal()

    def __init__(self, store: Store, field: SearchField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPage")
        self._store = store
        self._private_note = ""  # why private notes were not searched, if they were not
        self.field = field
        self.summary = QLabel(self)
        set_role(self.summary, "hint")
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._activate)
        self._soften_selection()
        self._timer = single_shot(self, self.run, TYPING_PAUSE_MS)
        field.textChanged.connect(lambda _text: self._timer.start())
        field.returnPressed.connect(self._open_first)
        field.down.connect(self._into_results)
        field.escape.connect(self.closed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)

    def _soften_selection(self) -> None:
        """A pale tint for the chosen result: its text is a label that keeps its own
        colours (the grey kind, the black title), which a full highlight made unreadable."""
        palette = self.results.palette()
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        tint = QColor(
            (base.red() * 3 + accent.red()) // 4,
            (base.green() * 3 + accent.green()) // 4,
            (base.blue() * 3 + accent.blue()) // 4,
        )
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, tint)
        self.results.setPalette(palette)

    def run(self) -> list[SearchHit]:
        # Imported on first search: the index and the vault seam are not needed to start.
        from reflectdesk.core.search import search_private
        from reflectdesk.store import note_lookup, search_index

        text = self.field.text()
        hits = search_index.search(self._store, text) if text.strip() else []
        self._private_note = ""
        if text.strip():
            # Private notes are searched only while unlocked, in memory, never indexed.
            if not self._store.keyring.unlocked:
                self._private_note = self.tr(
                    "Private notes are locked, so they were not searched (Ctrl+Shift+L unlocks)."
                )
            else:
                try:
                    found = note_lookup.all_private_notes(self._store)
                except ReflectDeskError as error:
                    self._private_note = str(error)
                else:
                    private = [(n.id, n.title, n.body) for n in found]
                    hits = hits + search_private(private, text)
        self._show(text, hits)
        return hits

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(self.results)
            item.setData(HIT_ROLE, hit)
            label = QLabel(self._html(hit), self.results)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(6, 4, 6, 4)
            item.setSizeHint(label.sizeHint())
            self.results.setItemWidget(item, label)
            item.setToolTip(hit.title)
        if not text.strip():
            self.summary.setText(self.tr("Type to search groups, members, sessions and notes."))
        elif hits:
            self.summary.setText(
                self.tr("%1 results — Enter opens the first, ↓ moves into the list.").replace(
                    "%1", str(len(hits))
                )
            )
        else:
            self.summary.setText(self.tr("Nothing found for “%1”.").replace("%1", text.strip()))
        if self._private_note:
            self.summary.setText(self.summary.text() + "\n" + self._private_note)

    def _html(self, hit: SearchHit) -> str:
        kind = QCoreApplication.translate("SearchHitKind", KIND_LABELS.get(hit.kind, hit.kind))
        from html import escape

        return (
            f"<span style='color: gray'>{escape(kind)}</span> · <b>{escape(hit.title)}</b>"
            f"<br>{hit.snippet_html}"
        )

    def _into_results(self) -> None:
        if self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)

    def _open_first(self) -> None:
        self._timer.stop()
        self.run()
        if self.results.count():
            self._activate(self.results.item(0))

    def _activate(self, item: QListWidgetItem) -> None:
        self.open_hit.emit(item.data(HIT_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape in the results leaves the search, as it does in the field.
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)
