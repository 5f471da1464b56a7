"""What this laptop has published to the hub, kept on the laptop (issue 20, "Publish,
never merge"), in the settings table (laptop-only: it never reaches a hub).

- ``hub.publish.groups``: the groups the facilitator chose to publish, each with the hub
  programme it belongs to (or none). Publishing is offered, never forced: a group not
  chosen never leaves the laptop.
- ``hub.publish.sent.<table>.<chunk>``: the ledger of one table (in chunks by the
  keys' first characters): every row key last published, with a digest of the values
  sent. It is the table's watermark: a row whose digest differs (or that is new) is
  queued; a key in the ledger that is no longer shareable (deleted, made private,
  held back) is deleted from the hub. A digest works for the tables without a
  timestamp (links, phases, answers) and for clocks that differ between laptops, where
  a time watermark would miss or repeat rows.
- ``hub.publish.last.<table>``: when that table's last batch was committed on the hub.
- ``hub.laptop_id``: this laptop's id on the hub's owner rows. ``hub.url``: the hub's
  address, never with a password (libpq reads PGPASSWORD or ~/.pgpass itself).

Each batch's ledger entries are written right after the hub committed that batch, so an
interrupted publish resumes from the last committed batch; a batch the hub committed
but the ledger missed is sent again, which the upsert by id makes harmless.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from reflectdesk.store.database import Store
from reflectdesk.store.models.settings import Setting

GROUPS_KEY = "hub.publish.groups"
SENT_PREFIX = "hub.publish.sent."
LAST_PREFIX = "hub.publish.last."
LAPTOP_KEY = "hub.laptop_id"
URL_KEY = "hub.url"
# The ledger of a table is kept in chunks by the keys' first characters, so that a
# batch rewrites a few hundred entries, not the whole table's (quadratic at 10x).
CHUNK_CHARS = 2


def _get(session: Session, key: str) -> object:
    raw = session.scalar(select(Setting.__table__.c.value).where(Setting.__table__.c.key == key))
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None  # a damaged value: as if nothing was recorded (all is sent again)


def _put(session: Session, key: str, value: object) -> None:
    statement = insert(Setting).values(key=key, value=json.dumps(value, sort_keys=True))
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[Setting.__table__.c.key], set_={"value": statement.excluded.value}
        )
    )


def chosen_groups(store: Store) -> dict[str, str | None]:
    """Group id -> the hub programme id it is published under (None: no programme)."""
    with store.reading() as session:
        value = _get(session, GROUPS_KEY)
    if not isinstance(value, dict):
        return {}
    return {str(key): (None if item is None else str(item)) for key, item in value.items()}


def choose_group(store: Store, group_id: str, programme_id: str | None) -> None:
    """Offer ``group_id`` for publishing, under ``programme_id`` on the hub."""
    with store.transaction() as session:
        value = _get(session, GROUPS_KEY)
        chosen = dict(value) if isinstance(value, dict) else {}
        chosen[group_id] = programme_id
        _put(session, GROUPS_KEY, chosen)


def withdraw_group(store: Store, group_id: str) -> None:
    """Stop publishing ``group_id``: the next publish deletes what the hub has of it
    (its rows leave the scope, so the ledger's keys for them are deletions)."""
    with store.transaction() as session:
        value = _get(session, GROUPS_KEY)
        chosen = dict(value) if isinstance(value, dict) else {}
        chosen.pop(group_id, None)
        _put(session, GROUPS_KEY, chosen)


def _chunk(key: str) -> str:
    return key[:CHUNK_CHARS]


def sent(store: Store, table: str) -> dict[str, str]:
    """The ledger of ``table``: row key -> digest of the values last published."""
    column = Setting.__table__.c
    with store.reading() as session:
        raws = session.scalars(
            select(column.value).where(column.key.startswith(f"{SENT_PREFIX}{table}."))
        ).all()
    ledger: dict[str, str] = {}
    for raw in raws:
        try:
            value = json.loads(raw)
        except ValueError:
            continue  # a damaged chunk: its rows are sent again
        if isinstance(value, dict):
            ledger.update((str(key), str(digest)) for key, digest in value.items())
    return ledger


def record_batch(
    store: Store,
    table: str,
    published: Mapping[str, str],
    deleted: Iterable[str] = (),
    now: datetime | None = None,
) -> None:
    """After the hub committed a batch of ``table``: its upserted keys with their
    digests, and the keys it deleted. Only the chunks holding these keys are rewritten
    (batches run in key order, so a batch touches one or two)."""
    gone = list(deleted)
    chunks = {_chunk(key) for key in (*published, *gone)}
    with store.transaction() as session:
        for chunk in sorted(chunks):
            name = f"{SENT_PREFIX}{table}.{chunk}"
            value = _get(session, name)
            ledger = dict(value) if isinstance(value, dict) else {}
            ledger.update((k, digest) for k, digest in published.items() if _chunk(k) == chunk)
            for key in gone:
                ledger.pop(key, None)
            _put(session, name, ledger)
        _put(session, LAST_PREFIX + table, (now or datetime.now(UTC)).isoformat())


def last_published(store: Store) -> dict[str, datetime]:
    """Each table's last committed batch (tables never published are absent)."""
    table = Setting.__table__
    with store.reading() as session:
        rows = session.execute(
            select(table.c.key, table.c.value).where(table.c.key.startswith(LAST_PREFIX))
        ).all()
    found: dict[str, datetime] = {}
    for key, raw in rows:
        try:
            found[str(key)[len(LAST_PREFIX) :]] = datetime.fromisoformat(json.loads(raw))
        except (ValueError, TypeError):
            continue
    return found


def laptop_id(store: Store) -> str:
    """This laptop's id on the hub, made the first time it is asked for."""
    with store.transaction() as session:
        value = _get(session, LAPTOP_KEY)
        if isinstance(value, str) and value:
            return value
        made = str(uuid.uuid4())
        _put(session, LAPTOP_KEY, made)
        return made


def saved_hub_url(store: Store) -> str | None:
    with store.reading() as session:
        value = _get(session, URL_KEY)
    return value if isinstance(value, str) and value else None


def save_hub_url(store: Store, url: str) -> None:
    """Keep the hub's address for later publishes, always without its password."""
    from sqlalchemy import make_url

    # URL.set ignores a None; the password is dropped from the tuple itself.
    plain = make_url(url)._replace(password=None).render_as_string(hide_password=False)
    with store.transaction() as session:
        _put(session, URL_KEY, plain)
