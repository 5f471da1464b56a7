"""Who sees what on the hub (issue 20, migration 0017), on a real PostgreSQL server:
each refusal is the database's own, through the roles `reflectdesk hub add-*` makes.

Two kinds of refusal, and why:
- A facilitator's UPDATE or DELETE of another's row touches 0 rows without an error: the
  row fails the policy's USING, so for that role it is not there at all (nothing is
  said about it, not even that it exists).
- A facilitator's INSERT of a row into another's group (or an upsert over another's
  row) fails with "new row violates row-level security policy" (SQLSTATE 42501): the
  new row fails the policy's WITH CHECK.
- A programme lead's INSERT, UPDATE or DELETE fails with "permission denied" (42501):
  the lead's group role has SELECT only, so the grants refuse it before any policy.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from psycopg import errors

from reflectdesk.store import hub_roles
from tests.hub.access_helpers import (
    Published,
    as_superuser,
    connect,
    programme,
    publish_group,
)

pytestmark = pytest.mark.usefixtures("postgres_server")


@dataclass
class Hub:
    anna: psycopg.Connection[Any]  # facilitator of group A, in programme one
    bram: psycopg.Connection[Any]  # facilitator of group B, in programme two
    lead: psycopg.Connection[Any]  # leads programme one
    a: Published
    b: Published
    url: str  # the superuser's


@pytest.fixture
def hub(hub_database: str) -> Iterator[Hub]:
    one, two = programme(hub_database, "CRS 2026"), programme(hub_database, "Balint")
    anna = connect(hub_roles.add_facilitator(hub_database, "Anna").connection_string)
    bram = connect(hub_roles.add_facilitator(hub_database, "Bram").connection_string)
    lead = connect(hub_roles.add_lead(hub_database, "Lotte", one).connection_string)
    try:
        yield Hub(
            anna,
            bram,
            lead,
            publish_group(anna, "A", one),
            publish_group(bram, "B", two),
            hub_database,
        )
    finally:
        for connection in (anna, bram, lead):
            connection.close()


def _ids(connection: psycopg.Connection[Any], table: str) -> set[str]:
    return {str(row[0]) for row in connection.execute(f"SELECT id FROM {table}")}


SHARED = {
    "groups": "group",
    "sessions": "session",
    "attendance": "attendance",
    "notes": "learning_point",
    "persons": "person",
}


@pytest.mark.parametrize("table", sorted(SHARED))
def test_a_facilitator_reads_only_its_own_groups_rows(hub: Hub, table: str) -> None:
    field = SHARED[table]
    assert _ids(hub.anna, table) == {getattr(hub.a, field)}
    assert _ids(hub.bram, table) == {getattr(hub.b, field)}


def test_a_facilitator_sees_only_its_own_owner_rows(hub: Hub) -> None:
    owners = hub.anna.execute("SELECT group_id FROM hub_group_owners").fetchall()
    assert owners == [(hub.a.group,)]


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE groups SET name = 'taken' WHERE id = %(group)s",
        "UPDATE sessions SET title = 'taken' WHERE id = %(session)s",
        "UPDATE attendance SET status = 'absent' WHERE id = %(attendance)s",
        "UPDATE notes SET body = 'taken' WHERE id = %(learning_point)s",
        "UPDATE persons SET display_name = 'taken' WHERE id = %(person)s",
        "DELETE FROM attendance WHERE id = %(attendance)s",
        "DELETE FROM notes WHERE id = %(learning_point)s",
        "DELETE FROM sessions WHERE id = %(session)s",
        "DELETE FROM groups WHERE id = %(group)s",
    ],
)
def test_a_facilitator_changes_nothing_of_anothers(hub: Hub, statement: str) -> None:
    """0 rows: the other's rows are not there for this role."""
    cursor = hub.anna.execute(statement, vars(hub.b))
    assert cursor.rowcount == 0
    assert _ids(hub.bram, "groups") == {hub.b.group}
    assert hub.bram.execute("SELECT count(*) FROM attendance").fetchone() == (1,)
    assert hub.bram.execute("SELECT body FROM notes").fetchone() == ("learnt in B",)


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO sessions (id, group_id, title, place, status, protect_end_time, "
        "created_at, updated_at, debrief_went_well, debrief_differently, "
        "debrief_next_presenter, accreditation_id) VALUES (%(new)s, %(group)s, 'x', '', "
        "'planned', false, now(), now(), '', '', '', '')",
        "INSERT INTO attendance (id, session_id, person_id, status, recorded_at) "
        "VALUES (%(new)s, %(session)s, %(person)s, 'absent', now())",
        "INSERT INTO notes (id, kind, group_id, title, body, shareable, done, created_at, "
        "updated_at) VALUES (%(new)s, 'learning_point', %(group)s, '', 'x', true, false, "
        "now(), now())",
        "INSERT INTO memberships (id, group_id, person_id, role) "
        "VALUES (%(new)s, %(group)s, %(person)s, 'member')",
        # An upsert over the other's group (what a publish of a copied id would be):
        "INSERT INTO groups (id, name, setting, planned_sessions, ground_rules, created_at, "
        "updated_at, accreditation_id) VALUES (%(group)s, 'taken', '', 10, '', now(), now(), "
        "'') ON CONFLICT (id) DO UPDATE SET name = excluded.name",
        # Claiming a group for someone else:
        "INSERT INTO hub_group_owners (group_id, author_role, laptop_id) "
        "VALUES (%(new)s, 'someone_else', %(new)s)",
    ],
)
def test_a_facilitator_cannot_write_into_anothers_group(hub: Hub, statement: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        hub.anna.execute(statement, {**vars(hub.b), "new": str(uuid.uuid4())})


def test_a_group_already_owned_cannot_be_claimed(hub: Hub) -> None:
    with pytest.raises(errors.UniqueViolation):
        hub.anna.execute(
            "INSERT INTO hub_group_owners (group_id, author_role, laptop_id) "
            "VALUES (%s, current_user, 'x')",
            (hub.b.group,),
        )
    # As the publish will claim one (docs/architecture.md): nothing happens...
    claim = hub.anna.execute(
        "INSERT INTO hub_group_owners (group_id, author_role, laptop_id) "
        "VALUES (%s, current_user, 'x') ON CONFLICT DO NOTHING",
        (hub.b.group,),
    )
    assert claim.rowcount == 0
    # ... and the group's upsert is then refused.
    with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
        hub.anna.execute(
            "INSERT INTO groups (id, name, setting, planned_sessions, ground_rules, "
            "created_at, updated_at, accreditation_id) VALUES (%s, 'taken', '', 10, '', "
            "now(), now(), '') ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            (hub.b.group,),
        )
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
        hub.anna.execute("UPDATE hub_group_owners SET author_role = current_user")


@pytest.mark.parametrize("table", sorted(SHARED))
def test_a_lead_reads_its_programme_and_not_another(hub: Hub, table: str) -> None:
    assert _ids(hub.lead, table) == {getattr(hub.a, SHARED[table])}


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE groups SET name = 'x'",
        "DELETE FROM groups",
        "UPDATE sessions SET title = 'x'",
        "DELETE FROM attendance",
        "UPDATE notes SET body = 'x'",
        "INSERT INTO hub_group_owners (group_id, author_role, laptop_id) "
        "VALUES ('g', current_user, 'l')",
        "INSERT INTO programmes (id, name, description, created_at, updated_at) "
        "VALUES ('p', 'x', '', now(), now())",
        "INSERT INTO groups (id, name, setting, planned_sessions, ground_rules, created_at, "
        "updated_at, accreditation_id) VALUES ('g', 'x', '', 10, '', now(), now(), '')",
        "DELETE FROM hub_leads",
    ],
)
def test_a_lead_writes_nothing(hub: Hub, statement: str) -> None:
    with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
        hub.lead.execute(statement)


