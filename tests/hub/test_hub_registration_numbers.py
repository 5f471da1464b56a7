"""A member's registration number (BIG, GMC) never reaches the hub (issue 20, migration
0018): a new hub has no column for it, an older hub loses it, publishing never sends it,
and the members service on the hub works without it. On a real PostgreSQL server."""

from __future__ import annotations

from typing import Any

import pytest

from reflectdesk.core.model import MemberDraft
from reflectdesk.operations import hub_publish
from reflectdesk.store import hub_roles, members
from reflectdesk.store.database import Store
from reflectdesk.store.hub import create_hub_engine, open_hub_store
from reflectdesk.store.publish_tables import BY_NAME
from tests.hub.access_helpers import as_superuser
from tests.hub.publish_sample import build_laptop

pytestmark = pytest.mark.usefixtures("postgres_server")

BIG = "19012345601"


def _persons_columns(url: str) -> set[str]:
    with as_superuser(url) as admin:
        rows = admin.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'persons'"
        ).fetchall()
    return {str(name) for (name,) in rows}


def _upgrade(url: str, revision: str) -> None:
    from alembic import command

    from reflectdesk.store.schema import alembic_config

    engine = create_hub_engine(url)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def test_a_publish_never_names_the_column() -> None:
    assert "registration_number" not in BY_NAME["persons"].columns
    assert "registration_number" not in BY_NAME["persons"].replaced


def test_a_hub_made_before_0018_loses_its_registration_numbers(empty_hub_database: str) -> None:
    _upgrade(empty_hub_database, "0017")
    with as_superuser(empty_hub_database) as admin:  # as migration 0016 made it then
        admin.execute(
            "ALTER TABLE persons ADD COLUMN registration_number VARCHAR(40) DEFAULT '' NOT NULL"
        )
        admin.execute(
            "INSERT INTO persons (id, display_name, family_name, created_at, updated_at, "
            "registration_number) VALUES ('p1', 'Anna', '', now(), now(), %s)",
            (BIG,),
        )

    _upgrade(empty_hub_database, "head")

    assert "registration_number" not in _persons_columns(empty_hub_database)
    with as_superuser(empty_hub_database) as admin:
        assert admin.execute("SELECT display_name FROM persons").fetchall() == [("Anna",)]


def test_a_members_number_stays_on_the_laptop(store: Store, hub_database: str) -> None:
    laptop = build_laptop(store)
    added = members.add_member(
        store, laptop.groups[0], MemberDraft("Bram Jansen", registration_number=BIG)
    )
    anna = hub_roles.add_facilitator(hub_database, "Anna").connection_string

    report = hub_publish.publish(store, anna)

    assert report.sent["persons"] >= 1
    assert "registration_number" not in _persons_columns(hub_database)
    with as_superuser(hub_database) as admin:
        published = admin.execute(
            "SELECT display_name FROM persons WHERE id = %s", (added.person_id,)
        ).fetchall()
        dumped = admin.execute("SELECT string_agg(p::text, ' ') FROM persons p").fetchone()
    assert published == [("Bram Jansen",)]
    assert dumped is not None and BIG not in dumped[0]
    numbers = {m.registration_number for m in members.list_members(store, laptop.groups[0])}
    assert BIG in numbers  # the laptop keeps it for its attendance lists


def test_the_members_service_works_on_the_hub_without_the_column(hub_database: str) -> None:
    from reflectdesk.core.model import GroupDraft
    from reflectdesk.store.groups import create_group

    hub: Any = open_hub_store(hub_database, migrate=False)
    try:
        group = create_group(hub, GroupDraft("Balint Noord"))
        added = members.add_member(hub, group.id, MemberDraft("Anna", registration_number=BIG))
        changed = members.update_member(
            hub, added.membership_id, MemberDraft("Anna de Vries", registration_number=BIG)
        )
        listed = members.list_members(hub, group.id)
    finally:
        hub.close()
    assert (added.registration_number, changed.registration_number) == ("", "")
    assert [(m.display_name, m.registration_number) for m in listed] == [("Anna de Vries", "")]
