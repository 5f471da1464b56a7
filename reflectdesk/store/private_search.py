"""The search index of private notes while they are unlocked: in memory only.

While the vault is unlocked, every private note is unsealed once (through the vault
seam, store/note_lookup.py) and indexed in a SQLite database that lives in this
process's memory (``:memory:``: no file, no journal, no WAL; temporary tables and sorts
kept in memory too). It has the same two tables as the file's index
(store/search_index.py): ``search_entries`` with the text as written, for the snippets,
and ``search_index``, FTS5 with the same tokenizer and prefix indexes over the text
folded by core.search.index_key (core.names.fold, punctuated words joined); so the
same ranking query runs on both, and "huseyin" finds
"Hüseyin" in a private note as it does in a member's name.

Kept current from the store's change feed: Change("notes", id) re-reads that note (or
forgets it), Change("notes") without ids (a passphrase reset) indexes everything again,
Change("vault", "locked") closes the connection, which frees the database.

Built when first needed, not at unlocking: the first search after unlocking starts the
build on a background thread (:func:`search_everything` says INDEXING meanwhile, and the
search page asks again). Most sessions unlock to write, not to search; building at every
unlock cost seconds of a core at ten years of notes (2.5 s at 10x) in the middle of a
session, and kept every note decrypted in memory when nobody searched. Notes removed
by a cascade (a deleted session or group) announce nothing; a hit is checked against the
file before it is shown, and a note found gone is forgotten.

Threads: the feed calls back on whichever thread committed (the autosave writer, the ui
thread), searches run on a worker thread; one lock guards the connection and is held
only for short steps. Building (unsealing thousands of notes) holds it only to swap the
finished database in, so locking never waits for a build.

Nothing here logs a note's text, title or the query.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from reflectdesk.core.events import Change
from reflectdesk.core.search import index_key
from reflectdesk.store.database import Store

if TYPE_CHECKING:  # the search modules are imported at the first unlock or search
    from reflectdesk.core.notes import PrivateNoteRecord
    from reflectdesk.core.search import SearchHit

__all__ = ["MEMORY_SCHEMA", "Found", "PrivateNotes", "PrivateNotesIndex", "search_everything"]

log = logging.getLogger(__name__)
PRIVATE_KIND = "private"  # core.search.HitKind.PRIVATE
BATCH = 250  # notes unsealed and indexed at a time: short steps, memory kept small

# The same tokenizer and prefixes as the file's search_index (migrations 0006, 0014).
MEMORY_SCHEMA = (
    "PRAGMA temp_store = MEMORY",  # a large sort must not spill to a temporary file
    """CREATE TABLE search_entries (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL UNIQUE,
        group_id TEXT,
        title TEXT NOT NULL,
        body TEXT NOT NULL
    )""",
    """CREATE VIRTUAL TABLE search_index USING fts5(
        title_key, body_key,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'
    )""",
)


def _new_database() -> sqlite3.Connection:
    # ":memory:" is private to this connection: no file, and it ends when closed.
    connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    for statement in MEMORY_SCHEMA:
        connection.execute(statement)
    return connection


def _forget(connection: sqlite3.Connection, note_ids: Iterable[str]) -> None:
    for note_id in note_ids:
        row = connection.execute(
            "SELECT id FROM search_entries WHERE ref_id = ?", (note_id,)
        ).fetchone()
        if row is not None:
            connection.execute("DELETE FROM search_index WHERE rowid = ?", (row[0],))
            connection.execute("DELETE FROM search_entries WHERE id = ?", (row[0],))


def _index(connection: sqlite3.Connection, notes: Iterable[PrivateNoteRecord]) -> None:
    connection.execute("BEGIN")
    for note in notes:
        _forget(connection, (note.id,))
        cursor = connection.execute(
            "INSERT INTO search_entries (kind, ref_id, group_id, title, body) "
            "VALUES (?, ?, NULL, ?, ?)",
            (PRIVATE_KIND, note.id, note.title, note.body),
        )
        connection.execute(
            "INSERT INTO search_index (rowid, title_key, body_key) VALUES (?, ?, ?)",
            (cursor.lastrowid, index_key(note.title), index_key(note.body)),
        )
    connection.execute("COMMIT")


class PrivateNotesIndex:
    """The in-memory index of one store's private notes, alive while they are unlocked."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._guard = threading.Lock()  # the connection and the fields below
        self._building = threading.Lock()  # one build at a time
        self._db: sqlite3.Connection | None = None
        self._generation = 0  # raised by every drop: a build of an older one is thrown away
        self._pending: set[str] = set()  # notes changed while a build ran
        self._builder: threading.Thread | None = None
        self._unsubscribe = store.changes.subscribe(self._on_change)

    # -- the life of the index -----------------------------------------------------------

    @property
    def ready(self) -> bool:
        with self._guard:
            return self._db is not None

    def start_building(self) -> threading.Thread:
        """Build the index on a background thread (it returns at once)."""
        with self._guard:
            generation = self._generation
            thread = threading.Thread(
                target=self._build_quietly,
                args=(generation,),
                name="private-notes-index",
                daemon=True,
            )
            self._builder = thread
        thread.start()
        return thread

    def ensure_building(self) -> None:
        """Start a build unless the index is built or a build is under way."""
        with self._guard:
            if self._db is not None or (self._builder is not None and self._builder.is_alive()):
                return
        self.start_building()

    def build(self) -> bool:
        """Build the index now on this thread unless it is built; False while locked."""
        with self._guard:
            generation = self._generation
        return self._build(generation)

    def drop(self) -> None:
        """Close the in-memory database (on lock): its memory is freed with it."""
        with self._guard:
            self._generation += 1
            self._pending.clear()
            if self._db is not None:
                self._db.close()
                self._db = None

    def close(self) -> None:
        """Stop listening to the store and drop the index (the owner is going)."""
        self._unsubscribe()
        self.drop()

    def _build_quietly(self, generation: int) -> None:
        try:
            self._build(generation)
        except Exception as error:  # a closed store, a locked vault: the next search retries
            log.info("private notes index: not built (%s)", type(error).__name__)

    def _build(self, generation: int) -> bool:
        with self._building:
            with self._guard:
                if self._db is not None and generation == self._generation:
                    return True
            if not self._store.keyring.unlocked:
                return False
            # Imported here, as below: the vault seam and the index are not needed to
            # start the app, only once the notes are unlocked or searched.
            from reflectdesk.store.note_lookup import private_note_ids, private_notes_with_ids

            note_ids = private_note_ids(self._store)
            database = _new_database()
            for start in range(0, len(note_ids), BATCH):
                if generation != self._generation:
                    database.close()  # locked meanwhile: stop unsealing
                    return False
                _index(database, private_notes_with_ids(self._store, note_ids[start:][:BATCH]))
                time.sleep(0)  # let the ui thread have Python's lock between batches
            with self._guard:
                if generation != self._generation or not self._store.keyring.unlocked:
                    database.close()  # locked (or reset) meanwhile
                    return False
                self._db = database
                pending, self._pending = self._pending, set()
            log.info("private notes index: %d notes indexed in memory", len(note_ids))
        if pending:
            self.refresh(pending)
        return True

    # -- keeping it current --------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.area == "vault":
            if change.ids[:1] == ("locked",):
                self.drop()
        elif change.area == "notes":
            if change.ids:
                self.refresh(change.ids)
            else:  # every note at once (a reset): the next search indexes them again
                self.drop()

    def refresh(self, note_ids: Iterable[str]) -> None:
        """Index these notes again as they are now in the file (or forget them)."""
        wanted = set(note_ids)
        with self._guard:
            if self._db is None:
                if self._builder is not None and self._builder.is_alive():
                    self._pending |= wanted  # the running build takes these after
                return
        from reflectdesk.store.note_lookup import private_notes_with_ids

        try:
            notes = private_notes_with_ids(self._store, wanted)
        except Exception as error:  # locked meanwhile: drop() follows
            log.info("private notes index: not refreshed (%s)", type(error).__name__)
            return
        with self._guard:
            if self._db is not None:
                _forget(self._db, wanted - {note.id for note in notes})
                _index(self._db, notes)

    # -- searching -----------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit] | None:
        """The best private notes for ``query``, ranked and highlighted as the file's
        index ranks; None while the notes are locked. Builds the index first if it is
        not built yet (call this off the ui thread)."""
        from reflectdesk.core.search import query_phrases
        from reflectdesk.store.search_index import hits_from_rows, ranked_rows

        phrases = query_phrases(query)
        if not self._store.keyring.unlocked:
            return None
        if not phrases or limit <= 0:
            return []
        if not self.ready and not self.build():
            return None
        with self._guard:
            if self._db is None:
                return None  # locked meanwhile
            database = self._db

            def execute(statement: str, params: dict[str, Any]) -> list[Any]:
                return database.execute(statement, params).fetchall()

            rows = ranked_rows(execute, phrases, limit)
        rows = self._still_there(rows)
        return hits_from_rows(rows, phrases)

    def _still_there(self, rows: list[Any]) -> list[Any]:
        from reflectdesk.store.note_lookup import existing_note_ids

        found = {row[1] for row in rows}
        existing = existing_note_ids(self._store, found)
        if existing != found:
            gone = found - existing
            with self._guard:
                if self._db is not None:
                    _forget(self._db, gone)
            rows = [row for row in rows if row[1] in existing]
        return rows


