"""Publishing a laptop to the hub (issue 20, "Publish, never merge"), on a real
PostgreSQL server, through the roles `reflectdesk hub add-*` makes: each test a
scenario a facilitator or a programme lead lives through."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from sqlalchemy import make_url

from reflectdesk.core.notes import LearningPointDraft
from reflectdesk.operations import hub_publish
from reflectdesk.store import hub_roles, notes, publish_ledger
from reflectdesk.store.database import Store
from reflectdesk.store.hub_errors import HubUnreachableError
from tests.hub.access_helpers import as_superuser, connect
from tests.hub.publish_sample import build_laptop

pytestmark = pytest.mark.usefixtures("postgres_server")

# What a publish of the sample puts on the hub, as counted on the laptop (plan_publish).
SHARED = ("groups", "persons", "sessions", "attendance", "notes", "responses", "answers")


def _ids(connection: psycopg.Connection[Any], table: str) -> set[str]:
    rows = connection.execute(f"SELECT id FROM {table}").fetchall()
    return {str(row[0]) for row in rows}


def _counts(connection: psycopg.Connection[Any]) -> dict[str, int]:
    return {table: len(_ids(connection, table)) for table in SHARED}


@pytest.fixture
def anna(hub_database: str) -> str:
    return hub_roles.add_facilitator(hub_database, "Anna").connection_string


def test_a_published_laptop_reads_back_as_its_facilitator_and_its_lead(
    store: Store, hub_database: str, anna: str
) -> None:
    lead = hub_roles.add_lead(hub_database, "Lotte", "CRS 2026")
    laptop = build_laptop(store, 2, programme=lead.programme_id)
    plan = hub_publish.plan_publish(store)

    report = hub_publish.publish(store, anna)

    assert report.held_back == ()
    expected = {table: plan.counts()[table][0] for table in SHARED}
    with connect(anna) as facilitator, connect(lead.connection_string) as reader:
        assert _counts(facilitator) == expected
        assert _counts(reader) == expected
        assert _ids(reader, "groups") == set(laptop.groups)
        assert set(laptop.points) <= _ids(reader, "notes")
        assert laptop.private_note not in _ids(reader, "notes")
        numbers = reader.execute("SELECT DISTINCT registration_number FROM persons").fetchall()
        assert numbers == [("",)]
        missed = reader.execute("SELECT minutes_missed FROM attendance WHERE minutes_missed > 0")
        assert missed.fetchall() == [(15,)]


def test_a_second_publish_without_changes_writes_nothing(store: Store, anna: str) -> None:
    build_laptop(store)
    hub_publish.publish(store, anna)

    assert hub_publish.plan_publish(store).total == 0
    report = hub_publish.publish(store, anna)

    assert report.sent == {} and report.deleted == {}


def test_a_changed_learning_point_is_the_only_row_sent(store: Store, anna: str) -> None:
    laptop = build_laptop(store)
    hub_publish.publish(store, anna)

    notes.update_learning_point(store, laptop.points[0], LearningPointDraft("Stilte mag.", True))
    report = hub_publish.publish(store, anna)

    assert report.sent == {"notes": 1} and report.deleted == {}
    with connect(anna) as hub:
        body = hub.execute("SELECT body FROM notes WHERE id = %s", (laptop.points[0],)).fetchone()
    assert body == ("Stilte mag.",)


def test_a_point_made_private_or_deleted_leaves_the_hub(store: Store, anna: str) -> None:
    laptop = build_laptop(store)
    hub_publish.publish(store, anna)
    private_again, deleted = laptop.points[0], laptop.points[1]

    notes.update_learning_point(store, private_again, LearningPointDraft("Not for out", False))
    notes.delete_note(store, deleted)
    report = hub_publish.publish(store, anna)

    assert report.deleted == {"notes": 2}
    with connect(anna) as hub:
        left = _ids(hub, "notes")
    assert private_again not in left and deleted not in left
    assert set(laptop.points[2:]) <= left


def test_a_point_with_an_identifier_nobody_kept_is_held_back(store: Store, anna: str) -> None:
    laptop = build_laptop(store)
    point = laptop.points[0]
    notes.update_learning_point(
        store, point, LearningPointDraft("Mrs Jansen, born 12-03-1961, cried", True)
    )

    report = hub_publish.publish(store, anna)

    assert report.held_back == (point,)
    with connect(anna) as hub:
        assert point not in _ids(hub, "notes")
        assert set(laptop.points[1:]) <= _ids(hub, "notes")


def test_an_unreachable_hub_fails_clearly_and_marks_nothing(store: Store, tmp_path: Any) -> None:
    build_laptop(store)
    before = hub_publish.plan_publish(store).counts()
    nowhere = f"postgresql://anna@/hub?host={tmp_path}"  # no server listens there

    with pytest.raises(HubUnreachableError) as raised:
        hub_publish.publish(store, nowhere)

    assert "Could not connect to the hub" in str(raised.value)
    assert "\n" not in str(raised.value)
    assert hub_publish.plan_publish(store).counts() == before
    assert publish_ledger.last_published(store) == {}


def test_an_interrupted_publish_then_a_second_gives_one_clean_publish(
    store: Store, hub_database: str, anna: str, tmp_path: Any
) -> None:
    build_laptop(store, 2)

    def stop_half_way(done: int, total: int) -> None:
        if done * 2 >= total:
            raise KeyboardInterrupt  # the laptop closed mid-way

    with pytest.raises(KeyboardInterrupt):
        hub_publish.publish(store, anna, progress=stop_half_way, batch_rows=7)
    assert hub_publish.plan_publish(store).total > 0
    hub_publish.publish(store, anna, batch_rows=7)

    # The same laptop published in one go to a fresh hub holds the same rows.
    with connect(anna) as hub:
        resumed = {table: _ids(hub, table) for table in SHARED}
    assert hub_publish.plan_publish(store).total == 0
    assert all(resumed.values())
    with as_superuser(hub_database) as admin:
        owners = admin.execute("SELECT count(*) FROM hub_group_owners").fetchone()
    assert owners == (2,)


def test_a_dropped_connection_mid_publish_resumes_without_doubles(
    store: Store, hub_database: str, anna: str
) -> None:
    build_laptop(store, 2)
    expected = {t: n for t, (n, _gone) in hub_publish.plan_publish(store).counts().items()}

    def drop_connection(done: int, total: int) -> None:
        if done * 3 >= total:
            with as_superuser(hub_database) as admin:
                admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE usename = %s AND pid <> pg_backend_pid()",
                    (make_url(anna).username,),
                )

    with pytest.raises(HubUnreachableError):
        hub_publish.publish(store, anna, progress=drop_connection, batch_rows=5)
    hub_publish.publish(store, anna, batch_rows=5)

    with connect(anna) as hub:
        for table in SHARED:
            assert len(_ids(hub, table)) == expected[table], table
