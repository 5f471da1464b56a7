"""What the hub's row-level security policies cost one publish batch, table by table
(issue 20): the first publish's statement, a 500-row upsert by id with RETURNING
(store/hub_writes.upsert), as one facilitator who owns every group (the write policies'
WITH CHECK and the read policy on the rows returned), and a read of the same 500 rows by
id, against the same statements as the server's superuser, who passes row-level
security (the baseline, in the same run, on the same rows). Alternating, ``--runs``
each, medians; every statement in a transaction that is rolled back.

The hub is built as benchmarks/hub_access.py builds it (the tests' server, the hub's
migrations, the shareable rows of ``--db`` copied, an owner row per group and person),
but with ONE facilitator owning every group, as benchmarks/hub_publish.py publishes.
``--plans`` prints EXPLAIN (ANALYZE) of the facilitator's upsert and read per table: a
policy the planner cannot index shows as a SubPlan or a filter over many rows. Exits 1
when a table's median upsert over the superuser's is over the bar.

    PYTHONPATH=. python benchmarks/hub_policy_plans.py --db /tmp/large-3x.db --plans
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hub_access import laptop_at_head
from hub_reads import copy_to_hub

BAR = 3.0
BATCH = 500
MEASURABLE = 100  # rows in a batch for its ratio to count against the bar
ROLE = "rd_bench_all"
TABLES = (
    "persons",
    "groups",
    "memberships",
    "sessions",
    "session_phases",
    "clock_events",
    "attendance",
    "cards_shown",
    "session_themes",
    "notes",
    "note_themes",
    "responses",
    "answers",
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="a laptop's database (read only)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each (default 3)")
    parser.add_argument("--bar", type=float, default=BAR, help=f"highest ratio (default {BAR})")
    parser.add_argument("--plans", action="store_true", help="print the facilitator's plans")
    parser.add_argument("--table", action="append", help="only these tables")
    parser.add_argument("--revision", default="head", help="build the hub to this revision")
    return parser.parse_args(argv)


def own_everything(engine: Any) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {ROLE} LOGIN IN ROLE reflectdesk_facilitator")
        connection.exec_driver_sql(
            "INSERT INTO hub_group_owners (group_id, author_role, laptop_id) "
            f"SELECT id, '{ROLE}', 'bench' FROM groups"
        )
        connection.exec_driver_sql(
            "INSERT INTO hub_row_owners (table_name, row_id, author_role, laptop_id) "
            f"SELECT 'persons', id, '{ROLE}', 'bench' FROM persons"
        )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("ANALYZE")


# Tables other rows refer to: their batch gets new ids (and owner rows) rather than
# being deleted, which would cascade through the tables below them.
PARENTS = {"persons": "hub_row_owners", "groups": "hub_group_owners", "sessions": None}
PARENTS |= {"notes": None, "responses": None}


def _make_room(table: str, keys: list[str]) -> str:
    """SQL that makes the batch's rows new to ``table``, as in a first publish."""
    if table not in PARENTS:  # a leaf: its rows go, and come back in the upsert
        return f"DELETE FROM {table} t USING batch b WHERE " + " AND ".join(
            f"t.{key} = b.{key}" for key in keys
        )
    fresh = "UPDATE batch SET id = md5(id)::uuid::text"
    owners = PARENTS[table]
    if owners == "hub_group_owners":
        fresh += f"; INSERT INTO {owners} SELECT id, '{ROLE}', 'bench' FROM batch"
    elif owners:
        fresh += f"; INSERT INTO {owners} SELECT '{table}', id, '{ROLE}', 'bench' FROM batch"
    return fresh


