"""Test connection (Preferences ▸ Hub, issue 20): can this laptop reach the hub, as
which role, and which programmes does the hub have? One short connection that reads
and writes nothing of the laptop's; every way it can fail is an outcome the window
words, never a traceback. The server's own message is never shown or logged (it
names the role, which is made from a person's name)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import make_url, select
from sqlalchemy.exc import DBAPIError

from reflectdesk.store.hub import create_hub_engine
from reflectdesk.store.hub_errors import HubDriverMissingError
from reflectdesk.store.hub_setup import current_revision
from reflectdesk.store.models.groups import Programme
from reflectdesk.store.schema import HEAD_REVISION

log = logging.getLogger(__name__)

# Seconds before an address that does not answer counts as unreachable (libpq's
# default is to wait for the operating system, minutes on some networks).
CONNECT_TIMEOUT = 10
# libpq's and the server's words for a refused login (the server's in English unless
# its lc_messages says otherwise: a refusal in another language reads as unreachable).
_LOGIN_REFUSED = (
    "password authentication failed",
    "no password supplied",
    "authentication failed",
    'role "',  # role "x" does not exist
)
_NO_DATABASE = "database"


class HubOutcome(Enum):
    REACHED = "reached"
    LOGIN_REFUSED = "login_refused"  # wrong password, or no such role
    UNREACHABLE = "unreachable"  # no answer: host, port, network, TLS
    NOT_A_HUB = "not_a_hub"  # connected, but no ReflectDesk schema at this version
    NO_DRIVER = "no_driver"  # psycopg is not installed: reflectdesk[hub]


@dataclass(frozen=True)
class HubProbe:
    outcome: HubOutcome
    role: str = ""
    programmes: tuple[tuple[str, str], ...] = ()  # (id, name), by name


def with_timeout(url: str, seconds: int = CONNECT_TIMEOUT) -> str:
    parsed = make_url(url)
    if "connect_timeout" in parsed.query:
        return url
    query = {**parsed.query, "connect_timeout": str(seconds)}
    return parsed.set(query=query).render_as_string(hide_password=False)


def probe_hub(url: str) -> HubProbe:
    try:
        engine = create_hub_engine(with_timeout(url))
    except HubDriverMissingError:
        return HubProbe(HubOutcome.NO_DRIVER)
    try:
        with engine.connect() as connection:
            if current_revision(connection) != HEAD_REVISION:
                return HubProbe(HubOutcome.NOT_A_HUB)
            role = str(connection.exec_driver_sql("SELECT current_user").scalar())
            rows = connection.execute(
                select(Programme.id, Programme.name).order_by(Programme.name)
            ).all()
    except DBAPIError as error:
        outcome = failure_outcome(str(getattr(error, "orig", None) or error))
        log.info("hub test connection: %s", outcome.value)
        return HubProbe(outcome)
    finally:
        engine.dispose()
    log.info("hub test connection: reached, %d programmes", len(rows))
    return HubProbe(HubOutcome.REACHED, role, tuple((str(i), str(n)) for i, n in rows))


def failure_outcome(message: str) -> HubOutcome:
    """Which failure a refused connection's message describes."""
    lowered = message.lower()
    if "does not exist" in lowered and _NO_DATABASE in lowered:
        return HubOutcome.NOT_A_HUB
    if any(words in lowered for words in _LOGIN_REFUSED):
        return HubOutcome.LOGIN_REFUSED
    return HubOutcome.UNREACHABLE
