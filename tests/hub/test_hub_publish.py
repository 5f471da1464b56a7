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
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.hub_errors import HubUnreachableError
from tests.fakes import open_vault
from tests.hub.access_helpers import as_superuser, connect
from tests.hub.publish_sample import CANARY, build_laptop

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
        columns = reader.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'persons'"
        )
        assert "registration_number" not in {name for (name,) in columns}
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


def test_the_private_canary_is_in_no_hub_table_and_not_in_the_server_log(
    store: Store, hub_database: str, anna: str, postgres_server: Any
) -> None:
    name = make_url(hub_database).database
    with as_superuser(hub_database) as admin:
        admin.execute(f"ALTER DATABASE {name} SET log_statement = 'all'")
    log_before = postgres_server.log.stat().st_size
    laptop = build_laptop(store)

    hub_publish.publish(store, anna)
    # Read before the scan below, whose own statements name the canary.
    with postgres_server.log.open("rb") as log:
        log.seek(log_before)
        written = log.read().decode(errors="replace")

    with as_superuser(hub_database) as admin:  # a superuser reads past row-level security
        columns = admin.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')"
        ).fetchall()
        found = []
        for table, column in columns:
            hit = admin.execute(
                f'SELECT count(*) FROM "{table}" WHERE "{column}" LIKE %s',
                (f"%{CANARY}%",),
            ).fetchone()
            if hit != (0,):
                found.append((table, column))
        shared = admin.execute("SELECT body FROM notes WHERE id = %s", (laptop.points[1],))
        point_text = shared.fetchone()
    assert len(columns) > 40 and found == []
    assert "INSERT INTO notes" in written  # the statements were logged ...
    assert point_text is not None and point_text[0] in written  # ... with their values
    assert CANARY not in written


def test_two_laptops_publish_to_one_hub_and_each_sees_only_its_own(
    store: Store, hub_database: str, anna: str, tmp_path: Any
) -> None:
    lead = hub_roles.add_lead(hub_database, "Lotte", "Balint 2026")
    bram = hub_roles.add_facilitator(hub_database, "Bram").connection_string
    other = open_store(tmp_path / "bram.db", seed=seed_builtins)
    open_vault(other)
    try:
        mine = build_laptop(store, programme=lead.programme_id)
        theirs = build_laptop(other, programme=lead.programme_id)
        hub_publish.publish(store, anna)
        hub_publish.publish(other, bram)
        assert hub_publish.plan_publish(other).total == 0
    finally:
        other.close()

    with connect(anna) as a, connect(bram) as b, connect(lead.connection_string) as reader:
        assert _ids(a, "groups") == set(mine.groups)
        assert _ids(b, "groups") == set(theirs.groups)
        assert _ids(reader, "groups") == {*mine.groups, *theirs.groups}
        assert _ids(a, "sessions") == set(mine.sessions)
        assert set(theirs.points).isdisjoint(_ids(a, "notes"))
        both = _counts(a)["attendance"] + _counts(b)["attendance"]
        assert _counts(reader)["attendance"] == both
        # Both laptops' built-in format went, under one key each.
        keys = reader.execute("SELECT key FROM formats ORDER BY key").fetchall()
    assert len(keys) == 2 and len(set(keys)) == 2