def statements(engine: Any, table: str) -> tuple[str, str, str]:
    """(SQL that puts a batch in a temporary table and makes its rows new to ``table``,
    the upsert of the batch, a read of the batch by key)."""
    import sqlalchemy as sa

    from reflectdesk.store.models import load_all

    columns = [column["name"] for column in sa.inspect(engine).get_columns(table)]
    keys = [column.name for column in load_all().tables[table].primary_key.columns]
    names = ", ".join(columns)
    order = ", ".join(keys)
    # The middle of the table in key order, as a publish's batches are.
    prepare = (
        f"CREATE TEMPORARY TABLE batch ON COMMIT DROP AS SELECT {names} FROM {table} "
        f"ORDER BY {order} OFFSET (SELECT count(*) / 2 FROM {table}) LIMIT {BATCH}; "
        f"GRANT SELECT ON batch TO {ROLE}; " + _make_room(table, keys)
    )
    updated = [name for name in columns if name not in keys]
    action = (
        "DO UPDATE SET " + ", ".join(f"{name} = excluded.{name}" for name in updated)
        if updated
        else "DO NOTHING"
    )
    upsert = (
        f"INSERT INTO {table} ({names}) SELECT {names} FROM batch "
        f"ON CONFLICT ({order}) {action} RETURNING {keys[0]}"
    )
    read = f"SELECT count(*) FROM {table} WHERE ({order}) IN (SELECT {order} FROM batch)"
    return prepare, upsert, read


def timed(engine: Any, prepare: str, statement: str, role: str | None) -> tuple[float, int]:
    """The seconds ``statement`` took and the rows it returned."""
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            for part in prepare.split("; "):
                connection.exec_driver_sql(part)
            if role:
                connection.exec_driver_sql(f"SET LOCAL ROLE {role}")
            started = time.perf_counter()
            rows = connection.exec_driver_sql(statement).all()
            return time.perf_counter() - started, len(rows)
        finally:
            transaction.rollback()


def plan(engine: Any, prepare: str, statement: str) -> str:
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            for part in prepare.split("; "):
                connection.exec_driver_sql(part)
            connection.exec_driver_sql(f"SET LOCAL ROLE {ROLE}")
            rows = connection.exec_driver_sql(f"EXPLAIN (ANALYZE, COSTS OFF) {statement}")
            return "\n".join(f"    {row[0]}" for row in rows)
        finally:
            transaction.rollback()


def migrate_to(engine: Any, revision: str) -> None:
    from alembic import command

    from reflectdesk.store.schema import alembic_config

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from reflectdesk.store.database import open_store
    from reflectdesk.store.hub import create_hub_engine
    from tests.postgres_server import start_server

    folder = Path(tempfile.mkdtemp(prefix="rd-hub-plans-"))
    server = start_server()
    worst = 0.0
    try:
        laptop = open_store(laptop_at_head(args.db, folder), for_reading=True)
        server.execute("CREATE DATABASE hub_plans")
        engine = create_hub_engine(server.url("hub_plans"))
        try:
            migrate_to(engine, args.revision)
            rows, seconds = copy_to_hub(laptop.engine, engine)
        finally:
            laptop.close()
        print(f"copied {rows:,} shareable rows in {seconds:.1f} s")
        own_everything(engine)
        print(f"{'table':>16}  upsert: role / superuser (ms)      read: role / superuser (ms)")
        for table in args.table or TABLES:
            prepare, upsert, read = statements(engine, table)
            times: dict[str, list[float]] = {}
            batch = 0
            for _run in range(args.runs):
                for name, statement in (("upsert", upsert), ("read", read)):
                    for who in (None, ROLE):
                        seconds, rows = timed(engine, prepare, statement, who)
                        times.setdefault(f"{name} {who or 'su'}", []).append(seconds)
                        batch = rows if name == "upsert" else batch
            medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
            ratio = medians[f"upsert {ROLE}"] / medians["upsert su"]
            if batch >= MEASURABLE:  # a few rows take a fraction of a millisecond either way
                worst = max(worst, ratio)
            print(
                f"{table:>16}  {ratio:6.2f} ({medians[f'upsert {ROLE}']:8.1f} / "
                f"{medians['upsert su']:6.1f})   "
                f"{medians[f'read {ROLE}'] / medians['read su']:6.2f} "
                f"({medians[f'read {ROLE}']:8.1f} / {medians['read su']:6.1f})  {batch} rows",
                flush=True,
            )
            if args.plans:
                print(f"  upsert as {ROLE}:\n{plan(engine, prepare, upsert)}")
                print(f"  read as {ROLE}:\n{plan(engine, prepare, read)}", flush=True)
        engine.dispose()
        print(f"worst upsert ratio: {worst:.2f} (bar {args.bar})")
        return 0 if worst <= args.bar else 1
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
