"""Definitions in the database, whatever their kind (formats, decks, questionnaires; see
``core/definitions.py``): what the three stores did three times, done once.

- Built-ins are brought up to date at open only when the shipped files' fingerprint
  differs from the one recorded at the last sync (:func:`sync_builtins`).
- A copy, an import or a new definition of one's own is added in one transaction and
  announced after it commits (:func:`add_own`), under a free key (:func:`free_key_in`).
- A definition is exported whole or not at all (:func:`export_file`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from reflectdesk.core.definitions import D, DefinitionKind
from reflectdesk.core.limits import free_key
from reflectdesk.files import write_atomically
from reflectdesk.resources import list_resources
from reflectdesk.store.database import Store
from reflectdesk.store.models.base import Base
from reflectdesk.store.models.settings import Setting


class _Summary(Protocol):
    @property
    def id(self) -> str: ...


S = TypeVar("S", bound=_Summary)
B = TypeVar("B", bound=Base)


def shipped_fingerprint(folder: str) -> str:
    """A hash of the names and bytes of the files shipped in resources/``folder``: cheap
    to compute at every start, unlike parsing and checking them."""
    digest = hashlib.sha256()
    for entry in list_resources(folder, ".toml"):
        digest.update(entry.name.encode("utf-8") + b"\0")
        digest.update(entry.read_bytes() + b"\0")
    return digest.hexdigest()


def sync_builtins(
    session: Session,
    kind: DefinitionKind[D],
    setting: str,
    apply: Callable[[Session, list[D]], None],
    definitions: list[D] | None = None,
) -> None:
    """``apply`` the built-in ``definitions``, or else, when the shipped files changed
    since the fingerprint recorded under ``setting``, the shipped ones (parsed only then)."""
    fingerprint = None
    if definitions is None:
        fingerprint = json.dumps(shipped_fingerprint(kind.folder))
        settings = Setting.__table__
        recorded = session.scalar(select(settings.c.value).where(settings.c.key == setting))
        if recorded == fingerprint:
            return
        definitions = kind.builtins()
    apply(session, definitions)
    if fingerprint is not None:
        session.merge(Setting(key=setting, value=fingerprint))


def free_key_in(session: Session, column: Any, wanted: str, also: Collection[str] = ()) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``... the first that no row has in the key
    ``column`` and that is not in ``also``, cut so that it stays a valid key."""
    taken = set(session.scalars(select(column).distinct()))
    return free_key(wanted, taken | set(also))


def move_aside(session: Session, model: Any, key: str, also: Collection[str] = ()) -> None:
    """A new version ships a built-in under a key one of the facilitator's own already
    has (every version of it, for a questionnaire): theirs keeps everything but takes the
    next free key."""
    rows = list(session.scalars(select(model).where(model.key == key, model.builtin.is_(False))))
    if not rows:
        return
    new_key = free_key_in(session, model.key, key, also)
    for row in rows:
        row.key = new_key
    session.flush()


def new_builtin(session: Session, model: type[B], key: str) -> B:
    """A new built-in row of ``model`` under ``key``, added to the session; an own row
    holding that key is moved aside first (see :func:`move_aside`)."""
    move_aside(session, model, key)
    row = model(key=key, builtin=True)
    session.add(row)
    return row


def add_own(
    store: Store,
    topic: str,
    add: Callable[[Session], str],
    summary: Callable[[Session, str], S],
) -> S:
    """Run ``add`` (which returns the new row's id) in one transaction, and publish
    Change(``topic``, id) once it has committed; returns the new row's summary."""
    with store.transaction() as session:
        found = summary(session, add(session))
    store.changes.publish(topic, found.id)
    return found


def export_file(kind: DefinitionKind[D], definition: D, path: Path) -> None:
    """Write ``definition`` to ``path`` as a file of its kind, whole or not at all: to a
    temporary file beside it, then moved into place. Shareable modes: a definition holds
    no records and is made to be passed on."""
    write_atomically(path, kind.dump(definition).encode("utf-8"), shared=True)
