"""A login for each facilitator and programme lead on the hub (issue 20).

``add_facilitator`` and ``add_lead`` make a PostgreSQL LOGIN role (NOSUPERUSER,
NOBYPASSRLS, in the group role that holds the grants: migration 0017), with a name made
plain and unique from the person's name (core/role_names.py) and a random password, and
return the one-time connection string. The password is sent to the server only as its
SCRAM verifier (libpq's PQencryptPasswordConn, the way psql's \\password does it), so it
is never in a statement the server could log, and it is never logged or kept here. The
role name is only ever quoted by psycopg's ``sql.Identifier``; the verifier by
``sql.Literal``: no SQL is made by string formatting.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import URL, Connection, text

from reflectdesk.core.errors import N_
from reflectdesk.core.role_names import unique_role_name
from reflectdesk.core.validation import clean_name
from reflectdesk.store.hub import describe, hub_url
from reflectdesk.store.hub_errors import HubNotSetUpError
from reflectdesk.store.hub_setup import current_revision, hub_connection
from reflectdesk.store.schema import HEAD_REVISION

if TYPE_CHECKING:
    import psycopg

FACILITATOR_GROUP = "reflectdesk_facilitator"  # as migration 0017 makes them
LEAD_GROUP = "reflectdesk_lead"
PASSWORD_BYTES = 24  # 32 URL-safe characters
_LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class NewLogin:
    role: str
    connection_string: str  # holds the password: shown once, never logged
    programme_id: str | None = None
    programme_created: bool = False


def add_facilitator(url: str | URL, name: str) -> NewLogin:
    """A login role for the facilitator ``name`` on the hub at ``url``."""
    display = clean_name(name, field="name", label=N_("Name"))
    with hub_connection(url) as connection, connection.begin():
        _require_head(connection, url)
        role, password = _create_login(connection, display, FACILITATOR_GROUP)
        connection.execute(
            text("INSERT INTO hub_facilitators (role_name, display_name) VALUES (:r, :d)"),
            {"r": role, "d": display},
        )
    return NewLogin(role, connection_string(url, role, password))


def add_lead(url: str | URL, name: str, programme: str) -> NewLogin:
    """A login role for the programme lead ``name``, reading ``programme`` (its id, or
    its name: a name the hub does not have yet becomes a new programme)."""
    display = clean_name(name, field="name", label=N_("Name"))
    wanted = clean_name(programme, field="programme", label=N_("Programme"))
    with hub_connection(url) as connection, connection.begin():
        _require_head(connection, url)
        programme_id, created = _programme(connection, wanted)
        role, password = _create_login(connection, display, LEAD_GROUP)
        connection.execute(
            text(
                "INSERT INTO hub_leads (role_name, programme_id, display_name) VALUES (:r, :p, :d)"
            ),
            {"r": role, "p": programme_id, "d": display},
        )
    return NewLogin(role, connection_string(url, role, password), programme_id, created)


def _require_head(connection: Connection, url: str | URL) -> None:
    if current_revision(connection) != HEAD_REVISION:
        raise HubNotSetUpError(describe(url))


def _programme(connection: Connection, wanted: str) -> tuple[str, bool]:
    found = connection.execute(
        text("SELECT id FROM programmes WHERE id = :w OR name = :w ORDER BY id = :w DESC"),
        {"w": wanted},
    ).first()
    if found is not None:
        return str(found[0]), False
    new_id = str(uuid.uuid4())
    connection.execute(
        text(
            "INSERT INTO programmes (id, name, description, created_at, updated_at) "
            "VALUES (:i, :n, '', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')"
        ),
        {"i": new_id, "n": wanted},
    )
    return new_id, True


def _create_login(connection: Connection, display: str, group: str) -> tuple[str, str]:
    """Make the role; returns its name and its password."""
    from psycopg import sql

    driver: psycopg.Connection[object] = connection.connection.driver_connection  # type: ignore[assignment]
    taken = {str(row[0]) for row in connection.exec_driver_sql("SELECT rolname FROM pg_roles")}
    role = unique_role_name(display, taken)
    password = secrets.token_urlsafe(PASSWORD_BYTES)
    verifier = driver.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
    statement = sql.SQL(
        "CREATE ROLE {role} LOGIN PASSWORD {verifier} NOSUPERUSER NOBYPASSRLS NOCREATEDB "
        "NOCREATEROLE NOREPLICATION IN ROLE {group}"
    ).format(
        role=sql.Identifier(role),
        verifier=sql.Literal(verifier.decode()),
        group=sql.Identifier(group),
    )
    with driver.cursor() as cursor:
        cursor.execute(statement)
    return role, password


def connection_string(url: str | URL, role: str, password: str) -> str:
    """What the new role connects with: the admin's address with the role's login, and
    ``sslmode=verify-full`` unless the hub is on this computer or the address says
    otherwise (the README's default for a remote hub)."""
    given = hub_url(url)
    query = dict(given.query)
    socket = str(query.get("host", "")).startswith("/") or (given.host or "").startswith("/")
    if "sslmode" not in query:
        if socket or not given.host:
            query["sslmode"] = "disable"  # a Unix socket: TLS has nothing to protect
        elif given.host in _LOCAL_HOSTS:
            query["sslmode"] = "prefer"
        else:
            query["sslmode"] = "verify-full"
    login = URL.create(
        "postgresql",
        username=role,
        password=password,
        host=given.host,
        port=given.port,
        database=given.database,
        query=query,
    )
    return login.render_as_string(hide_password=False)
