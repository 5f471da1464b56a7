"""Helpers for the hub's access tests: connecting as a role, and a facilitator
publishing a small group by hand (the publish itself is a later step of issue 20; these
inserts follow the contract in docs/architecture.md, "Who sees what": the owner row
first, then the group and the rows below it)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import make_url

from reflectdesk.store import hub_roles


def connect(connection_string: str) -> psycopg.Connection[Any]:
    """A connection with a printed connection string (libpq's own URI form)."""
    return psycopg.connect(connection_string, autocommit=True)


def as_superuser(url: str) -> psycopg.Connection[Any]:
    parsed = make_url(url)
    return psycopg.connect(
        host=str(parsed.query["host"]),
        port=str(parsed.query.get("port", 5432)),  # a server on a TCP port names its socket so
        dbname=parsed.database,
        user=parsed.username,
        autocommit=True,
    )


def with_role(url: str, role: str) -> str:
    """``url`` (the tests' superuser URL) as ``role`` instead: the test server trusts
    its Unix socket, so no password is asked."""
    return make_url(url).set(username=role).render_as_string(hide_password=False)


@dataclass(frozen=True)
class Published:
    group: str
    person: str
    session: str
    attendance: str
    learning_point: str


def publish_group(
    connection: psycopg.Connection[Any], name: str, programme: str | None
) -> Published:
    """What a facilitator's laptop writes for one group with one session."""
    laptop, group, person, membership, session, mark, point = (str(uuid.uuid4()) for _ in range(7))
    connection.execute(
        "INSERT INTO hub_group_owners (group_id, author_role, laptop_id) "
        "VALUES (%s, current_user, %s)",
        (group, laptop),
    )
    connection.execute(
        "INSERT INTO groups (id, name, setting, planned_sessions, ground_rules, created_at, "
        "updated_at, accreditation_id, programme_id) "
        "VALUES (%s, %s, '', 10, '', now(), now(), '', %s)",
        (group, name, programme),
    )
    connection.execute(
        "INSERT INTO hub_row_owners (table_name, row_id, author_role, laptop_id) "
        "VALUES ('persons', %s, current_user, %s)",
        (person, laptop),
    )
    connection.execute(
        "INSERT INTO persons (id, display_name, family_name, created_at, updated_at) "
        "VALUES (%s, %s, '', now(), now())",
        (person, f"member of {name}"),
    )
    connection.execute(
        "INSERT INTO memberships (id, group_id, person_id, role) VALUES (%s, %s, %s, 'member')",
        (membership, group, person),
    )
    connection.execute(
        "INSERT INTO sessions (id, group_id, title, place, status, protect_end_time, "
        "created_at, updated_at, debrief_went_well, debrief_differently, "
        "debrief_next_presenter, accreditation_id) "
        "VALUES (%s, %s, 'one', '', 'finished', false, now(), now(), '', '', '', '')",
        (session, group),
    )
    connection.execute(
        "INSERT INTO attendance (id, session_id, person_id, status, recorded_at) "
        "VALUES (%s, %s, %s, 'present', now())",
        (mark, session, person),
    )
    connection.execute(
        "INSERT INTO notes (id, kind, session_id, title, body, shareable, done, created_at, "
        "updated_at) VALUES (%s, 'learning_point', %s, '', %s, true, false, now(), now())",
        (point, session, f"learnt in {name}"),
    )
    return Published(group, person, session, mark, point)


def programme(url: str, name: str) -> str:
    """A programme on the hub, made as add-lead makes it (its id)."""
    with as_superuser(url) as connection:
        row = connection.execute(
            "INSERT INTO programmes (id, name, description, created_at, updated_at) "
            "VALUES (%s, %s, '', now(), now()) RETURNING id",
            (str(uuid.uuid4()), name),
        ).fetchone()
    assert row is not None
    return str(row[0])


def facilitator(url: str, name: str) -> hub_roles.NewLogin:
    return hub_roles.add_facilitator(url, name)
