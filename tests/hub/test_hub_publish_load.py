"""Publishing under load (issue 20, "Proved under load and faults"): several laptops
publishing to one hub at the same moment, and a laptop with more shareable notes than
SQLite takes variables in one statement. benchmarks/hub_stress.py runs the first at
20 laptops, in processes, with a packet capture."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, insert

from reflectdesk.core.notes import LearningPointDraft
from reflectdesk.export.programme import build_programme_report
from reflectdesk.operations import hub_publish
from reflectdesk.store import hub_roles, notes
from reflectdesk.store.builtins import seed_builtins
from reflectdesk.store.database import Store, open_store
from reflectdesk.store.hub import open_hub_store
from reflectdesk.store.models.notes import Note
from tests.fakes import open_vault
from tests.hub.access_helpers import as_superuser
from tests.hub.publish_compare import (
    hub_keys,
    laptop_programme,
    programme_figures,
    summed,
)
from tests.hub.publish_sample import Laptop, build_laptop

LAPTOPS = 4
# SQLite's own default SQLITE_MAX_VARIABLE_NUMBER (3.32 and later), as Python's builds
# for Windows and macOS have it (Debian's is 250,000, which would hide the limit here).
SQLITE_VARIABLES = 32_766


def _laptops(folder: Path, programme: str) -> list[tuple[Store, Laptop]]:
    built = []
    for number in range(LAPTOPS):
        store = open_store(folder / f"laptop-{number}.db", seed=seed_builtins)
        open_vault(store)
        built.append((store, build_laptop(store, 1 + number % 3, programme=programme)))
    return built


def test_four_laptops_publishing_at_once_give_the_sum_of_their_figures(
    hub_database: str, tmp_path: Path
) -> None:
    lead = hub_roles.add_lead(hub_database, "Lotte", "Balint 2026")
    assert lead.programme_id is not None
    laptops = _laptops(tmp_path, lead.programme_id)
    logins = [hub_roles.add_facilitator(hub_database, f"Facilitator {n}") for n in range(LAPTOPS)]
    planned = [hub_publish.plan_publish(store) for store, _laptop in laptops]
    start = threading.Barrier(LAPTOPS)

    def publish(number: int) -> hub_publish.PublishReport:
        start.wait()  # all at the same moment
        store = laptops[number][0]
        return hub_publish.publish(store, logins[number].connection_string, batch_rows=20)

    try:
        with ThreadPoolExecutor(LAPTOPS) as pool:
            reports = list(pool.map(publish, range(LAPTOPS)))
        assert all(report.held_back == () for report in reports)
        on_laptops = [
            programme_figures(store, laptop_programme(store, laptop.groups))
            for store, laptop in laptops
        ]
    finally:
        for store, _laptop in laptops:
            store.close()

    there = hub_keys(hub_database)
    for table in ("groups", "persons", "sessions", "attendance", "notes", "responses"):
        sent = [{str(row["id"]) for row in _queued(plan, table)} for plan in planned]
        assert sum(len(ids) for ids in sent) == len(there[table]), table  # none lost, none twice
        assert set().union(*sent) == there[table], table
    hub = open_hub_store(lead.connection_string, migrate=False)
    try:
        on_hub = programme_figures(hub, lead.programme_id)
    finally:
        hub.close()
    assert on_hub["groups"] == 1 + 2 + 3 + 1
    assert on_hub == summed(on_laptops)


def test_a_second_laptops_built_ins_are_marked_but_never_their_questions_keys(
    hub_database: str, tmp_path: Path
) -> None:
    for number in range(2):
        login = hub_roles.add_facilitator(hub_database, f"Facilitator {number}")
        with open_store(tmp_path / f"laptop-{number}.db", seed=seed_builtins) as store:
            open_vault(store)
            build_laptop(store)
            hub_publish.publish(store, login.connection_string)

    with as_superuser(hub_database) as admin:
        formats = admin.execute("SELECT key FROM formats ORDER BY key").fetchall()
        marked = admin.execute("SELECT count(*) FROM questions WHERE key LIKE '%~%'")
        assert marked.fetchone() == (0,)  # unique only within their questionnaire
    assert [key for (key,) in formats if "~" in key] != [] and len(formats) == 2


def test_the_leads_report_pools_every_laptops_session_evaluation_as_one(
    hub_database: str, tmp_path: Path
) -> None:
    lead = hub_roles.add_lead(hub_database, "Lotte", "Balint 2026")
    assert lead.programme_id is not None
    for number in range(2):
        login = hub_roles.add_facilitator(hub_database, f"Facilitator {number}")
        with open_store(tmp_path / f"laptop-{number}.db", seed=seed_builtins) as store:
            open_vault(store)
            build_laptop(store, programme=lead.programme_id)
            hub_publish.publish(store, login.connection_string)
    hub = open_hub_store(lead.connection_string, migrate=False)
    try:
        report = build_programme_report(hub, lead.programme_id)
    finally:
        hub.close()
    # The hub holds the second laptop's copy as session-evaluation~1a2b3c4d; the report
    # takes the mark off, so the lead sees one session evaluation over both laptops.
    assert [pooled.key for pooled in report.questionnaires] == ["session-evaluation"]


def _queued(plan: hub_publish.PublishPlan, table: str) -> list[dict[str, Any]]:
    return next(queue.changed for queue in plan.queues if queue.spec.name == table)


def test_the_identifier_check_runs_in_slices_and_finds_what_is_in_every_slice(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = build_laptop(store)
    first, last = laptop.points[0], laptop.points[-1]
    for point in (first, last):
        notes.update_learning_point(
            store, point, LearningPointDraft("Mrs Jansen, born 12-03-1961, cried", True)
        )
    sizes: list[int] = []
    check = hub_publish.check_texts

    def counted(store: Store, texts: Any) -> Any:
        sizes.append(len(texts))
        return check(store, texts)

    monkeypatch.setattr(hub_publish, "CHECK_SLICE", 1)
    monkeypatch.setattr(hub_publish, "check_texts", counted)

    plan = hub_publish.plan_publish(store)

    assert plan.held_notes() == sorted([first, last])
    assert len(sizes) > 2 and max(sizes) == 1
    assert sum(sizes) == len(laptop.points) + 1  # the shareable points and the action


def test_a_laptop_with_more_shareable_notes_than_sqlite_takes_variables_plans_its_publish(
    store: Store,
) -> None:
    laptop = build_laptop(store)
    many = SQLITE_VARIABLES + 500
    now = datetime.now(UTC)
    rows = [
        {
            "id": str(uuid.uuid4()),
            "kind": "learning_point",
            "session_id": laptop.sessions[number % len(laptop.sessions)],
            "title": "",
            "body": f"p{number}",  # one word: the search index (a trigger) is quick
            "shareable": True,
            "done": False,
            "created_at": now,
            "updated_at": now,
        }
        for number in range(many)
    ]
    rows[-1]["body"] = "Mrs Jansen, born 12-03-1961, cried"  # past the limit: still checked
    with store.transaction() as session:
        session.execute(insert(Note), rows)
    _limit_variables(store, SQLITE_VARIABLES)

    plan = hub_publish.plan_publish(store)

    assert plan.held_notes() == [rows[-1]["id"]]
    assert plan.counts()["notes"][0] == many - 1 + len(laptop.points) + 1


def _limit_variables(store: Store, limit: int) -> None:
    """Give every connection of ``store`` SQLite's stock variable limit."""

    @event.listens_for(store.engine, "connect")
    def limited(connection: sqlite3.Connection, _record: Any) -> None:
        connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)

    store.engine.dispose()  # the pooled connections were made without it