def test_the_library_is_read_by_all_and_written_by_its_publisher(hub: Hub) -> None:
    theme = str(uuid.uuid4())
    hub.anna.execute(
        "INSERT INTO hub_row_owners (table_name, row_id, author_role, laptop_id) "
        "VALUES ('themes', %s, current_user, 'laptop')",
        (theme,),
    )
    hub.anna.execute(
        "INSERT INTO themes (id, key, name, kind, builtin, archived) "
        "VALUES (%s, 'anna-theme', 'Grenzen', 'experience', false, false)",
        (theme,),
    )
    for reader in (hub.bram, hub.lead):
        assert theme in _ids(reader, "themes")
    assert hub.bram.execute("UPDATE themes SET name = 'x' WHERE id = %s", (theme,)).rowcount == 0


def test_tables_force_row_level_security(hub_database: str) -> None:
    with as_superuser(hub_database) as connection:
        rows = connection.execute(
            "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
            "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'"
        ).fetchall()
    unguarded = [name for name, enabled, forced in rows if not (enabled and forced)]
    assert unguarded == ["alembic_version"]


def test_no_role_the_app_makes_bypasses_row_level_security(hub: Hub) -> None:
    with as_superuser(hub.url) as connection:
        rows = connection.execute(
            "SELECT r.rolname, r.rolsuper, r.rolbypassrls, r.rolcanlogin, r.rolcreaterole "
            "FROM pg_roles r WHERE r.rolname IN ('reflectdesk_facilitator', "
            "'reflectdesk_lead') OR r.rolname LIKE 'rd\\_%'"
        ).fetchall()
    assert {"reflectdesk_facilitator", "reflectdesk_lead"} <= {row[0] for row in rows}
    for name, superuser, bypass, login, creates_roles in rows:
        assert not (superuser or bypass or creates_roles), name
        assert login == name.startswith("rd_"), name  # the group roles cannot log in


def test_a_built_in_theme_is_nobodys_to_change(hub: Hub) -> None:
    theme = str(uuid.uuid4())
    with as_superuser(hub.url) as connection:
        connection.execute(
            "INSERT INTO themes (id, key, name, kind, builtin, archived) "
            "VALUES (%s, 'built-in', 'Grenzen', 'experience', true, false)",
            (theme,),
        )
    hub.anna.execute(  # an owner row claimed for it is let in ...
        "INSERT INTO hub_row_owners (table_name, row_id, author_role, laptop_id) "
        "VALUES ('themes', %s, current_user, 'laptop')",
        (theme,),
    )
    # ... and changes nothing: 0 rows, the built-in row passes no write policy.
    assert hub.anna.execute("UPDATE themes SET name = 'x' WHERE id = %s", (theme,)).rowcount == 0
    assert hub.anna.execute("DELETE FROM themes WHERE id = %s", (theme,)).rowcount == 0