class PrivateNotes(StrEnum):
    """Whether a search looked in the private notes."""

    SEARCHED = "searched"
    LOCKED = "locked"
    INDEXING = "indexing"  # unlocked a moment ago: their index is still being built


@dataclass(frozen=True, slots=True)
class Found:
    """What the search box shows: the hits, best first, and whether the private notes
    were searched."""

    hits: list[SearchHit]
    private: PrivateNotes


def search_everything(
    store: Store,
    private: PrivateNotesIndex,
    query: str,
    *,
    limit: int = 50,
    cancelled: Callable[[], bool] = lambda: False,
) -> Found:
    """The file's index and, while unlocked, the private notes' index, merged by rank
    (titles that hold every word first). Call it off the ui thread; ``cancelled`` is
    asked between the two (a newer query makes this one's result worthless). Never
    waits for the notes' index to be built: the caller asks again when it says
    INDEXING."""
    from reflectdesk.store.search_index import search

    hits = search(store, query, limit=limit) if query.strip() else []
    if cancelled():  # the caller throws this result away
        return Found(hits, PrivateNotes.LOCKED)
    if not store.keyring.unlocked:
        return Found(hits, PrivateNotes.LOCKED)
    if not private.ready:
        private.ensure_building()
        return Found(hits, PrivateNotes.INDEXING)
    notes = private.search(query, limit=limit)
    if notes is None:
        return Found(hits, PrivateNotes.LOCKED)
    from reflectdesk.store.search_context import with_context

    notes = with_context(store, notes)
    # Up to ``limit`` of each, not of both together: a common name that fills the list
    # with members must not hide the private notes about them.
    return Found(sorted(hits + notes, key=lambda hit: hit.rank), PrivateNotes.SEARCHED)
