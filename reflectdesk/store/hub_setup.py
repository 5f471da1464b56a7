"""Setting a hub up (issue 20): ``hub init`` and ``hub status``.

``init`` brings the schema, the two group roles and the row-level security to this
version's head (migration 0017 makes the roles and the policies; store/hub.py's lock
and version check apply). It runs in one transaction; a dry run runs the very same
steps, records every statement that would change something, and rolls back, so what it
prints is what a real run does (PostgreSQL's DDL, CREATE ROLE included, is
transactional). A hub already at head runs no such statement: a second ``init`` says so.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import URL, Connection, event
from sqlalchemy.exc import DBAPIError, OperationalError

from reflectdesk.store.hub import MIGRATION_LOCK, check_server_version, create_hub_engine, describe
from reflectdesk.store.hub_errors import HubNotSetUpError, HubRefusedError, HubUnreachableError
from reflectdesk.store.schema import HEAD_REVISION, alembic_config

log = logging.getLogger(__name__)

# Read-only statements are left out of what a run reports: Alembic's looks at the
# catalogue, the lock.
_READS = ("SELECT", "SHOW", "WITH")
INSUFFICIENT_PRIVILEGE = "42501"


@dataclass
class InitResult:
    before: str | None  # the revision found (None: an empty database)
    after: str
    statements: list[str] = field(default_factory=list)  # what changed (or would)

    @property
    def changed(self) -> bool:
        return bool(self.statements)


@dataclass(frozen=True)
class HubStatus:
    revision: str | None
    role: str
    facilitators: int
    leads: int
    groups: int


@contextmanager
def hub_connection(url: str | URL) -> Iterator[Connection]:
    """A connection to the hub at ``url``; the server's refusals become messages that
    name the hub without its password."""
    engine = create_hub_engine(url)  # refuses without psycopg, so the import below works
    import psycopg

    hub = describe(url)
    try:
        with engine.connect() as connection:
            yield connection
    except (DBAPIError, psycopg.Error) as error:
        # SQLAlchemy wraps the driver's error; a statement sent through the driver's own
        # connection (a role's password) raises the driver's.
        cause = getattr(error, "orig", None) or error
        if getattr(cause, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            raise HubRefusedError(hub) from None
        if isinstance(error, OperationalError):
            log.warning("hub %s unreachable: %s", hub, type(cause).__name__)
            raise HubUnreachableError(hub) from None
        raise
    finally:
        engine.dispose()


def init_hub(url: str | URL, *, dry_run: bool = False) -> InitResult:
    """Create or upgrade the hub at ``url``; with ``dry_run`` change nothing and return
    the statements a real run would execute."""
    from alembic import command

    with hub_connection(url) as connection:
        check_server_version(connection)
        transaction = connection.begin()
        try:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            before = current_revision(connection)
            config = alembic_config()
            config.attributes["connection"] = connection
            with _recorded(connection) as statements:
                command.upgrade(config, "head")
        except BaseException:
            transaction.rollback()
            raise
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()
    log.info(
        "hub init: %s -> %s, %d statements, dry run %s",
        before,
        HEAD_REVISION,
        len(statements),
        dry_run,
    )
    return InitResult(before, HEAD_REVISION, statements)


@contextmanager
def _recorded(connection: Connection) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        text = statement.strip()
        if not text.upper().startswith(_READS):
            statements.append(text)

    event.listen(connection, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(connection, "before_cursor_execute", record)


def current_revision(connection: Connection) -> str | None:
    """The hub's schema revision, None when it has none yet."""
    if connection.exec_driver_sql("SELECT to_regclass('public.alembic_version')").scalar() is None:
        return None
    revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return None if revision is None else str(revision)


def hub_status(url: str | URL) -> HubStatus:
    """The hub's revision and what the role in ``url`` can see of it: row-level security
    decides the counts, so a facilitator counts its own groups, a lead its programme's."""
    with hub_connection(url) as connection:
        revision = current_revision(connection)
        if revision != HEAD_REVISION:
            raise HubNotSetUpError(describe(url))
        role, facilitators, leads, groups = connection.exec_driver_sql(
            "SELECT current_user, (SELECT count(*) FROM hub_facilitators), "
            "(SELECT count(DISTINCT role_name) FROM hub_leads), "
            "(SELECT count(*) FROM groups)"
        ).one()
    return HubStatus(revision, str(role), int(facilitators), int(leads), int(groups))
