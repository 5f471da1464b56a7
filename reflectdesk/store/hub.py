"""The department hub (issue 20): the ReflectDesk schema on PostgreSQL 14 or newer.

The same models and migrations as the laptop's file build it; the migrations leave out
what is SQLite's or private to the laptop (store/migrations/engines.py). The driver,
psycopg 3, is the optional extra ``reflectdesk[hub]``: SQLAlchemy imports it only when
:func:`create_hub_engine` makes an engine, so a laptop that never names a hub never loads
it (tests/hub/test_hub_driver.py).

A hub URL carries a password only on its way in: it is never logged or shown with one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, make_url

from reflectdesk.store.database import Store
from reflectdesk.store.engine_kind import HUB_SCHEMES, UnknownEngineError
from reflectdesk.store.hub_errors import OLDEST_SERVER, HubDriverMissingError, HubServerTooOldError
from reflectdesk.store.schema import alembic_config

log = logging.getLogger(__name__)

DRIVER = "postgresql+psycopg"
# Two laptops upgrading one hub at once take turns: a transaction-scoped advisory lock
# (any fixed number; this one spells "RDSK").
MIGRATION_LOCK = 0x5244534B


def hub_url(url: str | URL) -> URL:
    """``url`` with ReflectDesk's driver (psycopg 3), whichever PostgreSQL form it was
    given in; anything but PostgreSQL is refused."""
    parsed = make_url(url)
    if parsed.drivername not in HUB_SCHEMES:
        raise UnknownEngineError(f"not a PostgreSQL URL: {parsed.drivername}")
    return parsed.set(drivername=DRIVER)


def create_hub_engine(url: str | URL) -> Engine:
    """An engine for the hub at ``url``; raises HubDriverMissingError without psycopg."""
    try:
        import psycopg  # noqa: F401  (the optional extra; SQLAlchemy would import it too)
    except ImportError:
        raise HubDriverMissingError() from None
    return create_engine(
        hub_url(url),
        # Bound parameters (names, note text) stay out of error messages and SQL logs.
        hide_parameters=True,
        # A laptop's connection may have slept with the laptop: test it before use.
        pool_pre_ping=True,
    )


def describe(url: str | URL) -> str:
    """The hub as shown in a message or the log: never with its password."""
    return hub_url(url).render_as_string(hide_password=True)


def place(url: str | URL) -> tuple[str, str]:
    """The hub's database and its host as a person reads them (no driver, no user, no
    password); the host is "" for a Unix socket on this computer."""
    parsed = hub_url(url)
    host = parsed.host or ""
    if parsed.port and host:
        host = f"{host}:{parsed.port}"
    return parsed.database or "", host


def migrate_hub(engine: Engine) -> None:
    """Create or upgrade the hub's schema to this version's head, in one transaction."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        check_server_version(connection)
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("hub schema upgraded to head")


def check_server_version(connection: Connection) -> None:
    version = connection.dialect.server_version_info or ()
    if tuple(version[:1]) < OLDEST_SERVER:
        raise HubServerTooOldError(".".join(str(part) for part in version))


def open_hub_store(url: str | URL, *, migrate: bool = True) -> Store:
    """A Store on the hub at ``url``, its schema brought to head first unless
    ``migrate`` is False. The store services that work on both engines take it as they
    take a laptop's (store.kind tells them apart); it has no lock, no vault and no file."""
    engine = create_hub_engine(url)
    try:
        if migrate:
            migrate_hub(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(Path(describe(url)), engine, None)
