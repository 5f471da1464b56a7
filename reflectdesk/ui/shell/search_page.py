"""One search box across groups, members, sessions, learning points, actions and private
notes: ranked results with the matching words in bold; Enter opens the one chosen.

The search runs on a worker thread (a Task), never on the ui thread: with ten years of
records and the private notes unlocked it is still quick, but typing must never wait
for it. One search runs at a time; a query typed meanwhile cancels the running one,
whose results are never shown, and runs when it returns. Private notes are searched in
the in-memory index of store/private_search.py, which this page owns: built when they
are unlocked, closed when they are locked, never on disk."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from reflectdesk.core.errors import ReflectDeskError
from reflectdesk.store.database import Store
from reflectdesk.store.private_search import Found, PrivateNotes, PrivateNotesIndex

if TYPE_CHECKING:
    import threading

    from reflectdesk.core.search import SearchHit
from PySide6.QtCore import QCoreApplication

from reflectdesk.ui.common.dates import session_day
from reflectdesk.ui.common.look import set_role
from reflectdesk.ui.common.translation import QT_TRANSLATE_NOOP
from reflectdesk.ui.common.widgets import single_shot
from reflectdesk.ui.jobs.task import Task

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
TYPING_PAUSE_MS = 150
MIN_ROW_WIDTH = 200  # px: narrower, the list is not laid out yet
INDEXING_PAUSE_MS = 300  # between searches while the private notes' index is built
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
    """Emits ``open_hit(hit)`` when a result is chosen, ``closed`` on Escape, and
    ``shown(text)`` when the results of the query ``text`` are on screen."""

    open_hit = Signal(object)
    closed = Signal()
    shown = Signal(str)

    def __init__(self, store: Store, field: SearchField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPage")
        self._store = store
        self._private_note = ""  # why private notes were not searched, if they were not
        self._running: Task | None = None  # the one search under way
        self._running_text = ""
        self._wanted: str | None = None  # the query to run when it returns
        self._open_when_shown = False  # Enter was pressed before the results came
        self.hits: list[SearchHit] = []  # what the list shows
        self.shown_text: str | None = None  # the query they are for
        self.private_state: PrivateNotes | None = None  # whether they include private notes
        private = PrivateNotesIndex(store)
        self.private_index = private
        # The index listens to the store's feed: it must stop when this page goes.
        self.destroyed.connect(lambda *_: private.close())
        self.field = field
        self.summary = QLabel(self)
        set_role(self.summary, "hint")
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._activate)
        self._soften_selection()
        self._timer = single_shot(self, self.run, TYPING_PAUSE_MS)
        self._again = single_shot(self, self._search_again, INDEXING_PAUSE_MS)
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

    def run(self) -> None:
        """Search for the field's text on a worker thread; the results are shown when
        they come (``shown``), unless a newer query came first."""
        self._timer.stop()
        text = self.field.text()
        if not text.strip():
            self._cancel_running()
            self._private_note = ""
            self.private_state = None
            self._show(text, [])
            return
        if self._running is not None:
            if text == self._running_text and self._wanted is None:
                return  # this very query is under way
            self._wanted = text
            self._running.cancel()  # it checks between the two indexes
            return
        self._start(text)

    def _start(self, text: str) -> None:
        store, private = self._store, self.private_index

        def work(_progress: object, cancelled: threading.Event) -> tuple[str, Found]:
            # Imported here: the index is not needed to start the app.
            from reflectdesk.store.private_search import search_everything

            # A cancelled task reports `cancelled`, whatever this returns.
            return text, search_everything(store, private, text, cancelled=cancelled.is_set)

        task = Task(work, self, "search")
        self._running, self._running_text = task, text
        task.succeeded.connect(self._arrived)
        task.failed.connect(lambda error: self._failed(text, error))
        task.over.connect(lambda: self._over(task))
        task.start()

    def _search_again(self) -> None:
        if self.shown_text != self.field.text():
            return  # typing goes on: its own search follows
        if self.results.hasFocus():
            self._again.start()  # not under the facilitator's arrow keys: a little later
            return
        self.run()

    def _cancel_running(self) -> None:
        self._wanted = None
        if self._running is not None:
            self._running.cancel()

    def _over(self, task: Task) -> None:
        task.deleteLater()
        if self._running is task:
            self._running = None
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self._start(wanted)

    def _stale(self, text: str) -> bool:
        """A result for anything but what the field holds now, or overtaken."""
        return self._wanted is not None or text != self.field.text()

    def _arrived(self, result: tuple[str, Found]) -> None:
        text, found = result
        if self._stale(text):
            return
        self._private_note = ""
        self.private_state = found.private
        if found.private is PrivateNotes.LOCKED:
            # Private notes are searched only while unlocked.
            self._private_note = self.tr(
                "Private notes are locked, so they were not searched (Ctrl+Shift+L unlocks)."
            )
        elif found.private is PrivateNotes.INDEXING:
            self._private_note = self.tr("Private notes are being made searchable…")
            self._again.start()  # until their index is built: a moment after unlocking
        self._show(text, found.hits)

    def _failed(self, text: str, error: object) -> None:
        if self._stale(text):
            return
        self._private_note = str(error) if isinstance(error, ReflectDeskError) else ""
        self.private_state = None
        self._show(text, [])

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        self.hits = hits
        self.shown_text = text
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(self.results)
            item.setData(HIT_ROLE, hit)
            label = QLabel(self._html(hit), self.results)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(6, 4, 6, 4)
            item.setSizeHint(self._row_size(label))
            self.results.setItemWidget(item, label)
            item.setToolTip(hit.title)
        if not text.strip():
            self.summary.setText(self.tr("Type to search groups, members, sessions and notes."))
        elif hits:
            self.summary.setText(
                self.tr(
                    "%n result(s) — Enter opens the first, ↓ moves into the list.", "", len(hits)
                )
            )
        else:
            self.summary.setText(self.tr("Nothing found for “%1”.").replace("%1", text.strip()))
        if self._private_note:
            self.summary.setText(self.summary.text() + "\n" + self._private_note)
        self.shown.emit(text)
        if self._open_when_shown:
            self._open_when_shown = False
            if self.results.count():
                self._activate(self.results.item(0))

    def _row_size(self, label: QLabel) -> QSize:
        """As tall as the label's lines at the list's width: a word-wrapped label's own
        size hint guesses a narrow width and left a blank band under every result."""
        width = self.results.viewport().width()
        if width < MIN_ROW_WIDTH:  # not laid out yet
            return label.sizeHint()
        return QSize(width, label.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for row in range(self.results.count()):
            item = self.results.item(row)
            label = self.results.itemWidget(item)
            if isinstance(label, QLabel):
                item.setSizeHint(self._row_size(label))

    def _html(self, hit: SearchHit) -> str:
        """Kind and title on the first line, then where it is from (group, date), then
        the snippet: results with the same title tell their groups apart."""
        kind = QCoreApplication.translate("SearchHitKind", KIND_LABELS.get(hit.kind, hit.kind))
        first = f"<span style='color: gray'>{escape(kind)}</span>"
        if hit.title.strip():
            first += f" · <b>{escape(hit.title)}</b>"
        context = self._context(hit)
        if context:
            first += f"<br><span style='color: gray'>{escape(context)}</span>"
        return f"{first}<br>{hit.snippet_html}" if hit.snippet_html else first

    def _context(self, hit: SearchHit) -> str:
        """'Balint group 2 — Mon 2 Nov 2026': the group and, for a session or a note,
        its day; only the group for a member, nothing for a group."""
        parts = [hit.group_name] if hit.group_name and hit.kind != "group" else []
        if hit.when is not None and hit.kind != "member":
            parts.append(session_day(hit.when))
        return " — ".join(parts)

    def _into_results(self) -> None:
        if self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)

    def _open_first(self) -> None:
        current = self.shown_text == self.field.text() and self._running is None
        if current and not self._timer.isActive():
            if self.results.count():
                self._activate(self.results.item(0))
            return
        self._open_when_shown = True  # when this query's results come
        self.run()

    def _activate(self, item: QListWidgetItem) -> None:
        self.open_hit.emit(item.data(HIT_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape in the results leaves the search, as it does in the field.
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)
