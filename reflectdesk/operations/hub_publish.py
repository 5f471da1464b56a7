"""Publishing a laptop's shareable records to the department hub (issue 20).

:func:`plan_publish` reads, offline, what would go: per table the rows of the chosen
groups whose values differ from the ledger (store/publish_ledger.py) and the keys the
ledger holds that are no longer shareable; learning points and actions pass the
identifiable-detail check first, and a note with a finding nobody kept is held back
(reported, never sent). :func:`publish` sends the plan in batches, each its own hub
transaction followed by its ledger entries on the laptop, so an interrupted publish
(dropped connection, killed server, a closed laptop, a cancel) resumes from the last
committed batch. Deletions go first, children before parents; then upserts, parents
before children. Nothing here blocks on a user interface: ``progress(done, total)``
and ``cancelled()`` are the hooks of the app's background work (raising from
``progress`` stops the publish like a dropped connection would).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from reflectdesk.core.errors import ReflectDeskError, words
from reflectdesk.operations.identifier_check import (
    NoteField,
    NoteText,
    StandingFinding,
    check_texts,
)
from reflectdesk.store import publish_ledger
from reflectdesk.store.database import Store
from reflectdesk.store.hub_errors import HubConnectionLostError, HubUnreachableError
from reflectdesk.store.publish_tables import TABLES, Owner, PublishTable, Scope, row_key, rows_query

log = logging.getLogger(__name__)

Row = dict[str, Any]
Progress = Callable[[int, int], None]
BATCH_ROWS = 500
CHECK_SLICE = 5_000


class PublishCancelled(ReflectDeskError):
    code = "publish_cancelled"

    def __init__(self) -> None:
        super().__init__(
            words().gettext(
                "Publishing was stopped. What was sent so far is on the hub; the next "
                "publish sends the rest."
            )
        )


@dataclass
class TableQueue:
    spec: PublishTable
    changed: list[Row] = field(default_factory=list)
    digests: dict[str, str] = field(default_factory=dict)  # key -> digest of changed rows
    deleted: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.changed) + len(self.deleted)


@dataclass
class PublishPlan:
    queues: list[TableQueue]
    held_back: tuple[StandingFinding, ...] = ()
    groups: dict[str, str | None] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(queue.size for queue in self.queues)

    def counts(self) -> dict[str, tuple[int, int]]:
        """Table -> (rows to upsert, rows to delete), for the tables with any."""
        return {q.spec.name: (len(q.changed), len(q.deleted)) for q in self.queues if q.size}

    def held_notes(self) -> list[str]:
        return sorted({item.source.note_id for item in self.held_back})


FETCH = 2_000  # rows a partition: short enough a hold for the ui thread


def digest(row: Row) -> str:
    encoded = json.dumps(row, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()[:24]


def plan_publish(store: Store, groups: Mapping[str, str | None] | None = None) -> PublishPlan:
    """What a publish of the chosen groups (or of ``groups``, group id -> hub programme
    id, for a dry run of a choice not saved yet) would send now; reads the laptop only."""
    chosen = dict(publish_ledger.chosen_groups(store) if groups is None else groups)
    scope = Scope(chosen)
    current: dict[str, list[Row]] = {}
    with store.reading() as session:
        for spec in TABLES:
            # In partitions: a whole table fetched in one compiled call keeps Python's
            # lock from the ui thread for as long as it takes (seconds at scale).
            result = session.execute(rows_query(spec, scope)).mappings()
            current[spec.name] = [dict(row) for part in result.partitions(FETCH) for row in part]
    for row in current["groups"]:
        row["programme_id"] = chosen.get(row["id"])
    # Only what changed is checked again: a point sent unchanged passed before.
    noted = publish_ledger.sent(store, "notes")
    held = _held_back(store, [r for r in current["notes"] if noted.get(r["id"]) != digest(r)])
    held_ids = {item.source.note_id for item in held}
    current["notes"] = [row for row in current["notes"] if row["id"] not in held_ids]
    current["note_themes"] = [r for r in current["note_themes"] if r["note_id"] not in held_ids]
    queues = [_queue(store, spec, current[spec.name]) for spec in TABLES]
    return PublishPlan(queues, held, chosen)


def _queue(store: Store, spec: PublishTable, rows: list[Row]) -> TableQueue:
    ledger = publish_ledger.sent(store, spec.name)
    queue = TableQueue(spec)
    keys = set()
    for row in rows:
        key = row_key(spec, row)
        keys.add(key)
        row_digest = digest(row)
        if ledger.get(key) != row_digest:
            queue.changed.append(row)
            queue.digests[key] = row_digest
    queue.deleted = sorted(set(ledger) - keys)
    # In key order, so each batch's ledger entries fall in one or two chunks.
    queue.changed.sort(key=lambda row: row_key(spec, row))
    return queue


def _held_back(store: Store, notes: list[Row]) -> tuple[StandingFinding, ...]:
    kinds = {"learning_point": NoteField.LEARNING_POINT, "action": NoteField.ACTION}
    texts = [
        NoteText(
            kinds[row["kind"]],
            row["id"],
            row["session_id"],
            "\n".join(part for part in (row["title"], row["body"]) if part),
        )
        for row in notes
    ]
    # In slices: the check looks the notes' kept findings up by id, and SQLite takes
    # at most 32,766 variables a statement (a term of a big programme has more notes).
    return tuple(
        finding
        for start in range(0, len(texts), CHECK_SLICE)
        for finding in check_texts(store, texts[start : start + CHECK_SLICE]).standing
    )


@dataclass
class PublishReport:
    sent: dict[str, int] = field(default_factory=dict)  # table -> rows upserted
    deleted: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # library rows someone else owns
    held_back: tuple[str, ...] = ()  # note ids


def publish(
    store: Store,
    url: str,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_rows: int = BATCH_ROWS,
) -> PublishReport:
    """Send what :func:`plan_publish` finds to the hub at ``url``; raises
    HubUnreachableError (nothing recorded) when the hub cannot be reached, and
    HubConnectionLostError (whole batches sent and recorded) when the connection breaks
    mid-way."""
    from reflectdesk.store.hub import describe
    from reflectdesk.store.hub_setup import hub_connection

    plan = plan_publish(store)
    laptop = publish_ledger.laptop_id(store)
    report = PublishReport(held_back=tuple(plan.held_notes()))
    done, total = 0, plan.total
    connected = False
    try:
        with hub_connection(url) as connection:
            connected = True
            sender = _Sender(connection, store, laptop, plan, report)
            batches = [*sender.deletions(batch_rows), *sender.upserts(batch_rows)]
            for step in batches:
                if cancelled is not None and cancelled():
                    raise PublishCancelled()
                done += step()
                if progress is not None:
                    progress(done, total)
    except HubUnreachableError:
        if not connected:
            raise
        # Not "could not connect": the address and the role were right.
        raise HubConnectionLostError(describe(url)) from None
    log.info("hub publish: %d rows sent or deleted in %d batches", done, len(batches))
    return report


class _Sender:
    """The batches of one publish, each a function sending itself (hub transaction,
    then the laptop's ledger) and returning how many queued rows it handled."""

    def __init__(
        self, connection: Any, store: Store, laptop: str, plan: PublishPlan, report: PublishReport
    ) -> None:
        self.connection, self.store, self.laptop = connection, store, laptop
        self.plan, self.report = plan, report

    def deletions(self, size: int) -> list[Callable[[], int]]:
        return [
            partial(self._delete, queue, keys)
            for queue in reversed(self.plan.queues)
            for keys in _chunks(queue.deleted, size)
        ]

    def upserts(self, size: int) -> list[Callable[[], int]]:
        return [
            partial(self._upsert, queue, rows)
            for queue in self.plan.queues
            for rows in _chunks(queue.changed, size)
        ]

    def _delete(self, queue: TableQueue, keys: list[str]) -> int:
        from reflectdesk.store import hub_writes

        with self.connection.begin():
            hub_writes.durable(self.connection)
            hub_writes.remove(self.connection, queue.spec, keys)
        publish_ledger.record_batch(self.store, queue.spec.name, {}, keys)
        _add(self.report.deleted, queue.spec.name, len(keys))
        return len(keys)

    def _upsert(self, queue: TableQueue, rows: list[Row]) -> int:
        from reflectdesk.store import hub_writes

        spec, connection = queue.spec, self.connection
        with connection.begin():
            hub_writes.durable(connection)
            mine = self._ours(spec, rows)
            if spec.owner is Owner.GROUP:
                hub_writes.claim_groups(connection, [row["id"] for row in mine], self.laptop)
            if spec.owner is Owner.ROW:
                hub_writes.claim_rows(connection, spec.name, [r["id"] for r in mine], self.laptop)
            sent = [dict(row) for row in mine]
            if spec.library:
                hub_writes.unique_keys(connection, spec, sent, self.laptop)
            hub_writes.upsert(connection, spec, sent)
        keys = [row_key(spec, row) for row in rows]
        publish_ledger.record_batch(self.store, spec.name, {k: queue.digests[k] for k in keys})
        _add(self.report.sent, spec.name, len(mine))
        if len(mine) < len(rows):
            _add(self.report.skipped, spec.name, len(rows) - len(mine))
        return len(rows)

    def _ours(self, spec: PublishTable, rows: list[Row]) -> list[Row]:
        """``rows`` less the library rows another facilitator published first (the hub
        has them already: a laptop restored from another's archive shares their ids)."""
        from reflectdesk.store import hub_writes

        if not spec.library:
            return rows
        if spec.parent is not None:
            parent, column = spec.parent
            parents = {str(row[column]) for row in rows}
            allowed = hub_writes.owned_rows(self.connection, parent, parents)
            return [row for row in rows if str(row[column]) in allowed]
        ids = {str(row["id"]) for row in rows}
        there = hub_writes.existing(self.connection, spec, ids)
        foreign = there - hub_writes.owned_rows(self.connection, spec.name, there)
        return [row for row in rows if str(row["id"]) not in foreign]


def _chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def _add(counts: dict[str, int], table: str, amount: int) -> None:
    counts[table] = counts.get(table, 0) + amount
